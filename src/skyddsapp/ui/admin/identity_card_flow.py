"""Skriv ut kortet / Exportera kortet: the vault's identity card on paper (through the preview,
printed or saved as PDF) and as a text file to carry to the other vault.

The card holds the vault's name and public keys only: nothing is counted or logged, and the
PDF is shown and printed from memory like every form (`paperwork.pdf_preview`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from skyddsapp.domain.errors import DomainError
from skyddsapp.services import identity_cards
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.cases.handover_files import card_dialogs
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.paperwork.pdf_printing import PdfPrinter
from skyddsapp.ui.paperwork.sheet_flow import SheetFlow
from skyddsapp.ui.widgets.labels import error_text

JOB_NAME = "identitetskort"  # what print queues show: never the vault's or a person's name


class IdentityCardFlow(SheetFlow):
    """The card's page is a `SheetFlow`; ``saved`` is also the text file last exported (for
    the dialog's status line and tests)."""

    job_name = JOB_NAME
    file_name = identity_cards.SHEET_FILE_NAME

    def __init__(
        self,
        session: Session,
        dialogs: FileDialogs | None = None,
        printer: PdfPrinter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, dialogs or card_dialogs(), printer, parent)

    def sheet_title(self) -> str:
        return self.tr("Identitetskort")

    def make_sheet(self) -> bytes:
        return identity_cards.card_sheet(self.session)

    def write_sheet(self, path: Path) -> Path:
        return identity_cards.save_card_sheet(self.session, path)

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
