"""Edit a case's own details: children, notes and the sheltered-housing outcome (its handlers
and sharing: `handlers_dialog`)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from skyddsapp.domain.case import MAX_CHILDREN, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.services import cases
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text


def split_handlers(text: str) -> tuple[str, ...]:
    """User names separated by commas or spaces, as typed."""
    return tuple(part for part in text.replace(",", " ").split() if part)


class CaseDetailsDialog(FormDialog):
    """``cases.update_case``; the state only changes through the workflow panel."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Ärendets uppgifter"))
        self.case_id = case_id
        case = cases.get_case(session, case_id)
        self.children_count = QSpinBox(self.content)
        self.children_count.setRange(0, MAX_CHILDREN)
        self.children_count.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 10))
        self.children_count.setValue(case.children_count)
        self.children_count.setAccessibleName(self.tr("Antal medföljande barn"))
        add_row(
            self.form,
            self.tr("Antal &barn:"),
            self.errors.wrap("children_count", self.children_count, self.content),
            self.children_count,
        )
        self.outcome: QComboBox | None = None
        if case.kind is CaseKind.SHELTER_EXIT:
            self.outcome = QComboBox(self.content)
            self.outcome.addItem(self.tr("Inte angivet än"), None)
            for outcome in ShelterOutcome:
                self.outcome.addItem(domain_text(outcome.label), outcome)
            self.outcome.setCurrentIndex(self.outcome.findData(case.outcome))
            self.outcome.setAccessibleName(self.tr("Utfall"))
            add_row(
                self.form,
                self.tr("&Utfall:"),
                self.errors.wrap("outcome", self.outcome, self.content),
                self.outcome,
            )
        self.notes = QPlainTextEdit(case.notes, self.content)
        self.notes.setAccessibleName(self.tr("Anteckningar om ärendet"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 8)
        add_row(
            self.form,
            self.tr("&Anteckningar:"),
            self.errors.wrap("notes", self.notes, self.content),
            self.notes,
        )
        self.children_count.setFocus()

    def save(self) -> None:
        case = cases.get_case(self.session, self.case_id)
        outcome = self.outcome.currentData() if self.outcome is not None else case.outcome
        edited = replace(
            case,
            children_count=self.children_count.value(),
            notes=self.notes.toPlainText().strip(),
            outcome=outcome,
        )
        cases.update_case(self.session, edited)
