"""benchmarks/documents_bench.py runs (its quick mode), so the benchmark cannot rot.

It runs in a child process, as `make bench` would run it: in this process, after the other
document tests, the interpreter was seen to abort while collecting garbage at exit (a C
extension's reference count; not found yet), which would fail `make test` for no reason of
the benchmark's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "documents_bench.py"


def test_the_documents_benchmark_runs_and_reports_every_figure() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        check=False,
    )
    # 0: every goal met, 1: a goal missed (a quick run on a busy machine may): both ran.
    assert done.returncode in (0, 1), done.stderr
    out = done.stdout
    assert "fill + render vs bare reportlab, same text" in out
    assert "≤ 1.3×" in out
    assert ("| PASS |" in out) or ("| FAIL |" in out)
    for row in ("| latin |", "| arabic |", "| hebrew |", "printable + visual"):
        assert row in out, row
