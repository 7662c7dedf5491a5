"""Put a flat in the register of transition and emergency flats: a new flat, or one already in
the vault (by its object number), with its kind, the organisation that holds it and since when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.transition_flat import FlatCategory, TransitionFlat
from skyddsapp.services import transition_flats
from skyddsapp.services.context import Session
from skyddsapp.ui.housing.apartment_dialog import ApartmentForm
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text


class TransitionFlatDialog(FormDialog):
    """``transition_flats.register_new_flat`` or ``register_flat``."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Registrera utsluss- eller jourlägenhet"))
        self.flat: TransitionFlat | None = None
        self.category = QComboBox(self.content)
        self.category.setAccessibleName(self.tr("Slag av lägenhet"))
        for category in FlatCategory:
            self.category.addItem(domain_text(category.label), category)
        add_row(
            self.form,
            self.tr("Sla&g:"),
            self.errors.wrap("category", self.category, self.content),
            self.category,
        )
        self.holder = QLineEdit(FlatCategory.TRANSITION.default_holder, self.content)
        self.holder.setAccessibleName(self.tr("Organisation som har lägenheten"))
        add_row(
            self.form,
            self.tr("Organisa&tion:"),
            self.errors.wrap("holder", self.holder, self.content),
            self.holder,
        )
        self.category.currentIndexChanged.connect(self._category_changed)
        self._which_flat()
        self.available_from = date_edit(
            session.today(), self.tr("I förteckningen och ledig från"), self.content
        )
        add_row(
            self.form,
            self.tr("Led&ig från:"),
            self.errors.wrap("available_from", self.available_from, self.content),
            self.available_from,
        )
        self.notes = QPlainTextEdit(self.content)
        self.notes.setAccessibleName(self.tr("Anteckningar"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        add_row(
            self.form,
            self.tr("Ant&eckningar:"),
            self.errors.wrap("notes", self.notes, self.content),
            self.notes,
        )
        self.category.setFocus()

    def _which_flat(self) -> None:
        choice = QWidget(self.content)
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_flat = QRadioButton(self.tr("N&y lägenhet"), choice)
        self.existing_flat = QRadioButton(self.tr("Finns redan i &valvet"), choice)
        self.which = QButtonGroup(self)
        for button in (self.new_flat, self.existing_flat):
            self.which.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.new_flat.setChecked(True)
        self.form.addRow(self.tr("Lägenhet:"), choice)
        self.existing_number = QLineEdit(self.content)
        self.existing_number.setAccessibleName(self.tr("Objektnummer för lägenheten i valvet"))
        self.existing_number.setPlaceholderText("1234-5678-01")
        self.existing_box = self.errors.wrap(
            "existing_object_number", self.existing_number, self.content
        )
        add_row(self.form, self.tr("Ob&jektnummer:"), self.existing_box, self.existing_number)
        self.apartment_form = ApartmentForm(self.errors, self.session.today(), self.content)
        self.form.addRow(self.apartment_form)
        self.existing_flat.toggled.connect(self._show_which)
        self._show_which()

    def _show_which(self) -> None:
        existing = self.existing_flat.isChecked()
        self.apartment_form.setVisible(not existing)
        self.form.setRowVisible(self.existing_box, existing)

    def _category_changed(self) -> None:
        # The organisation follows the kind until someone has typed another.
        defaults = {c.default_holder for c in FlatCategory}
        category: FlatCategory = self.category.currentData()
        if self.holder.text().strip() in defaults or not self.holder.text().strip():
            self.holder.setText(category.default_holder)
        if category is FlatCategory.KVINNOJOUR:
            self.existing_flat.setChecked(
                True
            )  # Kvinnojouren's flats are lets already in the vault

    def save(self) -> None:
        category: FlatCategory = self.category.currentData()
        holder, notes = self.holder.text(), self.notes.toPlainText()
        available_from = from_qdate(self.available_from.date())
        if self.new_flat.isChecked():
            apartment = self.apartment_form.build()
            self.flat = transition_flats.register_new_flat(
                self.session,
                apartment,
                category,
                holder=holder,
                available_from=available_from,
                notes=notes,
            )
            return
        try:
            apartment_id = transition_flats.apartment_id_by_object_number(
                self.session, self.existing_number.text()
            )
        except ValidationError as error:  # shown under this dialog's own object number field
            raise ValidationError(
                [FieldError("existing_object_number", e.message) for e in error.errors]
            ) from None
        self.flat = transition_flats.register_flat(
            self.session,
            apartment_id,
            category,
            holder=holder,
            available_from=available_from,
            notes=notes,
        )
