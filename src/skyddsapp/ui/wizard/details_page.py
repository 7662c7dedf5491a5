"""The new-case wizard's details page: handlers, children who follow, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from skyddsapp.domain.case import MAX_CHILDREN
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.workflows import open_case
from skyddsapp.services import access
from skyddsapp.services.context import Session
from skyddsapp.ui.widgets.form_widgets import add_row, form_layout
from skyddsapp.ui.wizard.form_page import WizardFormPage


def split_handlers(text: str) -> tuple[str, ...]:
    """User names separated by commas or spaces, as typed."""
    return tuple(part for part in text.replace(",", " ").split() if part)


class DetailsPage(WizardFormPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Handläggning"))
        self.setSubTitle(self.tr("Vem som handlägger ärendet, medföljande barn och anteckningar."))
        host = QWidget(self.body)
        form = form_layout(host)
        self.handlers = QLineEdit(session.user_name, host)
        self.handlers.setAccessibleName(self.tr("Handläggare"))
        self.handlers.setToolTip(self.tr("Användarnamn, åtskilda med kommatecken."))
        add_row(
            form,
            self.tr("&Handläggare:"),
            self.errors.wrap("handlers", self.handlers, host),
            self.handlers,
        )
        organisation = session.actor.organisation
        other = organisation.other.label if organisation else ""
        self.share = QCheckBox(self.tr("D&ela ärendet med {0}").format(other), host)
        self.share.setToolTip(
            self.tr("Då kan handläggare från {0} tilldelas ärendet och se det.").format(other)
        )
        add_row(form, "", self.share, self.share)
        self.children_count = QSpinBox(host)
        self.children_count.setRange(0, MAX_CHILDREN)
        self.children_count.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 10))
        self.children_count.setAccessibleName(self.tr("Antal medföljande barn"))
        add_row(
            form,
            self.tr("Antal &barn:"),
            self.errors.wrap("children_count", self.children_count, host),
            self.children_count,
        )
        self.notes = QPlainTextEdit(host)
        self.notes.setAccessibleName(self.tr("Anteckningar om ärendet"))
        self.notes.setTabChangesFocus(True)
        add_row(
            form, self.tr("&Anteckningar:"), self.errors.wrap("notes", self.notes, host), self.notes
        )
        self.body_layout.addWidget(host)
        self._children_touched = False
        self.children_count.valueChanged.connect(self._touched)

    def _touched(self) -> None:
        self._children_touched = True

    def initializePage(self) -> None:
        if not self._children_touched:
            count = self.case_wizard().client_children_count()
            self.children_count.blockSignals(True)
            self.children_count.setValue(count)
            self.children_count.blockSignals(False)

    def handler_names(self) -> tuple[str, ...]:
        return split_handlers(self.handlers.text())

    def validatePage(self) -> bool:
        # The domain's own checks of a new case, on a stand-in reference; nothing is stored.
        self.errors.clear()
        kind = self.case_wizard().kind()
        today = self.session.today()
        try:
            open_case(
                kind,
                CaseReference(kind, today.year, 1),
                today,
                self.session.user_name,
                handlers=self.handler_names(),
                children_count=self.children_count.value(),
                notes=self.notes.toPlainText(),
            )
            access.check_new_handlers(
                self.session, self.handler_names(), share=self.share.isChecked()
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        return True
