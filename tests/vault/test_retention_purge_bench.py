"""benchmarks/retention_bench.py runs (its quick mode), so the benchmark cannot rot."""

from __future__ import annotations

import pytest

from bench_support import load_benchmark


def test_the_retention_benchmark_runs_and_reports_every_figure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    module = load_benchmark("retention_bench", monkeypatch)

    figures = module.main(["--quick"])

    assert figures["cases due"] > 0
    assert figures["purge, total (s)"] >= figures["purge, checkpoint and VACUUM (s)"] > 0
    assert "read on 2033-03-01" in capsys.readouterr().out
