"""The cases due for gallring as a table model: reference, kind, closed, due since, purge by.

Only what identifies a case in the register, never a name: the list is an administrator's view
of what the rules make due, not a look at protected data. Sortable by any column (a click on
its header); the selection follows its rows through a sort.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from skyddsapp.domain.retention import DueCase
from skyddsapp.ui.shell.settings import QT_TRANSLATE_NOOP
from skyddsapp.ui.shell.todo_table_model import DEFAULT_OVERDUE_COLOR
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.table_model import Column, RowTableModel

SortKey = Callable[[DueCase], Any]  # a str, a date or a tuple of them


class RetentionTableModel(RowTableModel[DueCase]):
    """Due cases in the order the service gives them (by closing day) until sorted; those past
    the year they should have been purged in are marked "(försenad)" and red."""

    REFERENCE, KIND, CLOSED, DUE, PURGE_BY = range(5)
    COLUMN_COUNT = 5
    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    OverdueRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        today: dt.date,
        parent: QObject | None = None,
        *,
        overdue_color: QColor = DEFAULT_OVERDUE_COLOR,
    ) -> None:
        def kind(case: DueCase) -> str:
            return domain_text(case.kind.label)

        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("RetentionTableModel", "Ärende"), lambda c: c.reference),
                Column(QT_TRANSLATE_NOOP("RetentionTableModel", "Ärendetyp"), kind, tooltip=kind),
                Column(
                    QT_TRANSLATE_NOOP("RetentionTableModel", "Avslutat"),
                    lambda c: c.closed_on.isoformat(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RetentionTableModel", "Ska gallras från"),
                    lambda c: c.due_on.isoformat(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RetentionTableModel", "Gallras senast"),
                    self._purge_by_text,
                    roles={Qt.ItemDataRole.ForegroundRole: self._overdue_foreground},
                ),
            ],
            roles={
                self.CaseIdRole: lambda c: c.case_id,
                self.OverdueRole: lambda c: c.overdue(self._today),
            },
            parent=parent,
        )
        self._today = today
        self._overdue_color = QColor(overdue_color)
        self._sort_keys: tuple[SortKey, ...] = (
            lambda c: c.reference,
            lambda c: (kind(c), c.reference),
            lambda c: (c.closed_on, c.reference),
            lambda c: (c.due_on, c.reference),
            lambda c: (c.purge_by, c.reference),
        )

    def set_rows(self, cases: Iterable[DueCase], today: dt.date | None = None) -> None:
        with self._resetting(cases):
            if today is not None:
                self._today = today

    def case_id(self, row: int) -> int | None:
        case = self.row_at(row)
        return case.case_id if case is not None else None

    def overdue_count(self) -> int:
        return sum(1 for case in self.rows if case.overdue(self._today))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._sort_keys):
            return
        key = self._sort_keys[column]
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows = sorted(before, key=key, reverse=order is Qt.SortOrder.DescendingOrder)
        moved = {id(case): row for row, case in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved[id(before[p.row()])], p.column()) for p in persistent],
        )
        self.layoutChanged.emit()

    def _purge_by_text(self, case: DueCase) -> str:
        day = case.purge_by.isoformat()
        if case.overdue(self._today):
            return self.tr("{0} (försenad)").format(day)
        return day

    def _overdue_foreground(self, case: DueCase) -> QColor | None:
        return QColor(self._overdue_color) if case.overdue(self._today) else None
