"""A sheet that belongs to no case (the campaign's informationsblad, the vault's identity card,
the client survey's form and report): made by a service, shown in the preview, printed or saved
as PDF, with nothing counted.

Neither sheet is in the register nor holds a person's data, so printing counts nothing and
saving asks only where. A subclass names the sheet and the two service calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from skyddsapp.domain.errors import DomainError
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.pdf_printing import PrintOutcome
from skyddsapp.ui.paperwork.print_flow import PrintFlow
from skyddsapp.ui.widgets.labels import error_text


class SheetFlow(PrintFlow):
    """``preview`` is the open preview; ``message`` the last refusal shown (for tests);
    ``saved`` the last file written."""

    job_name = ""
    """What print queues show: never a vault's or a person's name."""
    file_name = ""
    """The name Spara som PDF suggests."""
    preview: PdfPreviewDialog | None = None
    saved: str = ""

    # What a subclass gives: its title (translated in its own context) and its service calls.

    def sheet_title(self) -> str:
        raise NotImplementedError

    def make_sheet(self) -> bytes:
        raise NotImplementedError

    def write_sheet(self, path: Path) -> Path:
        raise NotImplementedError

    def open(self, parent: QWidget) -> PdfPreviewDialog | None:
        """Make the sheet and show it in the preview (non-modal; a lock closes it)."""
        if self.locked:
            return None
        try:
            data = self.make_sheet()
        except (DomainError, ServiceError) as error:
            self.warn(parent, self.sheet_title(), error_text(error))
            return None
        if self.preview is not None:
            self.preview.reject()
        preview = PdfPreviewDialog(data, self.sheet_title(), parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.print_requested.connect(lambda: self.print_sheet(preview))
        preview.save_requested.connect(lambda: self.save_sheet(preview))
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
            preview.source.document, self.job_name, preview, may_print=lambda: not self.locked
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

    def save_sheet(self, parent: QWidget | None) -> None:
        """Ask where, then write the sheet there as PDF (no personal data: no warning)."""
        title = self.tr("Spara som PDF")
        path = self.dialogs.save_path(parent, title, self.file_name, self.tr("PDF (*.pdf)"))
        if path is None or self.locked:
            return
        try:
            self.saved = str(self.write_sheet(path))
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
