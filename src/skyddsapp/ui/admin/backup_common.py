"""What the backup screens share: a progress relay from the worker thread, and how a backup's
moment, size and state are written on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from skyddsapp.ui.widgets.labels import domain_text

# Enough steps for a smooth bar; a progress call per page would flood the GUI's event queue.
PROGRESS_STEPS = 200


class ProgressRelay(QObject):
    """Called as `progress(done, total)` by the backup on the worker thread; emits `progressed`
    on the GUI thread.

    The worker emits a private signal that is connected *queued* to a slot of the relay, which
    lives in the GUI thread: whatever listens to `progressed` (the bar) is only ever called
    there, whether it is a widget's slot or a plain function. Only a visible change (a new step
    of PROGRESS_STEPS, or the end) crosses over, so a vault of many pages cannot flood the queue.
    """

    progressed = Signal(int, int)
    _reported = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_step = -1
        self._reported.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def reset(self) -> None:
        self._last_step = -1

    def __call__(self, done: int, total: int) -> None:
        """Thread-safe: reads and writes only the last step, an int (atomic under the GIL)."""
        step = PROGRESS_STEPS if total <= 0 else min(done * PROGRESS_STEPS // total, PROGRESS_STEPS)
        if step == self._last_step and done < total:
            return
        self._last_step = step
        self._reported.emit(done, total)

    @Slot(int, int)
    def _deliver(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


def follow_progress(relay: ProgressRelay, bar: QProgressBar) -> Callable[[int, int], None]:
    """Connect the relay to a determinate bar (in per mille, so that page counts beyond an int's
    range of a bar never matter); returns the slot, for tests."""

    @Slot(int, int)
    def show(done: int, total: int) -> None:
        bar.setRange(0, 1000)
        bar.setValue(1000 if total <= 0 else min(1000, done * 1000 // total))

    relay.progressed.connect(show)
    return show


def moment_text(made_at: str) -> str:
    """A backup's ISO 8601 UTC moment in local time, to the minute; as stored if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(made_at.replace("Z", "+00:00"))
    except ValueError:
        return made_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size_bytes: int) -> str:
    """ "12,3 MB" in Swedish, "12.3 MB" in English (the default locale follows the language)."""
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def state_text(problems: list[str]) -> str:
    """Hel, or Skadad followed by what is wrong (each problem the core's Swedish message)."""
    if not problems:
        return QCoreApplication.translate("Backups", "Hel")
    found = " ".join(domain_text(problem) for problem in problems)
    return QCoreApplication.translate("Backups", "Skadad: {0}").format(found)
