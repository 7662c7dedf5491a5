"""Idle auto-lock: any key, mouse, wheel or touch input anywhere restarts the countdown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

MS_PER_MINUTE = 60_000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


class AutoLock(QObject):
    """Emits `timed_out` once after interval_ms without user input while running."""

    timed_out = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        interval_ms: int,
        parent: QObject | None = None,
        *,
        timer: QTimer | None = None,
    ) -> None:
        """`timer` counts the idle time (tests pass one on a clock of their own)."""
        super().__init__(parent)
        self._app = app
        self._timer = timer if timer is not None else QTimer()
        self._timer.setParent(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._fire)
        app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * MS_PER_MINUTE)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def remaining_seconds(self) -> int:
        """Whole seconds left (rounded up), 0 when stopped."""
        remaining = self._timer.remainingTime()
        if remaining < 0:
            return 0
        # A coarse timer may report a little more than its interval.
        return (min(remaining, self._timer.interval()) + 999) // 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def detach(self) -> None:
        """Stop and stop watching input (the application outlives this object)."""
        self._timer.stop()
        self._app.removeEventFilter(self)

    def _fire(self) -> None:
        self.timed_out.emit()
