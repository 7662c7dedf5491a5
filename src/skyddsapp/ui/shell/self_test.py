"""`skyddsapp-desktop --self-test`: the whole program once, on a throw-away vault, then exit 0.

It runs the steps of `skyddsapp.selftest` (a vault in a temporary folder, a case with a person
through services, every form and document rendered in memory) and then the desktop's own: every
PDF loaded in QtPdf from a memory buffer, the main window (offscreen or on a real display) with
the case open and a document previewed as the Dokument tab does, lock, unlock through the unlock
dialog, the case again, lock. Settings go to a temporary QSettings file under another
organisation name; the user's settings and default vault are never read or written.

Along the way it watches for the network: a socket audit hook refuses any socket that is not
AF_UNIX, and at the end neither PySide6.QtNetwork nor a QtNetwork plugin may be loaded (the
shared library libQt6Network is, because libQt6Pdf links against it; see docs/no-network.md).
Any failure prints one line naming the step (no data) on stderr, and the exit status is 1.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from skyddsapp.selftest import Workspace
    from skyddsapp.ui.shell.controller import AppController

AF_UNIX = 1  # socket.AF_UNIX everywhere it exists; this module imports no network module
ORGANISATION = "skyddsapp-sjalvtest"  # never the real one: QSettings would find the user's file
UNLOCK_TIMEOUT_MS = 120_000
NETWORK_EVENTS = (
    "socket.__new__",
    "socket.bind",
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
    "socket.sendmsg",
)
# Loaded only when QtNetwork is used (TLS backends, network information), not by linking.
NETWORK_PLUGIN_DIRS = ("/plugins/tls/", "/plugins/networkinformation/", "/plugins/bearer/")


class NetworkWatch:
    """A socket audit hook: any socket other than AF_UNIX is refused and remembered."""

    def __init__(self) -> None:
        self.refused: list[str] = []
        self.active = True

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.active or event not in NETWORK_EVENTS:
            return
        if _is_unix(event, args):
            return
        self.refused.append(event)
        raise RuntimeError(f"skyddsapp öppnar inga nätverksuttag ({event})")


def _is_unix(event: str, args: tuple[object, ...]) -> bool:
    if event == "socket.__new__" and len(args) > 1:
        return args[1] == AF_UNIX
    first = args[0] if args else None  # the socket itself, for bind, connect, send*
    return event != "socket.__new__" and getattr(first, "family", None) == AF_UNIX


def network_libraries() -> list[str]:
    """Problems with the loaded modules and shared libraries: PySide6.QtNetwork imported, a
    QtNetwork plugin loaded, or libQt6Network loaded without libQt6Pdf (which links it)."""
    found = [name for name in sys.modules if name.endswith("QtNetwork")]
    maps = Path("/proc/self/maps")
    if maps.exists():
        text = maps.read_text("utf-8", errors="replace")
        found += [f"plugin {d.strip('/')}" for d in NETWORK_PLUGIN_DIRS if d in text]
        if "libQt6Network" in text and "libQt6Pdf" not in text:
            found.append("libQt6Network utan libQt6Pdf")
    return found


def process_events(rounds: int = 5) -> None:
    """Let Qt draw, run queued calls and delete what was deleteLater()'d."""
    for _ in range(rounds):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_for(signal: SignalInstance, timeout_ms: int) -> bool:
    """Run the event loop until ``signal`` fires; False after ``timeout_ms``."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    try:
        if not fired:
            loop.exec()
    finally:
        signal.disconnect(done)
    return bool(fired)


class _Errors:
    """Exceptions raised in Qt's slots (printed by PySide6, otherwise lost) count as failures."""

    def __init__(self) -> None:
        self.caught: list[BaseException] = []
        self._previous = sys.excepthook

    def __enter__(self) -> _Errors:
        sys.excepthook = self._hook
        return self

    def __exit__(self, *exc: object) -> None:
        sys.excepthook = self._previous

    def _hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        del kind, trace
        self.caught.append(error)

    def check(self, step: str) -> None:
        from skyddsapp.selftest import SelfTestFailed

        if self.caught:
            raise SelfTestFailed(step, self.caught[0])


def run(*, out: Callable[[str], object] = print) -> int:
    """The whole self-test; 0 when every step passed, 1 (and a line on stderr) otherwise."""
    from skyddsapp.selftest import SelfTestFailed, temporary_workspace

    watch = NetworkWatch()
    sys.addaudithook(watch)  # cannot be removed: `active` turns it off for a caller in-process
    started = time.perf_counter()
    try:
        # Qt first: a missing platform plugin aborts the process, before any folder is made.
        app = _application()
        with _Errors() as errors, temporary_workspace() as work:
            steps = _session(app, work, errors)
        problems = network_libraries()
        if watch.refused or problems:
            raise SelfTestFailed("nätverk", ", ".join(watch.refused + problems))
    except SelfTestFailed as failure:
        sys.stderr.write(f"skyddsapp --self-test: FEL i {failure}\n")
        return 1
    except Exception as error:  # a bug of the self-test itself: still one line and status 1
        sys.stderr.write(f"skyddsapp --self-test: FEL: {type(error).__name__}\n")
        return 1
    finally:
        watch.active = False
    seconds = time.perf_counter() - started
    out(f"skyddsapp --self-test: OK ({steps} steg, {seconds:.1f} s)")
    return 0


def _application() -> QApplication:
    """The running QApplication, or a new one, under an organisation name of its own."""
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(ORGANISATION)
    app.setQuitOnLastWindowClosed(False)
    return app


def _isolate_settings(root: Path) -> QSettings:
    """Every QSettings of this process in ``root`` (before any is made), and ours in a file."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(root / "installningar"))
    return QSettings(str(root / "installningar.ini"), QSettings.Format.IniFormat)


def _session(app: QApplication, work: Workspace, errors: _Errors) -> int:
    from skyddsapp import selftest
    from skyddsapp.selftest import SelfTestFailed, step
    from skyddsapp.ui.i18n import Translations
    from skyddsapp.ui.shell.controller import AppController
    from skyddsapp.ui.shell.settings import Settings

    count = 0

    def do(name: str, action: Callable[[], object]) -> None:
        nonlocal count
        step(name, action)
        errors.check(name)
        count += 1

    settings = Settings(_isolate_settings(work.root))
    translations = Translations(app)
    do("översättning", lambda: _translations(translations))
    do("skapa valv", lambda: selftest.create_vault(work))
    do("ärende", lambda: selftest.write_case(work))
    do("dokument i valvet", lambda: selftest.generate_in_vault(work))
    do("alla blanketter", lambda: selftest.render_every_form(work))
    do("övriga dokument", lambda: selftest.render_other_documents(work))
    do("QtPdf", lambda: _load_every_pdf(work))
    controller = AppController(app, settings, translations, work.vault_folder, on_quit=_no_quit)
    try:
        do("huvudfönster", lambda: _open_workspace(controller, work))
        do("förhandsgranskning", lambda: _preview(controller, work))
        do("årsuppföljning", lambda: _yearly_report(controller))
        do("lås", lambda: _lock(controller, work))
        do("lås upp", lambda: _unlock(controller, work))
        do("ärende igen", lambda: _open_case(controller, work))
        do("granskningslogg", lambda: selftest.verify_audit_log(work))
        do("lås igen", lambda: _lock(controller, work))
    finally:
        controller.shutdown()
        controller.deleteLater()
        translations.uninstall()
        process_events()
    if not Path(work.root / "installningar.ini").exists():
        raise SelfTestFailed("inställningar", "de tillfälliga inställningarna skrevs inte")
    return count


def _no_quit() -> None:
    """The controller's quit (the unlock dialog rejected): the self-test ends on its own."""


def _translations(translations: object) -> None:
    from skyddsapp.ui.i18n import Translations

    assert isinstance(translations, Translations)
    if not translations.install("en"):
        raise RuntimeError("den engelska översättningen saknas")
    if not translations.install("sv"):
        raise RuntimeError("Qts svenska översättning saknas")


def _load_every_pdf(work: Workspace) -> None:
    """Each PDF as the preview reads it: QPdfDocument over a QBuffer, first page drawn."""
    from skyddsapp.ui.paperwork.pdf_printing import PdfSource, page_image_size

    for name, data in work.pdfs.items():
        source = PdfSource(data)
        try:
            if not source.ok:
                raise RuntimeError(f"QtPdf läser inte {name}")
            image = source.document.render(0, page_image_size(source.document, 0, 30))
            if image.isNull():
                raise RuntimeError(f"QtPdf ritar inte {name}")
        finally:
            source.close()
            source.deleteLater()
    process_events()


def _open_workspace(controller: AppController, work: Workspace) -> None:
    controller.open_session(work.require_session())
    _open_case(controller, work)


def _open_case(controller: AppController, work: Workspace) -> None:
    window = controller.main_window
    if window is None:
        raise RuntimeError("inget huvudfönster")
    process_events()
    window.open_case(work.case_id)
    process_events()
    if window.open_case_ids() != [work.case_id]:
        raise RuntimeError("ärendet öppnades inte")
    if window.grab().size() == QSize(0, 0):
        raise RuntimeError("fönstret ritades inte")


def _preview(controller: AppController, work: Workspace) -> None:
    """The Dokument tab's own preview of a document read back from the vault."""
    window = controller.main_window
    assert window is not None
    document_id = work.document_ids[0]
    window.open_document(work.case_id, document_id)
    view = window.tabs.currentWidget()
    documents = getattr(view, "documents", None)
    if documents is None:
        raise RuntimeError("ärendet har ingen dokumentflik")
    documents.preview_selected()
    process_events()
    preview = documents.preview
    if preview is None or preview.source is None or not preview.source.ok:
        raise RuntimeError("förhandsgranskningen visar ingen sida")
    preview.grab()


def _yearly_report(controller: AppController) -> None:
    """Uppföljning → Årsuppföljning: the dashboard counts the year and QtCharts draws."""
    window = controller.main_window
    assert window is not None
    action = window.yearly_report_action
    if action is None:
        raise RuntimeError("ingen årsuppföljning i menyn")
    action.trigger()
    process_events()
    dashboard = window.yearly_dashboard
    if dashboard is None or dashboard.comparison is None:
        raise RuntimeError("årsuppföljningen visar inga siffror")
    dashboard.grab()
    dashboard.close()
    process_events()
    # The throw-away vault has one case, too little for a chart: QtCharts draws one here.
    from skyddsapp.domain.yearly_tables import ChartData
    from skyddsapp.ui.followup.charts import ComparisonChart

    chart = ComparisonChart(ChartData(("a", "b"), (3.0, 5.0), (4.0, None), "1", "2"), "test")
    chart.resize(600, 200)
    if chart.grab().toImage().isNull():
        raise RuntimeError("QtCharts ritar inget diagram")
    chart.deleteLater()


def _lock(controller: AppController, work: Workspace) -> None:
    session = work.require_session()
    controller.lock()
    process_events()
    if not session.vault.is_locked or controller.main_window is not None:
        raise RuntimeError("låset stängde inte valvet och fönstret")


def _unlock(controller: AppController, work: Workspace) -> None:
    """Through the unlock dialog the lock showed, with its worker thread, as a user would."""
    from skyddsapp.selftest import PASSPHRASE, USER

    dialog = controller.unlock_dialog
    if dialog is None:
        raise RuntimeError("låset visade ingen upplåsningsdialog")
    dialog.user_edit.setText(USER)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.attempt()
    if not wait_for(controller.unlocked, UNLOCK_TIMEOUT_MS):
        raise RuntimeError("valvet låstes inte upp")
    session = controller.session
    if session is None or session.vault.is_locked:
        raise RuntimeError("ingen session efter upplåsning")
    work.session = session
