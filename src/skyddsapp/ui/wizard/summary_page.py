"""The new-case wizard's last page: what will be created; Finish stores it all at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from skyddsapp.services.context import Session
from skyddsapp.ui.widgets.plain_text import PlainLabel
from skyddsapp.ui.wizard.form_page import WizardFormPage


class SummaryPage(WizardFormPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Sammanfattning"))
        self.setSubTitle(self.tr("Kontrollera uppgifterna. Ärendet skapas när du väljer Skapa."))
        self.summary = PlainLabel(parent=self.body)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.body_layout.addWidget(self.summary)
        self.body_layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.errors.clear()
        self.summary.setText("\n".join(self.case_wizard().summary_lines()))

    def validatePage(self) -> bool:
        return self.case_wizard().create_case()
