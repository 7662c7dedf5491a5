"""Asking for a file or a yes: Qt's own dialogs, set up to leave no trace, swappable in tests.

A native file dialog records what it opened or saved (Windows' MRU lists in the registry, GTK's
recently-used.xbel), and Qt's own dialog writes the folder it last visited to QtProject.conf.
A folder name can carry a client's name, so the dialogs here are Qt's, and their history and
last folder are reset before Qt writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from skyddsapp.ui.widgets.plain_text import message_box

PathAsker = Callable[[QWidget | None, str, str, str], Path | None]
Confirmer = Callable[[QWidget | None, str, str], bool]


def _file_dialog(parent: QWidget | None, title: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, QDir.homePath(), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _forget(dialog: QFileDialog) -> None:
    # Qt saves the history and last folder when the dialog is destroyed: make both harmless.
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    dialog.deleteLater()


def choose_save_path(
    parent: QWidget | None, title: str, suggested_name: str, name_filter: str
) -> Path | None:
    dialog = _file_dialog(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    # A name typed without an ending gets the suggested one's (a CSV must not become .pdf).
    dialog.setDefaultSuffix(Path(suggested_name).suffix.lstrip(".") or "pdf")
    dialog.selectFile(suggested_name)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles() if accepted else []
    _forget(dialog)
    return Path(chosen[0]) if chosen else None


def choose_open_path(
    parent: QWidget | None, title: str, _suggested: str, name_filter: str
) -> Path | None:
    dialog = _file_dialog(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles() if accepted else []
    _forget(dialog)
    return Path(chosen[0]) if chosen else None


def choose_folder(parent: QWidget | None, title: str, _suggested: str, _filter: str) -> Path | None:
    dialog = _file_dialog(parent, title, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles() if accepted else []
    _forget(dialog)
    return Path(chosen[0]) if chosen else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A warning with Ja/Nej; Nej is the default (Enter must not export by accident)."""
    box = message_box(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


@dataclass
class FileDialogs:
    """The questions the paperwork flows ask; tests put stand-ins here instead of modal dialogs."""

    save_path: PathAsker = choose_save_path
    open_path: PathAsker = choose_open_path
    confirm: Confirmer = confirm
