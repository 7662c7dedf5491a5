"""Register a flat on a case or edit one: address, size, rent, keys and the showing embargo."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from skyddsapp.domain.address import AddressInput
from skyddsapp.domain.apartment import (
    DEFAULT_LANDLORD,
    MASKED_STREET,
    Apartment,
    new_apartment,
)
from skyddsapp.services import cases, housing, old_flat_embargo
from skyddsapp.services.context import Session
from skyddsapp.services.old_flat_embargo import ComputedEmbargo
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.field_errors import FieldErrors
from skyddsapp.ui.widgets.form_widgets import AddressFields, OptionalDateEdit, add_row, to_qdate
from skyddsapp.ui.widgets.plain_text import PlainLabel


class ApartmentForm(QWidget):
    """The flat's fields; ``build()`` reads them through ``new_apartment`` (numbers as text)."""

    def __init__(self, errors: FieldErrors, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None
        self._street_masked = False
        self._computed: ComputedEmbargo | None = None
        self._form = form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)

        def line(field: str, text: str, name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(self)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            add_row(form, text, errors.wrap(field, edit, self), edit)
            return edit

        self.object_number = line(
            "object_number", self.tr("&Objektnummer:"), self.tr("Objektnummer"), "1234-5678-01"
        )
        self.address = AddressFields("address", self.tr("Lägenhetens adress"), errors, self)
        add_row(form, self.tr("&Adress:"), self.address, self.address.street)
        self.rooms = line("rooms", self.tr("Antal &rum:"), self.tr("Antal rum"), "2")
        self.area = line(
            "area_m2", self.tr("Boa&rea (m²):"), self.tr("Boarea i kvadratmeter"), "52,5"
        )
        self.rent = line(
            "monthly_rent_sek", self.tr("&Månadshyra (kr):"), self.tr("Månadshyra i kronor"), "7500"
        )
        for short in (self.rooms, self.area, self.rent):
            short.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 16))
        self.landlord = line("landlord", self.tr("&Hyresvärd:"), self.tr("Hyresvärd"))
        self.landlord.setText(DEFAULT_LANDLORD)
        self.key_system = line("key_system", self.tr("&Låssystem:"), self.tr("Låssystem"))
        self.key_series = line("key_series", self.tr("&Nyckelserie:"), self.tr("Nyckelserie"))
        self.embargo = OptionalDateEdit(
            self.tr("Får inte annonseras eller visas före"),
            self.tr("Får inte annonseras eller visas före"),
            today,
            self,
        )
        form.addRow(self.tr("Visningsstopp:"), errors.wrap("embargo_until", self.embargo, self))

    def use_computed_embargo(self, computed: ComputedEmbargo) -> None:
        """The flat is a client's old flat under notice: its embargo is computed, not typed; a
        later date may still be set by hand."""
        self._computed = computed
        label = PlainLabel(
            self.tr(
                "Får annonseras eller visas från {0}: dagen efter att uppsägningstiden för "
                "hyresavtal {1} (uppsagt {2}) löper ut {3} (12 kap. 4 § jordabalken)."
            ).format(
                computed.first_day.isoformat(),
                computed.contract_number,
                computed.notice_date.isoformat(),
                computed.lease_end.isoformat(),
            ),
            self,
        )
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Beräknat visningsstopp"))
        self.computed_label = label
        row = self._form.rowCount() - 1  # the embargo's own row is the last one
        self._form.insertRow(row, self.tr("Beräknat visningsstopp:"), label)
        self.embargo.check.setText(self.tr("Senare datum än det beräknade"))
        self.embargo.check.setAccessibleName(self.tr("Senare visningsstopp än det beräknade"))
        stored = self.embargo.value()
        self.embargo.set_value(stored if stored and stored > computed.first_day else None)
        if not self.embargo.check.isChecked():
            self.embargo.edit.setDate(to_qdate(computed.first_day))

    def load(self, apartment: Apartment) -> None:
        self._id = apartment.id
        self._street_masked = apartment.street_masked
        self.object_number.setText(apartment.object_number)
        self.address.set_value(apartment.address)
        if apartment.street_masked:
            self.address.street.setToolTip(
                self.tr(
                    "Gatuadressen är skyddad och visas inte. Låt fältet vara för att behålla "
                    "den, eller skriv en ny."
                )
            )
        self.rooms.setText(str(apartment.rooms))
        self.area.setText(str(apartment.area_m2).replace(".", ","))
        self.rent.setText(str(apartment.monthly_rent_sek))
        self.landlord.setText(apartment.landlord)
        self.key_system.setText(apartment.key_system)
        self.key_series.setText(apartment.key_series)
        self.embargo.set_value(apartment.embargo_until)

    def _embargo(self) -> dt.date | None:
        """The date typed, or the computed one where the flat has one and none is typed."""
        typed = self.embargo.value()
        if typed is None and self._computed is not None:
            return self._computed.first_day
        return typed

    def build(self) -> Apartment:
        apartment = new_apartment(
            object_number=self.object_number.text(),
            address=self.address.value() or AddressInput("", "", ""),
            rooms=self.rooms.text(),
            area_m2=self.area.text(),
            monthly_rent_sek=self.rent.text(),
            landlord=self.landlord.text(),
            key_system=self.key_system.text(),
            key_series=self.key_series.text(),
            embargo_until=self._embargo(),
            id=self._id,
        )
        if self._street_masked and self.address.street.text() == MASKED_STREET:
            # The withheld street was left as it was: the service keeps the stored one.
            return replace(apartment, street_masked=True)
        return apartment


class ApartmentDialog(FormDialog):
    """New flat linked to ``case_id``, or edit ``apartment_id``."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        apartment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(
            self.tr("Redigera lägenhet") if apartment_id is not None else self.tr("Ny lägenhet")
        )
        self.case_id = case_id
        self.apartment: Apartment | None = None
        self.apartment_form = ApartmentForm(self.errors, session.today(), self.content)
        self.form.addRow(self.apartment_form)
        if apartment_id is not None:
            self.apartment_form.load(housing.get_apartment(session, apartment_id))
            computed = old_flat_embargo.computed_embargo(session, apartment_id)
            if computed is not None:
                self.apartment_form.use_computed_embargo(computed)
        self.apartment_form.object_number.setFocus()

    def save(self) -> None:
        apartment = self.apartment_form.build()
        if apartment.id is not None:
            self.apartment = housing.update_apartment(self.session, apartment)
            return
        self.apartment = cases.add_new_apartment(self.session, self.case_id, apartment)
