"""SQL for placements in sheltered housing (one per shelter-exit case)."""

from __future__ import annotations

from typing import Any

from skyddsapp.domain.placement import Placement
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

_COLUMNS = (
    "id, case_id, agreement_id, provider, provider_can_supply_lease, start_date, planned_end, "
    "actual_end, flat_offered_before_end"
)


def _flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def _row(row: Any) -> Placement:
    pid, case_id, agreement_id, provider, can_supply, start, planned, actual, offered = row
    return Placement(
        id=pid,
        case_id=case_id,
        agreement_id=agreement_id,
        provider=provider,
        provider_can_supply_lease=bool(can_supply),
        start_date=required_day(start),
        planned_end=required_day(planned),
        actual_end=day(actual),
        flat_offered_before_end=_flag(offered),
    )


def _values(placement: Placement) -> tuple[object, ...]:
    if placement.provider_masked:  # a masked copy does not carry the provider to store
        raise ValueError("a masked placement cannot be stored")
    offered = placement.flat_offered_before_end
    return (
        placement.agreement_id,
        placement.provider,
        int(placement.provider_can_supply_lease),
        iso(placement.start_date),
        iso(placement.planned_end),
        iso(placement.actual_end),
        None if offered is None else int(offered),
    )


def insert(conn: Connection, placement: Placement, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO placements (agreement_id, provider, provider_can_supply_lease, start_date, "
        "planned_end, actual_end, flat_offered_before_end, case_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(placement), placement.case_id, now, now),
    )
    return int(cursor.lastrowid)


def update(conn: Connection, placement: Placement, now: str) -> None:
    conn.execute(
        "UPDATE placements SET agreement_id = ?, provider = ?, provider_can_supply_lease = ?, "
        "start_date = ?, planned_end = ?, actual_end = ?, flat_offered_before_end = ?, "
        "updated_at = ? WHERE id = ?",
        (*_values(placement), now, placement.id),
    )


def get(conn: Connection, placement_id: int) -> Placement | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM placements WHERE id = ?", (placement_id,)
    ).fetchone()
    return _row(row) if row else None


def of_case(conn: Connection, case_id: int) -> Placement | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM placements WHERE case_id = ?", (case_id,)
    ).fetchone()
    return _row(row) if row else None
