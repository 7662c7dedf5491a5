"""Dokumentregistret of one case as a Qt table model: one row per generated document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from skyddsapp.services.documents import DocumentRecord
from skyddsapp.ui.labels import domain_text
from skyddsapp.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


def moment_text(moment: dt.datetime | None) -> str:
    """The register keeps UTC; the handler reads local time."""
    if moment is None:
        return "–"
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M")


class DocumentTableModel(QAbstractTableModel):
    """Read-only rows of DocumentRecord, newest first as the service gives them."""

    NUMBER, FORM, VERSION, CREATED, STATUS, PRINTED, SIGNED, SCAN = range(8)
    COLUMN_COUNT = 8
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRecord] = []

    def set_rows(self, rows: Sequence[DocumentRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> DocumentRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, document_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Dokumentnr"),
            self.tr("Blankett"),
            self.tr("Version"),
            self.tr("Skapad"),
            self.tr("Status"),
            self.tr("Utskriven"),
            self.tr("Underskriven"),
            self.tr("Skanning"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == self.DocumentIdRole:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(record, index.column())  # who signed is free text
            return plain_tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.VERSION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, record: DocumentRecord, column: int) -> str:
        if column == self.NUMBER:
            return record.number
        if column == self.FORM:
            return domain_text(record.title)
        if column == self.VERSION:
            return str(record.version)
        if column == self.CREATED:
            return moment_text(record.created_at)
        if column == self.STATUS:
            return domain_text(record.status.label)
        if column == self.PRINTED:
            if record.printed_at is not None and record.print_count > 1:
                return self.tr("{0} ({1} ggr)").format(
                    moment_text(record.printed_at), record.print_count
                )
            return moment_text(record.printed_at)
        if column == self.SIGNED:
            return record.signed_on.isoformat() if record.signed_on else "–"
        if column == self.SCAN:
            return self.tr("Bifogad") if record.has_scan else "–"
        return ""

    def _tooltip(self, record: DocumentRecord, column: int) -> str | None:
        if column == self.CREATED and record.created_by:
            return self.tr("Skapad av {0}").format(record.created_by)
        if column == self.PRINTED and record.printed_by:
            return self.tr("Senast utskriven av {0}").format(record.printed_by)
        if column == self.SIGNED and record.signed_by:
            return self.tr("Underskrivet av {0}").format(record.signed_by)
        if column == self.STATUS and record.archived_by:
            return self.tr("Arkiverad av {0}").format(record.archived_by)
        return None
