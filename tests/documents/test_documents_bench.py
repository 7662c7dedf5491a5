"""benchmarks/documents_bench.py runs (its quick mode), so the benchmark cannot rot."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "documents_bench.py"


def test_the_documents_benchmark_runs_and_reports_every_figure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = importlib.util.spec_from_file_location("documents_bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        figures = module.main(["--quick"])
    finally:
        del sys.modules[spec.name]

    assert {"document (ms)", "baseline (ms)", "ratio", "arabic names (ms)"} <= set(figures)
    assert all(value > 0 for key, value in figures.items() if key != "verdict")
    out = capsys.readouterr().out
    assert "vs bare reportlab" in out
    assert ("PASS" in out) or ("FAIL" in out)
    assert "≤ 1.3×" in out
