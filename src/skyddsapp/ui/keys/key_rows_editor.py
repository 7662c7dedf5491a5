"""Nyckelrader: a small table of keys, tags and cards (kind, marking, system, series, count)."""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

KIND, MARKING, SYSTEM, SERIES, COUNT = range(5)
MAX_COUNT = 99


def keys_module() -> ModuleType | None:
    """skyddsapp.domain.paperwork.keys, or None while it does not exist."""
    try:
        from skyddsapp.domain.paperwork import keys
    except ImportError:
        return None
    return keys


def kind_label(kind: Any) -> str:
    label = getattr(kind, "label", None)
    return domain_text(label) if isinstance(label, str) else str(getattr(kind, "value", kind))


class KeyRowsEditor(QWidget):
    """``value()`` is a tuple of KeyRow; the domain validates the rows when the form is made."""

    def __init__(
        self, rows: Iterable[Any] = (), parent: QWidget | None = None, accessible_name: str = ""
    ) -> None:
        super().__init__(parent)
        self.keys = keys_module()
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Typ"),
                self.tr("Märkning"),
                self.tr("Låssystem"),
                self.tr("Serie"),
                self.tr("Antal"),
            ]
        )
        self.table.setAccessibleName(accessible_name or self.tr("Nycklar"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.setMinimumWidth(540)
        self.add_button = QPushButton(self.tr("Lägg till rad"), self)
        self.remove_button = QPushButton(self.tr("Ta bort rad"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        if self.keys is None:
            self.add_button.setEnabled(False)
            layout.addWidget(PlainLabel(self.tr("Nyckelrader kan inte anges i den här versionen.")))
        for row in rows:
            self.add_row(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.setFocusProxy(self.table)

    def kinds(self) -> list[Any]:
        return list(self.keys.KeyKind) if self.keys is not None else []

    def add_row(self, row: Any = None) -> int:
        index = self.table.rowCount()
        self.table.insertRow(index)
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Typ, rad {0}").format(index + 1))
        for kind in self.kinds():
            combo.addItem(kind_label(kind), kind)
        if row is not None:
            combo.setCurrentIndex(max(0, combo.findData(row.kind)))
        self.table.setCellWidget(index, KIND, combo)
        for column, attribute in ((MARKING, "marking"), (SYSTEM, "system"), (SERIES, "series")):
            text = str(getattr(row, attribute, "") or "") if row is not None else ""
            self.table.setItem(index, column, QTableWidgetItem(text))
        count = QSpinBox(self.table)
        count.setRange(0, MAX_COUNT)
        count.setValue(int(getattr(row, "count", 1)) if row is not None else 1)
        count.setAccessibleName(self.tr("Antal, rad {0}").format(index + 1))
        self.table.setCellWidget(index, COUNT, count)
        self.table.selectRow(index)
        self._update_buttons()
        return index

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        assert item is not None
        item.setText(text)

    def value(self) -> tuple[Any, ...]:
        if self.keys is None:
            return ()
        rows = []
        for index in range(self.table.rowCount()):
            combo = self.table.cellWidget(index, KIND)
            count = self.table.cellWidget(index, COUNT)
            assert isinstance(combo, QComboBox)
            assert isinstance(count, QSpinBox)
            texts = [
                (self.table.item(index, column) or QTableWidgetItem()).text()
                for column in (MARKING, SYSTEM, SERIES)
            ]
            rows.append(
                self.keys.KeyRow(
                    kind=combo.currentData(),
                    marking=texts[0],
                    system=texts[1],
                    series=texts[2],
                    count=count.value(),
                )
            )
        return tuple(rows)
