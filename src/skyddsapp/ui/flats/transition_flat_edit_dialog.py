"""Change a flat of the register of transition and emergency flats: its kind, the organisation
that holds it, the day it came into the register, the notes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from skyddsapp.domain.transition_flat import FlatCategory, TransitionFlat
from skyddsapp.services import transition_flat_changes
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class TransitionFlatEditDialog(FormDialog):
    """``transition_flat_changes.edit_flat``."""

    def __init__(
        self,
        session: Session,
        flat: TransitionFlat,
        object_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Ändra lägenhet i förteckningen"))  # no number: task bars
        self.flat = flat
        self.form.addRow(self.tr("Lägenhet:"), PlainLabel(object_number, self.content))
        self.category = QComboBox(self.content)
        self.category.setAccessibleName(self.tr("Slag av lägenhet"))
        for category in FlatCategory:
            self.category.addItem(domain_text(category.label), category)
        self.category.setCurrentIndex(self.category.findData(flat.category))
        add_row(
            self.form,
            self.tr("Sla&g:"),
            self.errors.wrap("category", self.category, self.content),
            self.category,
        )
        self.holder = QLineEdit(flat.holder, self.content)
        self.holder.setAccessibleName(self.tr("Organisation som har lägenheten"))
        add_row(
            self.form,
            self.tr("Organisa&tion:"),
            self.errors.wrap("holder", self.holder, self.content),
            self.holder,
        )
        self.available_from = date_edit(
            flat.available_from, self.tr("I förteckningen och ledig från"), self.content
        )
        add_row(
            self.form,
            self.tr("I förteckningen &från:"),
            self.errors.wrap("available_from", self.available_from, self.content),
            self.available_from,
        )
        self.notes = QPlainTextEdit(flat.notes, self.content)
        self.notes.setAccessibleName(self.tr("Anteckningar"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        add_row(
            self.form,
            self.tr("Ant&eckningar:"),
            self.errors.wrap("notes", self.notes, self.content),
            self.notes,
        )
        self.category.currentIndexChanged.connect(self._category_changed)
        self.category.setFocus()

    def _category_changed(self) -> None:
        # The organisation follows the kind until someone has typed another (as on registering).
        defaults = {c.default_holder for c in FlatCategory}
        category: FlatCategory = self.category.currentData()
        if self.holder.text().strip() in defaults or not self.holder.text().strip():
            self.holder.setText(category.default_holder)

    def save(self) -> None:
        self.flat = transition_flat_changes.edit_flat(
            self.session,
            self.flat.apartment_id,
            self.category.currentData(),
            holder=self.holder.text(),
            available_from=from_qdate(self.available_from.date()),
            notes=self.notes.toPlainText(),
        )
