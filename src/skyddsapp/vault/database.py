"""Opening a SQLCipher database with a raw key and the pragmas every connection needs."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from skyddsapp.vault.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    DiskFull,
    StorageError,
    VaultBusy,
    VaultError,
    VaultReadOnly,
    WrongKey,
)

Connection = Any  # sqlcipher3 ships no type information

# 64 MiB of page cache holds the working set of a 100,000-case vault (indexes + hot pages).
CACHE_SIZE_KIB = 64 * 1024


_HEX = b"0123456789abcdef"


def raw_key_blob(data_key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form, x'<64 hex digits>', built in a bytearray the caller wipes.

    A raw key makes SQLCipher skip its own PBKDF2 (our Argon2id already stretched the
    passphrase). It is built byte by byte, never as a str: a str cannot be wiped, and the key's
    hex would stay in the process after lock.
    """
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    blob = bytearray(3 + 2 * len(data_key))
    blob[0:2] = b"x'"
    for i, byte in enumerate(data_key):
        blob[2 + 2 * i] = _HEX[byte >> 4]
        blob[3 + 2 * i] = _HEX[byte & 15]
    blob[-1] = ord("'")
    return blob


def connect(
    path: Path,
    data_key: bytes | bytearray,
    *,
    create: bool = False,
    read_only: bool = False,
    immutable: bool = False,
) -> Connection:
    """Open (or with `create`, make) the database; raise a specific error if it can't be read.

    Nothing is written before the key is proven right: a wrong key or a foreign file leaves every
    byte of the database untouched. `read_only` opens it for reading only (SQLite still keeps
    its WAL index in the -shm file); `immutable` also skips locking and the WAL, for a vault on
    a medium that cannot be written at all (a closed vault there has no WAL).
    """
    if not create:
        if not path.exists():
            raise DatabaseMissing(path)
        _refuse_empty_or_plain(path)
    mode = "rwc" if create else ("ro" if read_only or immutable else "rw")
    uri = f"file:{path}?mode={mode}" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise DatabaseCorrupt(path, str(exc)) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        key = raw_key_blob(data_key)
        try:
            conn.set_key(key)
        finally:
            key[:] = bytes(len(key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongKey(path) from exc
            named = as_vault_error(exc, path)  # a full disk or an I/O error is no damage
            if isinstance(exc, sqlcipher3.OperationalError) and named is not None:
                raise named from exc
            raise DatabaseCorrupt(path, str(exc)) from exc
        _configure(conn, read_only=read_only or immutable)
    except BaseException:
        conn.close()
        raise
    return conn


_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_empty_or_plain(path: Path) -> None:
    """Name two look-alikes of a vault file before SQLCipher sees them.

    An empty file is an empty database to SQLite: opening it would "migrate" a fresh schema
    into it and overwrite what is left. A plain SQLite file would only be reported as a wrong
    key, which sends the user looking for the wrong problem.
    """
    if not path.is_file():
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_PLAIN_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseCorrupt(path, exc.strerror or type(exc).__name__) from exc
    if not head:
        raise DatabaseCorrupt(path, "filen är tom")
    if head == _PLAIN_SQLITE_HEADER:
        raise DatabaseCorrupt(
            path, "filen är en okrypterad SQLite-databas, inte ett krypterat skyddsapp-valv"
        )


def _configure(conn: Connection, *, read_only: bool = False) -> None:
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    else:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    # cipher_memory_security stays OFF (SQLCipher's default): measured in benchmarks/README.md,
    # it made a common-term FTS search 556x slower (7 ms -> 4 s) and can't be undone in a
    # process. The key reaches SQLCipher through a wiped bytearray (raw_key_blob), and SQLCipher
    # wipes its own copy at close; tests/vault/test_memory.py checks that none is left.


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction; inside another one it is a savepoint, so batches can nest.

    BEGIN IMMEDIATE takes the write lock up front, so a reader never has to upgrade (and
    deadlock) half-way through a change.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            _undo(conn, "ROLLBACK TO nested", "RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        _undo(conn, "ROLLBACK")
        raise
    conn.execute("COMMIT")


def _undo(conn: Connection, *statements: str) -> None:
    """Roll back after a failure, unless SQLite already did.

    On some errors (a full disk, an I/O error) SQLite rolls the whole transaction back itself;
    a ROLLBACK then fails with "no transaction is active", and that error must not take the
    place of the one that explains what happened.
    """
    for statement in statements:
        if not conn.in_transaction:
            return
        try:
            conn.execute(statement)
        except sqlcipher3.Error:
            if conn.in_transaction:
                raise
            return


def create_private(path: Path) -> None:
    """An empty file with mode 0600 where none is yet, before SQLite opens it as a database."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        return
    os.close(fd)
    os.chmod(path, 0o600)


def salt_of(path: Path) -> bytes:
    """The 16 bytes a SQLCipher database file starts with: its salt (no secret)."""
    with path.open("rb") as handle:
        return handle.read(16).ljust(16, b"\0")


def has_wal_content(path: Path) -> bool:
    """Whether the database at `path` has a WAL with at least one frame in it."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 32
    except FileNotFoundError:
        return False


_OS_REASONS = {
    errno.EIO: "läsfel eller skrivfel på disken",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "behörighet saknas",
    errno.ENOENT: "filen eller mappen finns inte",
}


def as_vault_error(exc: BaseException, path: Path) -> VaultError | None:
    """The specific error a user should see for a failure of SQLite or the disk at `path`.

    None when `exc` is neither (a bug, to be reported as such).
    """
    if isinstance(exc, VaultError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFull(path)
        if exc.errno == errno.EROFS:
            return VaultReadOnly(path.parent)
        where = Path(exc.filename) if exc.filename else path
        return StorageError(where, _OS_REASONS.get(exc.errno or 0, exc.strerror or "okänt fel"))
    if not isinstance(exc, sqlcipher3.Error):
        return None
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(path)
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly(path.parent)
    if "locked" in text or "busy" in text:
        return VaultBusy(path)
    if "disk i/o error" in text:
        return StorageError(path, _OS_REASONS[errno.EIO])
    if "unable to open" in text:
        return StorageError(path, "filen kunde inte öppnas")
    if isinstance(exc, sqlcipher3.IntegrityError):
        return None  # a refused constraint is a bug in the caller, not a disk problem
    if isinstance(exc, sqlcipher3.DatabaseError):
        return DatabaseCorrupt(path, str(exc))
    return None


@contextmanager
def errors_named(path: Path) -> Iterator[None]:
    """Every SQLite or disk failure inside becomes the specific VaultError for `path`."""
    try:
        yield
    except (sqlcipher3.Error, OSError) as exc:
        named = as_vault_error(exc, path)
        if named is None:
            raise
        raise named from exc


def close_quietly(conn: Connection) -> None:
    """Close after a failure: an error from closing must not replace the one being reported."""
    with suppress(sqlcipher3.Error):
        conn.close()


def integrity_problems(conn: Connection) -> list[str]:
    """Problems found by SQLite's integrity_check and SQLCipher's page HMAC check."""
    problems = structure_problems(conn)
    problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    return problems


def structure_problems(conn: Connection) -> list[str]:
    """Problems found by SQLite's integrity_check alone (b-trees, indexes, constraints)."""
    return [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]


def export_to(conn: Connection, target: Path, data_key: bytes | bytearray) -> None:
    """Copy the whole database, schema version included, into a new file under `data_key`.

    The file is made first with mode 0600 (SQLite would make it with the umask's mode).
    """
    create_private(target)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    key = raw_key_blob(data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS export_target KEY ?", (str(target), key))
    finally:
        key[:] = bytes(len(key))
    try:
        conn.execute("SELECT sqlcipher_export('export_target')")
        conn.execute(f"PRAGMA export_target.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE export_target")
