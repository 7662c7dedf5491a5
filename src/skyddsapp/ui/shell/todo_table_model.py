"""Att göra as a table model: one row per deadline, overdue ones marked in text and colour.

Lazy: it holds the window of deadlines read so far, asks for the next one as the view scrolls
(`canFetchMore`/`fetchMore`), and formats a cell only when the view asks for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from skyddsapp.domain.deadlines import Deadline, DeadlineKind
from skyddsapp.ui.widgets.field_errors import ERROR_COLOR, error_color
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

# The error red of field_errors; the page passes a lighter red on a dark theme. The
# "(försenad)" text says the same without colour.
DEFAULT_OVERDUE_COLOR = QColor(ERROR_COLOR)
overdue_color = error_color
"""The red for overdue dates on a widget (`field_errors.error_color`)."""


FETCH_SIZE = 200

# services.todo.deadlines with the session and the horizon bound: (offset, limit) -> deadlines.
Fetch = Callable[[int, int], list[Deadline]]


class TodoTableModel(QAbstractTableModel):
    """Frister: rows are Deadlines, already sorted by date by the service."""

    DATE, WHAT, CASE, DETAIL = range(4)
    COLUMN_COUNT = 4
    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    OverdueRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self, parent: QObject | None = None, *, overdue_color: QColor = DEFAULT_OVERDUE_COLOR
    ) -> None:
        super().__init__(parent)
        self._rows: list[Deadline] = []
        self._today = dt.date.min
        self._overdue_color = QColor(overdue_color)
        self._fetch: Fetch | None = None

    def set_rows(
        self, deadlines: list[Deadline], today: dt.date, *, fetch: Fetch | None = None
    ) -> None:
        """Show `deadlines`, the first of the list; with `fetch`, the rest are read from there
        as the view scrolls (None: these are all)."""
        self.beginResetModel()
        self._rows = list(deadlines)
        self._today = today
        self._fetch = fetch
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], dt.date.min)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt default
        return not parent.isValid() and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt default
        if parent.isValid() or self._fetch is None:
            return
        more = self._fetch(len(self._rows), FETCH_SIZE)
        if len(more) < FETCH_SIZE:
            self._fetch = None  # the end of the list
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def set_overdue_color(self, color: QColor) -> None:
        self._overdue_color = QColor(color)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ForegroundRole])

    def deadline(self, row: int) -> Deadline | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def overdue_count(self) -> int:
        """Overdue deadlines among the rows read so far."""
        return sum(1 for d in self._rows if d.is_overdue(self._today))

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
            return [self.tr("Datum"), self.tr("Vad"), self.tr("Ärende"), self.tr("Detalj")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        deadline = self._rows[index.row()]
        overdue = deadline.is_overdue(self._today)
        if role == self.CaseIdRole:
            return deadline.case_id
        if role == self.OverdueRole:
            return overdue
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(deadline, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return self._overdue_color
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DETAIL:
            return plain_tooltip(self._detail(deadline))  # a contract number as typed
        return None

    def _display(self, deadline: Deadline, column: int) -> str | None:
        if column == self.DATE:
            day = deadline.date.isoformat()
            if deadline.is_overdue(self._today):
                return self.tr("{0} (försenad)").format(day)
            if deadline.date == self._today:
                return self.tr("{0} (idag)").format(day)
            return day
        if column == self.WHAT:
            return domain_text(deadline.kind.label)
        if column == self.CASE:
            return deadline.reference
        if column == self.DETAIL:
            return self._detail(deadline)
        return None

    def _detail(self, deadline: Deadline) -> str:
        kind = deadline.kind
        if kind is DeadlineKind.NOTICE_PERIOD_ENDS:
            return self.tr("Hyresavtal {0}").format(deadline.detail)
        if kind is DeadlineKind.RISK_REVIEW_DUE:
            return self.tr("Senaste bedömning: {0}").format(domain_text(deadline.detail))
        if kind in (DeadlineKind.EMBARGO_ENDS, DeadlineKind.PLANNED_MOVE_OUT):
            return self.tr("Lägenhet {0}").format(deadline.detail)
        return domain_text(deadline.detail)
