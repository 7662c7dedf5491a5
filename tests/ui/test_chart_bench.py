"""benchmarks/chart_bench.py runs (its quick mode), so the benchmark cannot rot; and what its
figures say of the choice still holds: QtCharts loads neither QtNetwork nor a QML engine."""

from __future__ import annotations

import pytest

from bench_support import load_benchmark

pytestmark = pytest.mark.slow


def test_the_chart_benchmark_runs_and_the_choice_holds(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    module = load_benchmark("chart_bench", monkeypatch)

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
