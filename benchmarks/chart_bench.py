"""Chart benchmark: what each chart library weighed for the follow-up dashboard costs to start.

Each way is run in a fresh Python process (as a user who opens Uppföljning → Årsuppföljning
for the first time since starting the program), offscreen, in rounds that take turns so that
machine noise hits them alike; medians are reported. Timed: from after the QApplication exists
to the first chart drawn (imports included) — the cost the dashboard adds to the program.

- ``no chart``   a plain QWidget drawn: the floor (the QApplication and a paint)
- ``QtCharts``   the dashboard's own chart (`ui.followup.charts.ComparisonChart`) of the
                 follow-up's first table: the choice
- ``matplotlib`` the same bars with matplotlib's QtAgg canvas (if installed; it is a dev
                 dependency only); its font list is cached in a throw-away MPLCONFIGDIR,
                 warmed by one untimed run, so the figure is a second start's
- ``Qt Graphs``  the same bars as a QML GraphsView in a QQuickWidget (Qt Graphs draws 2D only
                 through Qt Quick; the pyside6-addons wheel has it)

Then, in this process, the dashboard itself: the whole window built and drawn for a year of
the seed's size (figures counted by the service on an in-memory-sized vault).

    .venv/bin/python benchmarks/chart_bench.py [--rounds 7] [--quick]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CATEGORIES = (
    "Förstahandskontrakt via leverantören",
    "Utslussningslägenhet",
    "Annan insats från socialförvaltningen",
    "Ny lägenhet via Länskompotten eller Uppsalahems kundvård",
    "Tillbaka till förövaren",
    "Egen lösning",
)
NOW = (20.0, 5.0, 10.0, 2.0, 4.0, 16.0)  # the seed's 2025 table
BEFORE = (14.0, 6.0, 9.0, 3.0, 5.0, 11.0)

WAYS = {
    "no chart": "none",
    "QtCharts": "qtcharts",
    "matplotlib": "matplotlib",
    "Qt Graphs": "qtgraphs",
}

_QML = """import QtQuick
import QtGraphs
GraphsView {
  axisX: BarCategoryAxis { categories: %s }
  axisY: ValueAxis { max: 25 }
  BarSeries { BarSet { values: %s } BarSet { values: %s } }
}
"""


def available(way: str) -> bool:
    """Whether ``way`` can run here (matplotlib is a dev dependency; Qt Graphs needs Qt Quick)."""
    module = {"matplotlib": "matplotlib", "qtgraphs": "PySide6.QtGraphs"}.get(way)
    if module is None:
        return True
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def worker(way: str) -> None:
    """One start, in this (fresh) process: print the seconds from QApplication to a chart."""
    import time

    from PySide6.QtWidgets import QApplication, QWidget

    from skyddsapp.domain.yearly_tables import ChartData  # loaded already in the program

    app = QApplication([])
    start = time.perf_counter()
    widget: QWidget
    if way == "qtcharts":
        from skyddsapp.ui.followup.charts import ComparisonChart

        widget = ComparisonChart(ChartData(CATEGORIES, NOW, BEFORE, "2025", "2024"), "bench")
    elif way == "matplotlib":
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(8, 3))
        axes = figure.add_subplot()
        rows = range(len(CATEGORIES))
        axes.barh([r + 0.2 for r in rows], NOW, height=0.4, label="2025")
        axes.barh([r - 0.2 for r in rows], BEFORE, height=0.4, label="2024")
        axes.set_yticks(list(rows), CATEGORIES)
        axes.legend()
        widget = FigureCanvasQTAgg(figure)
    elif way == "qtgraphs":
        from PySide6.QtCore import QByteArray, QUrl
        from PySide6.QtQml import QQmlComponent
        from PySide6.QtQuickWidgets import QQuickWidget

        quick = QQuickWidget()
        quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        component = QQmlComponent(quick.engine())
        qml = _QML % (list(CATEGORIES), list(NOW), list(BEFORE))
        component.setData(QByteArray(qml.encode()), QUrl())
        root = component.create()
        if root is None:
            raise SystemExit(f"Qt Graphs: {component.errorString()}")
        quick.setContent(QUrl(), component, root)
        widget = quick
    else:
        widget = QWidget()
    widget.resize(900, 320)
    widget.show()
    app.processEvents()
    if widget.grab().isNull():
        raise SystemExit(f"{way}: nothing drawn")
    seconds = time.perf_counter() - start
    maps = Path("/proc/self/maps")
    mapped = maps.read_text() if maps.exists() else ""
    loaded = [lib for lib in ("libQt6Network", "libQt6Qml", "libQt6Quick") if lib in mapped]
    print(f"{seconds:.6f} {','.join(loaded) or '-'}")


def _run(way: str, env: dict[str, str]) -> tuple[float, str]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", way],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{way}: {done.stderr.strip()[-400:]}")
    seconds, loaded = done.stdout.strip().splitlines()[-1].split()
    return float(seconds), loaded


def measure(rounds: int, ways: dict[str, str]) -> tuple[dict[str, list[float]], dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="chart-bench-") as config:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QT_QUICK_BACKEND": "software",  # no GPU on the bench machine, nor on many desks
            "MPLCONFIGDIR": config,  # matplotlib's font cache here, not in the home folder
            "PYTHONPATH": os.pathsep.join(
                [str(Path(__file__).resolve().parents[1] / "src"), os.environ.get("PYTHONPATH", "")]
            ),
        }
        if "matplotlib" in ways:
            _run(ways["matplotlib"], env)  # builds the font cache once, untimed
        times: dict[str, list[float]] = {name: [] for name in ways}
        loaded: dict[str, str] = {}
        for _ in range(rounds):
            for name, way in ways.items():
                seconds, loaded[name] = _run(way, env)
                times[name].append(seconds)
    return times, loaded


def dashboard_ms(repeat: int) -> float:
    """The dashboard built and drawn for a seeded year, in this process (median ms)."""
    import datetime as dt
    import random
    import time

    from PySide6.QtWidgets import QApplication

    from skyddsapp.crypto.kdf import MINIMUM_KDF
    from skyddsapp.services import demo
    from skyddsapp.services.context import Session
    from skyddsapp.ui.followup.yearly_dashboard import YearlyDashboard
    from skyddsapp.vault.vault import Vault

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="chart-bench-vault-") as root:
        today = dt.date(2026, 11, 27)
        vault = Vault.create(
            Path(root) / "valv", "bench", "Bench", "bänk-lösen-för-mätning", kdf_params=MINIMUM_KDF
        ).vault
        session = Session(vault, lambda: today)
        with vault.transaction():
            demo.fill(session, 300, random.Random(7))
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            dashboard = YearlyDashboard(session)
            dashboard.resize(1366, 900)
            dashboard.show()
            dashboard.year.setValue(2026)
            dashboard.show_figures()
            app.processEvents()
            dashboard.grab()
            times.append((time.perf_counter() - start) * 1000)
            dashboard.close()
            dashboard.deleteLater()
            app.processEvents()
        vault.lock()
    return statistics.median(times)


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="one round: that it runs")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker)
        return {}
    rounds = 1 if args.quick else args.rounds
    ways = {name: way for name, way in WAYS.items() if available(way)}
    times, loaded = measure(rounds, ways)
    medians = {name: statistics.median(values) for name, values in times.items()}
    floor = medians["no chart"]
    print(f"CHART START, fresh process each, offscreen, {rounds} round(s), medians")
    print(f"{'way':<12} {'first chart':>12} {'over no chart':>14}  Qt libraries it loads")
    for name, seconds in medians.items():
        print(
            f"{name:<12} {seconds * 1000:>9.0f} ms {(seconds - floor) * 1000:>11.0f} ms  "
            f"{loaded[name]}"
        )
    for name, way in WAYS.items():
        if name not in ways:
            print(f"{name:<12} not installed here ({way})")
    dashboard = dashboard_ms(1 if args.quick else 5)
    print(f"dashboard, a year of 300 demo cases, built and drawn: {dashboard:.0f} ms (median)")
    chosen = medians["QtCharts"] - floor
    no_network = "libQt6Network" not in loaded["QtCharts"]
    cheaper = "matplotlib" not in medians or chosen < medians["matplotlib"] - floor
    print(
        f"CHOICE QtCharts: {chosen * 1000:.0f} ms to a first chart, "
        f"{'no' if no_network else 'WITH'} QtNetwork, no QML engine; "
        f"{'cheaper' if cheaper else 'NOT cheaper'} than matplotlib"
    )
    return {
        "medians": medians,
        "loaded": loaded,
        "dashboard ms": dashboard,
        "choice holds": no_network and cheaper,
    }


if __name__ == "__main__":
    main()
