"""SQL for the sealed hand-over packages this vault sent and received (migration 018)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from skyddsapp.vault.database import Connection

SENT = "sent"
RECEIVED = "received"


@dataclass(frozen=True)
class PackageRecord:
    package_id: bytes
    direction: str
    peer_id: int
    case_id: int | None
    reply_to: bytes | None


def record(
    conn: Connection,
    package_id: bytes,
    *,
    direction: str,
    peer_id: int,
    case_id: int,
    reply_to: bytes | None,
    created_at: str,
    expires_at: str,
    now: str,
    user_name: str,
) -> None:
    conn.execute(
        "INSERT INTO handover_packages (package_id, direction, peer_id, case_id, reply_to, "
        "created_at, expires_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            package_id,
            direction,
            peer_id,
            case_id,
            reply_to,
            created_at,
            expires_at,
            now,
            user_name,
        ),
    )


def get(conn: Connection, package_id: bytes) -> PackageRecord | None:
    row = conn.execute(
        "SELECT package_id, direction, peer_id, case_id, reply_to FROM handover_packages "
        "WHERE package_id = ?",
        (package_id,),
    ).fetchone()
    if row is None:
        return None
    pid, direction, peer_id, case_id, reply_to = row
    return PackageRecord(
        bytes(pid),
        str(direction),
        int(peer_id),
        None if case_id is None else int(case_id),
        None if reply_to is None else bytes(reply_to),
    )


def known(conn: Connection, package_id: bytes) -> bool:
    """Whether this vault sealed or imported the package already."""
    found = conn.execute(
        "SELECT 1 FROM handover_packages WHERE package_id = ?", (package_id,)
    ).fetchone()
    return found is not None


def record_persons(conn: Connection, package_id: bytes, mapping: Iterable[tuple[int, int]]) -> None:
    """Which person here (second) each person of the received package (first, the sender's id
    for them) became."""
    conn.executemany(
        "INSERT INTO handover_persons (package_id, their_person_id, person_id) VALUES (?, ?, ?)",
        [(package_id, theirs, mine) for theirs, mine in mapping],
    )


def their_person_ids(conn: Connection, package_id: bytes) -> dict[int, int]:
    """For a received package: this vault's person id → the sender's id for the person."""
    rows = conn.execute(
        "SELECT person_id, their_person_id FROM handover_persons WHERE package_id = ?",
        (package_id,),
    ).fetchall()
    return {int(mine): int(theirs) for mine, theirs in rows}


def latest_received(conn: Connection, case_id: int) -> PackageRecord | None:
    """The package most recently imported into the case, if any."""
    row = conn.execute(
        "SELECT package_id FROM handover_packages WHERE case_id = ? AND direction = ? "
        "ORDER BY id DESC LIMIT 1",
        (case_id, RECEIVED),
    ).fetchone()
    return None if row is None else get(conn, bytes(row[0]))
