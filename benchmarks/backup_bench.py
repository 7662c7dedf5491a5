"""Backup benchmark: a backup of a 100,000-case vault against `cp` of its files, side by side.

The vault gets the invented data of benchmarks/vault_bench.py (100,000 cases, 150,000 persons by
default), loaded straight into a real vault. That data has next to no audit log, where a vault in
use has one that grows with every case opened; ``--audit-entries N`` adds N entries, and the
check after writing verifies each of them (the chain runs in a thread of its own). Then, in
rounds that take turns so that machine noise hits them alike (medians reported; the OS page
cache is warm for all of them, and `sync` runs before each timed run so that nobody pays for
another's writeback):

- ``cp``              ``cp vault.db keyslots.json <new folder>``: the issue's yardstick
- ``cp + sync``       the same, then ``sync`` of the copied files: a backup syncs what it wrote
                      before it says it is made, and cp alone leaves that to the kernel
- ``backup written``  the backup's files as `create_backup` writes them, unchecked
                      (vault/backup.py `write_files`): the database's bytes read at one moment,
                      copied, hashed with SHA-256 and synced, the key-slot file and backup.json
- ``backup``          ``services.backups.create_backup`` as the app runs it: the files written,
                      then the check after writing (every page's HMAC and the file's SHA-256
                      beside SQLite's integrity_check; counts, audit head and chain, key-slot
                      binding), the rename, the record in the vault
- ``cp + plain check`` the yardstick for a copy that is checked after writing: ``cp + sync``
                      of the same data in a plain, unencrypted SQLite file, then SQLite's
                      ``PRAGMA integrity_check`` of the copy, run by the same SQLite as the app
                      (``sqlcipher3`` without a key, page cache as large as the backup's check
                      gets). No check of what was written can beat reading it, and SQLite's
                      check is the least a database copy is checked with
- ``... Python sqlite3`` the same with CPython's own ``sqlite3`` module, for comparison only:
                      an older SQLite here (3.40), whose integrity_check leaves out the FTS5
                      search index, which SQLite 3.44 and later check too (figures before
                      this benchmark was changed used it)
- ``verify``          ``verify_backup`` of one backup, on its own: the check after writing
- the other ways to copy the database that were weighed for the write, on their own:
  ``online backup`` (SQLite's backup API in 4 MiB steps: every page decrypted and encrypted
  again) and ``sqlcipher_export`` (`database.export_to`: every row inserted again)

Three GOAL lines, each held to 2x (PASS/FAIL): the backup written against ``cp`` and against
``cp + sync`` (the issue's "within 2x the time of copying its files": ``cp + sync`` alone is
printed against ``cp``, since a backup must sync and cp does not), and the whole checked backup
against ``cp + plain check``. The checked backup against bare ``cp`` is printed
too, with why it is no goal: any check that reads back 157 MiB costs more than a ``cp`` that
copies it from and to the page cache in a tenth of a second.

    .venv/bin/python benchmarks/backup_bench.py [--cases 100000] [--rounds 5]
                                                [--audit-entries 0] [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sqlcipher3

import vault_bench
from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.services import backups
from skyddsapp.vault import backup as backup_files
from skyddsapp.vault import database
from skyddsapp.vault.audit import AuditLog
from skyddsapp.vault.layout import DATABASE_FILENAME, KEYSLOT_FILENAME
from skyddsapp.vault.pages import PAGE_SIZE
from skyddsapp.vault.vault import Vault

GOAL_RATIO = 2.0
USER = "bench"
PASSPHRASE = "a long bench passphrase"
QUICK = {"cases": 3000, "rounds": 2}


def build(folder: Path, cases: int, audit_entries: int = 0) -> Path:
    """A locked vault holding the generated data and `audit_entries` more entries in its audit
    log (each case opened once, then again); returns its folder."""
    vault_folder = folder / "valv"
    created = Vault.create(vault_folder, USER, "Bench", PASSPHRASE, kdf_params=MINIMUM_KDF)
    key = bytearray(created.vault.data_key)
    created.vault.lock()
    data = vault_bench.generate(cases, round(cases * 1.5))
    conn = database.connect(Vault.database_path(vault_folder), key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for _, sql, rows in data.tables:
            conn.executemany(sql, rows)
        log = AuditLog(conn, key)
        for n in range(audit_entries):
            log.append(USER, "case.open", "case", n % max(cases, 1) + 1)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    return vault_folder


def plain_twin(vault_folder: Path, key: bytearray, root: Path) -> Path:
    """The vault's database exported unencrypted (same schema, rows and indexes), for the
    yardstick of a plain SQLite copy that is checked after writing."""
    plain = root / "plain" / DATABASE_FILENAME
    plain.parent.mkdir()
    conn = database.connect(vault_folder / DATABASE_FILENAME, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return plain


def _cp_checked(plain: Path, target: Path, sqlite: Any) -> None:
    """cp + sync of the plain twin, then SQLite's integrity_check of the copy, by `sqlite`
    (sqlcipher3 without a key, or CPython's sqlite3) with the page cache the backup's check
    gets (the whole file)."""
    _cp(plain.parent, target, sync=True, names=(DATABASE_FILENAME,))
    copy = target / DATABASE_FILENAME
    conn = sqlite.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA cache_size = {copy.stat().st_size // PAGE_SIZE + 1}")
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    assert rows == [("ok",)], rows


def _cp(
    vault_folder: Path,
    target: Path,
    *,
    sync: bool = False,
    names: tuple[str, ...] = (DATABASE_FILENAME, KEYSLOT_FILENAME),
) -> None:
    target.mkdir()
    subprocess.run(["cp", *(str(vault_folder / name) for name in names), target], check=True)
    if sync:  # what a backup must do too before it may say it is made: the bytes on the disk
        subprocess.run(["sync", *(str(p) for p in target.iterdir())], check=True)


def _timed(run: Callable[[Path], object], scratch: Path) -> float:
    target = scratch / f"t{time.monotonic_ns()}"
    os.sync()  # nobody pays for the writeback an earlier run (cp) left dirty
    start = time.perf_counter()
    run(target)
    seconds = time.perf_counter() - start
    shutil.rmtree(target, ignore_errors=True)
    return seconds


def measure(vault_folder: Path, scratch: Path, rounds: int) -> dict[str, float]:
    vault = Vault.unlock(vault_folder, USER, PASSPHRASE)
    key = backup_files.key_of(vault)
    plain = plain_twin(vault_folder, key, scratch.parent)
    kept = backups.create_backup(vault, scratch / "kept").summary.path

    def create(target: Path) -> None:
        backups.create_backup(vault, target, keep=1)

    def written(target: Path) -> None:
        target.mkdir()
        backup_files.write_files(
            vault_folder,
            key,
            target,
            vault_id=vault.vault_id,
            made_by=USER,
            vault_name=vault.name,
            made=datetime.now(UTC),
        )

    def online(target: Path) -> None:
        target.mkdir()
        source = database.connect(vault_folder / DATABASE_FILENAME, key, read_only=True)
        copy = database.connect(target / DATABASE_FILENAME, key, create=True)
        source.backup(copy, pages=backup_files.STEP_PAGES)
        copy.close()
        source.close()

    def export(target: Path) -> None:
        target.mkdir()
        # sqlcipher_export writes through the source connection (ATTACH): not a read-only one.
        source = database.connect(vault_folder / DATABASE_FILENAME, key)
        database.export_to(source, target / DATABASE_FILENAME, key)
        source.close()

    methods: dict[str, Callable[[Path], object]] = {
        "cp": lambda t: _cp(vault_folder, t),
        "cp + sync": lambda t: _cp(vault_folder, t, sync=True),
        "backup written": written,
        "backup": create,
        "cp + plain check": lambda t: _cp_checked(plain, t, sqlcipher3),
        "cp + plain check, Python sqlite3": lambda t: _cp_checked(plain, t, sqlite3),
        "online backup": online,
        "sqlcipher_export": export,
    }
    samples: dict[str, list[float]] = {name: [] for name in methods}
    verify: list[float] = []
    try:
        for r in range(rounds):
            names = list(methods)
            for name in names[r % len(names) :] + names[: r % len(names)]:
                samples[name].append(_timed(methods[name], scratch))
            start = time.perf_counter()
            problems = backups.verify_backup(vault, kept).problems
            verify.append(time.perf_counter() - start)
            assert problems == [], problems
            print(f"  round {r + 1}/{rounds} done", flush=True)
    finally:
        vault.lock()
    figures = {f"{name} (s)": statistics.median(s) for name, s in samples.items()}
    figures["verify (s)"] = statistics.median(verify)
    return figures


def _goal(text: str, ratio: float) -> str:
    return f"GOAL {text} within {GOAL_RATIO:.0f}x: {ratio:.2f}x  " + (
        "PASS" if ratio <= GOAL_RATIO else "FAIL"
    )


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--audit-entries",
        type=int,
        default=0,
        help="entries added to the audit log (the generated data has next to none; the check "
        "after writing verifies the chain entry by entry)",
    )
    parser.add_argument("--dir", type=Path, help="where the vault is built (default: a temp dir)")
    parser.add_argument("--quick", action="store_true", help="a few thousand cases, two rounds")
    args = parser.parse_args(argv)
    if args.quick:
        for name, value in QUICK.items():
            if getattr(args, name) == parser.get_default(name):
                setattr(args, name, value)
    root = Path(tempfile.mkdtemp(prefix="backup-bench-", dir=args.dir))
    try:
        start = time.perf_counter()
        vault_folder = build(root, args.cases, args.audit_entries)
        size = (vault_folder / DATABASE_FILENAME).stat().st_size
        print(
            f"vault of {args.cases} cases and {args.audit_entries} more audit entries: "
            f"{size / 2**20:.1f} MiB, built in "
            f"{time.perf_counter() - start:.1f} s; {args.rounds} rounds, "
            f"{os.cpu_count()} CPUs",
            flush=True,
        )
        scratch = root / "scratch"
        scratch.mkdir()
        figures = measure(vault_folder, scratch, args.rounds)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    cp = figures["cp (s)"]
    print()
    print(f"{'method':<34} {'median s':>9} {'x cp':>6}")
    for name, seconds in figures.items():
        print(f"{name[:-4]:<34} {seconds:9.3f} {seconds / cp:6.2f}")
    written, checked = figures["backup written (s)"], figures["backup (s)"]
    figures["ratio backup written / cp"] = written / cp
    figures["ratio backup written / cp + sync"] = written / figures["cp + sync (s)"]
    figures["ratio backup / cp + plain check"] = checked / figures["cp + plain check (s)"]
    figures["ratio backup / cp"] = checked / cp
    print()
    for text, ratio in (
        ("backup written (copy, SHA-256, fsync, key file) against cp", "backup written / cp"),
        ("backup written against cp + sync (both synced)", "backup written / cp + sync"),
        ("checked backup (create_backup) against cp + plain check", "backup / cp + plain check"),
    ):
        print(_goal(text, figures[f"ratio {ratio}"]))
        if ratio == "backup written / cp":
            print(
                f"     (cp + sync alone is {figures['cp + sync (s)'] / cp:.2f}x cp: a backup "
                "syncs its files before it is made, cp leaves them to the kernel)"
            )
    print(
        f"     not a goal: create_backup against bare cp {checked / cp:.2f}x "
        f"(the check alone, verify: {figures['verify (s)']:.3f} s; any check reads every page "
        "back, and cp of a cached file reads none from the disk)"
    )
    return figures


if __name__ == "__main__":
    main()
