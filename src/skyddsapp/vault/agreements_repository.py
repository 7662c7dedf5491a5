"""SQL for standing agreements (avtal)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from skyddsapp.domain.agreement import Agreement, AgreementKind
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

_COLUMNS = "id, kind, counterpart, title, valid_from, valid_until, flats_per_year, notes"


def _row(row: Any) -> Agreement:
    aid, kind, counterpart, title, valid_from, valid_until, flats, notes = row
    return Agreement(
        id=aid,
        kind=AgreementKind(kind),
        counterpart=counterpart,
        title=title,
        valid_from=required_day(valid_from),
        valid_until=day(valid_until),
        flats_per_year=flats,
        notes=notes,
    )


def insert(conn: Connection, agreement: Agreement, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO agreements (kind, counterpart, title, valid_from, valid_until, "
        "flats_per_year, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            agreement.kind.value,
            agreement.counterpart,
            agreement.title,
            iso(agreement.valid_from),
            iso(agreement.valid_until),
            agreement.flats_per_year,
            agreement.notes,
            now,
            now,
        ),
    )
    return int(cursor.lastrowid)


def update(conn: Connection, agreement: Agreement, now: str) -> None:
    conn.execute(
        "UPDATE agreements SET kind = ?, counterpart = ?, title = ?, valid_from = ?, "
        "valid_until = ?, flats_per_year = ?, notes = ?, updated_at = ? WHERE id = ?",
        (
            agreement.kind.value,
            agreement.counterpart,
            agreement.title,
            iso(agreement.valid_from),
            iso(agreement.valid_until),
            agreement.flats_per_year,
            agreement.notes,
            now,
            agreement.id,
        ),
    )


def get(conn: Connection, agreement_id: int) -> Agreement | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM agreements WHERE id = ?", (agreement_id,)
    ).fetchone()
    return _row(row) if row else None


def all_agreements(conn: Connection) -> list[Agreement]:
    """Every agreement, the most recently begun first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM agreements ORDER BY valid_from DESC, id DESC")
    return [_row(row) for row in rows]


def of_kind(conn: Connection, kind: AgreementKind) -> list[Agreement]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM agreements WHERE kind = ? ORDER BY valid_from DESC, id DESC",
        (kind.value,),
    )
    return [_row(row) for row in rows]


def placement_starts(conn: Connection, agreement_id: int) -> list[dt.date]:
    """The start dates of the placements made under the agreement."""
    rows = conn.execute(
        "SELECT start_date FROM placements WHERE agreement_id = ? ORDER BY start_date",
        (agreement_id,),
    )
    return [required_day(row[0]) for row in rows]
