"""Skriv ut kortet / Exportera kortet: the vault's identity card on paper (through the preview,
printed or saved as PDF) and as a text file to carry to the other vault.

The card holds the vault's name and public keys only: nothing is counted or logged, and the
PDF is shown and printed from memory like every form (`paperwork.pdf_preview`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from skyddsapp.domain.errors import DomainError
from skyddsapp.services import identity_cards
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.cases.handover_files import card_dialogs
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.pdf_printing import PdfPrinter, PrintOutcome
from skyddsapp.ui.paperwork.print_flow import PrintFlow
from skyddsapp.ui.widgets.labels import error_text

JOB_NAME = "identitetskort"  # what print queues show: never the vault's or a person's name


class IdentityCardFlow(PrintFlow):
    """``preview`` is the open preview; ``message`` the last refusal shown (for tests);
    ``saved`` the last file written (for the dialog's status line and tests)."""

    def __init__(
        self,
        session: Session,
        dialogs: FileDialogs | None = None,
        printer: PdfPrinter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, dialogs or card_dialogs(), printer, parent)
        self.preview: PdfPreviewDialog | None = None
        self.saved: str = ""

    def open(self, parent: QWidget) -> PdfPreviewDialog | None:
        """Make the card's page and show it in the preview (non-modal; a lock closes it)."""
        if self.locked:
            return None
        try:
            data = identity_cards.card_sheet(self.session)
        except (DomainError, ServiceError) as error:
            self.warn(parent, self.tr("Identitetskort"), error_text(error))
            return None
        if self.preview is not None:
            self.preview.reject()
        preview = PdfPreviewDialog(data, self.tr("Identitetskort"), parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.print_requested.connect(lambda: self.print_card(preview))
        preview.save_requested.connect(lambda: self.save_sheet(preview))
        preview.finished.connect(lambda _result: self._closed(preview))
        self.preview = preview
        preview.show()
        return preview

    def _closed(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def print_card(self, preview: PdfPreviewDialog) -> PrintOutcome | None:
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

    def save_sheet(self, parent: QWidget | None) -> None:
        """Ask where, then write the card's page there as PDF."""
        title = self.tr("Spara som PDF")
        path = self.dialogs.save_path(
            parent, title, identity_cards.SHEET_FILE_NAME, self.tr("PDF (*.pdf)")
        )
        if path is None or self.locked:
            return
        try:
            self.saved = str(identity_cards.save_card_sheet(self.session, path))
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))

    def export_text(self, parent: QWidget | None) -> bool:
        """Exportera kortet: ask where, then write the card's text there. True when written."""
        title = self.tr("Exportera identitetskort")
        path = self.dialogs.save_path(
            parent,
            title,
            identity_cards.TEXT_FILE_NAME,
            self.tr("Identitetskort (*.txt);;Alla filer (*)"),
        )
        if path is None or self.locked:
            return False
        try:
            self.saved = str(identity_cards.save_card_text(self.session, path))
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
            return False
        return True
