"""benchmarks/chart_bench.py runs (its quick mode), so the benchmark cannot rot; and what its
figures say of the choice still holds: QtCharts loads neither QtNetwork nor a QML engine."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "chart_bench.py"

pytestmark = pytest.mark.slow


def test_the_chart_benchmark_runs_and_the_choice_holds(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("chart_bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "chart_bench", module)
    spec.loader.exec_module(module)

    figures = module.main(["--quick"])

    out = capsys.readouterr().out
    assert "CHART START" in out
    assert "CHOICE QtCharts" in out
    medians = figures["medians"]
    assert {"no chart", "QtCharts", "matplotlib", "Qt Graphs"} <= set(medians)
    assert all(seconds > 0 for seconds in medians.values())
    assert figures["loaded"]["QtCharts"] == "-"
    assert "libQt6Network" in figures["loaded"]["Qt Graphs"]
    assert figures["dashboard ms"] > 0
    assert figures["choice holds"]
