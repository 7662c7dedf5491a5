"""The new-case wizard's optional page for other parties: co-tenants, agents, contact persons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QListWidget, QPushButton, QWidget

from skyddsapp.domain.person import CaseRole
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_data import button_row
from skyddsapp.ui.cases.person_dialog import PersonDialog
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel
from skyddsapp.ui.wizard.form_page import WizardFormPage
from skyddsapp.ui.wizard.party_page import PartyChoice


class OthersPage(WizardFormPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Övriga personer"))
        self.setSubTitle(self.tr("Valfritt: medhyresgäst, ombud med fullmakt eller kontaktperson."))
        self.chosen: list[PartyChoice] = []
        self.list = QListWidget(self.body)
        self.list.setAccessibleName(self.tr("Övriga personer i ärendet"))
        label = PlainLabel(self.tr("&Personer:"), self.body)
        label.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("&Lägg till person …"), self.body)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("&Ta bort"), self.body)
        self.remove_button.clicked.connect(self.remove_selected)
        self.body_layout.addWidget(label)
        self.body_layout.addWidget(self.list, 1)
        self.body_layout.addWidget(button_row(self.add_button, self.remove_button))
        self.dialog: PersonDialog | None = None

    def add_person(self) -> None:
        dialog = PersonDialog(
            self.session, default_role=CaseRole.CO_TENANT, store=False, parent=self
        )
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._added(d, result))
        dialog.open()

    def _added(self, dialog: PersonDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.person is None:
            return
        person = dialog.person
        choice = PartyChoice(
            dialog.role, person.full_name, person=person, lives_in_flat=dialog.lives_in_flat_checked
        )
        self.chosen.append(choice)
        self.list.addItem(self.tr("{0} – {1}").format(domain_text(choice.role.label), choice.label))

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.chosen):
            del self.chosen[row]
            self.list.takeItem(row)
