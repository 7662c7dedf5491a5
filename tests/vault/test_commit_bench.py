"""benchmarks/commit_bench.py runs (its quick mode), so the benchmark cannot rot."""

from __future__ import annotations

import pytest

from bench_support import load_benchmark


def test_the_commit_benchmark_runs_and_reports_every_figure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    module = load_benchmark("commit_bench", monkeypatch)

    figures = module.main(["--quick"])

    assert {"commit, vault (ms)", "commit, no head (ms)", "commit, sqlite3 (ms)"} <= set(figures)
    assert all(value > 0 for value in figures.values())
    assert "head cost per commit" in capsys.readouterr().out
