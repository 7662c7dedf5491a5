"""Ask why before an edit dialog shows a withheld value, as `CaseView.edit_apartment` does for a
hidden street: the look goes through the service, which logs it with the reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from skyddsapp.services.context import Session
from skyddsapp.ui.cases.reveal_dialog import RevealDialog

T = TypeVar("T")


def reveal_first(
    session: Session, key: int, field: str, reveal: Callable[[str], T], parent: QWidget
) -> T | None:
    """What ``reveal(reason)`` returns once the user gave a reason; None when they cancelled
    (or the app locked meanwhile). ``key`` and ``field`` name what is revealed to the dialog."""
    revealed: list[T] = []

    def call(_field: object, reason: str) -> str:
        revealed.append(reveal(reason))
        return ""  # the value goes to the edit dialog, not into this one

    dialog = RevealDialog(session, key, [field], parent, reveal=call)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if session.vault.is_locked:
        return None  # the lock may already have destroyed the parent: touch nothing
    dialog.deleteLater()
    if not accepted or not revealed:
        return None
    return revealed[-1]
