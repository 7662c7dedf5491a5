"""Running a slow vault call (Argon2id, calibration) on a worker thread, answering by signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from skyddsapp.ui.labels import error_text


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
    """One worker at a time, owned by the widget that started it; waits for it when deleted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._current: VaultWorker | None = None

    def start(
        self,
        job: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[str], None],
    ) -> VaultWorker:
        worker = VaultWorker(job)
        # Not busy any more by the time the caller hears the answer.
        worker.signals.succeeded.connect(self._done)
        worker.signals.failed.connect(self._done)
        worker.signals.succeeded.connect(on_success)
        worker.signals.failed.connect(on_failure)
        self._current = worker
        self._pool.start(worker)
        return worker

    @property
    def busy(self) -> bool:
        return self._current is not None

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _done(self, _result: object) -> None:
        self._current = None
