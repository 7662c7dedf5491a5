"""benchmarks/backup_bench.py runs (its quick mode), so the benchmark cannot rot."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_support import load_benchmark


def test_the_backup_benchmark_runs_and_reports_every_figure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = load_benchmark("backup_bench", monkeypatch)

    figures = module.main(["--quick", "--cases", "300", "--rounds", "1", "--dir", str(tmp_path)])

    for name in (
        "cp",
        "cp + sync",
        "backup written",
        "backup",
        "cp + plain check",
        "online backup",
        "sqlcipher_export",
        "verify",
    ):
        assert figures[f"{name} (s)"] > 0, name
    for ratio in ("backup written / cp", "backup written / cp + sync", "backup / cp + plain check"):
        assert figures[f"ratio {ratio}"] > 0, ratio
    out = capsys.readouterr().out
    assert "GOAL backup written (copy, SHA-256, fsync, key file) against cp within 2x" in out
    assert "GOAL backup written against cp + sync (both synced) within 2x" in out
    assert "GOAL checked backup (create_backup) against cp + plain check within 2x" in out
    assert "the check alone, verify" in out
    assert list(tmp_path.iterdir()) == []  # the vault and every copy are gone again
