"""Small input widgets shared by the edit dialogs and the new-case wizard: dates and addresses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from skyddsapp.domain.address import Address, AddressInput
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.plain_text import PlainLabel

DATE_FORMAT = "yyyy-MM-dd"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date, accessible_name: str, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setAccessibleName(accessible_name)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose fields grow with the window and whose labels sit on the left, top-aligned."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def add_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
    """A label with an &-mnemonic whose buddy is the input (``buddy``, else ``field``)."""
    label = PlainLabel(text)
    label.setBuddy(buddy or field)
    form.addRow(label, field)
    return label


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box turns the date input on."""

    def __init__(
        self, check_text: str, accessible_name: str, default: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(check_text, self)
        self.check.setAccessibleName(accessible_name)
        self.edit = date_edit(default, accessible_name, self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


class AddressFields(QWidget):
    """Street, postal code, town and c/o of one address; every field empty means no address."""

    def __init__(
        self, field: str, name: str, errors: FieldErrors, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.street = QLineEdit(self)
        self.postal_code = QLineEdit(self)
        self.city = QLineEdit(self)
        self.care_of = QLineEdit(self)
        self.postal_code.setMaxLength(8)
        self.postal_code.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14))
        self.postal_code.setPlaceholderText(self.tr("t.ex. 753 20"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(3, 1)
        street_error, place_error, care_of_error = (error_label(self) for _ in range(3))
        rows = (
            (0, 0, self.tr("Gatua&dress"), self.street, "street", 3, street_error),
            (2, 0, self.tr("Post&nummer"), self.postal_code, "postal_code", 1, place_error),
            (2, 2, self.tr("Post&ort"), self.city, "city", 1, place_error),
            (4, 0, self.tr("C/o-na&mn"), self.care_of, "care_of", 3, care_of_error),
        )
        for row, column, text, edit, key, span, error in rows:
            label = PlainLabel(text, self)
            label.setBuddy(edit)
            edit.setAccessibleName(f"{name}: {label.text().replace('&', '')}")
            grid.addWidget(label, row, column)
            grid.addWidget(edit, row, column + 1, 1, span)
            errors.register(f"{field}.{key}", edit, error)
        # Messages span the whole row: a postal code's message is wider than its input.
        for row, error in ((1, street_error), (3, place_error), (5, care_of_error)):
            grid.addWidget(error, row, 1, 1, 3)
        self.setFocusProxy(self.street)
        self._edits = (self.street, self.postal_code, self.city, self.care_of)

    def value(self) -> AddressInput | None:
        texts = [edit.text() for edit in self._edits]
        if not any(text.strip() for text in texts):
            return None
        return AddressInput(*texts)

    def set_value(self, address: Address | None) -> None:
        if address is None:
            for edit in self._edits:
                edit.clear()
            return
        self.street.setText(address.street)
        self.postal_code.setText(address.formatted_postal_code)
        self.city.setText(address.city)
        self.care_of.setText(address.care_of or "")

    def set_hidden_value(self, hidden: bool, placeholder: str = "") -> None:
        """Blank and read-only while a protected address has not been revealed."""
        for edit in self._edits:
            if hidden:
                edit.clear()
            edit.setReadOnly(hidden)
            edit.setPlaceholderText(placeholder if hidden else "")
        if not hidden:
            self.postal_code.setPlaceholderText(self.tr("t.ex. 753 20"))

    def edits(self) -> tuple[QLineEdit, ...]:
        return self._edits
