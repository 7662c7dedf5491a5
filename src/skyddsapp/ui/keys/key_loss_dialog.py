"""Anmäl förlust: keys a holder has lost; the lock must then be changed before keys go out."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from skyddsapp.services import keys
from skyddsapp.services.case_data import CaseData
from skyddsapp.services.context import Session
from skyddsapp.ui.keys.key_rows_editor import KeyRowsEditor
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.plain_text import PlainLabel


class KeyLossDialog(FormDialog):
    """``keys.report_loss``: no more than the holder has according to the registry."""

    def __init__(
        self, session: Session, data: CaseData, apartment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Anmäl förlorade nycklar"))
        self.case_id = data.case_id
        self.apartment_id = apartment_id
        self.register = data.keys.register if data.keys else None
        intro = PlainLabel(
            self.tr(
                "Förlorade nycklar, taggar eller kort gör att låset måste bytas innan nya "
                "nycklar lämnas ut."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.holder = QComboBox(self.content)
        holders = sorted({p for (_i, p) in self.register.held()}) if self.register else []
        for person_id in holders:
            if self.register is not None and self.register.held_by(person_id, apartment_id):
                person = data.persons.get(person_id)
                self.holder.addItem(person.full_name if person else str(person_id), person_id)
        add_row(
            self.form,
            self.tr("&Vem hade nycklarna:"),
            self.errors.wrap("holder", self.holder, self.content),
            self.holder,
        )
        self.day = date_edit(session.today(), self.tr("Datum för förlusten"), self.content)
        add_row(
            self.form,
            self.tr("&Datum:"),
            self.errors.wrap("date", self.day, self.content),
            self.day,
        )
        self.rows = KeyRowsEditor((), self.content, self.tr("Förlorade nycklar"))
        add_row(
            self.form,
            self.tr("&Förlorade:"),
            self.errors.wrap("keys", self.rows, self.content),
            self.rows,
        )
        self.note = QLineEdit(self.content)
        self.note.setAccessibleName(self.tr("Beskrivning"))
        add_row(
            self.form,
            self.tr("&Beskrivning:"),
            self.errors.wrap("note", self.note, self.content),
            self.note,
        )
        self.holder.currentIndexChanged.connect(self._fill_rows)
        self._fill_rows()
        self.holder.setFocus()

    def _fill_rows(self) -> None:
        """Start from everything the chosen holder has; the handler removes what is not lost."""
        self.rows.table.setRowCount(0)
        person_id = self.holder.currentData()
        if self.register is None or person_id is None:
            return
        for row in self.register.held_rows(person_id, self.apartment_id):
            self.rows.add_row(row)

    def save(self) -> None:
        keys.report_loss(
            self.session,
            self.case_id,
            self.apartment_id,
            self.holder.currentData() or 0,
            from_qdate(self.day.date()),
            self.rows.value(),
            self.note.text(),
        )
