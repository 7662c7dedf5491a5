"""What the main window asks of the screens it hosts (the real ones, or stand-ins in tests)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class CasesScreen(QWidget):
    """A screen that lists cases (Ärenden, Att göra): emits the id of the case to open."""

    case_activated = Signal(int)

    def refresh(self) -> None:
        """Read again what the screen shows (after a change elsewhere)."""

    def focus_search(self) -> None:
        """Put the focus in the screen's search box, if it has one."""


class CaseScreen(QWidget):
    """One open case: emits its id when something in it changed."""

    changed = Signal(int)

    def refresh(self) -> None:
        """Read the case again."""
