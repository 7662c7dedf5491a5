"""The append-only, hash-chained audit log: who did what, when, to which object, and why."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from skyddsapp.crypto.aead import hkdf
from skyddsapp.vault.database import Connection

GENESIS_MAC = bytes(32)
_HKDF_INFO = b"skyddsapp audit-log mac v1"


def mac_key_for(data_key: bytes | bytearray) -> bytes:
    return bytes(hkdf(data_key, _HKDF_INFO))


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user_name: str
    action: str
    object_type: str
    object_id: str
    reason: str
    details: str
    epoch: int

    def canonical(self) -> bytes:
        return _canonical(
            (
                self.id,
                self.at,
                self.user_name,
                self.action,
                self.object_type,
                self.object_id,
                self.reason,
                self.details,
                self.epoch,
            )
        )


# json.dumps with these arguments, without making a new encoder for every entry.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _canonical(fields: tuple[object, ...]) -> bytes:
    """An entry's fields, in column order, as the compact JSON array its MAC is taken over."""
    return _ENCODE(fields).encode("utf-8")


def chain_mac(key: bytes, prev_mac: bytes, entry: AuditEntry) -> bytes:
    return _chained(_keyed(key), prev_mac, entry.canonical())


def _keyed(key: bytes) -> hmac.HMAC:
    """The HMAC of an epoch's key, before any entry: `verify` keys it once per epoch and takes
    each entry's MAC from a copy (a backup's check walks every entry)."""
    return hmac.new(key, digestmod=hashlib.sha256)


def _chained(keyed: hmac.HMAC, prev_mac: bytes, canonical: bytes) -> bytes:
    """An entry's MAC: over the previous entry's MAC and the entry's canonical bytes."""
    mac = keyed.copy()
    mac.update(prev_mac + canonical)
    return mac.digest()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


_COLUMNS = "id, at, user_name, action, object_type, object_id, reason, details, epoch"


class AuditLog:
    """Appends entries inside the caller's transaction, so an entry commits with its change."""

    def __init__(self, conn: Connection, data_key: bytes | bytearray) -> None:
        self._conn = conn
        self._key = mac_key_for(data_key)
        row = conn.execute("SELECT max(epoch) FROM audit_epochs").fetchone()
        self._epoch = int(row[0]) if row and row[0] is not None else 0

    def start_epoch(self, at: str | None = None) -> None:
        """Record this data key's MAC key; done at creation and after every rekey."""
        self._epoch += 1
        self._conn.execute(
            "INSERT INTO audit_epochs (epoch, mac_key, started_at) VALUES (?, ?, ?)",
            (self._epoch, self._key, at or utc_now()),
        )

    def epoch_key_is_current(self) -> bool:
        """False when the data key changed without a new epoch: a rekey cut short by a crash."""
        row = self._conn.execute(
            "SELECT mac_key FROM audit_epochs WHERE epoch = ?", (self._epoch,)
        ).fetchone()
        return row is not None and hmac.compare_digest(bytes(row[0]), self._key)

    def append(
        self,
        user_name: str,
        action: str,
        object_type: str = "",
        object_id: str | int = "",
        *,
        reason: str = "",
        details: str = "",
        at: str | None = None,
    ) -> int:
        if not self._conn.in_transaction:
            raise RuntimeError("audit entries are written inside the change's transaction")
        last = self._conn.execute(
            "SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        prev_id, prev_mac = (last[0], last[1]) if last else (0, GENESIS_MAC)
        entry = AuditEntry(
            prev_id + 1,
            at or utc_now(),
            user_name,
            action,
            object_type,
            str(object_id),
            reason,
            details,
            self._epoch,
        )
        mac = chain_mac(self._key, prev_mac, entry)
        self._conn.execute(
            f"INSERT INTO audit_log ({_COLUMNS}, prev_mac, mac) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (*_values(entry), prev_mac, mac),
        )
        return entry.id


def _values(entry: AuditEntry) -> tuple[object, ...]:
    return (
        entry.id,
        entry.at,
        entry.user_name,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.reason,
        entry.details,
        entry.epoch,
    )


def entries(
    conn: Connection, *, object_type: str | None = None, object_id: str | None = None
) -> Iterator[AuditEntry]:
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    params: tuple[str, ...] = ()
    if object_type is not None:
        sql += " WHERE object_type = ? AND object_id = ?"
        params = (object_type, object_id or "")
    for row in conn.execute(sql + " ORDER BY id", params):
        yield AuditEntry(*row)


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    broken_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_id is None


def verify(conn: Connection, data_key: bytes | bytearray) -> VerifyResult:
    """Walk the chain; name the first entry whose MAC, link or position does not hold."""
    keys = {int(e): bytes(k) for e, k in conn.execute("SELECT epoch, mac_key FROM audit_epochs")}
    current = max(keys) if keys else 0
    if keys and not hmac.compare_digest(keys[current], mac_key_for(data_key)):
        return VerifyResult(0, 0, "nyckeln för den aktuella loggepoken stämmer inte med valvets")
    keyed = {epoch: _keyed(key) for epoch, key in keys.items()}  # chain_mac, keyed once
    prev_mac, expected_id, checked = GENESIS_MAC, 1, 0
    rows = conn.execute(f"SELECT {_COLUMNS}, prev_mac, mac FROM audit_log ORDER BY id")
    for row in rows:
        entry_id, epoch = row[0], row[8]
        stored_prev, stored_mac = bytes(row[9]), bytes(row[10])
        if entry_id != expected_id:
            return VerifyResult(
                checked, entry_id, f"post {expected_id} saknas före post {entry_id}"
            )
        if not hmac.compare_digest(stored_prev, prev_mac):
            return VerifyResult(checked, entry_id, "länken till föregående post är bruten")
        base = keyed.get(epoch)
        if base is None:
            return VerifyResult(checked, entry_id, f"okänd loggepok {epoch}")
        if not hmac.compare_digest(stored_mac, _chained(base, prev_mac, _canonical(row[:9]))):
            return VerifyResult(checked, entry_id, "posten har ändrats (MAC stämmer inte)")
        prev_mac, expected_id, checked = stored_mac, expected_id + 1, checked + 1
    return VerifyResult(checked)
