"""Granskningar: sign off the review of a period of the log, and list the reviews signed off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.audit_review import AuditReview
from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.services import audit
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

DATE_HINT = "ÅÅÅÅ-MM-DD"


class AuditReviewPanel(QGroupBox):
    """Registrera granskning (period, remarks) and the list of reviews. Emits ``signed_off``."""

    signed_off = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Granskningar"), parent)
        self._session = session
        self.since = QLineEdit(self)
        self.until = QLineEdit(self)
        for edit, name in (
            (self.since, self.tr("Granskad period från och med")),
            (self.until, self.tr("Granskad period till och med")),
        ):
            edit.setPlaceholderText(DATE_HINT)
            edit.setAccessibleName(name)
        self.remarks = QPlainTextEdit(self)
        self.remarks.setTabChangesFocus(True)
        self.remarks.setAccessibleName(self.tr("Anmärkningar"))
        self.remarks.setFixedHeight(4 * self.fontMetrics().lineSpacing())
        self.sign_button = QPushButton(self.tr("Re&gistrera granskning"), self)
        self.sign_button.clicked.connect(self.sign_off)
        if session.read_only:  # a write-protected vault takes no new review
            self.sign_button.setEnabled(False)
            self.sign_button.setToolTip(self.tr("Valvet är skrivskyddat."))
        self.setMinimumWidth(36 * self.fontMetrics().averageCharWidth())
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Registrerade granskningar"))
        self.list.setWordWrap(True)

        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        for field, text, edit in (
            ("since", self.tr("Perio&d från och med:"), self.since),
            ("until", self.tr("Period t&ill och med:"), self.until),
        ):
            label = PlainLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, self.errors.wrap(field, edit, self))
        remarks_label = PlainLabel(self.tr("Anmär&kningar:"), self)
        remarks_label.setBuddy(self.remarks)
        form.addRow(remarks_label, self.errors.wrap("remarks", self.remarks, self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign_button)
        layout.addWidget(self.general)
        layout.addWidget(self.list, 1)

    def refresh(self) -> None:
        self.list.clear()
        if self._session.vault.is_locked:
            return
        try:
            found = audit.reviews(self._session.vault)
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        for review in reversed(found):
            self.list.addItem(self.describe(review))

    def describe(self, review: AuditReview) -> str:
        line = self.tr("{0} – {1}: granskad av {2} {3}, loggen till och med post {4}").format(
            review.since.isoformat(),
            review.until.isoformat(),
            review.reviewed_by,
            review.reviewed_at[:10],
            review.last_entry,
        )
        return line + ("\n" + review.remarks if review.remarks else "")

    def sign_off(self) -> None:
        self.errors.clear()
        if self._session.vault.is_locked:
            return
        try:
            audit.sign_off_review(
                self._session.vault,
                self.since.text(),
                self.until.text(),
                self.remarks.toPlainText(),
            )
        except ValidationError as error:
            self.errors.show(error)
            return
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        for edit in (self.since, self.until):
            edit.clear()
        self.remarks.clear()
        self.refresh()
        self.signed_off.emit()

    def clear(self) -> None:
        """Forget the inputs and the list (on lock)."""
        self.errors.clear()
        self.list.clear()
        for edit in (self.since, self.until):
            edit.clear()
        self.remarks.clear()
