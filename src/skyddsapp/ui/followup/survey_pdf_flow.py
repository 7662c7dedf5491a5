"""The survey's PDFs in the preview: the paper form and the aggregate report, printed or saved.

Neither holds personal data (see `services.client_survey`); the report's making is logged by
the service, the blank form's is not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from skyddsapp.domain.errors import DomainError
from skyddsapp.services import client_survey
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.pdf_printing import PrintOutcome
from skyddsapp.ui.paperwork.print_flow import PrintFlow
from skyddsapp.ui.widgets.labels import error_text


class SurveyPdfFlow(PrintFlow):
    """``preview`` is the open preview; ``message`` the last refusal shown (for tests)."""

    preview: PdfPreviewDialog | None = None

    def open(self, parent: QWidget, data: bytes, title: str, file_name: str) -> PdfPreviewDialog:
        if self.preview is not None:
            self.preview.reject()
        preview = PdfPreviewDialog(data, title, parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.print_requested.connect(lambda: self.print_pdf(preview, file_name))
        preview.save_requested.connect(lambda: self.save(preview, data, file_name))
        preview.finished.connect(lambda _result: self._closed(preview))
        self.preview = preview
        preview.show()
        return preview

    def _closed(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def print_pdf(self, preview: PdfPreviewDialog, job: str) -> PrintOutcome | None:
        if preview.source is None or self.locked:
            return None
        title = self.tr("Skriv ut")
        outcome = self.printer.print_document(
            preview.source.document, job, preview, may_print=lambda: not self.locked
        )
        if outcome is PrintOutcome.TO_FILE:
            self.warn(
                preview, title, self.tr("Utskrift till fil är avstängd. Använd Spara som PDF.")
            )
        elif outcome is PrintOutcome.FAILED:
            self.warn(
                preview, title, self.tr("Utskriften kunde inte göras. Kontrollera skrivaren.")
            )
        return outcome

    def save(self, parent: QWidget | None, data: bytes, file_name: str) -> None:
        """Ask where, then write the file there (no personal data in it: no warning)."""
        title = self.tr("Spara")
        kind = self.tr("CSV (*.csv)") if file_name.endswith(".csv") else self.tr("PDF (*.pdf)")
        path = self.dialogs.save_path(parent, title, file_name, kind)
        if path is None or self.locked:
            return
        try:
            client_survey.save_export(self.session, path, data)
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
