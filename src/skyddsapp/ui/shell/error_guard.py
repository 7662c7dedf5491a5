"""Unexpected errors: told to the user without a traceback, so no personal data reaches a log."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skyddsapp.services.errors import VaultError
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import message_box

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def message_for(error: BaseException) -> str:
    """What the user is told. A vault error (a damaged page read outside a transaction, say)
    has its own message, and so has a failure of the disk or the database file (a full disk,
    a read error); anything else is named by type only, since its text may hold data."""
    if isinstance(error, VaultError):
        return error_text(error)
    # OSErrors here come from files the user chose (a PDF being saved), not from the vault.
    # Imported here: installed before the unlock dialog, which must not wait for the vault.
    from skyddsapp.services.sessions import storage_error

    named = None if isinstance(error, OSError) else storage_error(error, None)
    if named is not None:
        return error_text(named)
    return QCoreApplication.translate(
        "ErrorGuard", "Ett oväntat fel inträffade ({0}). Inget har sparats av det som pågick."
    ).format(type(error).__name__)


def install(parent: Callable[[], QWidget | None] = lambda: None) -> Hook:
    """Replace sys.excepthook (PySide6 reports exceptions from slots through it).

    stderr gets the exception's type only: a traceback's text could carry a name or an address.
    Returns the previous hook.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        sys.stderr.write(f"skyddsapp: oväntat fel ({kind.__name__})\n")
        box = message_box(
            QMessageBox.Icon.Warning, "skyddsapp", message_for(error), parent=parent()
        )
        box.exec()
        box.deleteLater()

    sys.excepthook = hook
    return previous
