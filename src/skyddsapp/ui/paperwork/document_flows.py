"""What happens to one document's paper: print, save as PDF, attach or show a scan, archive.

Each flow asks what it must (through `FileDialogs`, swappable in tests), calls the service, and
reports a refusal in a non-blocking message. Nothing is written to disk except the file the
user chose in "Spara som PDF"; the PDF is printed and shown from memory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QWidget

from skyddsapp.domain.document_register import MAX_SCAN_BYTES, PDF
from skyddsapp.domain.errors import DomainError
from skyddsapp.services import documents
from skyddsapp.services.documents import DocumentRecord, DocumentStatus
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.image_viewer_dialog import ImageViewerDialog
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.pdf_printing import PdfSource, PrintOutcome
from skyddsapp.ui.paperwork.print_flow import PrintFlow
from skyddsapp.ui.widgets.labels import domain_text, error_text

MEGABYTE = 1024 * 1024


def document_caption(record: DocumentRecord) -> str:
    """The form and its number: what a window title may show (never a name)."""
    return domain_text(record.title) + " " + record.number


class DocumentFlows(PrintFlow):
    """Print, save, sign, scan and archive a registered document (the Dokument tab's actions)."""

    # ------------------------------------------------------------------ print

    def print_document(
        self,
        record: DocumentRecord,
        parent: QWidget | None,
        document: QPdfDocument | None = None,
    ) -> DocumentRecord | None:
        """Print (from ``document`` if already loaded); the register counts the print.

        Only a printer will do: a file chosen in the print dialog is refused (Spara som PDF
        asks first and is logged), and a lock while the dialog was open prints nothing."""
        title = self.tr("Skriv ut")
        if record.status is DocumentStatus.ARCHIVED:
            return None
        source: PdfSource | None = None
        try:
            if document is None:
                source = PdfSource(documents.pdf(self.session, record.id))
                document = source.document
            outcome = self.printer.print_document(
                document, record.number, parent, may_print=lambda: not self.locked
            )
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
            return None
        finally:
            if source is not None:
                source.close()
                source.deleteLater()
        if self.locked or outcome is PrintOutcome.CANCELLED:
            return None
        if outcome is PrintOutcome.TO_FILE:
            self.warn(
                parent,
                title,
                self.tr(
                    "Utskrift till fil är avstängd. Använd Spara som PDF, som frågar först och "
                    "loggas."
                ),
            )
            return None
        if outcome is not PrintOutcome.PRINTED:
            self.warn(parent, title, self.tr("Utskriften kunde inte göras. Kontrollera skrivaren."))
            return None
        try:
            return documents.mark_printed(self.session, record.id)
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
            return None

    # ------------------------------------------------------------------ save as PDF

    def save_pdf(self, record: DocumentRecord, parent: QWidget | None) -> Path | None:
        """Warn, ask where, write (the service logs the export). The chosen path, or None."""
        title = self.tr("Spara som PDF")
        text = self.tr(
            "Filen kommer att innehålla personuppgifter okrypterat, utanför valvet. Spara den "
            "bara där det är tillåtet att lagra sådana uppgifter (inte i en delad eller "
            "molnsynkad mapp) och radera den när den inte längre behövs. Exporten loggas."
        )
        if record.protected:
            text = self.tr("Dokumentet innehåller skyddade personuppgifter.") + "\n\n" + text
        text += "\n\n" + self.tr("Vill du spara dokumentet som en PDF-fil?")
        if not self.dialogs.confirm(parent, title, text) or self.locked:
            return None
        path = self.dialogs.save_path(
            parent, title, record.default_filename, self.tr("PDF (*.pdf)")
        )
        if path is None or self.locked:
            return None
        try:
            documents.save_pdf(self.session, record.id, path)
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
            return None
        return path

    # ------------------------------------------------------------------ scans

    def attach_scan(self, record: DocumentRecord, parent: QWidget | None) -> DocumentRecord | None:
        title = self.tr("Bifoga skannat papper")
        if record.has_scan and not self.dialogs.confirm(
            parent, title, self.tr("Dokumentet har redan en skanning. Vill du ersätta den?")
        ):
            return None
        if self.locked:
            return None
        path = self.dialogs.open_path(
            parent, title, "", self.tr("Skannade papper (*.pdf *.png *.jpg *.jpeg)")
        )
        if path is None or self.locked:
            return None
        try:
            if path.stat().st_size > MAX_SCAN_BYTES:
                self.warn(
                    parent,
                    title,
                    self.tr("Filen är för stor: en skanning får vara högst {0} MB.").format(
                        MAX_SCAN_BYTES // MEGABYTE
                    ),
                )
                return None
            data = path.read_bytes()
        except OSError:
            self.warn(parent, title, self.tr("Filen kunde inte läsas. Välj den igen."))
            return None
        try:
            return documents.attach_scan(self.session, record.id, data, path.name)
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
            return None

    def show_scan(self, record: DocumentRecord, parent: QWidget | None) -> QDialog | None:
        """The scan in a window of its own (PDF in the preview, an image in the viewer)."""
        try:
            media_type, data = documents.scan(self.session, record.id)
        except (DomainError, ServiceError) as error:
            self.warn(parent, self.tr("Visa skanning"), error_text(error))
            return None
        caption = document_caption(record)
        if media_type == PDF:
            preview = PdfPreviewDialog(data, caption, parent, can_print=False, can_save=False)
            preview.setWindowTitle(self.tr("Skanning – {0}").format(caption))
            return preview
        return ImageViewerDialog(data, caption, parent)

    # ------------------------------------------------------------------ archive

    def archive(self, record: DocumentRecord, parent: QWidget | None) -> DocumentRecord | None:
        title = self.tr("Arkivera")
        question = self.tr(
            "Arkivera {0}? Ett arkiverat dokument kan inte längre skrivas ut, skrivas under "
            "eller få en ny skanning."
        ).format(document_caption(record))
        if not self.dialogs.confirm(parent, title, question) or self.locked:
            return None
        try:
            return documents.archive(self.session, record.id)
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
            return None
