"""Link a person who is already registered to the case, in a role."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.person_picker import PersonPicker
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.field_errors import error_label
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text


class PartyDialog(FormDialog):
    """Lägg till befintlig person: a picker (protected persons masked), role, lives in the flat."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Lägg till befintlig person"))
        self.case_id = case_id
        self.picker = PersonPicker(session, self.content)
        picker_error = error_label(self.content)
        self.errors.register("person", self.picker, picker_error)
        self.form.addRow(self.picker)
        self.form.addRow(picker_error)
        self.role_choice = QComboBox(self.content)
        for role in CaseRole:
            self.role_choice.addItem(domain_text(role.label), role)
        self.role_choice.setCurrentIndex(self.role_choice.findData(CaseRole.CONTACT_PERSON))
        self.role_choice.setAccessibleName(self.tr("Roll i ärendet"))
        role_box = self.errors.wrap("parties", self.role_choice, self.content)
        add_row(self.form, self.tr("&Roll i ärendet:"), role_box, buddy=self.role_choice)
        self.lives_in_flat = QCheckBox(self.tr("Bor i ärendets lägenhet"), self.content)
        self.lives_in_flat.setAccessibleName(self.tr("Bor i ärendets lägenhet"))
        self.form.addRow("", self.lives_in_flat)
        self.picker.setFocus()

    def save(self) -> None:
        person_id = self.picker.selected_id
        if person_id is None:
            raise ValidationError.single("person", self.tr("Välj en person i listan."))
        role: CaseRole = self.role_choice.currentData()
        party = CaseParty(person_id, role, self.lives_in_flat.isChecked())
        cases.add_party(self.session, self.case_id, party)
