"""The case view's Personer tab: each party and role; protected details masked until revealed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QWidget

from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.person import Person, ProtectedField, field_text
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_data import CaseData, ScrollTab, button_row, value_label
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.masked_field import MaskedField


class CasePersonsTab(ScrollTab):
    add_requested = Signal()
    add_existing_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int, object)  # person id, CaseRole

    def __init__(
        self, session: Session, clipboard: SecretClipboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard = clipboard
        self.masked_fields: list[MaskedField] = []
        self.edit_buttons: dict[int, QPushButton] = {}

    def show_data(self, data: CaseData) -> None:
        content, layout = self.new_content()
        self.masked_fields = []
        self.edit_buttons = {}
        self.add_button = QPushButton(self.tr("Lägg till &person …"), content)
        self.add_button.clicked.connect(self.add_requested)
        self.add_existing_button = QPushButton(self.tr("Lägg till &befintlig person …"), content)
        self.add_existing_button.clicked.connect(self.add_existing_requested)
        layout.addWidget(button_row(self.add_button, self.add_existing_button))
        if not data.case.parties:
            layout.addWidget(value_label(self.tr("Ärendet har inga personer ännu."), content))
        for party in data.case.parties:
            person = data.persons.get(party.person_id)
            if person is not None:
                layout.addWidget(self._party_box(party, person, content))
        self.set_content(content, layout)

    def _party_box(self, party: CaseParty, person: Person, parent: QWidget) -> QGroupBox:
        title = domain_text(party.role.label)
        if party.lives_in_flat:
            title = self.tr("{0} – bor i lägenheten").format(title)
        box = QGroupBox(title, parent)
        form = form_layout(box)
        form.addRow(self.tr("Namn:"), value_label(person.full_name, box))
        form.addRow(self.tr("Skyddsnivå:"), value_label(domain_text(person.protection.label), box))
        assert person.id is not None
        # The services mask: a protected person's details, and the home address of anyone
        # who lives in a flat the case hides.
        for field, text, name in (
            (ProtectedField.PERSONAL_NUMBER, self.tr("Personnummer:"), self.tr("personnummer")),
            (ProtectedField.REAL_ADDRESS, self.tr("Bostadsadress:"), self.tr("bostadsadress")),
            (
                ProtectedField.DELIVERY_ADDRESS,
                self.tr("Kontaktadress:"),
                self.tr("kontaktadress"),
            ),
            (ProtectedField.PHONE, self.tr("Telefon:"), self.tr("telefon")),
        ):
            field_masked = field in person.masked
            widget = MaskedField(
                self.session,
                person.id,
                field,
                field_masked,
                self.clipboard,
                box,
                value=None if field_masked else field_text(person, field),
                has_value=person.holds(field),
                name=name,
            )
            form.addRow(text, widget)
            self.masked_fields.append(widget)
        forwarding = (
            self.tr("Ja, via Skatteverkets särskilda postförmedling")
            if person.uses_skatteverket_forwarding
            else self.tr("Nej")
        )
        form.addRow(self.tr("Särskild postförmedling:"), value_label(forwarding, box))
        if person.children:
            years = ", ".join(str(child.birth_year) for child in person.children)
            children = self.tr("{0} (födda {1})").format(len(person.children), years)
            form.addRow(self.tr("Barn:"), value_label(children, box))
        if person.notes:
            form.addRow(self.tr("Anteckningar:"), value_label(person.notes, box))
        edit = QPushButton(self.tr("Redigera …"), box)
        edit.setAccessibleName(self.tr("Redigera {0}").format(title))
        edit.clicked.connect(lambda _=False, pid=person.id: self.edit_requested.emit(pid))
        remove = QPushButton(self.tr("Ta bort ur ärendet …"), box)
        remove.setAccessibleName(self.tr("Ta bort {0} ur ärendet").format(title))
        remove.clicked.connect(
            lambda _=False, pid=person.id, role=party.role: self.remove_requested.emit(pid, role)
        )
        form.addRow("", button_row(edit, remove))
        assert person.id is not None
        self.edit_buttons[person.id] = edit
        return box

    def mask_all(self) -> None:
        for widget in self.masked_fields:
            widget.mask()
