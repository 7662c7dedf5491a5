"""Opening a SQLCipher database with a raw key and the pragmas every connection needs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from skyddsapp.vault.errors import DatabaseCorrupt, DatabaseMissing, WrongKey

Connection = Any  # sqlcipher3 ships no type information

# 64 MiB of page cache holds the working set of a 100,000-case vault (indexes + hot pages).
CACHE_SIZE_KIB = 64 * 1024


def _key_pragma(data_key: bytes | bytearray, pragma: str = "key") -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    # A raw key is given as a blob literal so SQLCipher skips its own PBKDF2: our Argon2id
    # already stretched the passphrase. The hex comes from bytes, never from user input.
    return f"PRAGMA {pragma} = \"x'{bytes(data_key).hex()}'\""


def connect(path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Connection:
    """Open (or with `create`, make) the database; raise a specific error if it can't be read.

    Nothing is written before the key is proven right: a wrong key or a foreign file leaves every
    byte of the database untouched.
    """
    if not create:
        if not path.exists():
            raise DatabaseMissing(path)
        _refuse_empty_or_plain(path)
    mode = "rwc" if create else "rw"
    try:
        conn = sqlcipher3.connect(
            f"file:{path}?mode={mode}", uri=True, isolation_level=None, check_same_thread=False
        )
    except sqlcipher3.Error as exc:
        raise DatabaseCorrupt(path, str(exc)) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongKey(path) from exc
            raise DatabaseCorrupt(path, str(exc)) from exc
        _configure(conn)
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


def _configure(conn: Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    # cipher_memory_security stays OFF (SQLCipher's default): measured in benchmarks/README.md,
    # it made a common-term FTS search 556x slower (7 ms -> 4 s) and can't be undone in a
    # process, while the key already passes through Python strings that can't be wiped.


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
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def corruption_named(path: Path) -> Iterator[None]:
    """Turn SQLite's "malformed" and "not a database" (a damaged page) into DatabaseCorrupt.

    Operational errors (locked, I/O, disk full) are left as they are: they are not damage.
    """
    try:
        yield
    except (sqlcipher3.OperationalError, sqlcipher3.IntegrityError):
        raise  # not damage: a lock, a full disk, a refused constraint or trigger
    except sqlcipher3.DatabaseError as exc:
        raise DatabaseCorrupt(path, str(exc)) from exc


def integrity_problems(conn: Connection) -> list[str]:
    """Problems found by SQLite's integrity_check and SQLCipher's page HMAC check."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    return problems


def export_to(conn: Connection, target: Path, data_key: bytes | bytearray) -> None:
    """Copy the whole database, schema version included, into a new file under `data_key`."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("ATTACH DATABASE ? AS export_target KEY ?", (str(target), f"x'{data_key.hex()}'"))
    try:
        conn.execute("SELECT sqlcipher_export('export_target')")
        conn.execute(f"PRAGMA export_target.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE export_target")
