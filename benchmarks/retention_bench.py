"""What a gallring costs: the due list and the purge of every due case of a demo vault.

The demo vault (services.demo, closed cases with decisions, keys, placements and flats shared
with open cases) is read on a day seven years on, when every closed case is due. Measured:

- `due list`     services.retention.due_cases: every closed case past its time
- `purge`        services.retention.purge of all of them, split into its transaction (the
                 deletions and the FTS5 merge) and the rebuild after it (WAL checkpoint,
                 VACUUM, checkpoint), which grows with the file, not with the cases purged

    .venv/bin/python benchmarks/retention_bench.py [--cases 10000] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.services import demo, retention
from skyddsapp.services.context import Session
from skyddsapp.vault import retention_repository
from skyddsapp.vault.vault import Vault

OPENED = dt.date(2026, 11, 27)
LATER = dt.date(2033, 3, 1)


def measure(cases: int, folder: Path) -> dict[str, float]:
    vault = Vault.create(
        folder / "valv", demo.DEMO_USER, "Demo", demo.DEMO_PASSPHRASE, kdf_params=MINIMUM_KDF
    ).vault
    demo.add_demo_colleagues(vault, "mätningens-fras!")
    with vault.transaction():
        demo.fill(Session(vault, lambda: OPENED), cases, random.Random(7))
    later = Session(vault, lambda: LATER)
    database = Vault.database_path(vault.folder)
    figures = {"vault before (MiB)": database.stat().st_size / 2**20}
    start = time.perf_counter()
    due = retention.due_cases(later)
    figures["due list (ms)"] = (time.perf_counter() - start) * 1000
    figures["cases due"] = float(len(due))
    parts: dict[str, float] = {}

    def timed(name: str, run: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            begun = time.perf_counter()
            try:
                return run(*args)
            finally:
                parts[name] = time.perf_counter() - begun

        return call

    real_purge, real_compact = retention_repository.purge, retention_repository.compact
    retention_repository.purge = timed("deletions", real_purge)
    retention_repository.compact = timed("rebuild", real_compact)
    try:
        start = time.perf_counter()
        retention.purge(later, [case.case_id for case in due])
        figures["purge, total (s)"] = time.perf_counter() - start
    finally:
        retention_repository.purge = real_purge
        retention_repository.compact = real_compact
    figures["purge, deletions and FTS merge (s)"] = parts["deletions"]
    figures["purge, checkpoint and VACUUM (s)"] = parts["rebuild"]
    figures["vault after (MiB)"] = database.stat().st_size / 2**20
    vault.lock()
    return figures


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="a small vault, to prove it runs")
    args = parser.parse_args(argv)
    cases = 30 if args.quick else args.cases
    folder = Path(tempfile.mkdtemp(prefix="retention-bench-"))
    try:
        figures = measure(cases, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"demo vault of {cases} cases, read on {LATER}")
    for name, value in figures.items():
        print(f"  {name:<40} {value:10.2f}")
    return figures


if __name__ == "__main__":
    main(sys.argv[1:])
