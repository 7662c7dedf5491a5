"""Register a person (optionally as a party to a case) or edit one; validation next to fields."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.services import cases, persons
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.person_form import PersonForm
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text


class PersonDialog(FormDialog):
    """Three uses:

    * ``person_id`` given: edit that person (``persons.update_person``);
    * ``case_id`` given: register a new person and add them to the case in the chosen role
      (``cases.add_new_person``, one transaction);
    * neither (``store=False``): only build and validate; read ``person``, ``role`` and
      ``lives_in_flat`` after Accepted (the new-case wizard stores them at Finish).
    """

    def __init__(
        self,
        session: Session,
        *,
        case_id: int | None = None,
        person_id: int | None = None,
        default_role: CaseRole = CaseRole.CONTACT_PERSON,
        store: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        editing = person_id is not None
        self.setWindowTitle(self.tr("Redigera person") if editing else self.tr("Ny person"))
        self.case_id = case_id
        self.store = store
        self.person: Person | None = None
        self.role_choice: QComboBox | None = None
        self.lives_in_flat: QCheckBox | None = None
        if not editing:
            self.role_choice = QComboBox(self.content)
            for role in CaseRole:
                self.role_choice.addItem(domain_text(role.label), role)
            self.role_choice.setCurrentIndex(self.role_choice.findData(default_role))
            self.role_choice.setAccessibleName(self.tr("Roll i ärendet"))
            add_row(self.form, self.tr("&Roll i ärendet:"), self.role_choice)
            self.lives_in_flat = QCheckBox(self.tr("Bor i ärendets lägenhet"), self.content)
            self.lives_in_flat.setAccessibleName(self.tr("Bor i ärendets lägenhet"))
            self.lives_in_flat.setToolTip(
                self.tr("Har betydelse för övertagande av hyresrätten (12 kap. 47 § JB).")
            )
            self.form.addRow("", self.lives_in_flat)
        self.person_form = PersonForm(session, self.errors, self.content)
        self.form.addRow(self.person_form)
        if person_id is not None:
            self.person_form.load(persons.get_person(session, person_id))
        (self.role_choice or self.person_form.first_name).setFocus()

    @property
    def role(self) -> CaseRole:
        return self.role_choice.currentData() if self.role_choice else CaseRole.CONTACT_PERSON

    @property
    def lives_in_flat_checked(self) -> bool:
        return self.lives_in_flat.isChecked() if self.lives_in_flat else False

    def save(self) -> None:
        person = self.person_form.build(self.session.today())
        if not self.store:
            self.person = person
            return
        if person.id is not None:
            self.person = persons.update_person(self.session, person)
            return
        if self.case_id is None:
            self.person = persons.create_person(self.session, person)
            return
        self.person = cases.add_new_person(
            self.session,
            self.case_id,
            person,
            self.role,
            lives_in_flat=self.lives_in_flat_checked,
        )
