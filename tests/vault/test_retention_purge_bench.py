"""benchmarks/retention_bench.py runs (its quick mode), so the benchmark cannot rot."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "retention_bench.py"


def test_the_retention_benchmark_runs_and_reports_every_figure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = importlib.util.spec_from_file_location("retention_bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    figures = module.main(["--quick"])

    assert figures["cases due"] > 0
    assert figures["purge, total (s)"] >= figures["purge, checkpoint and VACUUM (s)"] > 0
    assert "read on 2033-03-01" in capsys.readouterr().out
