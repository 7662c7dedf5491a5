"""A QTimer on a clock of the test's own: it fires when the test moves the clock, not by itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


class ManualTimer(QTimer):
    """Stands in for the QTimer of the auto-lock and the clipboard clearer.

    Only what they call is replaced (start, stop, isActive, remainingTime, setInterval); Qt's
    own timer never runs, so `timeout` comes from `advance` alone, at a known moment.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = 0
        self._due: int | None = None

    def start(self, msec: int | None = None) -> None:  # type: ignore[override]
        if msec is not None:
            QTimer.setInterval(self, msec)
        self._due = self.now + self.interval()

    def stop(self) -> None:
        self._due = None

    def setInterval(self, msec: int) -> None:
        QTimer.setInterval(self, msec)
        if self._due is not None:  # as Qt does: a running timer starts over
            self.start()

    def isActive(self) -> bool:
        return self._due is not None

    def remainingTime(self) -> int:
        return -1 if self._due is None else max(self._due - self.now, 0)

    def advance(self, msec: int) -> None:
        """Move the clock on by msec, firing each time the timer falls due on the way."""
        target = self.now + msec
        while self._due is not None and self._due <= target:
            self.now = self._due
            self._due = None if self.isSingleShot() else self.now + max(self.interval(), 1)
            self.timeout.emit()
        self.now = target
