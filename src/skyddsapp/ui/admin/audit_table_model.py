"""Loggposter as a table model: one row per audit entry, every stored text shown as it is."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt

from skyddsapp.domain.audit_review import FLAGGED_ACTIONS
from skyddsapp.ui.shell.settings import QT_TRANSLATE_NOOP
from skyddsapp.ui.widgets.table_model import NUMBER_ALIGNMENT, Column, RowTableModel


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


class AuditTableModel(RowTableModel[LogEntry]):
    """Loggposter in the order the service gives them."""

    ID, AT, USER, ACTION, OBJECT, REASON, DETAILS = range(7)
    COLUMN_COUNT = 7
    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    FlaggedRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        def reason(entry: LogEntry) -> str:
            return entry.reason

        def details(entry: LogEntry) -> str:
            return entry.details

        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("AuditTableModel", "Post"),
                    lambda e: str(e.id),
                    alignment=NUMBER_ALIGNMENT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AuditTableModel", "Tid (UTC)"), lambda e: shown_time(e.at)
                ),
                Column(QT_TRANSLATE_NOOP("AuditTableModel", "Användare"), lambda e: e.user_name),
                Column(QT_TRANSLATE_NOOP("AuditTableModel", "Händelse"), self._action),
                Column(
                    QT_TRANSLATE_NOOP("AuditTableModel", "Avser"),
                    lambda e: f"{e.object_type} {e.object_id}".strip(),
                ),
                Column(QT_TRANSLATE_NOOP("AuditTableModel", "Skäl"), reason, tooltip=reason),
                Column(QT_TRANSLATE_NOOP("AuditTableModel", "Uppgifter"), details, tooltip=details),
            ],
            roles={
                self.EntryIdRole: lambda e: e.id,
                self.FlaggedRole: lambda e: e.action in FLAGGED_ACTIONS,
            },
            parent=parent,
        )

    def entry(self, row: int) -> LogEntry | None:
        return self.row_at(row)

    def _action(self, entry: LogEntry) -> str:
        if entry.action in FLAGGED_ACTIONS:
            return self.tr("{0} (bruten försegling)").format(entry.action)
        return entry.action
