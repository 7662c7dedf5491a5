"""Desktop speed: cold start to the unlock dialog, unlock to the case list, keystroke to results.

    .venv/bin/python benchmarks/ui_bench.py [--cases 100000] [--repeat 7]
    .venv/bin/python benchmarks/ui_bench.py --quick      # 2,000 cases, 2 repeats (make test)

Runs offscreen (QT_QPA_PLATFORM=offscreen). The vault (100,000 cases, 150,000 persons, made with
the same generator as vault_bench.py; the bench user works in one of its five teams, so it sees
about a fifth of the cases) is built once under .bench/ and reused. Every measurement that
touches the vault runs in a child process, so peak RSS is that of a real session.

Each figure is judged against a baseline measured in the same run:
- cold start: `python -m skyddsapp.ui`'s own entry point to the unlock dialog, against a bare
  PySide6 process showing an empty QDialog; goal at most 1.5 times the bare process;
- keystroke: from the debounce timer firing to the table painted, against the same service
  query without any widget; goal: the widget's own part (the difference) at most 3 ms;
- unlock to case list and RSS: absolute goals, the service query shown for reference.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
USER, PASSPHRASE = "bench", "a long bench passphrase"
GOALS = {"start_ratio": 1.5, "list_s": 0.3, "widget_ms": 3.0, "rss_mb": 200.0}
QUICK_CASES, QUICK_REPEAT = 2_000, 2
SEARCHES = ("Anna", "Uppsala", "Glasbjörnen", "Testsson Anna")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# ----------------------------------------------------------------------------- the vault


def build_vault(folder: Path, cases: int) -> None:
    """A real vault (key slots, migrations) bulk-loaded with vault_bench's generated rows."""
    sys.path.insert(0, str(Path(__file__).parent))
    from skyddsapp.crypto.kdf import MINIMUM_KDF
    from skyddsapp.vault.vault import Vault
    from vault_bench import HANDLERS, generate, team_of  # type: ignore[import-not-found]

    vault = Vault.create(folder, USER, "Bench", PASSPHRASE, kdf_params=MINIMUM_KDF).vault
    data = generate(cases, cases * 3 // 2)
    conn = vault.connection
    conn.execute("BEGIN IMMEDIATE")
    for _, sql, rows in data.tables:
        conn.executemany(sql, rows)
    # The bench user works in the probe handler's team, as vault_bench's handler searches do:
    # it sees that team's cases (about a fifth), not none.
    conn.execute("UPDATE users SET team = ? WHERE name = ?", (team_of(HANDLERS[6]), USER))
    conn.execute("COMMIT")
    vault.lock()


# ----------------------------------------------------------------------------- children


def child_start(folder: Path, bare: bool) -> None:
    """Print READY when the first window is on screen, then exit.

    The desktop goes through its own entry point (skyddsapp.ui.shell.app.main, as `python -m
    skyddsapp.ui` does); the bare baseline is PySide6 and an empty QDialog only."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication([sys.argv[0]])

    def ready() -> None:
        loaded = sorted(m for m in sys.modules if m.startswith("skyddsapp."))
        print("READY " + json.dumps(loaded), flush=True)
        app.quit()

    # Runs once the event loop turns, i.e. after the dialog was shown.
    QTimer.singleShot(0, ready)
    if bare:
        dialog = QDialog()
        dialog.show()
        app.exec()
    else:
        from skyddsapp.ui.shell.app import main as desktop

        desktop(["--vault", str(folder)])


def current_rss_mb() -> float:
    """Resident memory now (Linux). Argon2id's block is freed after unlock, so this is what the
    open session holds, whereas ru_maxrss also counts the KDF's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def settle(app: Any) -> None:
    """Let posted events (layouts asking their parents to lay out in turn) run out."""
    for _ in range(5):
        app.processEvents()


class PaintCounter:
    """Notes each paint of `widget` in `painted`."""

    def __init__(self, widget: Any, painted: list[int]) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted.append(1)
                return False

        self._widget = widget
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def detach(self) -> None:
        self._widget.removeEventFilter(self._filter)


def paint_costs(table: Any) -> tuple[float, float]:
    """Painting the visible rows once (ms): the case list's own view, and a twin view of the same
    size and settings showing the same texts from Qt's own QStandardItemModel (Qt's floor)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    model = table.model()
    rows, columns = model.rowCount(), model.columnCount()
    twin_model = QStandardItemModel(0, columns)
    for row in range(rows):
        texts = (model.index(row, column).data() or "" for column in range(columns))
        twin_model.appendRow([QStandardItem(text) for text in texts])
    twin = QTableView()
    twin.setModel(twin_model)
    twin.setFont(table.font())
    twin.setAlternatingRowColors(table.alternatingRowColors())
    twin.setWordWrap(table.wordWrap())
    twin.verticalHeader().hide()
    twin.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    for column in range(columns):
        twin.horizontalHeader().resizeSection(column, table.columnWidth(column))
    twin.resize(table.size())
    twin.show()
    settle(QApplication.instance())
    costs = []
    for view in (table, twin):
        samples = []
        for _ in range(5):
            began = time.perf_counter()
            view.viewport().repaint()
            samples.append((time.perf_counter() - began) * 1000)
        costs.append(statistics.median(samples))
    twin.hide()
    twin.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return costs[0], costs[1]


def child_workspace(folder: Path, repeat: int) -> None:
    """Unlock → main window with the case list; keystrokes; RSS. Prints one JSON line."""
    import PySide6
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from skyddsapp.services import sessions
    from skyddsapp.services.search import search_cases
    from skyddsapp.ui import none_guard
    from skyddsapp.ui.i18n import Translations
    from skyddsapp.ui.shell.controller import AppController
    from skyddsapp.ui.shell.settings import Settings

    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
    # returns nothing; importing skyddsapp.ui guards None as the app does (ui/none_guard.py),
    # and the loss per keystroke is reported.
    app = QApplication([])
    ini = folder.parent / "bench-settings.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    controller = AppController(app, settings, Translations(app), folder, on_quit=lambda: None)
    none_lost: list[int] = []
    painted: list[int] = []
    unlock_s, list_s, query_only_s, open_rss = [], [], [], []
    search_ms: dict[str, list[float]] = {text: [] for text in SEARCHES}
    search_query_ms: dict[str, list[float]] = {text: [] for text in SEARCHES}
    paint_ms: list[float] = []
    qt_paint_ms: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        session = sessions.unlock(folder, USER, PASSPHRASE)  # Argon2id at the floor cost
        unlocked = time.perf_counter()
        controller.open_session(session)
        window = controller.main_window
        assert window is not None
        page: Any = window.case_list
        for _ in range(1000):
            if page.model.rowCount():
                break
            app.processEvents()
        else:
            raise SystemExit("ui_bench: the bench user sees no case; rebuild the vault")
        window.repaint()
        app.processEvents()
        shown = time.perf_counter()
        viewport_paints = PaintCounter(page.table.viewport(), painted)
        unlock_s.append(unlocked - start)
        list_s.append(shown - unlocked)
        # The same first page through the service alone, on the same warm connection.
        began = time.perf_counter()
        search_cases(session, "", limit=150)
        query_only_s.append(time.perf_counter() - began)
        for text in SEARCHES:
            page.search.setText(text[:-1])
            page._debounce.stop()
            page._apply()
            settle(app)
            # One keystroke: the last letter, echoed and laid out as during the debounce wait
            # (200 ms, the UI's choice, left out); what counts is the work from the timer firing
            # to the table painted.
            QTest.keyClick(page.search, text[-1])
            settle(app)
            page._debounce.stop()
            # The query once beforehand, so that the widget and the baseline after it both find
            # the database pages in SQLCipher's cache.
            search_cases(session, text, limit=150)
            painted.clear()
            nones = sys.getrefcount(None)
            began = time.perf_counter()
            page._apply()
            app.processEvents()  # the table paints here, as it does in the event loop
            if not painted:
                page.table.viewport().repaint()
            search_ms[text].append((time.perf_counter() - began) * 1000)
            none_lost.append(nones - sys.getrefcount(None))
            began = time.perf_counter()
            search_cases(session, text, limit=150)
            search_query_ms[text].append((time.perf_counter() - began) * 1000)
        viewport_paints.detach()
        open_rss.append(current_rss_mb())
        # After the RSS: the twin view of the paint floor is a window of its own.
        for text in SEARCHES:
            page.search.setText(text)
            page._debounce.stop()
            page._apply()
            settle(app)
            ours, floor = paint_costs(page.table)
            paint_ms.append(ours)
            qt_paint_ms.append(floor)
        controller.lock()
        app.processEvents()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "unlock_s": unlock_s,
                "list_s": list_s,
                "query_only_s": query_only_s,
                "search_ms": search_ms,
                "search_query_ms": search_query_ms,
                "paint_ms": paint_ms,
                "none_lost": statistics.median(none_lost),
                "none_guarded": none_guard.needed(sys.version_info[:2], PySide6.__version__),
                "qt_paint_ms": qt_paint_ms,
                "rss_mb": rss_mb,
                "open_rss_mb": max(open_rss),
            }
        ),
        flush=True,
    )


# ----------------------------------------------------------------------------- parent


def _child(*args: str) -> list[str]:
    cmd = [sys.executable, __file__, *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return out.splitlines()


def time_start(folder: Path, bare: bool, repeat: int) -> tuple[list[float], list[str]]:
    times, loaded = [], []
    # The desktop's settings go to a folder of the bench's own, not to the user's.
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder.parent / "config")}
    for _ in range(repeat):
        args = [sys.executable, __file__, "--child-start", str(folder)]
        if bare:
            args.append("--bare")
        began = time.perf_counter()
        proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        times.append(time.perf_counter() - began)
        proc.wait()
        if not line.startswith("READY "):
            raise SystemExit(
                f"ui_bench: the start child ended without a window ({proc.returncode})"
            )
        loaded = json.loads(line[6:])
    return times, loaded


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


HEAVY = ("skyddsapp.services.sessions", "skyddsapp.vault.vault", "skyddsapp.ui.shell.main_window")


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2,000 cases, 2 repeats")
    parser.add_argument("--child-start", type=Path)
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--child-workspace", type=Path)
    parser.add_argument("--build", type=Path)
    args = parser.parse_args(argv)
    if args.child_start:
        child_start(args.child_start, args.bare)
        return {}
    if args.child_workspace:
        child_workspace(args.child_workspace, args.repeat)
        return {}
    if args.build:
        build_vault(args.build, args.cases)
        return {}
    if args.quick:
        args.cases, args.repeat = QUICK_CASES, QUICK_REPEAT

    folder = ROOT / ".bench" / f"ui-vault-{args.cases}-team" / "valv"
    if not folder.exists():
        print(f"building a vault with {args.cases} cases in {folder} …", flush=True)
        folder.parent.mkdir(parents=True, exist_ok=True)
        _child("--build", str(folder), "--cases", str(args.cases))

    med = statistics.median
    # Alternated, so that a noisy moment of the machine hits both sides alike.
    start: list[float] = []
    bare: list[float] = []
    loaded: list[str] = []
    for _ in range(args.repeat):
        times, loaded = time_start(folder, bare=False, repeat=1)
        start += times
        bare += time_start(folder, bare=True, repeat=1)[0]
    (line,) = _child("--child-workspace", str(folder), "--repeat", str(args.repeat))
    ws = json.loads(line)

    figures: dict[str, float] = {}
    print(f"\n{args.cases} cases, medians of {args.repeat}, offscreen, {os.cpu_count()} CPUs")
    print(f"{'measure':44s} {'skyddsapp':>10s} {'baseline':>10s} {'ratio':>6s} {'diff':>8s}  goal")

    def row(name: str, value: float, base: float, goal: str, ok: bool) -> None:
        ratio = value / base if base else float("nan")
        mark = verdict(ok)
        print(
            f"{name:44s} {value:10.3f} {base:10.3f} {ratio:6.2f} {value - base:8.3f}  {goal} {mark}"
        )

    start_s, bare_s = med(start), med(bare)
    figures["start_s"], figures["bare_start_s"] = start_s, bare_s
    figures["start_ratio"] = start_s / bare_s
    row(
        "cold start to unlock dialog (s)",
        start_s,
        bare_s,
        f"ratio <= {GOALS['start_ratio']}",
        figures["start_ratio"] <= GOALS["start_ratio"],
    )
    list_s = med(ws["list_s"])
    figures["list_s"] = list_s
    row(
        "unlock (excl. KDF) to case list shown (s)",
        list_s,
        med(ws["query_only_s"]),
        f"<= {GOALS['list_s']} s",
        list_s <= GOALS["list_s"],
    )
    widget = []
    for text in SEARCHES:
        value, base = med(ws["search_ms"][text]), med(ws["search_query_ms"][text])
        figures[f"keystroke '{text}' (ms)"] = value
        widget.append(value - base)
        row(
            f"keystroke to results, '{text}' (ms)",
            value,
            base,
            f"diff <= {GOALS['widget_ms']} ms",
            value - base <= GOALS["widget_ms"],
        )
    figures["widget_ms"] = med(widget)
    figures["paint_ms"], figures["qt_paint_ms"] = med(ws["paint_ms"]), med(ws["qt_paint_ms"])
    print(
        f"(widget part, median of the searches: {figures['widget_ms']:.1f} ms; of it, painting "
        f"the visible rows once: {figures['paint_ms']:.1f} ms, where Qt's own item model with "
        f"the same texts in the same view takes {figures['qt_paint_ms']:.1f} ms)"
    )
    print(
        f"(one keystroke's search dropped {ws['none_lost']:.0f} references to None; "
        + (
            "PySide6 6.12.0 on Python 3.11: the app's none_guard keeps None alive)"
            if ws["none_guarded"]
            else "None is immortal here or PySide6 does not leak it)"
        )
    )
    rss = ws["open_rss_mb"]
    figures["rss_mb"] = rss
    print(
        f"{'peak RSS with the vault open (MB)':44s} {rss:10.1f} {'':>10s} {'':>6s} {'':>8s}  ",
        end="",
    )
    print(f"<= {GOALS['rss_mb']:.0f} MB {verdict(rss <= GOALS['rss_mb'])}")
    print(
        f"(process lifetime peak incl. Argon2id's 64 MiB block: {ws['rss_mb']:.1f} MB; "
        "a calibrated slot uses up to 256 MiB during the KDF only)"
    )
    print(f"(unlock itself incl. Argon2id at the floor cost: {med(ws['unlock_s']):.3f} s)")
    print("baselines: an empty QDialog in a bare PySide6 process; the service query alone")
    heavy = [m for m in loaded if m in HEAVY]
    ui = [m for m in loaded if m.startswith("skyddsapp.ui.")]
    print(
        f"skyddsapp modules loaded at the unlock dialog: {len(loaded)} ({len(ui)} of ui); ", end=""
    )
    print(f"heavy ones among them: {heavy or 'none'}")
    return figures


if __name__ == "__main__":
    main()
