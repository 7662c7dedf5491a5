"""PDF bytes in memory as a QPdfDocument, and printing its pages: nothing goes through a file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import Shiboken

# Pages are rendered to images no finer than this: enough for text and a QR code on paper,
# and an A4 page stays near 35 MB in memory instead of 140 MB at 600 dpi.
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72


class PdfSource(QObject):
    """A QPdfDocument read from a QBuffer over the bytes; ``close()`` lets go of both."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)

    @property
    def ok(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.page_count > 0

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())


def page_image_size(document: QPdfDocument, page: int, dpi: int) -> QSize:
    points = document.pagePointSize(page)
    scale = dpi / POINTS_PER_INCH
    return QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))


def fit(size: QSize, target: QRect) -> QRect:
    """``size`` scaled to fit inside ``target``, keeping its shape, centred horizontally."""
    scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = target.left() + (target.width() - scaled.width()) // 2
    return QRect(left, target.top(), scaled.width(), scaled.height())


def paint_pages(
    document: QPdfDocument,
    painter: QPainter,
    target: QRect,
    pages: Sequence[int],
    dpi: int,
    new_page: Callable[[], bool] = lambda: True,
) -> int:
    """Paint each page (0-based) into ``target`` on the painter's device; returns pages painted.

    ``new_page`` starts the next sheet (QPrinter.newPage) and may refuse (printer gone).
    """
    painted = 0
    render_dpi = max(1, min(dpi, MAX_RENDER_DPI))
    for index, page in enumerate(pages):
        if index > 0 and not new_page():
            break
        image = document.render(page, page_image_size(document, page, render_dpi))
        if image.isNull():
            break
        area = fit(image.size(), target)
        painter.fillRect(area, QColor("white"))
        painter.drawImage(area, image)
        painted += 1
    return painted


def chosen_pages(printer: QPrinter, page_count: int) -> list[int]:
    """The pages the print dialog asked for (0-based), all of them by default."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def print_pages(document: QPdfDocument, printer: QPrinter) -> bool:
    """Print the chosen pages on ``printer``; False when the printer could not be started."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        resolution = printer.resolution()
        target = printer.pageLayout().paintRectPixels(resolution)
        target.moveTo(0, 0)
        pages = chosen_pages(printer, document.pageCount())
        painted = paint_pages(document, painter, target, pages, resolution, printer.newPage)
    finally:
        painter.end()
    return painted == len(pages) and painted > 0


PrintDialogFactory = Callable[[QPrinter, QWidget | None], QDialog]
PagePrinter = Callable[[QPdfDocument, QPrinter], bool]


def real_print_dialog(printer: QPrinter, parent: QWidget | None) -> QDialog:
    dialog = QPrintDialog(printer, parent)
    # "Print to File (PDF)" would be an export that is neither asked about nor logged.
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def prints_to_file(printer: QPrinter) -> bool:
    """True when the printer would write a file (PDF) rather than send pages to a printer.

    Qt also falls back to PDF when the computer has no printer at all.
    """
    return printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or bool(
        printer.outputFileName()
    )


class PrintOutcome(Enum):
    """What became of a print request; only PRINTED may be counted in the register."""

    PRINTED = "printed"
    FAILED = "failed"
    """The printer could not be started, or stopped before the last page."""
    CANCELLED = "cancelled"
    """The user closed the dialog, or printing was no longer allowed when it returned."""
    TO_FILE = "to_file"
    """The dialog chose a file instead of a printer: refused, nothing was written."""


class PdfPrinter:
    """Asks where to print and prints. The QPrinter lives as long as this object: a QPrinter
    that dies with (or before) its QPrintDialog crashes PySide."""

    def __init__(
        self,
        make_dialog: PrintDialogFactory = real_print_dialog,
        output: PagePrinter = print_pages,
        printer: QPrinter | None = None,
    ) -> None:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer = printer
        self.make_dialog = make_dialog
        self.output = output

    def print_document(
        self,
        document: QPdfDocument,
        job_name: str,
        parent: QWidget | None = None,
        *,
        may_print: Callable[[], bool] = lambda: True,
    ) -> PrintOutcome:
        """Ask, then print unless ``may_print()`` has turned False meanwhile (a native print
        dialog cannot be closed from outside: the vault may have been locked while it was
        open). ``job_name`` shows in print queues and their logs, so it is the document
        number, never a name."""
        self.printer.setDocName(job_name)
        self.printer.setCreator("skyddsapp")
        self.printer.setPrintRange(QPrinter.PrintRange.AllPages)
        self.printer.setFromTo(0, 0)
        # A file chosen last time (in a native dialog, say) must not carry over.
        self.printer.setOutputFileName("")
        self.printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        dialog = self.make_dialog(self.printer, parent)
        if isinstance(dialog, QPrintDialog):
            dialog.setMinMax(1, max(1, document.pageCount()))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not isinstance(dialog, QObject) or Shiboken.isValid(dialog):
            dialog.deleteLater()  # (unless a lock took its parent, and it, down meanwhile)
        if not accepted or not may_print():
            return PrintOutcome.CANCELLED
        if prints_to_file(self.printer):
            return PrintOutcome.TO_FILE
        printed = self.output(document, self.printer)
        return PrintOutcome.PRINTED if printed else PrintOutcome.FAILED
