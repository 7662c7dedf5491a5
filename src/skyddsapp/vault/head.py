"""The vault head: the newest acknowledged state, kept beside the database it vouches for.

`vault.head` holds the vault's generation (one more per committed transaction) and the audit
head (last entry number and its MAC) as of the last commit the program acknowledged, under an
HMAC whose key lives inside the encrypted database. If `vault.db` is later found older than
that (an older copy put back, or a damaged or shortened WAL that SQLite quietly cut short), the
difference is named and counted instead of silently lost.

Two fixed 128-byte records, written in turn in place (pwrite + fsync, no rename): a crash in the
middle of one write leaves the other, one commit older, and an in-place write of blocks the
file already owns needs no free space on a full disk. The file carries no personal data.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import struct
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from skyddsapp.vault.files import atomic_write

HEAD_FILENAME = "vault.head"
RECORD_SIZE = 128
FILE_SIZE = 2 * RECORD_SIZE
_MAGIC = b"SKHD"
_VERSION = 1
# magic, version, 0, vault id, generation, audit id, audit MAC, the database file's salt
_BODY = struct.Struct(">4sHH16sQQ32s16s")
_MAC_OFFSET = RECORD_SIZE - 32
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Head:
    """Valvhuvud: how far the vault had come when a commit was last acknowledged."""

    generation: int
    audit_id: int
    audit_mac: bytes  # 32 bytes; zeros while the log is empty
    # The 16 bytes vault.db starts with (SQLCipher's salt, no secret): kept here so that damage
    # to them is named as such instead of looking like a database of another vault.
    db_salt: bytes = bytes(16)


class RecordState(Enum):
    VALID = "valid"
    EMPTY = "empty"  # never written (all zeros)
    DAMAGED = "damaged"


@dataclass(frozen=True)
class HeadRead:
    """Both records of the file as found."""

    records: tuple[tuple[RecordState, Head | None], ...]

    @property
    def newest(self) -> Head | None:
        heads = [h for state, h in self.records if state is RecordState.VALID and h]
        return max(heads, key=lambda h: h.generation, default=None)

    @property
    def damaged_records(self) -> list[int]:
        """1-based numbers of the records whose MAC does not hold."""
        return [i for i, (state, _) in enumerate(self.records, 1) if state is RecordState.DAMAGED]


def _record(key: bytes, vault_id: str, head: Head) -> bytes:
    body = _BODY.pack(
        _MAGIC,
        _VERSION,
        0,
        bytes.fromhex(vault_id),
        head.generation,
        head.audit_id,
        head.audit_mac,
        head.db_salt,
    ).ljust(_MAC_OFFSET, b"\0")
    return body + hmac.new(key, body, hashlib.sha256).digest()


def _parse(key: bytes, vault_id: str, record: bytes) -> tuple[RecordState, Head | None]:
    if not any(record):
        return RecordState.EMPTY, None
    body, mac = record[:_MAC_OFFSET], record[_MAC_OFFSET:]
    if len(record) != RECORD_SIZE or not hmac.compare_digest(
        hmac.new(key, body, hashlib.sha256).digest(), mac
    ):
        return RecordState.DAMAGED, None
    magic, version, _, vid, generation, audit_id, audit_mac, salt = _BODY.unpack_from(body)
    if magic != _MAGIC or version != _VERSION or vid != bytes.fromhex(vault_id):
        return RecordState.DAMAGED, None
    return RecordState.VALID, Head(generation, audit_id, audit_mac, salt)


def read(path: Path, key: bytes, vault_id: str) -> HeadRead | None:
    """Both records of the head file, or None when there is no such file."""
    data = read_bytes(path)
    return None if data is None else parse(data, key, vault_id)


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes as they are now (to be parsed once the key is known), None if none."""
    try:
        with path.open("rb") as handle:
            return handle.read(FILE_SIZE + 1)
    except FileNotFoundError:
        return None


def parse(data: bytes, key: bytes, vault_id: str) -> HeadRead:
    """Both records of a head file's bytes."""
    records = tuple(
        _parse(key, vault_id, data[i * RECORD_SIZE : (i + 1) * RECORD_SIZE].ljust(RECORD_SIZE))
        if len(data) > i * RECORD_SIZE
        else (RecordState.DAMAGED, None)
        for i in range(2)
    )
    return HeadRead(records)


def witness_path(witness_dir: Path, vault_id: str) -> Path:
    """The witness file of one vault in a folder outside the vault (a USB key of the user's).

    A copy of the head kept there catches what a copy beside the database cannot: the whole
    vault folder put back from an older copy. Named by the vault id only (no personal data).
    """
    return witness_dir / f"skyddsapp-{vault_id}.head"


def _unverified_ids_and_salts(data: bytes | None) -> list[tuple[bytes, bytes]]:
    """(vault id, database salt) of every record that looks like one, its MAC not checked:
    neither is a secret, and they are read without the key, for diagnosis."""
    data = data or b""
    fields = []
    for offset in range(0, len(data) - RECORD_SIZE + 1, RECORD_SIZE):
        if data[offset : offset + 4] == _MAGIC:
            body = _BODY.unpack_from(data, offset)
            fields.append((body[3], body[7]))
    return fields


def recorded_salts(data: bytes | None) -> set[bytes]:
    """The database salts a head file's records name."""
    return {salt for _, salt in _unverified_ids_and_salts(data)}


def vault_ids(path: Path) -> set[str]:
    """The vault ids the file's records name."""
    try:
        data = read_bytes(path)
    except OSError:
        return set()
    return {vault_id.hex() for vault_id, _ in _unverified_ids_and_salts(data)}


def create(path: Path, key: bytes, vault_id: str, head: Head) -> None:
    """A new head file holding `head` (the other record empty), written atomically, 0600."""
    records = [bytes(RECORD_SIZE), bytes(RECORD_SIZE)]
    records[head.generation % 2] = _record(key, vault_id, head)
    atomic_write(path, b"".join(records))


class HeadWriter:
    """Keeps the head file open for a session and writes one record per acknowledged commit."""

    def __init__(self, path: Path, key: bytes, vault_id: str, db_salt: bytes) -> None:
        self.path = path
        self._key = key
        self._vault_id = vault_id
        self.salt = db_salt
        self._fd: int | None = None
        self.last: Head | None = None  # the newest head this session wrote

    def write(self, head: Head) -> None:
        head = replace(head, db_salt=self.salt)
        self.last = head
        if self._fd is None:
            if not self.path.exists():
                create(self.path, self._key, self._vault_id, head)
                return
            self._fd = os.open(self.path, os.O_RDWR | _CLOEXEC | _BINARY)
        record = _record(self._key, self._vault_id, head)
        offset = (head.generation % 2) * RECORD_SIZE
        if hasattr(os, "pwrite"):
            written = os.pwrite(self._fd, record, offset)
        else:  # Windows
            os.lseek(self._fd, offset, os.SEEK_SET)
            written = os.write(self._fd, record)
        if written != RECORD_SIZE:
            raise OSError(errno.EIO, "kort skrivning", str(self.path))
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
