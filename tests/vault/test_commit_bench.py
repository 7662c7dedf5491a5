"""benchmarks/commit_bench.py runs (its quick mode), so the benchmark cannot rot."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "commit_bench.py"


def test_the_commit_benchmark_runs_and_reports_every_figure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = importlib.util.spec_from_file_location("commit_bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    figures = module.main(["--quick"])

    assert {"commit, vault (ms)", "commit, no head (ms)", "commit, sqlite3 (ms)"} <= set(figures)
    assert all(value > 0 for value in figures.values())
    assert "head cost per commit" in capsys.readouterr().out
