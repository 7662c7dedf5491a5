"""benchmarks/yearly_report_bench.py runs (its quick mode), so the benchmark cannot rot."""

from __future__ import annotations

import sys

import pytest

from bench_support import load_benchmark

pytestmark = pytest.mark.slow


def test_the_yearly_report_benchmark_runs_and_meets_its_goal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The benchmark loads vault_bench.py as the module "vault_bench"; put back what was there.
    monkeypatch.setitem(sys.modules, "vault_bench", sys.modules.get("vault_bench"))
    module = load_benchmark("yearly_report_bench", monkeypatch)

    figures = module.main(["--quick"])

    out = capsys.readouterr().out
    assert "YEARLY FOLLOW-UP 2025 on 1500 cases" in out
    assert "GOAL  the year's figures" in out
    assert figures["goal met"]
    timed = figures["figures, the year and the year before"]
    assert set(timed) == {"vault", "sqlite3", "nokey"}
    assert all(ms > 0 for ms in timed.values())
    assert len(figures["statements"]) >= 15
    assert figures["customer-care requests in the year"] > 0
