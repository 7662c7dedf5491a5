"""SQL for the old flat: recorded outcomes, the cases whose old flat is still settling, and the
showing embargo a handler set by hand."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.old_flat_outcome import OldFlatOutcome, OldFlatOutcomeKind
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

_NAMES = (
    "id",
    "case_id",
    "apartment_id",
    "outcome",
    "safety_assessment",
    "no_disturbances",
    "vacant_from",
    "occupied_from",
    "recorded_by",
    "recorded_at",
)
_COLUMNS = ", ".join(_NAMES)


def _outcome(row: tuple[object, ...]) -> OldFlatOutcome:
    oid, case_id, apartment_id, kind, assessment, calm, vacant, occupied, by, at = row
    return OldFlatOutcome(
        id=int(oid),  # type: ignore[call-overload]
        case_id=int(case_id),  # type: ignore[call-overload]
        apartment_id=int(apartment_id),  # type: ignore[call-overload]
        outcome=OldFlatOutcomeKind(kind),
        safety_assessment=str(assessment),
        no_disturbances=None if calm is None else bool(calm),
        vacant_from=required_day(str(vacant)),
        occupied_from=day(occupied),  # type: ignore[arg-type]
        recorded_by=str(by),
        recorded_at=str(at),
    )


def _calm(outcome: OldFlatOutcome) -> int | None:
    return None if outcome.no_disturbances is None else int(outcome.no_disturbances)


def insert(conn: Connection, outcome: OldFlatOutcome, now: str) -> int:
    """Store a new outcome; `recorded_by` is the outcome's, `recorded_at` is ``now``."""
    cursor = conn.execute(
        "INSERT INTO old_flat_outcomes (case_id, apartment_id, outcome, safety_assessment, "
        "no_disturbances, vacant_from, occupied_from, recorded_by, recorded_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            outcome.case_id,
            outcome.apartment_id,
            outcome.outcome.value,
            outcome.safety_assessment,
            _calm(outcome),
            iso(outcome.vacant_from),
            iso(outcome.occupied_from),
            outcome.recorded_by,
            now,
            now,
        ),
    )
    return int(cursor.lastrowid)


def update(conn: Connection, outcome: OldFlatOutcome, now: str) -> None:
    """Change what an outcome says; who first recorded it, and when, stay."""
    conn.execute(
        "UPDATE old_flat_outcomes SET outcome = ?, safety_assessment = ?, no_disturbances = ?, "
        "vacant_from = ?, occupied_from = ?, updated_at = ? WHERE id = ?",
        (
            outcome.outcome.value,
            outcome.safety_assessment,
            _calm(outcome),
            iso(outcome.vacant_from),
            iso(outcome.occupied_from),
            now,
            outcome.id,
        ),
    )


def of_case(conn: Connection, case_id: int) -> list[OldFlatOutcome]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM old_flat_outcomes WHERE case_id = ? ORDER BY id", (case_id,)
    )
    return [_outcome(row) for row in rows]


def get(conn: Connection, case_id: int, apartment_id: int) -> OldFlatOutcome | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM old_flat_outcomes WHERE case_id = ? AND apartment_id = ?",
        (case_id, apartment_id),
    ).fetchone()
    return _outcome(row) if row else None


def vacant_in_year(conn: Connection, year: int) -> list[tuple[OldFlatOutcome, int]]:
    """Every outcome whose vacancy began in ``year``, with its flat's monthly rent."""
    rows = conn.execute(
        f"SELECT {', '.join('o.' + name for name in _NAMES)}, a.monthly_rent_sek "
        "FROM old_flat_outcomes o JOIN apartments a ON a.id = o.apartment_id "
        "WHERE o.vacant_from >= ? AND o.vacant_from < ? ORDER BY o.id",
        (dt.date(year, 1, 1).isoformat(), dt.date(year + 1, 1, 1).isoformat()),
    )
    return [(_outcome(row[:-1]), int(row[-1])) for row in rows]


def cases_with_lease_on(conn: Connection, apartment_id: int) -> list[int]:
    """The cases that hold a lease of the flat (the old flat's cases are among them)."""
    rows = conn.execute(
        "SELECT DISTINCT cl.case_id FROM leases l JOIN case_leases cl ON cl.lease_id = l.id "
        "WHERE l.apartment_id = ? ORDER BY cl.case_id",
        (apartment_id,),
    )
    return [int(r[0]) for r in rows]


def embargo_by_hand(conn: Connection, apartment_id: int) -> dt.date | None:
    """The showing embargo the handler set by hand on the flat, if any."""
    row = conn.execute(
        "SELECT until FROM apartment_embargo_by_hand WHERE apartment_id = ?", (apartment_id,)
    ).fetchone()
    return required_day(row[0]) if row else None


def keep_embargo_by_hand(
    conn: Connection, apartment_id: int, until: dt.date | None, now: str
) -> None:
    """Store the date the handler set by hand on the flat; None forgets it."""
    if until is None:
        conn.execute(
            "DELETE FROM apartment_embargo_by_hand WHERE apartment_id = ?", (apartment_id,)
        )
        return
    conn.execute(
        "INSERT INTO apartment_embargo_by_hand (apartment_id, until, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (apartment_id) DO UPDATE SET until = excluded.until, "
        "updated_at = excluded.updated_at",
        (apartment_id, iso(until), now),
    )
