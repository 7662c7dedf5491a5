"""Ny blankett, step 1: every form with what each is for; Enter or double-click picks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

if TYPE_CHECKING:
    from skyddsapp.documents.forms import FormSpec


class FormPickerDialog(QDialog):
    """``chosen`` is the picked FormSpec once accepted."""

    def __init__(self, specs: Sequence[FormSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny blankett"))
        self.setModal(True)
        self.specs = list(specs)
        intro = PlainLabel(self.tr("&Välj blankett:"), self)
        self.table = QTableWidget(len(self.specs), 3, self)
        intro.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Blankett"), self.tr("Beskrivning"), self.tr("Utfärdare")]
        )
        self.table.setAccessibleName(self.tr("Blanketter"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Air around one-line rows; wrapped rows grow with their text (ResizeToContents below).
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setMinimumSectionSize(line * 2)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, spec in enumerate(self.specs):
            title = QTableWidgetItem(domain_text(spec.title))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setData(Qt.ItemDataRole.UserRole, spec.id)
            texts = (domain_text(spec.description), spec.issuer.value)
            self.table.setItem(row, 0, title)
            for column, text in enumerate(texts, start=1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setColumnWidth(0, 300)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nästa"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if self.specs:
            self.table.selectRow(0)
        self._update()
        self.table.setFocus()
        self.resize(900, 620)

    @property
    def chosen(self) -> FormSpec | None:
        row = self.table.currentRow()
        return self.specs[row] if 0 <= row < len(self.specs) and self._selected() else None

    def _selected(self) -> bool:
        return bool(self.table.selectionModel().selectedRows())

    def select(self, form_id: str) -> None:
        for row, spec in enumerate(self.specs):
            if spec.id == form_id:
                self.table.selectRow(row)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen is not None)

    def accept(self) -> None:
        if self.chosen is not None:
            super().accept()
