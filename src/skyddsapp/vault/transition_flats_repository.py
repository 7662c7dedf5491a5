"""SQL for the register of transition and emergency flats and the stays in them."""

from __future__ import annotations

from collections.abc import Iterable

from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.transition_flat import FlatCategory, FlatStay, TransitionFlat
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

_FLAT = "apartment_id, category, holder, available_from, notes, removed_on"
_STAY = "id, apartment_id, case_id, moved_in, planned_move_out, next_step, moved_out"


def _flat(row: tuple[object, ...]) -> TransitionFlat:
    apartment_id, category, holder, available_from, notes, removed_on = row
    return TransitionFlat(
        int(apartment_id),  # type: ignore[call-overload]
        FlatCategory(category),
        str(holder),
        required_day(str(available_from)),
        str(notes),
        day(removed_on),  # type: ignore[arg-type]
    )


def _stay(row: tuple[object, ...]) -> FlatStay:
    sid, apartment_id, case_id, moved_in, planned, next_step, moved_out = row
    return FlatStay(
        int(sid),  # type: ignore[call-overload]
        int(apartment_id),  # type: ignore[call-overload]
        int(case_id),  # type: ignore[call-overload]
        required_day(str(moved_in)),
        required_day(str(planned)),
        str(next_step),
        day(moved_out),  # type: ignore[arg-type]
    )


def insert_flat(conn: Connection, flat: TransitionFlat, now: str) -> None:
    conn.execute(
        f"INSERT INTO transition_flats ({_FLAT}, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            flat.apartment_id,
            flat.category.value,
            flat.holder,
            iso(flat.available_from),
            flat.notes,
            iso(flat.removed_on),
            now,
            now,
        ),
    )


def update_flat(conn: Connection, flat: TransitionFlat, now: str) -> None:
    """Save a flat's details and whether it is in the register (the row itself stays: its
    stays point to it)."""
    conn.execute(
        "UPDATE transition_flats SET category = ?, holder = ?, available_from = ?, notes = ?, "
        "removed_on = ?, updated_at = ? WHERE apartment_id = ?",
        (
            flat.category.value,
            flat.holder,
            iso(flat.available_from),
            flat.notes,
            iso(flat.removed_on),
            now,
            flat.apartment_id,
        ),
    )


def get_flat(conn: Connection, apartment_id: int) -> TransitionFlat | None:
    """The flat, also one taken out of the register (see ``removed_on``)."""
    row = conn.execute(
        f"SELECT {_FLAT} FROM transition_flats WHERE apartment_id = ?", (apartment_id,)
    ).fetchone()
    return _flat(row) if row else None


def all_flats(conn: Connection, *, include_removed: bool = False) -> list[TransitionFlat]:
    """The flats in the register (and those taken out of it, with ``include_removed``)."""
    where = "" if include_removed else " WHERE removed_on IS NULL"
    return [_flat(r) for r in conn.execute(f"SELECT {_FLAT} FROM transition_flats{where}")]


def stays_of_case(conn: Connection, case_id: int) -> list[FlatStay]:
    """Every stay of the case, the current one first, then the latest first."""
    rows = conn.execute(
        f"SELECT {_STAY} FROM transition_flat_stays WHERE case_id = ? "
        "ORDER BY moved_out IS NULL DESC, moved_in DESC, id DESC",
        (case_id,),
    )
    return [_stay(r) for r in rows]


def insert_stay(conn: Connection, stay: FlatStay, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO transition_flat_stays (apartment_id, case_id, moved_in, planned_move_out, "
        "next_step, moved_out, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            stay.apartment_id,
            stay.case_id,
            iso(stay.moved_in),
            iso(stay.planned_move_out),
            stay.next_step,
            iso(stay.moved_out),
            now,
            now,
        ),
    )
    return int(cursor.lastrowid)


def update_stay(conn: Connection, stay: FlatStay, now: str) -> None:
    """Save the plan and the move out (a stay keeps its flat, case and day in)."""
    conn.execute(
        "UPDATE transition_flat_stays SET planned_move_out = ?, next_step = ?, moved_out = ?, "
        "updated_at = ? WHERE id = ?",
        (iso(stay.planned_move_out), stay.next_step, iso(stay.moved_out), now, stay.id),
    )


def get_stay(conn: Connection, stay_id: int) -> FlatStay | None:
    row = conn.execute(
        f"SELECT {_STAY} FROM transition_flat_stays WHERE id = ?", (stay_id,)
    ).fetchone()
    return _stay(row) if row else None


def stays_of_flat(conn: Connection, apartment_id: int) -> list[FlatStay]:
    rows = conn.execute(
        f"SELECT {_STAY} FROM transition_flat_stays WHERE apartment_id = ? ORDER BY moved_in, id",
        (apartment_id,),
    )
    return [_stay(r) for r in rows]


def latest_stays(conn: Connection) -> list[FlatStay]:
    """Per flat, the current stay, or else the one that moved out last: what the register's
    overview needs (the flat is occupied, or free since that move out)."""
    rows = conn.execute(
        f"SELECT {_STAY} FROM transition_flat_stays s WHERE s.id = ("
        "  SELECT x.id FROM transition_flat_stays x WHERE x.apartment_id = s.apartment_id "
        "  ORDER BY x.moved_out IS NULL DESC, x.moved_out DESC, x.id DESC LIMIT 1)"
    )
    return [_stay(r) for r in rows]


def current_stay_of_case(conn: Connection, case_id: int) -> FlatStay | None:
    row = conn.execute(
        f"SELECT {_STAY} FROM transition_flat_stays WHERE case_id = ? AND moved_out IS NULL",
        (case_id,),
    ).fetchone()
    return _stay(row) if row else None


def cases_staying_in(conn: Connection, apartment_id: int) -> list[int]:
    """Every case that lives, or has lived, in the flat through the register."""
    rows = conn.execute(
        "SELECT DISTINCT case_id FROM transition_flat_stays WHERE apartment_id = ?",
        (apartment_id,),
    )
    return [int(r[0]) for r in rows]


def let_to_kvinnojour(conn: Connection, apartment_id: int) -> bool:
    """Whether the flat has a second-hand lease to Uppsala Kvinnojour."""
    row = conn.execute(
        "SELECT 1 FROM leases WHERE apartment_id = ? AND kind = ? LIMIT 1",
        (apartment_id, LeaseKind.SECOND_HAND_KVINNOJOUR.value),
    ).fetchone()
    return row is not None


def case_references(conn: Connection, case_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(case_ids))
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, reference FROM cases WHERE id IN ({marks})", ids)
    return {int(cid): str(ref) for cid, ref in rows}
