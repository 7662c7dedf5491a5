"""Running a slow vault call (Argon2id, calibration) on a worker thread, answering by signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from skyddsapp.ui.widgets.labels import error_text


class WorkerSignals(QObject):
    """Lives in the GUI thread; emitted from the worker, so delivered queued to the GUI."""

    succeeded = Signal(object)
    failed = Signal(str)


class VaultWorker(QRunnable):
    """Calls job() off the GUI thread; a user error arrives as its own (Swedish) message."""

    def __init__(self, job: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it; the pool must not delete our wrapper
        self.signals = WorkerSignals()
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # the GUI must hear of every end, or it stays busy forever
            self.signals.failed.emit(_message(error))
        else:
            self.signals.succeeded.emit(result)


def _message(error: Exception) -> str:
    """A user error's own (Swedish) message; of anything else, the type only (its text may
    quote data)."""
    try:
        # Imported here, not with the module: the unlock dialog, which uses this worker, shows
        # before the vault's code is loaded (the job has loaded it by now).
        from skyddsapp.services.sessions import USER_ERRORS

        user_error = isinstance(error, USER_ERRORS)
    except ImportError:
        user_error = False
    if user_error:
        return error_text(error)
    message = QCoreApplication.translate(
        "VaultWorker", "Ett oväntat fel inträffade ({0}). Valvet är oförändrat."
    )
    return message.format(type(error).__name__)


class WorkerPool(QObject):
    """One worker at a time, owned by the widget that started it; waits for it when deleted.

    The pool is the one source of truth for busy. `busy_changed` is emitted as a job starts, and
    as it ends in the same slot that clears `busy` and then calls back, so a widget that shows
    busy from this signal never disagrees with `busy` between two events.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._answers: tuple[Callable[[object], None], Callable[[str], None]] | None = None
        # The last worker stays referenced: its thread may still be returning from run() when
        # its answer is delivered here, and the Python wrapper owns the runnable.
        self._worker: VaultWorker | None = None

    def start(
        self,
        job: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[str], None],
    ) -> VaultWorker:
        if self._busy:
            raise RuntimeError("a worker is already running")
        worker = VaultWorker(job)
        # One slot per answer, in this (the GUI) thread: busy ends and the caller hears in it.
        worker.signals.succeeded.connect(self._succeeded)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self._answers = (on_success, on_failure)
        self._busy = True
        self.busy_changed.emit(True)
        self._pool.start(worker)
        return worker

    @property
    def busy(self) -> bool:
        return self._busy

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        on_success, _ = self._finish()
        on_success(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        _, on_failure = self._finish()
        on_failure(message)

    def _finish(self) -> tuple[Callable[[object], None], Callable[[str], None]]:
        assert self._answers is not None
        answers, self._answers = self._answers, None
        self._busy = False
        self.busy_changed.emit(False)  # not busy any more by the time the caller hears
        return answers
