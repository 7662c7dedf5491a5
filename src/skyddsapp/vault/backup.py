"""Backups of a vault, file by file: written whole or not at all, checked, restored beside.

A backup is a folder `skyddsapp-backup-<YYYYMMDDTHHMMSSZ>-<first 8 of the vault id>/` holding
`vault.db` (the whole database, still encrypted under the same data key), `keyslots.json` (the
key-slot file as it was at that moment) and `backup.json`: a plaintext header with no personal
data (what lets the app find the newest good backup without any key) and an encrypted manifest
(who made it, the vault's name, counts and the audit head) bound to the header. The format is
described in docs/backup-format.md.

The database is copied as the file's bytes, read at one moment: under the write lock, held for
a few milliseconds, the WAL is checkpointed into the file and a reader of the file alone begins;
while that reader lasts no checkpoint writes into the file, so its bytes stay the state of one
commit whatever the program commits meanwhile (see `_snapshot`; SQLite's online backup API is
the fallback). The key-slot file is read under the same lock, so that both belong together (the
same `keyslots_serial`). Everything is written under `<name>.partial`, synced, checked as
`check` checks, and only then renamed: a backup with its final name is whole.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import ctypes
import errno
import hashlib
import hmac
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skyddsapp.crypto.aead import DecryptionError, hkdf, open_sealed, seal, wipe
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault import database, users_repository
from skyddsapp.vault import head as head_file
from skyddsapp.vault.audit import AuditLog
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import (
    BackupDamaged,
    BackupExists,
    DatabaseCorrupt,
    RestoreLeftover,
    WrongKey,
)
from skyddsapp.vault.files import atomic_write, fsync_dir
from skyddsapp.vault.head import HEAD_FILENAME, Head
from skyddsapp.vault.inspection import pages_message
from skyddsapp.vault.keyslots import KeySlotError, KeySlotFile
from skyddsapp.vault.layout import DATABASE_FILENAME, KEYSLOT_FILENAME
from skyddsapp.vault.migrations import bundled_migrations
from skyddsapp.vault.pages import PAGE_SIZE, PageChecker, damaged_pages
from skyddsapp.vault.vault import Vault

FORMAT_NAME = "skyddsapp-backup"
FORMAT_VERSION = 1
HEADER_FILENAME = "backup.json"
FOLDER_PREFIX = "skyddsapp-backup-"
PARTIAL_SUFFIX = ".partial"
FILES = (DATABASE_FILENAME, KEYSLOT_FILENAME)
# 4 MiB per step of the online backup: a progress report every few milliseconds, and few
# enough steps that their overhead does not show (benchmarks/backup_bench.py).
STEP_PAGES = 1024
MAX_HEADER_SIZE = 64 * 1024
_MANIFEST_INFO = b"skyddsapp backup manifest v1"
_NAME = re.compile(r"^skyddsapp-backup-(\d{8}T\d{6}Z)-([0-9a-f]{8})(?:-(\d+))?$")
_CHECKPOINT_TRIES = 50
_CHECKPOINT_PAUSE = 0.02
_CHUNK = 1024 * 1024
_KERNEL_CHUNK = 8 * 1024 * 1024
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM}
# The checking connection's page cache holds the whole file, up to 512 MiB of pages: SQLite's
# integrity_check looks every row up in every index, and with the app's 64 MiB a 157 MiB file
# has pages thrown out and read again, each time through SQLCipher's HMAC and AES (2.6 s of CPU
# instead of 2.2 s for 100,000 cases; benchmarks/backup_bench.py). Memory is taken only as
# pages are read, and given back when the check closes its connection.
_CHECK_CACHE_MAX_PAGES = 512 * 1024 * 1024 // PAGE_SIZE

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class FileEntry:
    size: int
    sha256: str


@dataclass(frozen=True)
class Header:
    """What backup.json says in the clear: no personal data, no user names."""

    vault_id: str
    made_at: str  # ISO 8601 UTC
    generation: int
    schema: int
    files: tuple[tuple[str, FileEntry], ...]

    @property
    def size_bytes(self) -> int:
        return sum(entry.size for _, entry in self.files)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "made_at": self.made_at,
            "generation": self.generation,
            "schema": self.schema,
            "files": {name: {"size": e.size, "sha256": e.sha256} for name, e in self.files},
        }

    def aad(self) -> bytes:
        """The header's canonical bytes: the manifest is sealed with them as associated data,
        so that no field of the header can be changed without the manifest failing to open."""
        return _canonical(self.as_json())


@dataclass(frozen=True)
class Manifest:
    """The sealed part of backup.json: readable only with the vault's data key."""

    made_by: str
    vault_name: str
    schema: int
    generation: int
    cases: int
    persons: int
    documents: int
    audit_entries: int
    audit_id: int
    audit_mac: bytes

    def as_json(self) -> dict[str, Any]:
        return {
            "made_by": self.made_by,
            "vault_name": self.vault_name,
            "schema": self.schema,
            "generation": self.generation,
            "cases": self.cases,
            "persons": self.persons,
            "documents": self.documents,
            "audit_entries": self.audit_entries,
            "audit_id": self.audit_id,
            "audit_mac": self.audit_mac.hex(),
        }


@dataclass(frozen=True)
class Backup:
    """A backup folder whose header could be read."""

    folder: Path
    header: Header
    sealed_manifest: bytes


# ----------------------------------------------------------------- reading


def read(folder: Path) -> Backup:
    """The header of the backup in `folder`; BackupDamaged naming the problem if unreadable."""
    path = folder / HEADER_FILENAME
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_HEADER_SIZE + 1)
    except FileNotFoundError:
        raise BackupDamaged(folder, [Text("Filen {0} saknas.", path)]) from None
    except OSError as exc:
        raise BackupDamaged(
            folder, [Text("Filen {0} kunde inte läsas ({1}).", path, exc.strerror or exc)]
        ) from None
    try:
        header, sealed = _parse(data)
    except ValueError as exc:
        raise BackupDamaged(
            folder, [Text("Filen {0} är skadad: {1}.", path, exc.args[0] if exc.args else exc)]
        ) from None
    return Backup(folder, header, sealed)


def _parse(data: bytes) -> tuple[Header, bytes]:
    if len(data) > MAX_HEADER_SIZE:
        raise ValueError(Text("den är för stor för att vara ett huvud"))
    try:
        document = json.loads(data.decode("ascii"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValueError(Text("den är inte giltig JSON")) from None
    if not isinstance(document, dict) or set(document) != {"header", "manifest"}:
        raise ValueError(Text("den är inget huvud för en säkerhetskopia"))
    raw = document["header"]
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise ValueError(Text("den är inget huvud för en säkerhetskopia"))
    expected = {"format", "version", "vault_id", "made_at", "generation", "schema", "files"}
    if set(raw) != expected:
        raise ValueError(Text("huvudets fält stämmer inte"))
    if _int(raw["version"]) != FORMAT_VERSION:
        raise ValueError(
            Text("formatversion {0} kan inte läsas av den här versionen", raw["version"])
        )
    vault_id, made_at = raw["vault_id"], raw["made_at"]
    if not isinstance(vault_id, str) or not re.fullmatch(r"[0-9a-f]{32}", vault_id):
        raise ValueError(Text("valv-id:t är ogiltigt"))
    if not isinstance(made_at, str) or _utc(made_at) is None:
        raise ValueError(Text("tidpunkten är ogiltig"))
    files = raw["files"]
    if not isinstance(files, dict) or set(files) != set(FILES):
        raise ValueError(Text("fillistan stämmer inte"))
    entries = []
    for name in FILES:
        entry = files[name]
        if not isinstance(entry, dict) or set(entry) != {"size", "sha256"}:
            raise ValueError(Text("uppgifterna om {0} stämmer inte", name))
        digest = entry["sha256"]
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ValueError(Text("kontrollsumman för {0} är ogiltig", name))
        entries.append((name, FileEntry(_int(entry["size"]), digest)))
    header = Header(vault_id, made_at, _int(raw["generation"]), _int(raw["schema"]), tuple(entries))
    if _canonical(raw) != header.aad():
        raise ValueError(Text("huvudets fält stämmer inte"))
    text = document["manifest"]
    if not isinstance(text, str):
        raise ValueError(Text("innehållsförteckningen saknas"))
    try:
        sealed = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError(Text("innehållsförteckningen är inte giltig base64")) from None
    if base64.b64encode(sealed).decode("ascii") != text:
        raise ValueError(Text("innehållsförteckningen är inte giltig base64"))
    return header, sealed


def _int(value: object) -> int:
    # type() rather than isinstance(): a JSON true must not pass for the integer 1.
    if type(value) is not int or value < 0:
        raise ValueError(Text("ett tal i huvudet är ogiltigt"))
    return value


def _utc(text: str) -> datetime | None:
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise json.JSONDecodeError("duplicate key", key, 0)
        result[key] = value
    return result


def _canonical(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _manifest_key(data_key: bytes | bytearray) -> bytearray:
    return hkdf(data_key, _MANIFEST_INFO)


def open_manifest(backup: Backup, data_key: bytes | bytearray) -> Manifest | None:
    """The sealed manifest, or None when it does not open with this key and this header."""
    key = _manifest_key(data_key)
    try:
        plain = open_sealed(key, backup.sealed_manifest, backup.header.aad())
    except DecryptionError:
        return None
    finally:
        wipe(key)
    try:
        raw = json.loads(plain.decode("utf-8"))
        return Manifest(
            made_by=str(raw["made_by"]),
            vault_name=str(raw["vault_name"]),
            schema=_int(raw["schema"]),
            generation=_int(raw["generation"]),
            cases=_int(raw["cases"]),
            persons=_int(raw["persons"]),
            documents=_int(raw["documents"]),
            audit_entries=_int(raw["audit_entries"]),
            audit_id=_int(raw["audit_id"]),
            audit_mac=bytes.fromhex(raw["audit_mac"]),
        )
    except (ValueError, KeyError, TypeError):
        return None  # sealed by us, so never: a program bug, reported as a damaged manifest
    finally:
        wipe(plain)


def name_of(folder: Path) -> tuple[str, str] | None:
    """(time stamp, first 8 of the vault id) of a backup folder's name, None if not one."""
    match = _NAME.match(folder.name)
    return (match.group(1), match.group(2)) if match else None


def candidates(folder: Path) -> list[Path]:
    """The backup folders (final names only, never a `.partial`) directly in `folder`."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.is_dir() and name_of(p) is not None),
        key=lambda p: p.name,
        reverse=True,
    )


# ----------------------------------------------------------------- checking


def file_problems(backup: Backup, *, skip: tuple[str, ...] = ()) -> list[str]:
    """Each file against its size and SHA-256 in the header: needs no key ([] = all hold).

    The files named in `skip` are left out (the check with the key hashes the database in the
    pass that checks its pages)."""
    problems: list[str] = []
    for name, entry in backup.header.files:
        if name in skip:
            continue
        path = backup.folder / name
        try:
            size, digest = _size_and_hash(path)
        except FileNotFoundError:
            problems.append(Text("Filen {0} saknas i säkerhetskopian.", path))
            continue
        except OSError as exc:
            problems.append(Text("Filen {0} kunde inte läsas ({1}).", path, exc.strerror or exc))
            continue
        problems += _entry_problems(path, entry, size, digest)
    return problems


def _entry_problems(path: Path, entry: FileEntry, size: int, digest: str) -> list[str]:
    if size != entry.size:
        return [
            Text(
                "Filen {0} har fel storlek ({1} byte, {2} väntades enligt {3}).",
                path,
                size,
                entry.size,
                HEADER_FILENAME,
            )
        ]
    if not hmac.compare_digest(digest, entry.sha256):
        return [
            Text(
                "Filen {0} har ändrats sedan säkerhetskopian gjordes: dess kontrollsumma "
                "stämmer inte med {1}.",
                path,
                HEADER_FILENAME,
            )
        ]
    return []


def _size_and_hash(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


@dataclass(frozen=True)
class _Scan:
    """One pass over the database file: the pages whose HMAC fails, its size and SHA-256."""

    bad: list[int]
    size: int
    sha256: str


def _scan(data_key: bytes | bytearray, db: Path) -> _Scan | None:
    """Every page's HMAC (SQLCipher's cipher_integrity_check, with page numbers) and the file's
    hash in the same read; None for an empty file."""
    checker = PageChecker.for_file(data_key, db)
    if checker is None:
        return None
    digest = hashlib.sha256()
    try:
        bad = list(damaged_pages(checker, db, digest=digest))
    finally:
        checker.wipe()
    return _Scan(bad, db.stat().st_size, digest.hexdigest())


def contents_problems(
    backup: Backup, data_key: bytes | bytearray, *, stage: Callable[[int], None] | None = None
) -> tuple[Manifest | None, list[str]]:
    """Everything checked with the data key: the manifest, the database file's size and hash,
    every page's HMAC, SQLite's integrity check, the counts and the audit head against the
    manifest, the audit chain, and the key-slot file bound to this database. Reads only;
    [] = whole.

    The three long parts run side by side, each in its own thread on its own connection: the
    page and hash pass (hashlib and HMAC let go of the GIL), the audit chain, and SQLite's
    integrity check in this thread (SQLite lets go of the GIL too). On two cores the check then
    takes about as long as its longest part, where one after the other it took their sum. What
    the page pass finds comes first: with a damaged page, what SQLite says about the same file
    only repeats it."""
    folder, header = backup.folder, backup.header
    manifest = open_manifest(backup, data_key)
    problems: list[str] = []
    if manifest is None:
        problems.append(
            Text(
                "Innehållsförteckningen i {0} går inte att öppna: filen har ändrats, eller "
                "säkerhetskopian hör till ett annat valv eller en annan nyckel.",
                folder / HEADER_FILENAME,
            )
        )
    db = folder / DATABASE_FILENAME
    if not db.is_file():
        return manifest, [*problems, Text("Filen {0} saknas i säkerhetskopian.", db)]
    with ThreadPoolExecutor(2) as pool:
        scanning = pool.submit(_scan, data_key, db)
        chain = pool.submit(_chain_problems, db, data_key)
        found = _database_problems(backup, db, data_key, manifest, chain)
        if stage is not None:
            stage(1)
        scan = scanning.result()
    if stage is not None:
        stage(2)
    if scan is None:
        return manifest, [*problems, Text("Databasfilen {0} är tom.", db)]
    entry = dict(header.files).get(DATABASE_FILENAME)
    if entry is not None:
        problems += _entry_problems(db, entry, scan.size, scan.sha256)
    if scan.bad and manifest is None and len(scan.bad) >= scan.size // PAGE_SIZE:
        # Not one page, nor the manifest, opens: no damage does that, another key does (a
        # backup from before a rekey, when a user was deactivated).
        return manifest, [
            Text(
                "Säkerhetskopian i {0} är krypterad med en annan nyckel än valvets nuvarande "
                "(den gjordes före ett nyckelbyte, när en användare inaktiverades) och kan inte "
                "kontrolleras med den. Den kan återställas med en lösenfras eller "
                "återställningsnyckel som gällde när den gjordes.",
                folder,
            )
        ]
    if scan.bad:
        return manifest, [*problems, pages_message(db, scan.bad)]
    return manifest, [*problems, *found]


def _database_problems(
    backup: Backup,
    db: Path,
    data_key: bytes | bytearray,
    manifest: Manifest | None,
    chain: Future[list[str]],
) -> list[str]:
    """What the database says of itself, opened: SQLite's integrity check, the audit chain
    (`chain`, checked meanwhile in another thread), the counts and head against the manifest,
    the key-slot file."""
    try:
        conn = database.connect(db, data_key, read_only=True, immutable=True)
    except WrongKey:
        return [
            Text("Databasfilen {0} går inte att öppna med nyckeln i {1}.", db, KEYSLOT_FILENAME)
        ]
    except DatabaseCorrupt as exc:
        return [str(exc)]
    problems: list[str] = []
    try:
        pages = db.stat().st_size // PAGE_SIZE + 1
        conn.execute(f"PRAGMA cache_size = {min(pages, _CHECK_CACHE_MAX_PAGES)}")
        facts = _facts(conn)
        found = database.structure_problems(conn)
        if found:
            problems.append(Text("SQLite hittade fel i {0}: {1}", db, "; ".join(found[:5])))
        problems += chain.result()
        problems += _compare(db, backup.header, manifest, facts)
        problems += _keyslot_problems(backup.folder, backup.header, facts)
    except Exception as exc:
        problems.append(Text("Databasfilen {0} är skadad ({1}).", db, exc))
    finally:
        database.close_quietly(conn)
    return problems


def _chain_problems(db: Path, data_key: bytes | bytearray) -> list[str]:
    """The audit chain, entry by entry, on a connection of its own. A database that does not
    open says nothing here: `_database_problems` names that once."""
    try:
        conn = database.connect(db, data_key, read_only=True, immutable=True)
    except (WrongKey, DatabaseCorrupt):
        return []
    try:
        chain = audit_log.verify(conn, data_key)
    except Exception as exc:
        return [Text("Databasfilen {0} är skadad ({1}).", db, exc)]
    finally:
        database.close_quietly(conn)
    if chain.ok:
        return []
    return [
        Text(
            "Granskningsloggen i {0} är bruten vid post {1}: {2}",
            db,
            chain.broken_id,
            chain.problem,
        )
    ]


@dataclass(frozen=True)
class _Facts:
    schema: int
    generation: int
    integrity_key: bytes
    keyslots_serial: int
    cases: int
    persons: int
    documents: int
    audit_entries: int
    audit_id: int
    audit_mac: bytes


def _facts(conn: Connection) -> _Facts:
    """What the manifest records of a database, read in the caller's (read) transaction."""
    schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    generation, integrity_key, serial = conn.execute(
        "SELECT generation, integrity_key, keyslots_serial FROM vault_state WHERE id = 1"
    ).fetchone()
    last = conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()

    def count(table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    return _Facts(
        schema=schema,
        generation=int(generation),
        integrity_key=bytes(integrity_key),
        keyslots_serial=int(serial),
        cases=count("cases"),
        persons=count("persons"),
        documents=count("documents"),
        audit_entries=count("audit_log"),
        audit_id=int(last[0]) if last else 0,
        audit_mac=bytes(last[1]) if last else bytes(32),
    )


def _compare(db: Path, header: Header, manifest: Manifest | None, facts: _Facts) -> list[str]:
    problems: list[str] = []
    if facts.generation != header.generation or facts.schema != header.schema:
        problems.append(
            Text(
                "Databasfilen {0} är inte den som {1} beskriver (generation {2}, schema {3}; "
                "huvudet anger generation {4}, schema {5}).",
                db,
                HEADER_FILENAME,
                facts.generation,
                facts.schema,
                header.generation,
                header.schema,
            )
        )
    if manifest is None:
        return problems
    counted = (
        (Text("ärenden"), facts.cases, manifest.cases),
        (Text("personer"), facts.persons, manifest.persons),
        (Text("dokument"), facts.documents, manifest.documents),
        (Text("poster i granskningsloggen"), facts.audit_entries, manifest.audit_entries),
    )
    for what, found, recorded in counted:
        if found != recorded:
            problems.append(
                Text(
                    "Databasfilen {0} har {1} {2}, men innehållsförteckningen anger {3}.",
                    db,
                    found,
                    what,
                    recorded,
                )
            )
    if facts.audit_id != manifest.audit_id or not hmac.compare_digest(
        facts.audit_mac, manifest.audit_mac
    ):
        problems.append(
            Text(
                "Granskningsloggen i {0} slutar inte där innehållsförteckningen anger (post {1}).",
                db,
                manifest.audit_id,
            )
        )
    return problems


def _keyslot_problems(folder: Path, header: Header, facts: _Facts) -> list[str]:
    path = folder / KEYSLOT_FILENAME
    try:
        slots = KeySlotFile.load(path)
    except KeySlotError as exc:
        return [str(exc)]
    problems: list[str] = [
        Text("Nyckelfilen {0}: {1}.", path, p)
        for p in slots.integrity_problems(facts.integrity_key)
    ]
    if not slots.is_bound:
        problems.append(Text("Nyckelfilen {0} saknar sina kontrollsummor.", path))
    if slots.vault_id != header.vault_id:
        problems.append(Text("Nyckelfilen {0} hör till ett annat valv än databasen.", path))
    # One ahead is a save whose commit had not yet come (unlock accepts it the same way).
    if slots.is_bound and slots.serial not in (facts.keyslots_serial, facts.keyslots_serial + 1):
        problems.append(
            Text(
                "Nyckelfilen {0} hör inte ihop med databasen i säkerhetskopian (löpnummer {1}, "
                "databasen väntar {2}).",
                path,
                slots.serial,
                facts.keyslots_serial,
            )
        )
    return problems


def check(
    backup: Backup, data_key: bytes | bytearray, *, stage: Callable[[int], None] | None = None
) -> tuple[Manifest | None, list[str]]:
    """The whole check: hashes first (no key), then the contents; ([], manifest) = whole.

    `stage(n)` is told when the page check (1) and SQLite's integrity checks (2) are done, for a
    progress bar: they take most of the time."""
    problems = file_problems(backup, skip=(DATABASE_FILENAME,))
    if backup.header.schema > bundled_migrations()[-1].number:
        problems.append(
            Text(
                "Säkerhetskopian har schemaversion {0}, men programmet känner bara till {1}. "
                "Uppdatera skyddsapp.",
                backup.header.schema,
                bundled_migrations()[-1].number,
            )
        )
    manifest, found = contents_problems(backup, data_key, stage=stage)
    return manifest, [*problems, *(p for p in found if p not in problems)]


# ----------------------------------------------------------------- writing


@dataclass(frozen=True)
class Made:
    backup: Backup
    manifest: Manifest


def create(
    vault_folder: Path,
    data_key: bytes | bytearray,
    target_dir: Path,
    *,
    vault_id: str,
    made_by: str,
    vault_name: str,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Made:
    """Write, sync and check a backup of the vault in `vault_folder` into `target_dir`.

    The new folder gets its final name only once it was checked whole; any failure (a full
    disk, a pulled-out drive, damage found) removes the partial folder and lets the first error
    through. Raises BackupDamaged when the check after writing finds damage.
    """
    made = (now or datetime.now(UTC)).astimezone(UTC)
    target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    final = _free_name(target_dir, f"{FOLDER_PREFIX}{made:%Y%m%dT%H%M%SZ}-{vault_id[:8]}")
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    partial.mkdir(mode=0o700)  # _free_name passed over every name with a .partial
    try:
        os.chmod(partial, 0o700)

        # The bar runs over the copy (its pages) and then the check after writing, which
        # takes about as long again as the copy's pages twice over: three parts in all.
        def copying(done: int, total: int) -> None:
            if progress is not None:
                progress(done, 3 * total)

        written, manifest = write_files(
            vault_folder,
            data_key,
            partial,
            vault_id=vault_id,
            made_by=made_by,
            vault_name=vault_name,
            made=made,
            progress=copying,
        )
        pages = max(dict(written.header.files)[DATABASE_FILENAME].size // PAGE_SIZE, 1)

        def checking(stage: int) -> None:
            if progress is not None:
                progress((1 + stage) * pages, 3 * pages)

        _, problems = check(written, data_key, stage=checking)
        if problems:
            raise BackupDamaged(partial, problems)
        rename_exclusive(partial, final)  # never over a folder made meanwhile, empty or not
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    fsync_dir(target_dir)
    return Made(Backup(final, written.header, written.sealed_manifest), manifest)


def write_files(
    vault_folder: Path,
    data_key: bytes | bytearray,
    folder: Path,
    *,
    vault_id: str,
    made_by: str,
    vault_name: str,
    made: datetime,
    progress: Progress | None = None,
) -> tuple[Backup, Manifest]:
    """Write a backup's three files into the new, empty `folder` and sync them: the database
    copied at one moment (hashed as it is copied), the key-slot file of that moment, and
    backup.json. Not yet checked: that is `create`'s next step (and the benchmark times this
    part on its own against `cp`)."""
    facts, slot_bytes, db_entry = _snapshot(
        vault_folder, data_key, folder / DATABASE_FILENAME, progress
    )
    atomic_write(folder / KEYSLOT_FILENAME, slot_bytes)
    slot_entry = FileEntry(len(slot_bytes), hashlib.sha256(slot_bytes).hexdigest())
    files = ((DATABASE_FILENAME, db_entry), (KEYSLOT_FILENAME, slot_entry))
    header = Header(
        vault_id,
        made.isoformat(timespec="seconds"),
        facts.generation,
        facts.schema,
        files,
    )
    manifest = Manifest(
        made_by=made_by,
        vault_name=vault_name,
        schema=facts.schema,
        generation=facts.generation,
        cases=facts.cases,
        persons=facts.persons,
        documents=facts.documents,
        audit_entries=facts.audit_entries,
        audit_id=facts.audit_id,
        audit_mac=facts.audit_mac,
    )
    key = _manifest_key(data_key)
    try:
        plain = json.dumps(manifest.as_json(), ensure_ascii=False).encode("utf-8")
        sealed = seal(key, plain, header.aad())
    finally:
        wipe(key)
    document = {"header": header.as_json(), "manifest": base64.b64encode(sealed).decode()}
    atomic_write(folder / HEADER_FILENAME, (json.dumps(document, indent=2) + "\n").encode())
    fsync_dir(folder)
    return Backup(folder, header, sealed), manifest


def _free_name(target_dir: Path, stem: str) -> Path:
    """`stem`, or `stem-2`, … when a backup was already made within the same second."""
    path, n = target_dir / stem, 1
    while path.exists() or path.with_name(path.name + PARTIAL_SUFFIX).exists():
        n += 1
        path = target_dir / f"{stem}-{n}"
    return path


def _snapshot(
    vault_folder: Path, data_key: bytes | bytearray, target: Path, progress: Progress | None
) -> tuple[_Facts, bytes, FileEntry]:
    """Copy the database as of one moment into `target`; return what it holds, the key-slot
    file's bytes of the same moment (same serial) and the copy's size and hash.

    The fast way, a copy of the file's bytes: with the write lock held for a moment (so no
    commit comes in between) the WAL is checkpointed into the file and a read transaction is
    opened. When the WAL was emptied whole, that reader reads the file alone, and while it
    reads no checkpoint may write into the file (SQLite's rule for such a reader): the file's
    bytes stay that moment's database however much the program commits meanwhile. When a
    reader elsewhere keeps the checkpoint from finishing, the copy is made page by page
    through SQLite's online backup instead (slower: every page is decrypted and encrypted again).
    """
    db = vault_folder / DATABASE_FILENAME
    # Writable only to checkpoint: this connection never writes a row.
    reader = database.connect(db, data_key)
    try:
        # A vault kept busy (locked) past the wait is named as such, not as a bug.
        with database.errors_named(db):
            slot_bytes, whole = _begin_moment(reader, db, data_key, vault_folder)
            facts = _facts(reader)  # the moment's, in the reader's transaction
        if whole:
            entry = _copy_bytes(db, target, progress)
        else:
            _copy_online(reader, target, data_key, progress)
            entry = FileEntry(*_size_and_hash(target))
        if reader.in_transaction:
            reader.execute("ROLLBACK")
    finally:
        database.close_quietly(reader)
    return facts, slot_bytes, entry


def _begin_moment(
    reader: Connection, db: Path, data_key: bytes | bytearray, vault_folder: Path
) -> tuple[bytes, bool]:
    """Open `reader`'s read transaction and read the key-slot file at the same moment, with
    the write lock held (no commit, no key-file save in between); True when the WAL was
    checkpointed whole first, so that the reader reads the database file alone."""
    slot_path = vault_folder / KEYSLOT_FILENAME
    writer = database.connect(db, data_key)
    try:
        for attempt in range(_CHECKPOINT_TRIES):
            with database.transaction(writer):  # BEGIN IMMEDIATE: the write lock, no write
                busy, log, done = reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                whole = busy == 0 and log == done
                if whole or attempt == _CHECKPOINT_TRIES - 1:
                    reader.execute("BEGIN")
                    # The first read fixes the reader's snapshot; the lock can go after it.
                    reader.execute("SELECT keyslots_serial FROM vault_state").fetchone()
                    return slot_path.read_bytes(), whole
            time.sleep(_CHECKPOINT_PAUSE)  # a reader elsewhere is in the way: let it finish
    finally:
        database.close_quietly(writer)
    raise AssertionError("unreachable")


def _copy_bytes(source: Path, target: Path, progress: Progress | None) -> FileEntry:
    """Copy `source` into a new private file and sync it; its size and SHA-256 are taken in a
    second thread meanwhile, from the source (whose bytes do not change while the snapshot's
    reader lasts; the check after writing hashes the copy again).

    The kernel copies (copy_file_range, as cp does) where it can: SHA-256 is slower than the
    copy, and a copy through Python's buffers would add its own time to the hash's.
    """
    total = max(source.stat().st_size // PAGE_SIZE, 1)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with ThreadPoolExecutor(1) as hasher:
        hashing = hasher.submit(_size_and_hash, source)
        fd = os.open(target, flags, 0o600)
        try:
            with source.open("rb", buffering=0) as handle:
                _copy_fd(handle.fileno(), fd, total, progress)
            os.fsync(fd)
        finally:
            os.close(fd)
        size, digest = hashing.result()
    return FileEntry(size, digest)


def _copy_fd(source: int, target: int, total: int, progress: Progress | None) -> None:
    kernel = getattr(os, "copy_file_range", None)
    copied = 0
    while True:
        if kernel is not None:
            try:
                n = kernel(source, target, _KERNEL_CHUNK)
            except OSError as exc:
                if exc.errno not in _NO_KERNEL_COPY:
                    raise
                kernel = None  # not between these file systems: through a buffer instead
                continue
        else:
            chunk = os.read(source, _CHUNK)
            view = memoryview(chunk)
            while view:
                view = view[os.write(target, view) :]
            n = len(chunk)
        if n == 0:
            return
        copied += n
        if progress is not None:
            progress(min(copied // PAGE_SIZE, total), total)


def _copy_online(
    reader: Connection, target: Path, data_key: bytes | bytearray, progress: Progress | None
) -> None:
    """Copy `reader`'s snapshot page by page with SQLite's online backup API, then sync it."""
    database.create_private(target)
    copy = database.connect(target, data_key, create=True)
    try:

        def step(status: int, remaining: int, total: int) -> None:
            del status
            if progress is not None:
                progress(total - remaining, total)

        reader.backup(copy, pages=STEP_PAGES, progress=step)
    finally:
        copy.close()  # the last connection: checkpoints and removes the copy's WAL
    for leftover in ("-wal", "-shm"):
        target.with_name(target.name + leftover).unlink(missing_ok=True)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def remove_older(target_dir: Path, vault_id: str, keep: int, *, spare: Path) -> list[Path]:
    """Keep the newest `keep` backups of this vault in `target_dir` (`spare`, the one just made,
    always stays); older ones of the same vault id go. Another vault's backups, `.partial`
    folders and folders whose header cannot be read are never touched."""
    ours: list[tuple[str, Path]] = []
    for folder in candidates(target_dir):
        try:
            found = read(folder)
        except BackupDamaged:
            continue
        if found.header.vault_id == vault_id:
            ours.append((found.header.made_at, folder))
    ours.sort(key=lambda item: (item[0], item[1].name), reverse=True)
    removed = []
    for _, folder in ours[max(keep, 1) :]:
        if folder == spare:
            continue
        shutil.rmtree(folder)
        removed.append(folder)
    if removed:
        fsync_dir(target_dir)
    return removed


# ----------------------------------------------------------------- restoring


def restore(
    backup: Backup,
    data_key: bytes | bytearray,
    target: Path,
    *,
    user_name: str,
    generation_floor: int,
    witness_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy a checked backup into the new folder `target` and make it a vault of its own.

    The copy is hashed as it is made (it must be the bytes that were checked); then the
    restored vault's generation is raised above `generation_floor` (the current vault's head
    and the witness) and `vault.restore` is logged in it, a fresh vault.head is written, and
    the folder gets its final name. With `witness_dir` the witness file is written for the
    restored vault: it is now the vault in use.
    """
    if target.exists():
        raise BackupExists(target)
    partial = target.with_name(f".{target.name}{PARTIAL_SUFFIX}")
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        # Made exclusively: a partial folder already there was not made by this run (a restore
        # cut short, or one under way), so it is named, never removed nor reused.
        partial.mkdir(mode=0o700)
    except FileExistsError:
        raise RestoreLeftover(partial) from None
    try:
        os.chmod(partial, 0o700)
        total = max(backup.header.size_bytes // PAGE_SIZE, 1)
        done = 0
        for name, entry in backup.header.files:
            for copied in _copy_checked(backup.folder / name, partial / name, entry):
                done += copied // PAGE_SIZE
                if progress is not None:
                    progress(min(done, total), total)
        head, integrity_key = _log_restore(
            partial / DATABASE_FILENAME,
            data_key,
            backup,
            user_name=user_name,
            generation_floor=generation_floor,
        )
        head_file.create(partial / HEAD_FILENAME, integrity_key, backup.header.vault_id, head)
        fsync_dir(partial)
        rename_exclusive(partial, target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    fsync_dir(target.parent)
    if witness_dir is not None and witness_dir.is_dir():
        witness = head_file.witness_path(witness_dir, backup.header.vault_id)
        head_file.create(witness, integrity_key, backup.header.vault_id, head)
    if progress is not None:
        progress(total, total)
    return target


# renameat2's flag (linux/fs.h) and "relative to the working directory" (paths are absolute).
_RENAME_NOREPLACE = 1
_AT_FDCWD = -100
# A file system (or an old kernel) that cannot do renameat2's no-replace rename says so thus.
_NO_NOREPLACE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}


def rename_exclusive(source: Path, target: Path) -> None:
    """Rename the folder `source` to `target`, refused (BackupExists) when anything is at
    `target` at the moment of the rename, an empty folder included.

    Why not check, then rename: POSIX rename(2) of a folder silently replaces an EMPTY folder
    at the target, so one made in between would be taken over. Instead, in order of preference:

    * Linux: renameat2(RENAME_NOREPLACE), where the kernel checks and renames in one step under
      the parent folder's lock: atomic, and nothing of anyone else's is touched.
    * Windows: os.rename (MoveFileExW without MOVEFILE_REPLACE_EXISTING) refuses any existing
      target by itself.
    * Elsewhere, or where the file system refuses the flag: the name is claimed with os.mkdir,
      which fails when anything is there, and the folder is renamed over that claim, an empty
      folder of this run's own. A folder that gets contents meanwhile makes the rename fail
      (ENOTEMPTY or EEXIST), and the claim is then removed only if it is still empty (rmdir).

    Moving the files one by one into a folder claimed first was not chosen: a crash midway would
    leave half a vault under the final name, which must always be whole.
    """
    if os.name == "nt":
        try:
            os.rename(source, target)
        except FileExistsError:
            raise BackupExists(target) from None
        return
    if sys.platform.startswith("linux") and _renameat2(source, target):
        return
    try:
        os.mkdir(target, 0o700)
    except FileExistsError:
        raise BackupExists(target) from None
    try:
        os.rename(source, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.rmdir(target)  # the claim, while it is empty; never anything with contents
        if exc.errno in (errno.ENOTEMPTY, errno.EEXIST):
            raise BackupExists(target) from None
        raise


def _renameat2(source: Path, target: Path) -> bool:
    """True when renamed by renameat2(RENAME_NOREPLACE); False when it is not available here
    (glibc before 2.28, another C library without it, or a file system that refuses the flag),
    so that the caller falls back. An existing target raises BackupExists."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.renameat2
    except (OSError, AttributeError):
        return False
    call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    call.restype = ctypes.c_int
    if call(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), _RENAME_NOREPLACE):
        code = ctypes.get_errno()
        if code == errno.EEXIST:
            raise BackupExists(target)
        if code in _NO_NOREPLACE:
            return False
        raise OSError(code, os.strerror(code), str(source), None, str(target))
    return True


def _copy_checked(source: Path, target: Path, entry: FileEntry) -> Iterator[int]:
    """Copy `source` to a new private file, yielding bytes copied; the bytes must hash as the
    header says (a file changed since it was checked is damage, not a backup)."""
    digest = hashlib.sha256()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, 0o600)
    try:
        with source.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
                yield len(chunk)
        os.fsync(fd)
    finally:
        os.close(fd)
    if digest.hexdigest() != entry.sha256:
        raise BackupDamaged(
            source.parent,
            [
                Text(
                    "Filen {0} ändrades medan den kopierades: dess kontrollsumma stämmer inte "
                    "med {1}.",
                    source,
                    HEADER_FILENAME,
                )
            ],
        )


def _log_restore(
    db: Path,
    data_key: bytes | bytearray,
    backup: Backup,
    *,
    user_name: str,
    generation_floor: int,
) -> tuple[Head, bytes]:
    """Raise the generation, log `vault.restore` and return the head of that commit."""
    conn = database.connect(db, data_key)
    try:
        audit = AuditLog(conn, data_key)
        with database.transaction(conn):
            conn.execute(
                "UPDATE vault_state SET generation = max(generation, ?) + 1 WHERE id = 1",
                (generation_floor,),
            )
            audit.append(
                user_name,
                "vault.restore",
                "vault",
                backup.header.vault_id,
                details=(
                    f"säkerhetskopia {backup.header.made_at}; generation {backup.header.generation}"
                ),
            )
            facts = _facts(conn)
        head = Head(facts.generation, facts.audit_id, facts.audit_mac, database.salt_of(db))
    finally:
        conn.close()  # the last connection: checkpoints and removes the WAL
    with open(db, "rb+") as handle:
        os.fsync(handle.fileno())
    return head, facts.integrity_key


def newest_generation(head_path: Path, integrity_key: bytes, vault_id: str) -> int:
    """The newest generation a head file (vault.head or a witness) vouches for; 0 if none."""
    try:
        found = head_file.read(head_path, integrity_key, vault_id)
    except OSError:
        return 0
    newest = found.newest if found is not None else None
    return newest.generation if newest is not None else 0


def integrity_key_of(backup: Backup, data_key: bytes | bytearray) -> bytes:
    """The vault's integrity key, from the backup's database (it is kept across rekeys)."""
    conn = database.connect(
        backup.folder / DATABASE_FILENAME, data_key, read_only=True, immutable=True
    )
    try:
        return _facts(conn).integrity_key
    finally:
        database.close_quietly(conn)


def default_restore_name(current_folder: Path, now: datetime | None = None) -> Path:
    made = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return current_folder.with_name(f"{current_folder.name}-aterstalld-{made}")


def role_of(backup: Backup, data_key: bytes | bytearray, user_name: str) -> Role | None:
    """The role of `user_name` in the backup's database (active users only), None if none."""
    conn = database.connect(
        backup.folder / DATABASE_FILENAME, data_key, read_only=True, immutable=True
    )
    try:
        user = users_repository.get(conn, user_name)
    finally:
        database.close_quietly(conn)
    return user.role if user is not None and user.active else None


# ----------------------------------------------------------------- the record in the vault


def record(conn: Connection, made: Made, made_at: str) -> None:
    """Note a backup made (inside the caller's transaction), for the age warning."""
    conn.execute(
        "INSERT INTO backups (made_at, generation, folder_name, size_bytes, made_by) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            made_at,
            made.backup.header.generation,
            made.backup.folder.name,
            made.backup.header.size_bytes,
            made.manifest.made_by,
        ),
    )


def newest_recorded(conn: Connection) -> str | None:
    row = conn.execute("SELECT max(made_at) FROM backups").fetchone()
    return str(row[0]) if row and row[0] is not None else None


def key_of(vault: Vault) -> bytearray:
    """The open vault's data key in the session's own buffer (not a copy: nothing here keeps it,
    and an immutable copy could not be wiped at lock)."""
    return vault._data_key
