"""What acknowledging a commit costs: the vault head (vault.head) against a commit without it.

A commit is acknowledged only once its head is on disk: one 128-byte in-place write and an fsync
of vault.head after SQLite's own commit (and its fsync of the WAL). This measures that price on
one service write, `persons.create_person`, side by side in the same run:

- `vault`     the product as it is: generation counted, head written and synced
- `no head`   the same vault with HeadWriter.write made a no-op (what it cost before issue 8)
- `sqlite3`   CPython's sqlite3, WAL and synchronous=FULL, one INSERT of a row of the same size
              per transaction: the floor any durable commit on this disk pays

The three take turns within each round, so noise hits them alike; figures are medians.
Also measured: the examination at unlock (inspection.inspect) on the same vault, with and
without a WAL left by a crash.

    .venv/bin/python benchmarks/commit_bench.py [--rounds 200] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.address import Address
from skyddsapp.domain.person import Person
from skyddsapp.services import persons
from skyddsapp.services.context import Session
from skyddsapp.vault import head as head_file
from skyddsapp.vault.inspection import inspect
from skyddsapp.vault.keyslots import KeySlotFile
from skyddsapp.vault.vault import Vault

PASSPHRASE = "mätningens egen lösenfras"
TODAY = dt.date(2026, 3, 2)


def _person(n: int) -> Person:
    return Person(
        None,
        "Mätta",
        "Mätsson",
        real_address=Address(f"Mätgatan {n % 90 + 1}", "75320", "Uppsala"),
        notes="Anteckning " * 20,
    )


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(rounds: int, folder: Path) -> dict[str, float]:
    vault = Vault.create(
        folder / "valv", "admin", "Admin", PASSPHRASE, kdf_params=MINIMUM_KDF
    ).vault
    session = Session(vault, lambda: TODAY)
    plain = sqlite3.connect(folder / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA synchronous = FULL")
    plain.execute("CREATE TABLE persons (id INTEGER PRIMARY KEY, body TEXT)")
    real_write = head_file.HeadWriter.write

    def with_head(n: int) -> None:
        persons.create_person(session, _person(n))

    def without_head(n: int) -> None:
        head_file.HeadWriter.write = lambda self, head: None  # type: ignore[method-assign]
        try:
            persons.create_person(session, _person(n))
        finally:
            head_file.HeadWriter.write = real_write  # type: ignore[method-assign]

    def bare(n: int) -> None:
        plain.execute("BEGIN IMMEDIATE")
        plain.execute("INSERT INTO persons (body) VALUES (?)", ("x" * 400,))
        plain.execute("COMMIT")

    runs: dict[str, Callable[[int], None]] = {
        "vault": with_head,
        "no head": without_head,
        "sqlite3": bare,
    }
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for n in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            run(n)
            samples[name].append(time.perf_counter() - start)
    figures = {f"commit, {name} (ms)": _median_ms(s) for name, s in samples.items()}

    # The examination at unlock: closed vault (no WAL), and a crash image with a WAL.
    slots = KeySlotFile.load(vault.keyslot_path(vault.folder))
    key = bytearray(vault.data_key)
    crash = folder / "krasch"
    crash.mkdir()
    for name in ("vault.db", "vault.db-wal", "keyslots.json", "vault.head"):
        shutil.copy2(vault.folder / name, crash / name)
    wal_frames = (crash / "vault.db-wal").stat().st_size // 4120
    vault.lock()
    figures["examine at unlock, closed vault (ms)"] = _median_ms(
        _times(lambda: inspect(folder / "valv", slots, key), 21)
    )
    figures[f"examine at unlock, WAL of {wal_frames} frames (ms)"] = _median_ms(
        _times(lambda: inspect(crash, slots, key), 21)
    )
    plain.close()
    return figures


def _times(run: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        out.append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="a few rounds, to prove it runs")
    args = parser.parse_args(argv)
    rounds = 5 if args.quick else args.rounds
    folder = Path(tempfile.mkdtemp(prefix="commit-bench-"))
    try:
        figures = measure(rounds, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{rounds} commits each, medians in ms")
    for name, value in figures.items():
        print(f"  {name:<48} {value:8.3f}")
    vault_ms, bare_ms = figures["commit, vault (ms)"], figures["commit, no head (ms)"]
    print(f"  {'head cost per commit (ms)':<48} {vault_ms - bare_ms:8.3f}")
    print(f"  {'vault / no head':<48} {vault_ms / bare_ms:8.2f}")
    return figures


if __name__ == "__main__":
    main(sys.argv[1:])
