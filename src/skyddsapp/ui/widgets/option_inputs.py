"""One input per kind of form field (domain.paperwork.schema.FieldKind), each giving back the
value type the form's ``parse`` expects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.paperwork.schema import FieldKind, OptionField
from skyddsapp.ui.keys.key_rows_editor import KeyRowsEditor
from skyddsapp.ui.widgets.form_widgets import OptionalDateEdit, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text


@dataclass
class OptionInput:
    """The widget shown for one field, and how to read its value."""

    field: OptionField
    widget: QWidget
    value: Callable[[], Any]
    labelled: bool = True
    """False when the widget carries its own label (a check box)."""


def option_input(field: OptionField, today: dt.date, parent: QWidget) -> OptionInput:
    label = domain_text(field.label)
    builder = _BUILDERS[field.kind]
    made = builder(field, label, today, parent)
    made.widget.setAccessibleName(label)
    if field.help:
        made.widget.setToolTip(domain_text(field.help))
        made.widget.setAccessibleDescription(domain_text(field.help))
    return made


def _text(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    edit = QLineEdit(str(field.default or ""), parent)
    return OptionInput(field, edit, edit.text)


def _long_text(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    edit = QPlainTextEdit(str(field.default or ""), parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
    return OptionInput(field, edit, edit.toPlainText)


def _date(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    default = field.default if isinstance(field.default, dt.date) else today
    edit = date_edit(default, label, parent)
    return OptionInput(field, edit, lambda: from_qdate(edit.date()))


def _optional_date(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    default = field.default if isinstance(field.default, dt.date) else today
    edit = OptionalDateEdit(
        QCoreApplication.translate("OptionInput", "Ange datum"), label, default, parent
    )
    edit.set_value(field.default if isinstance(field.default, dt.date) else None)
    return OptionInput(field, edit, edit.value)


def _combo(field: OptionField, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    if field.default in (None, "") or not field.choices:
        if field.choices:
            empty = QCoreApplication.translate("OptionInput", "– Välj –")
        else:
            empty = QCoreApplication.translate("OptionInput", "– Inget att välja –")
        combo.addItem(empty, None)
    for choice in field.choices:
        combo.addItem(domain_text(choice.label), choice.value)
    if field.default not in (None, ""):
        combo.setCurrentIndex(max(0, combo.findData(str(field.default))))
    return combo


def _choice(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    combo = _combo(field, parent)
    return OptionInput(field, combo, combo.currentData)


def _person(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    combo = _combo(field, parent)

    def value() -> int | None:
        data = combo.currentData()
        return int(data) if data not in (None, "") else None

    return OptionInput(field, combo, value)


class ChoiceBoxes(QWidget):
    """Some of several choices: one check box each, in the order given."""

    def __init__(self, field: OptionField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        chosen = {str(v) for v in (field.default or ())}
        self.boxes: list[tuple[str, QCheckBox]] = []
        for choice in field.choices:
            box = QCheckBox(domain_text(choice.label), self)
            box.setChecked(choice.value in chosen)
            layout.addWidget(box)
            self.boxes.append((choice.value, box))
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])

    def value(self) -> tuple[str, ...]:
        return tuple(value for value, box in self.boxes if box.isChecked())


def _multi(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    boxes = ChoiceBoxes(field, parent)
    return OptionInput(field, boxes, boxes.value)


def _number(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    spin = QSpinBox(parent)
    spin.setRange(field.minimum, field.maximum)
    spin.setValue(int(field.default) if field.default is not None else field.minimum)
    return OptionInput(field, spin, spin.value)


def _flag(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    box = QCheckBox(label, parent)
    box.setChecked(bool(field.default))
    return OptionInput(field, box, box.isChecked, labelled=False)


def _key_rows(field: OptionField, label: str, today: dt.date, parent: QWidget) -> OptionInput:
    editor = KeyRowsEditor(field.default or (), parent, accessible_name=label)
    return OptionInput(field, editor, editor.value)


_BUILDERS: dict[FieldKind, Callable[[OptionField, str, dt.date, QWidget], OptionInput]] = {
    FieldKind.TEXT: _text,
    FieldKind.LONG_TEXT: _long_text,
    FieldKind.DATE: _date,
    FieldKind.OPTIONAL_DATE: _optional_date,
    FieldKind.CHOICE: _choice,
    FieldKind.MULTI_CHOICE: _multi,
    FieldKind.NUMBER: _number,
    FieldKind.FLAG: _flag,
    FieldKind.PERSON: _person,
    FieldKind.KEY_ROWS: _key_rows,
}
