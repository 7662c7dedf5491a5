"""Loggposter as a table model: one row per audit entry, every stored text shown as it is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from skyddsapp.domain.audit_review import FLAGGED_ACTIONS
from skyddsapp.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class LogEntry(Protocol):
    """What the table reads of an audit entry (the services hand out the vault's own)."""

    @property
    def id(self) -> int: ...
    @property
    def at(self) -> str: ...
    @property
    def user_name(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def object_type(self) -> str: ...
    @property
    def object_id(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def details(self) -> str: ...


def shown_time(at: str) -> str:
    """``2026-11-27T10:11:12.345678+00:00`` as ``2026-11-27 10:11:12`` (UTC, as logged)."""
    return at.replace("T", " ")[:19]


class AuditTableModel(QAbstractTableModel):
    """Loggposter in the order the service gives them."""

    ID, AT, USER, ACTION, OBJECT, REASON, DETAILS = range(7)
    COLUMN_COUNT = 7
    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    FlaggedRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogEntry] = []

    def set_rows(self, entries: Sequence[LogEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def entry(self, row: int) -> LogEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
            return [
                self.tr("Post"),
                self.tr("Tid (UTC)"),
                self.tr("Användare"),
                self.tr("Händelse"),
                self.tr("Avser"),
                self.tr("Skäl"),
                self.tr("Uppgifter"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == self.EntryIdRole:
            return entry.id
        if role == self.FlaggedRole:
            return entry.action in FLAGGED_ACTIONS
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.REASON, self.DETAILS):
            return plain_tooltip(self._display(entry, index.column()) or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: LogEntry, column: int) -> str | None:
        if column == self.ID:
            return str(entry.id)
        if column == self.AT:
            return shown_time(entry.at)
        if column == self.USER:
            return entry.user_name
        if column == self.ACTION:
            if entry.action in FLAGGED_ACTIONS:
                return self.tr("{0} (bruten försegling)").format(entry.action)
            return entry.action
        if column == self.OBJECT:
            return f"{entry.object_type} {entry.object_id}".strip()
        if column == self.REASON:
            return entry.reason
        if column == self.DETAILS:
            return entry.details
        return None
