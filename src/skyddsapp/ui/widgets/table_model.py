"""A read-only Qt table over a list of rows, its columns declared as data."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from skyddsapp.ui.widgets.plain_text import plain_tooltip

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column(Generic[RowT]):
    """One column: its header and what each role shows for a row.

    `header` is a Swedish source text marked with QT_TRANSLATE_NOOP in the model's class name
    as context, written out as a string literal (lupdate reads no variables: a context in a
    variable drops the header from the .ts); it is translated each time a view asks for it.
    """

    header: str
    display: Callable[[RowT], str | None]
    tooltip: Callable[[RowT], str | None] | None = None
    """Shown as plain text (a name as typed is never HTML); None or empty shows none."""
    alignment: Qt.AlignmentFlag | None = None
    roles: Mapping[int, Callable[[RowT], object]] = field(default_factory=dict)
    """Any other role of this column's cells, e.g. ForegroundRole."""


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows in the order given, one Column per column; `roles` answer for a row in any column
    (an id role, a greyed foreground)."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        *,
        roles: Mapping[int, Callable[[RowT], object]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._row_roles = dict(roles or {})
        self._rows: list[RowT] = []

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: Iterable[RowT]) -> None:
        with self._resetting(rows):
            pass

    def clear(self) -> None:
        """Drop every row (on lock: nothing of the vault stays in the model)."""
        self.set_rows(())

    @contextmanager
    def _resetting(self, rows: Iterable[RowT]) -> Iterator[None]:
        """Replace every row; what the block changes of the model's own state (the day the
        rows are judged on) is part of the same reset."""
        self.beginResetModel()
        try:
            self._rows = list(rows)
            yield
        finally:
            self.endResetModel()

    @property
    def rows(self) -> Sequence[RowT]:
        return tuple(self._rows)

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, match: Callable[[RowT], bool]) -> int | None:
        """The first row number whose row matches, or None."""
        return next((i for i, row in enumerate(self._rows) if match(row)), None)

    # ------------------------------------------------------------------ the table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(type(self).__name__, self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self._columns)
        ):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role in column.roles:
            return column.roles[role](row)
        if role in self._row_roles:
            return self._row_roles[role](row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            tip = column.tooltip(row)
            return plain_tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        return None
