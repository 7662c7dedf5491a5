"""A new-case wizard page for one party (the client or the perpetrator): new or existing person."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QStackedWidget,
    QWidget,
)

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.new_case import PERPETRATOR_REQUIRED
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.person_form import PersonForm
from skyddsapp.ui.cases.person_picker import PersonPicker
from skyddsapp.ui.wizard.form_page import WizardFormPage


@dataclass
class PartyChoice:
    """A party as chosen in the wizard: a new person (not yet stored) or an existing one."""

    role: CaseRole
    label: str
    person: Person | None = None
    existing_id: int | None = None
    lives_in_flat: bool = False


class PartyPage(WizardFormPage):
    NEW, EXISTING, NONE = 0, 1, 2

    def __init__(self, session: Session, role: CaseRole, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.role = role
        self.chosen: PartyChoice | None = None
        modes = QWidget(self.body)
        row = QHBoxLayout(modes)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_radio = QRadioButton(self.tr("&Ny person"), modes)
        self.existing_radio = QRadioButton(self.tr("&Befintlig person"), modes)
        self.none_radio = QRadioButton(self.tr("&Ingen uppgift"), modes)
        self.mode = QButtonGroup(self)
        for index, button in enumerate((self.new_radio, self.existing_radio, self.none_radio)):
            self.mode.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self.body_layout.addWidget(modes)
        self.lives_in_flat = QCheckBox(self.body)
        self.body_layout.addWidget(self.lives_in_flat)
        self.stack = QStackedWidget(self.body)
        self.form = PersonForm(session, self.errors, self.stack)
        self.picker = PersonPicker(session, self.stack)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.picker)
        self.stack.addWidget(QWidget(self.stack))
        self.body_layout.addWidget(self.stack, 1)
        self.mode.idToggled.connect(self._mode_changed)
        self.new_radio.setChecked(True)

    @property
    def optional(self) -> bool:
        kind = self.case_wizard().kind() if self.wizard() is not None else CaseKind.CUSTOMER_CARE
        return self.role is CaseRole.PERPETRATOR and kind not in PERPETRATOR_REQUIRED

    def initializePage(self) -> None:
        if self.role is CaseRole.CLIENT:
            self.setTitle(self.tr("Klienten"))
            self.setSubTitle(self.tr("Den våldsutsatta som ärendet gäller."))
            self.lives_in_flat.setText(self.tr("Klienten bor i ärendets nuvarande lägenhet"))
        else:
            self.setTitle(self.tr("Våldsutövaren"))
            if self.optional:
                self.setSubTitle(self.tr("Valfritt, men behövs för att bedöma övertagande."))
            else:
                self.setSubTitle(self.tr("Den som ska flytta."))
            self.lives_in_flat.setText(self.tr("Våldsutövaren bor kvar i lägenheten"))
        self.lives_in_flat.setAccessibleName(self.lives_in_flat.text())
        self.none_radio.setVisible(self.optional)
        if not self.optional and self.none_radio.isChecked():
            self.new_radio.setChecked(True)

    def _mode_changed(self, index: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(index)
            self.errors.clear()
            self.lives_in_flat.setEnabled(index != self.NONE)

    def validatePage(self) -> bool:
        self.errors.clear()
        mode = self.mode.checkedId()
        lives = self.lives_in_flat.isChecked()
        if mode == self.NONE:
            self.chosen = None
            return True
        if mode == self.EXISTING:
            person_id = self.picker.selected_id
            if person_id is None:
                self.errors.show_general(
                    [self.tr("Välj en person i listan, eller välj Ny person.")]
                )
                return False
            label = self.picker.selected_label()
            self.chosen = PartyChoice(self.role, label, existing_id=person_id, lives_in_flat=lives)
            return True
        try:
            person = self.form.build(self.session.today())
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.chosen = PartyChoice(self.role, person.full_name, person=person, lives_in_flat=lives)
        return True
