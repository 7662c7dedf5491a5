"""Helpers for the paperwork UI tests: a case ready for a fullmakt, stand-in dialogs, a printer
that paints into memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.services import cases, persons
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.paperwork.pdf_printing import PdfPrinter, paint_pages

AGENT_NUMBER = "196907079864"


def case_with_client(session: Session) -> int:
    """A demo case whose client has a personal number (a fullmakt needs one)."""
    for row in search_cases(session, limit=100).rows:
        case = cases.get_case(session, row.id)
        clients = case.person_ids(CaseRole.CLIENT)
        if clients and persons.get_person(session, clients[0]).personal_number is not None:
            return row.id
    raise AssertionError("no demo case with a client who has a personal number")


def add_agent(session: Session, case_id: int, *, with_number: bool = True) -> Person:
    number = PersonalNumber.parse(AGENT_NUMBER, today=session.today()) if with_number else None
    agent = persons.create_person(
        session, Person(None, "Olle", "Ombudsson", personal_number=number)
    )
    assert agent.id is not None
    cases.add_party(session, case_id, CaseParty(agent.id, CaseRole.AGENT))
    return agent


class FakeDialogs(FileDialogs):
    """Answers instead of modal dialogs, and remembers what was asked."""

    def __init__(
        self, *, confirm: bool = True, save: Path | None = None, open_: Path | None = None
    ) -> None:
        self.asked: list[str] = []
        self.confirm_answer = confirm
        super().__init__(
            save_path=lambda _p, title, name, _f: self._ask("save " + name, save),
            open_path=lambda _p, title, _s, _f: self._ask("open", open_),
            confirm=lambda _p, title, text: self._ask("confirm " + text, self.confirm_answer),
        )

    def _ask(self, what: str, answer):
        self.asked.append(what)
        return answer


class FakePrintDialog:
    """Stands in for QPrintDialog: no modal window, just the answer. ``choose`` does what the
    user does while it is open (pick a file, say, or the vault locks meanwhile)."""

    def __init__(self, accepted: bool, choose: Callable[[], object] | None = None) -> None:
        self.accepted = accepted
        self.choose = choose

    def exec(self) -> int:
        if self.choose is not None:
            self.choose()
        return QDialog.DialogCode.Accepted if self.accepted else QDialog.DialogCode.Rejected

    def deleteLater(self) -> None:
        pass


class PrinterStandIn(QPrinter):
    """A QPrinter as on a computer with a printer: native output until a file is chosen.
    (Machines that run the tests have no printer, and Qt then falls back to PDF.)"""

    def __init__(self) -> None:
        super().__init__(QPrinter.PrinterMode.HighResolution)
        self.format = QPrinter.OutputFormat.NativeFormat

    def setOutputFormat(self, output_format: QPrinter.OutputFormat) -> None:
        super().setOutputFormat(output_format)
        self.format = output_format

    def setOutputFileName(self, name: str) -> None:
        super().setOutputFileName(name)
        if name:  # as Qt does
            self.format = QPrinter.OutputFormat.PdfFormat

    def outputFormat(self) -> QPrinter.OutputFormat:
        return self.format


class MemoryPrinter(PdfPrinter):
    """A PdfPrinter whose "paper" is a list of images in memory."""

    def __init__(
        self,
        *,
        accepted: bool = True,
        choose: Callable[[QPrinter], object] | None = None,
    ) -> None:
        self.sheets: list[QImage] = []
        self.dialogs: list[tuple[QPrinter, QWidget | None]] = []

        def make_dialog(printer: QPrinter, parent: QWidget | None) -> FakePrintDialog:
            self.dialogs.append((printer, parent))
            return FakePrintDialog(accepted, (lambda: choose(printer)) if choose else None)

        super().__init__(make_dialog, self._paint, PrinterStandIn())

    def _paint(self, document: QPdfDocument, printer: QPrinter) -> bool:
        pages = list(range(document.pageCount()))
        for page in pages:
            sheet = QImage(420, 594, QImage.Format.Format_RGB32)
            sheet.fill(QColor("white"))
            painter = QPainter(sheet)
            paint_pages(document, painter, QRect(0, 0, 420, 594), [page], 72)
            painter.end()
            self.sheets.append(sheet)
        return bool(pages)


def ink(image: QImage) -> int:
    """How many of a coarse grid of pixels are not white."""
    return sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y) != QColor("white")
    )
