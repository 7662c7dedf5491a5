"""The file questions of the sealed hand-over and the identity card: Qt's own dialogs, set up
like `paperwork.file_dialogs` (no history, no last folder left behind), but for files that are
not all PDFs (a package ``.skydd``, a card ``.txt``), so a name typed without its ending gets
the right one. Tests put stand-ins in a `FileDialogs` instead of these modal dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from skyddsapp.ui.paperwork.file_dialogs import FileDialogs, choose_folder

MAX_CARD_FILE = 16 * 1024
"""A card is some 250 characters; a file much larger than that is not one (read no further)."""


def _dialog(parent: QWidget | None, title: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, QDir.homePath(), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _ask(dialog: QFileDialog) -> Path | None:
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles() if accepted else []
    # Qt saves the history and last folder when the dialog is destroyed: make both harmless.
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    dialog.deleteLater()
    return Path(chosen[0]) if chosen else None


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
    """Ask where to save a file; a name typed without an ending gets the suggested name's."""
    dialog = _dialog(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
    dialog.selectFile(suggested)
    return _ask(dialog)


def open_file(parent: QWidget | None, title: str, _suggested: str, name_filter: str) -> Path | None:
    dialog = _dialog(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog)


def card_dialogs() -> FileDialogs:
    """Saving the card (its text, its page as PDF), opening a peer's card."""
    return FileDialogs(save_path=save_file, open_path=open_file)


def package_dialogs() -> FileDialogs:
    """Choosing the folder a package is written to (``save_path`` asks for a folder: the file
    keeps the name the package suggests), opening a package."""
    return FileDialogs(save_path=choose_folder, open_path=open_file)
