"""Utsluss- och jourlägenheter as a table model: one row per flat of the register."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from skyddsapp.domain.transition_flat import FlatOverviewRow
from skyddsapp.ui.labels import domain_text
from skyddsapp.ui.plain_text import plain_tooltip
from skyddsapp.ui.todo_table_model import DEFAULT_OVERDUE_COLOR

Index = QModelIndex | QPersistentModelIndex


class TransitionFlatsTableModel(QAbstractTableModel):
    """Rows are FlatOverviewRows, already in the service's order (soonest move-out first)."""

    CATEGORY, OBJECT, ADDRESS, SITUATION, CASE, OCCUPANT, MOVE_OUT, NEXT_STEP = range(8)
    COLUMN_COUNT = 8
    ApartmentIdRole = Qt.ItemDataRole.UserRole + 1
    CaseIdRole = Qt.ItemDataRole.UserRole + 2
    """The occupant's case, only where the user sees it (None otherwise, and for a free flat)."""
    StayIdRole = Qt.ItemDataRole.UserRole + 3
    OverdueRole = Qt.ItemDataRole.UserRole + 4

    def __init__(
        self, parent: QObject | None = None, *, overdue_color: QColor = DEFAULT_OVERDUE_COLOR
    ) -> None:
        super().__init__(parent)
        self._rows: list[FlatOverviewRow] = []
        self._today = dt.date.min
        self._overdue_color = QColor(overdue_color)

    def set_rows(self, rows: list[FlatOverviewRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], dt.date.min)

    def row(self, row: int) -> FlatOverviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def occupied_count(self) -> int:
        return sum(1 for r in self._rows if r.stay is not None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Slag"),
            self.tr("Objektnummer"),
            self.tr("Adress"),
            self.tr("Läge"),
            self.tr("Ärende"),
            self.tr("Boende"),
            self.tr("Planerad utflytt"),
            self.tr("Nästa steg"),
        ]

    def _overdue(self, row: FlatOverviewRow) -> bool:
        return row.stay is not None and row.stay.planned_move_out < self._today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ApartmentIdRole:
            return row.flat.apartment_id
        if role == self.CaseIdRole:
            return row.stay.case_id if row.stay is not None and row.occupant_visible else None
        if role == self.StayIdRole:
            return row.stay.id if row.stay is not None and row.occupant_visible else None
        if role == self.OverdueRole:
            return self._overdue(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MOVE_OUT:
            return self._overdue_color if self._overdue(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(row, column)
            return plain_tooltip(tip) if tip else None
        return None

    def _display(self, row: FlatOverviewRow, column: int) -> str | None:
        stay = row.stay
        if column == self.CATEGORY:
            return domain_text(row.flat.category.label)
        if column == self.OBJECT:
            return row.object_number
        if column == self.ADDRESS:
            return row.address if row.address is not None else self.tr("Visas inte")
        if column == self.SITUATION:
            return self._situation(row)
        if column == self.CASE:
            return row.case_reference or ""
        if column == self.OCCUPANT:
            return self._occupant(row)
        if column == self.MOVE_OUT:
            if stay is None:
                return ""
            day = stay.planned_move_out.isoformat()
            return self.tr("{0} (passerat)").format(day) if self._overdue(row) else day
        if column == self.NEXT_STEP:
            # One line in the table; the whole text in the tooltip.
            return " ".join(stay.next_step.split()) if stay is not None else ""
        return None

    def _situation(self, row: FlatOverviewRow) -> str:
        if row.stay is not None:
            return self.tr("Belagd sedan {0}").format(row.stay.moved_in.isoformat())
        days = row.free_days(self._today)
        since = row.free_since.isoformat() if row.free_since else ""
        if days == 1:
            return self.tr("Ledig sedan {0} (1 dag)").format(since)
        return self.tr("Ledig sedan {0} ({1} dagar)").format(since, days)

    def _occupant(self, row: FlatOverviewRow) -> str:
        if row.stay is None:
            return ""
        if not row.occupant_visible:
            return self.tr("Belagd")
        if row.occupant_protected:
            return self.tr("Skyddad person")
        return row.occupant or self.tr("–")

    def _tooltip(self, row: FlatOverviewRow, column: int) -> str | None:
        if column == self.OCCUPANT and row.stay is not None and not row.occupant_visible:
            return self.tr(
                "Ärendet handläggs varken av dig eller ditt team: vem som bor här visas inte."
            )
        if column == self.ADDRESS and row.address is None:
            return self.tr(
                "Adressen visas inte: någon som bor eller har bott här har skyddad adress, "
                "eller så ser du inte ärendet."
            )
        if column == self.NEXT_STEP and row.stay is not None and row.stay.next_step:
            return row.stay.next_step
        if column == self.CATEGORY:
            return self.tr("{0}, {1}").format(domain_text(row.flat.category.label), row.flat.holder)
        return None
