"""What every paperwork flow holds: the session, the file dialogs, one printer (made on first
use: QPrinter is slow to build), whether the vault is locked, and the last refusal shown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.paperwork.pdf_printing import PdfPrinter
from skyddsapp.ui.widgets.plain_text import show_warning


class PrintFlow(QObject):
    """``message`` is the last refusal shown (for tests); ``printer`` keeps its QPrinter."""

    def __init__(
        self,
        session: Session,
        dialogs: FileDialogs | None = None,
        printer: PdfPrinter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs or FileDialogs()
        self._printer = printer
        self.message: QMessageBox | None = None

    @property
    def printer(self) -> PdfPrinter:
        if self._printer is None:
            self._printer = PdfPrinter()
        return self._printer

    @printer.setter
    def printer(self, printer: PdfPrinter) -> None:
        self._printer = printer

    @property
    def locked(self) -> bool:
        return self.session.vault.is_locked

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        # open(), not exec(): a lock may come at any moment and closes it like any dialog.
        self.message = show_warning(parent, title, text)
