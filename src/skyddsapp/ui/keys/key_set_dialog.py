"""Registrera nyckeluppsättning: every sort of key, tag and card a flat has, and who holds it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from skyddsapp.domain.paperwork.keys import default_key_rows
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import keys
from skyddsapp.services.case_data import CaseData
from skyddsapp.services.context import Session
from skyddsapp.ui.keys.key_rows_editor import KeyRowsEditor
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.plain_text import PlainLabel


class KeySetDialog(FormDialog):
    """``keys.register_key_set``: a sort that is out or lost cannot go or shrink below that."""

    def __init__(
        self, session: Session, data: CaseData, apartment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.case_id = data.case_id
        self.apartment_id = apartment_id
        apartment = data.apartments.get(apartment_id)
        number = apartment.object_number if apartment else str(apartment_id)
        self.setWindowTitle(self.tr("Nyckeluppsättning – lägenhet {0}").format(number))
        register = data.keys.register if data.keys else None
        current = [item.row for item in register.items_of(apartment_id)] if register else []
        intro = PlainLabel(
            self.tr(
                "En rad per sort: typ, märkning, låssystem, serienummer och hur många som finns. "
                "Kvittenser fylls från registret."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.rows = KeyRowsEditor(
            current or default_key_rows(apartment), self.content, self.tr("Nyckeluppsättning")
        )
        add_row(
            self.form,
            self.tr("&Nycklar, taggar och kort:"),
            self.errors.wrap("keys", self.rows, self.content),
            self.rows,
        )
        self.holder = QComboBox(self.content)
        self.holder.addItem(self.tr("På kontoret"), None)
        for party in data.case.parties:
            person = data.persons.get(party.person_id)
            if party.role in (CaseRole.CLIENT, CaseRole.CO_TENANT) and person is not None:
                self.holder.addItem(person.full_name, party.person_id)
        add_row(
            self.form,
            self.tr("Nya nycklar finns &hos:"),
            self.errors.wrap("held_by", self.holder, self.content),
            self.holder,
        )
        hint = PlainLabel(
            self.tr(
                "Välj hyresgästen om nycklarna lämnades ut innan de registrerades här (till "
                "exempel den gamla lägenhetens nycklar)."
            ),
            self.content,
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.rows.setFocus()

    def save(self) -> None:
        keys.register_key_set(
            self.session,
            self.case_id,
            self.apartment_id,
            self.rows.value(),
            held_by=self.holder.currentData(),
        )
