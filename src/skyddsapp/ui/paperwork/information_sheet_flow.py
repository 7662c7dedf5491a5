"""Skriv ut informationsblad: the campaign sheet (no case) in the preview, printed or saved.

The sheet holds nothing personal and is not in the register, so printing it counts nothing and
saving it asks no question about personal data (see `services.information_campaign`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from skyddsapp.domain.errors import DomainError
from skyddsapp.services import information_campaign
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.pdf_printing import PdfPrinter, PrintOutcome
from skyddsapp.ui.paperwork.print_flow import PrintFlow
from skyddsapp.ui.widgets.labels import error_text

JOB_NAME = "informationsblad"  # what print queues show


class InformationSheetFlow(PrintFlow):
    """``preview`` is the open preview; ``message`` the last refusal shown (for tests)."""

    def __init__(
        self,
        session: Session,
        dialogs: FileDialogs | None = None,
        printer: PdfPrinter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, dialogs, printer, parent)
        self.preview: PdfPreviewDialog | None = None

    def open(self, parent: QWidget) -> PdfPreviewDialog | None:
        """Make the sheet and show it in the preview (non-modal; a lock closes it)."""
        if self.locked:
            return None
        try:
            data = information_campaign.information_sheet(self.session)
        except (DomainError, ServiceError) as error:
            self.warn(parent, self.tr("Informationsblad"), error_text(error))
            return None
        if self.preview is not None:
            self.preview.reject()
        preview = PdfPreviewDialog(data, self.tr("Informationsblad"), parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.print_requested.connect(lambda: self.print_sheet(preview))
        preview.save_requested.connect(lambda: self.save(preview))
        preview.finished.connect(lambda _result: self._closed(preview))
        self.preview = preview
        preview.show()
        return preview

    def _closed(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def print_sheet(self, preview: PdfPreviewDialog) -> PrintOutcome | None:
        """Print the pages shown; nothing is counted or logged."""
        if preview.source is None or self.locked:
            return None
        title = self.tr("Skriv ut")
        outcome = self.printer.print_document(
            preview.source.document, JOB_NAME, preview, may_print=lambda: not self.locked
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

    def save(self, parent: QWidget | None) -> None:
        """Ask where, then write the sheet there (it holds no personal data: no warning)."""
        title = self.tr("Spara som PDF")
        path = self.dialogs.save_path(
            parent, title, information_campaign.FILE_NAME, self.tr("PDF (*.pdf)")
        )
        if path is None or self.locked:
            return
        try:
            information_campaign.save_information_sheet(self.session, path)
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
