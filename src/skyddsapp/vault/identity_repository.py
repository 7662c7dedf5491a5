"""SQL for the vault's own identity keys and the peer vaults' cards (migration 016)."""

from __future__ import annotations

from dataclasses import dataclass

from skyddsapp.domain.identity_card import IdentityCard
from skyddsapp.vault.database import Connection


@dataclass(frozen=True)
class OwnIdentity:
    name: str
    seal_private: bytearray
    sign_private: bytearray
    created_at: str
    created_by: str


@dataclass(frozen=True)
class PeerVault:
    id: int
    card: IdentityCard
    imported_at: str
    imported_by: str


def own(conn: Connection) -> OwnIdentity | None:
    row = conn.execute(
        "SELECT name, seal_private, sign_private, created_at, created_by FROM vault_identity "
        "WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    name, seal, sign, created_at, created_by = row
    return OwnIdentity(name, bytearray(seal), bytearray(sign), created_at, created_by)


def insert_own(
    conn: Connection,
    name: str,
    seal_private: bytes | bytearray,
    sign_private: bytes | bytearray,
    *,
    now: str,
    user_name: str,
) -> None:
    conn.execute(
        "INSERT INTO vault_identity (id, name, seal_private, sign_private, created_at, "
        "created_by) VALUES (1, ?, ?, ?, ?, ?)",
        (name, bytes(seal_private), bytes(sign_private), now, user_name),
    )


def peers(conn: Connection) -> list[PeerVault]:
    rows = conn.execute(
        "SELECT id, name, seal_key, verify_key, imported_at, imported_by FROM peer_vaults "
        "ORDER BY name, id"
    ).fetchall()
    return [
        PeerVault(pid, IdentityCard(name, bytes(seal), bytes(verify)), at, by)
        for pid, name, seal, verify, at, by in rows
    ]


def peer_with_key(conn: Connection, seal_key: bytes, verify_key: bytes) -> int | None:
    """The peer holding either key, if one was imported already."""
    row = conn.execute(
        "SELECT id FROM peer_vaults WHERE seal_key = ? OR verify_key = ?", (seal_key, verify_key)
    ).fetchone()
    return None if row is None else int(row[0])


def insert_peer(conn: Connection, card: IdentityCard, *, now: str, user_name: str) -> int:
    cursor = conn.execute(
        "INSERT INTO peer_vaults (name, seal_key, verify_key, fingerprint, imported_at, "
        "imported_by) VALUES (?, ?, ?, ?, ?, ?)",
        (card.name, card.seal_key, card.verify_key, card.fingerprint, now, user_name),
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)
