"""The survey's PDFs in the preview: the paper form and the aggregate report, printed or saved;
and the CSV, saved.

Neither holds personal data (see `services.client_survey`); the report's making is logged by
the service, the blank form's is not. The dialog makes the bytes (its error panel shows a
refusal); preview, printing and Spara som PDF are `SheetFlow`'s, with the bytes shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from skyddsapp.domain.errors import DomainError
from skyddsapp.services import client_survey
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.sheet_flow import SheetFlow
from skyddsapp.ui.widgets.labels import error_text


class SurveyPdfFlow(SheetFlow):
    """A `SheetFlow` whose sheet comes made: the one shown is the one printed and saved (the
    report is not made, nor logged, a second time)."""

    _data = b""
    _title = ""

    def sheet_title(self) -> str:
        return self._title

    def make_sheet(self) -> bytes:
        return self._data

    def write_sheet(self, path: Path) -> Path:
        return client_survey.save_export(self.session, path, self._data)

    def preview_pdf(
        self, parent: QWidget, data: bytes, title: str, file_name: str
    ) -> PdfPreviewDialog | None:
        """Show ``data`` in the preview (the one open before closes); ``file_name`` is what
        Spara som PDF suggests and what print queues show (it names no person)."""
        self._data, self._title = data, title
        self.file_name = self.job_name = file_name
        return self.open(parent)

    def save_csv(self, parent: QWidget | None, data: bytes, file_name: str) -> None:
        """Ask where, then write the CSV there (no personal data in it: no warning)."""
        title = self.tr("Spara")
        path = self.dialogs.save_path(parent, title, file_name, self.tr("CSV (*.csv)"))
        if path is None or self.locked:
            return
        try:
            self.saved = str(client_survey.save_export(self.session, path, data))
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
