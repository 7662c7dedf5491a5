"""SQL for Bostad först: the dates its wait is counted from, exchanges, the outside-Uppsala note."""

from __future__ import annotations

from collections.abc import Iterable

from skyddsapp.domain.access import CaseScope
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import (
    START_WAITING_ACTION,
    WAIT_ENDING_ACTIONS,
    Exchange,
    ExchangeDirection,
    ExchangeStatus,
    OutsideUppsala,
    WaitingDates,
)
from skyddsapp.vault.access_repository import visible_clause
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

_HF = CaseKind.HOUSING_FIRST.value

# The three dates of `domain.housing_first.waiting_dates`, as columns of a case row `c`; NULL for
# every other kind. "Latest" decision as in `Case.latest_decision`: the latest date, and of
# several on one day the one recorded last. A query that selects WAITING_COLUMNS passes
# WAITING_PARAMS for them, before the parameters of what follows the columns.
WAITING_COLUMNS = (
    "CASE WHEN c.kind = ? THEN (SELECT CASE WHEN d.granted = 1 THEN d.on_date END "
    "FROM case_decisions d WHERE d.case_id = c.id AND d.kind = ? "
    "ORDER BY d.on_date DESC, d.id DESC LIMIT 1) END, "
    "CASE WHEN c.kind = ? THEN (SELECT e.on_date FROM case_events e "
    "WHERE e.case_id = c.id AND e.action = ? ORDER BY e.id LIMIT 1) END, "
    "CASE WHEN c.kind = ? THEN (SELECT e.on_date FROM case_events e "
    f"WHERE e.case_id = c.id AND e.action IN ({', '.join('?' * len(WAIT_ENDING_ACTIONS))}) "
    "ORDER BY e.id LIMIT 1) END"
)
WAITING_PARAMS: tuple[object, ...] = (
    _HF,
    DecisionKind.HOUSING_FIRST.value,
    _HF,
    START_WAITING_ACTION,
    _HF,
    *WAIT_ENDING_ACTIONS,
)


def waiting_from_row(granted: object, waiting: object, ended: object) -> WaitingDates:
    return WaitingDates(day(granted), day(waiting), day(ended))  # type: ignore[arg-type]


def open_waits(
    conn: Connection, terminal_states: Iterable[str], *, scope: CaseScope | None
) -> list[tuple[int, str, WaitingDates]]:
    """(case id, reference, dates) of every Bostad först case not in a terminal state that
    ``scope`` sees (every one when None: aggregate figures only)."""
    states = sorted(set(terminal_states))
    sql = f"SELECT c.id, c.reference, {WAITING_COLUMNS} FROM cases c WHERE c.kind = ?"
    params: list[object] = [*WAITING_PARAMS, _HF]
    if states:
        sql += f" AND c.state NOT IN ({', '.join('?' * len(states))})"
        params += states
    if scope is not None:
        visible, visible_params = visible_clause(scope)
        sql += f" AND {visible}"
        params += visible_params
    return [
        (int(cid), str(ref), waiting_from_row(granted, waiting, ended))
        for cid, ref, granted, waiting, ended in conn.execute(sql, params)
    ]


# ------------------------------------------------------------------ exchanges

_EXCHANGE = "id, case_id, municipality, direction, requested_on, status, notes"


def _exchange(row: tuple[object, ...]) -> Exchange:
    eid, case_id, municipality, direction, requested_on, status, notes = row
    return Exchange(
        int(eid),  # type: ignore[call-overload]
        int(case_id),  # type: ignore[call-overload]
        str(municipality),
        ExchangeDirection(direction),
        required_day(str(requested_on)),
        ExchangeStatus(status),
        str(notes),
    )


def insert_exchange(conn: Connection, exchange: Exchange, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO housing_first_exchanges (case_id, municipality, direction, requested_on, "
        "status, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            exchange.case_id,
            exchange.municipality,
            exchange.direction.value,
            iso(exchange.requested_on),
            exchange.status.value,
            exchange.notes,
            now,
            now,
        ),
    )
    return int(cursor.lastrowid)


def update_exchange(conn: Connection, exchange: Exchange, now: str) -> None:
    conn.execute(
        "UPDATE housing_first_exchanges SET municipality = ?, requested_on = ?, status = ?, "
        "notes = ?, updated_at = ? WHERE id = ?",
        (
            exchange.municipality,
            iso(exchange.requested_on),
            exchange.status.value,
            exchange.notes,
            now,
            exchange.id,
        ),
    )


def get_exchange(conn: Connection, exchange_id: int) -> Exchange | None:
    row = conn.execute(
        f"SELECT {_EXCHANGE} FROM housing_first_exchanges WHERE id = ?", (exchange_id,)
    ).fetchone()
    return _exchange(row) if row else None


def exchanges_of_case(conn: Connection, case_id: int) -> list[Exchange]:
    rows = conn.execute(
        f"SELECT {_EXCHANGE} FROM housing_first_exchanges WHERE case_id = ? "
        "ORDER BY requested_on, id",
        (case_id,),
    )
    return [_exchange(r) for r in rows]


# ------------------------------------------------------------------ outside Uppsala


def get_outside(conn: Connection, case_id: int) -> OutsideUppsala | None:
    row = conn.execute(
        "SELECT reason, noted_on, noted_by FROM housing_first_outside_uppsala WHERE case_id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    return OutsideUppsala(str(row[0]), required_day(str(row[1])), str(row[2]))


def set_outside(conn: Connection, case_id: int, note: OutsideUppsala) -> None:
    conn.execute(
        "INSERT INTO housing_first_outside_uppsala (case_id, reason, noted_on, noted_by) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET reason = excluded.reason, "
        "noted_on = excluded.noted_on, noted_by = excluded.noted_by",
        (case_id, note.reason, iso(note.noted_on), note.noted_by),
    )


def delete_outside(conn: Connection, case_id: int) -> None:
    conn.execute("DELETE FROM housing_first_outside_uppsala WHERE case_id = ?", (case_id,))


def waiting_dates_of(conn: Connection, case_id: int) -> WaitingDates:
    row = conn.execute(
        f"SELECT {WAITING_COLUMNS} FROM cases c WHERE c.id = ?", (*WAITING_PARAMS, case_id)
    ).fetchone()
    return waiting_from_row(*row) if row else WaitingDates()
