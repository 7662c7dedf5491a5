"""The frame every edit dialog shares: a scrolling form, field errors, OK/Cancel, save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError, RuleViolation, ValidationError
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import error_text


class FormDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``save()``, which builds the domain object
    (raising ValidationError) and calls the service. Nothing is stored when ``save`` raises.
    """

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setModal(True)
        self.outer = outer = QVBoxLayout(self)
        self.content = QWidget()
        self.form: QFormLayout = form_layout(self.content)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        outer.addWidget(self.scroll_area, 1)
        self.general_error = error_label(self)
        outer.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def try_save(self) -> None:
        """Save, or show why not next to the fields and stay open."""
        if self.session.vault.is_locked:
            self.reject()
            return
        self.errors.clear()
        try:
            self.save()
        except ValidationError as error:
            self.errors.show(error)
            return
        except RuleViolation as error:
            self.rule_violated(error)
            return
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.accept()

    def rule_violated(self, error: RuleViolation) -> None:
        self.errors.show_general([error_text(error)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """As large as the form wants, but never taller than the screen (it scrolls then)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        hint = self.content.sizeHint()
        width = min(max(hint.width() + 60, 520), int(available.width() * 0.9))
        extra = self.buttons.sizeHint().height() + 80
        height = min(hint.height() + extra, int(available.height() * 0.9))
        self.resize(width, height)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
