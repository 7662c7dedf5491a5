"""Benchmarks are product code: every script in benchmarks/ has a test that runs its quick
mode, so `make test` notices when one stops running."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_benchmark_has_a_test_that_runs_its_quick_mode() -> None:
    benches = sorted(p.stem for p in (ROOT / "benchmarks").glob("*.py"))
    assert len(benches) >= 5
    tests = [p.read_text("utf-8") for p in (ROOT / "tests").rglob("test_*.py")]
    for bench in benches:
        runners = [t for t in tests if re.search(rf"\b{bench}(\.py)?\b", t) and "--quick" in t]
        assert runners, f"no test runs benchmarks/{bench}.py --quick"
