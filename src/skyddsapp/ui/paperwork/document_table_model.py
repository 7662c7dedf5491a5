"""Dokumentregistret of one case as a Qt table model: one row per generated document."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt

from skyddsapp.services.documents import DocumentRecord
from skyddsapp.ui.shell.settings import QT_TRANSLATE_NOOP
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.table_model import NUMBER_ALIGNMENT, Column, RowTableModel


def moment_text(moment: dt.datetime | None) -> str:
    """The register keeps UTC; the handler reads local time."""
    if moment is None:
        return "–"
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M")


class DocumentTableModel(RowTableModel[DocumentRecord]):
    """Read-only rows of DocumentRecord, newest first as the service gives them."""

    NUMBER, FORM, VERSION, CREATED, STATUS, PRINTED, SIGNED, SCAN = range(8)
    COLUMN_COUNT = 8
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        # Who created, printed, signed or archived is free text: tooltips are plain text.
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("DocumentTableModel", "Dokumentnr"), lambda r: r.number),
                Column(
                    QT_TRANSLATE_NOOP("DocumentTableModel", "Blankett"),
                    lambda r: domain_text(r.title),
                ),
                Column(
                    QT_TRANSLATE_NOOP("DocumentTableModel", "Version"),
                    lambda r: str(r.version),
                    alignment=NUMBER_ALIGNMENT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("DocumentTableModel", "Skapad"),
                    lambda r: moment_text(r.created_at),
                    tooltip=self._created_by,
                ),
                Column(
                    QT_TRANSLATE_NOOP("DocumentTableModel", "Status"),
                    lambda r: domain_text(r.status.label),
                    tooltip=self._archived_by,
                ),
                Column(
                    QT_TRANSLATE_NOOP("DocumentTableModel", "Utskriven"),
                    self._printed,
                    tooltip=self._printed_by,
                ),
                Column(
                    QT_TRANSLATE_NOOP("DocumentTableModel", "Underskriven"),
                    lambda r: r.signed_on.isoformat() if r.signed_on else "–",
                    tooltip=self._signed_by,
                ),
                Column(QT_TRANSLATE_NOOP("DocumentTableModel", "Skanning"), self._scan),
            ],
            roles={self.DocumentIdRole: lambda r: r.id},
            parent=parent,
        )

    def record(self, row: int) -> DocumentRecord | None:
        return self.row_at(row)

    def row_of(self, document_id: int) -> int | None:
        return self.find_row(lambda r: r.id == document_id)

    def _printed(self, record: DocumentRecord) -> str:
        if record.printed_at is not None and record.print_count > 1:
            return self.tr("{0} ({1} ggr)").format(
                moment_text(record.printed_at), record.print_count
            )
        return moment_text(record.printed_at)

    def _scan(self, record: DocumentRecord) -> str:
        return self.tr("Bifogad") if record.has_scan else "–"

    def _created_by(self, record: DocumentRecord) -> str | None:
        return self.tr("Skapad av {0}").format(record.created_by) if record.created_by else None

    def _printed_by(self, record: DocumentRecord) -> str | None:
        if not record.printed_by:
            return None
        return self.tr("Senast utskriven av {0}").format(record.printed_by)

    def _signed_by(self, record: DocumentRecord) -> str | None:
        if not record.signed_by:
            return None
        return self.tr("Underskrivet av {0}").format(record.signed_by)

    def _archived_by(self, record: DocumentRecord) -> str | None:
        if not record.archived_by:
            return None
        return self.tr("Arkiverad av {0}").format(record.archived_by)
