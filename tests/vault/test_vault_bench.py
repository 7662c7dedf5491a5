"""benchmarks/vault_bench.py runs (its quick mode, every section), so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_support import load_benchmark

pytestmark = pytest.mark.slow


def test_the_vault_benchmark_runs_every_section_and_reports_its_goals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    module = load_benchmark("vault_bench", monkeypatch)

    # One round of each measurement (--quick makes three): the figures are not judged here,
    # every section and the report's shape are, and each round runs the same code.
    assert module.main(["--quick", "--repeat", "1", "--dir", str(tmp_path / "bench")]) == 0

    out = capsys.readouterr().out
    for section in (
        "BULK LOAD",
        "WARM",
        "FRESH CONNECTION",
        "CIPHER_MEMORY_SECURITY",
        "OPEN + UNLOCK",
        "EXPERIMENTS",
        "E3 keyset paging",
        "E4 HMAC-SHA256",
        "ATT GÖRA",
        "CASE LIST PAGE AT POSITION",
        "GOALS",
    ):
        assert section in out
    assert "same rows as production: NO" not in out  # keyset pages are the OFFSET pages
    report = json.loads((tmp_path / "bench" / "results.json").read_text("utf-8"))
    assert report["probe"]["deadlines"] > 500
    assert {t["query"] for t in report["todo"]} >= {"Att göra as a handler, 90 days"}
    assert all(t["warm"]["vault_ms"] > 0 for t in report["todo"])
    assert {k["sort"] for k in report["keyset"]} == {
        "newest",
        "sort=kind",
        "sort=state",
        "sort=opened",
    }
    assert all(e["same_rows"] for e in report["experiments"])
