"""SQL for Länskompotten referrals to another municipality in the county."""

from __future__ import annotations

import datetime as dt
from typing import Any

from skyddsapp.domain.county_referral import CountyReferral, Municipality, ReferralResult
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

_COLUMNS = "id, case_id, referred_on, municipality, result, result_on, notes"


def _row(row: Any) -> CountyReferral:
    rid, case_id, referred_on, municipality, result, result_on, notes = row
    return CountyReferral(
        id=rid,
        case_id=case_id,
        referred_on=required_day(referred_on),
        municipality=Municipality(municipality),
        result=None if result is None else ReferralResult(result),
        result_on=day(result_on),
        notes=notes,
    )


def _municipality(referral: CountyReferral) -> str:
    """What is stored: a checked referral always names its municipality (never a masked copy)."""
    if referral.municipality is None or referral.municipality_masked:
        raise ValueError("a referral without its municipality cannot be stored")
    return referral.municipality.value


def insert(conn: Connection, referral: CountyReferral, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO county_referrals (case_id, referred_on, municipality, result, result_on, "
        "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            referral.case_id,
            iso(referral.referred_on),
            _municipality(referral),
            referral.result.value if referral.result else None,
            iso(referral.result_on),
            referral.notes,
            now,
            now,
        ),
    )
    return int(cursor.lastrowid)


def update(conn: Connection, referral: CountyReferral, now: str) -> None:
    conn.execute(
        "UPDATE county_referrals SET referred_on = ?, municipality = ?, result = ?, "
        "result_on = ?, notes = ?, updated_at = ? WHERE id = ?",
        (
            iso(referral.referred_on),
            _municipality(referral),
            referral.result.value if referral.result else None,
            iso(referral.result_on),
            referral.notes,
            now,
            referral.id,
        ),
    )


def get(conn: Connection, referral_id: int) -> CountyReferral | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM county_referrals WHERE id = ?", (referral_id,)
    ).fetchone()
    return _row(row) if row else None


def of_case(conn: Connection, case_id: int) -> list[CountyReferral]:
    """The case's referrals in the order they were sent."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM county_referrals WHERE case_id = ? ORDER BY referred_on, id",
        (case_id,),
    )
    return [_row(row) for row in rows]


def touching_year(conn: Connection, year: int) -> list[CountyReferral]:
    """Every referral sent, or answered, in calendar year ``year`` (for the yearly count)."""
    first, after = dt.date(year, 1, 1).isoformat(), dt.date(year + 1, 1, 1).isoformat()
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM county_referrals WHERE (referred_on >= ? AND referred_on < ?) "
        "OR (result_on >= ? AND result_on < ?) ORDER BY referred_on, id",
        (first, after, first, after),
    )
    return [_row(row) for row in rows]
