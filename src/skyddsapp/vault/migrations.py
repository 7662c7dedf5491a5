"""Numbered schema migrations: one transaction each, `PRAGMA user_version`, a backup first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from skyddsapp.vault.database import Connection, as_vault_error, export_to
from skyddsapp.vault.errors import (
    DiskFull,
    MigrationFailed,
    SchemaTooNew,
    StorageError,
    VaultReadOnly,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def bundled_migrations(folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(folder.iterdir()):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem, path.read_text("utf-8")))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 001, 002, … without gaps: {numbers}")
    return found


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: Connection,
    *,
    data_key: bytes | bytearray,
    backup_dir: Path,
    migrations: Sequence[Migration] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Bring the schema up to date; return the numbers applied.

    A vault that already holds data is exported (still encrypted) to `backup_dir` first. Each
    migration and its version bump commit together or not at all.
    """
    migrations = bundled_migrations() if migrations is None else migrations
    current = schema_version(conn)
    latest = migrations[-1].number if migrations else 0
    if current > latest:
        raise SchemaTooNew(current, latest)
    pending = [m for m in migrations if m.number > current]
    if not pending:
        return []
    backup = backup_dir / "none"
    if current > 0:
        backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        backup = _new_backup_path(backup_dir, pending[0].number, now or datetime.now())
        try:
            export_to(conn, backup, data_key)
        except BaseException:
            backup.unlink(missing_ok=True)  # half a backup is no backup (a full disk)
            raise
    for migration in pending:
        try:
            # executescript would commit an open transaction first, so BEGIN lives in the script.
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{migration.sql}\n;"
                f"PRAGMA user_version = {migration.number};\nCOMMIT;"
            )
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            named = as_vault_error(exc, backup_dir.parent / "vault.db")
            if isinstance(named, DiskFull | StorageError | VaultReadOnly):
                raise named from exc  # the disk, not the migration: nothing was changed
            raise MigrationFailed(migration.number, str(exc), backup) from exc
    return [m.number for m in pending]


def _new_backup_path(backup_dir: Path, number: int, now: datetime) -> Path:
    """A name not yet taken: a retry within the same second must not export into an old backup
    (SQLCipher refuses, "table meta already exists", and the backup would be lost anyway)."""
    stem = f"before-{number:03d}-{now.strftime('%Y%m%dT%H%M%S')}"
    backup, n = backup_dir / f"{stem}.db", 1
    while backup.exists():
        n += 1
        backup = backup_dir / f"{stem}-{n}.db"
    return backup
