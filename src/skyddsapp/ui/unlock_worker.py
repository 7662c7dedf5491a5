"""Running a slow vault call (Argon2id, calibration) on a worker thread, answering by signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from skyddsapp.services.sessions import USER_ERRORS
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
        except USER_ERRORS as error:
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # the GUI must hear of every end, or it stays busy forever
            # The type only: a message of an unexpected error may quote data.
            message = QCoreApplication.translate(
                "VaultWorker", "Ett oväntat fel inträffade ({0}). Valvet är oförändrat."
            )
            self.signals.failed.emit(message.format(type(error).__name__))
        else:
            self.signals.succeeded.emit(result)


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
