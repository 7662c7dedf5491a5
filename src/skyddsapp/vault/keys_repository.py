"""SQL for the key registry: key items, key events, lock changes and powers of attorney."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from skyddsapp.domain.attorney import AttorneyScope, PowerOfAttorneyRecord
from skyddsapp.domain.key_registry import (
    IdKind,
    KeyEvent,
    KeyEventKind,
    KeyItem,
    KeyMovement,
    KeyRegister,
    LockChangeReason,
    LockChangeTask,
)
from skyddsapp.domain.key_rows import KeyKind, KeyRow
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


# --- items ---------------------------------------------------------------------------------------


def active_items(conn: Connection, apartment_ids: Iterable[int]) -> list[KeyItem]:
    wanted = sorted(set(apartment_ids))
    if not wanted:
        return []
    return [
        KeyItem(iid, aid, KeyKind(kind), marking, system, series, count)
        for iid, aid, kind, marking, system, series, count in conn.execute(
            "SELECT id, apartment_id, kind, marking, system, series, count FROM key_items "
            f"WHERE apartment_id IN ({_marks(wanted)}) AND retired_on IS NULL "
            "ORDER BY apartment_id, id",
            wanted,
        )
    ]


def insert_item(conn: Connection, apartment_id: int, row: KeyRow, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO key_items (apartment_id, kind, marking, system, series, count, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (apartment_id, row.kind.value, row.marking, row.system, row.series, row.count, now, now),
    )
    return int(cursor.lastrowid)


def set_item_count(conn: Connection, item_id: int, count: int, now: str) -> None:
    conn.execute(
        "UPDATE key_items SET count = ?, updated_at = ? WHERE id = ?", (count, now, item_id)
    )


def retire_items(conn: Connection, item_ids: Iterable[int], on: dt.date, now: str) -> None:
    conn.executemany(
        "UPDATE key_items SET retired_on = ?, updated_at = ? WHERE id = ?",
        [(on.isoformat(), now, item_id) for item_id in item_ids],
    )


# --- events --------------------------------------------------------------------------------------


def insert_event(conn: Connection, event: KeyEvent, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO key_events (apartment_id, case_id, kind, on_date, person_id, holder_id, "
        "by_agent, power_of_attorney_id, id_kind, note, document_id, recorded_by, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.apartment_id,
            event.case_id,
            event.kind.value,
            event.on_date.isoformat(),
            event.person_id,
            event.holder_id,
            int(event.by_agent),
            event.power_of_attorney_id,
            event.id_kind.value if event.id_kind else None,
            event.note,
            event.document_id,
            event.recorded_by,
            now,
        ),
    )
    event_id = int(cursor.lastrowid)
    conn.executemany(
        "INSERT INTO key_event_items (event_id, item_id, count) VALUES (?, ?, ?)",
        [(event_id, move.item_id, move.count) for move in event.movements],
    )
    return event_id


def events(conn: Connection, apartment_ids: Iterable[int]) -> list[KeyEvent]:
    wanted = sorted(set(apartment_ids))
    if not wanted:
        return []
    moves: dict[int, list[KeyMovement]] = {}
    for event_id, item_id, count in conn.execute(
        "SELECT m.event_id, m.item_id, m.count FROM key_event_items m "
        "JOIN key_events e ON e.id = m.event_id "
        f"WHERE e.apartment_id IN ({_marks(wanted)}) ORDER BY m.event_id, m.item_id",
        wanted,
    ):
        moves.setdefault(event_id, []).append(KeyMovement(item_id, count))
    rows = conn.execute(
        "SELECT id, apartment_id, case_id, kind, on_date, person_id, holder_id, by_agent, "
        "power_of_attorney_id, id_kind, note, document_id, recorded_by FROM key_events "
        f"WHERE apartment_id IN ({_marks(wanted)}) ORDER BY on_date, id",
        wanted,
    )
    return [
        KeyEvent(
            id=eid,
            apartment_id=aid,
            case_id=cid,
            kind=KeyEventKind(kind),
            on_date=required_day(on),
            person_id=pid,
            movements=tuple(moves.get(eid, ())),
            holder_id=holder,
            by_agent=bool(agent),
            power_of_attorney_id=poa,
            id_kind=IdKind(id_kind) if id_kind else None,
            note=note,
            document_id=doc,
            recorded_by=by,
        )
        for eid, aid, cid, kind, on, pid, holder, agent, poa, id_kind, note, doc, by in rows
    ]


# --- lock changes --------------------------------------------------------------------------------

_LOCK_COLUMNS = (
    "id, apartment_id, case_id, reason, detail, required_on, ordered_on, order_document_id, "
    "done_on, new_series"
)


def insert_lock_change(conn: Connection, task: LockChangeTask, by: str, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO lock_changes (apartment_id, case_id, reason, detail, required_on, "
        "ordered_on, order_document_id, done_on, new_series, recorded_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            task.apartment_id,
            task.case_id,
            task.reason.value,
            task.detail,
            task.required_on.isoformat(),
            iso(task.ordered_on),
            task.order_document_id,
            iso(task.done_on),
            task.new_series,
            by,
            now,
        ),
    )
    return int(cursor.lastrowid)


def update_lock_change(conn: Connection, task: LockChangeTask, now: str) -> None:
    conn.execute(
        "UPDATE lock_changes SET ordered_on = ?, order_document_id = ?, done_on = ?, "
        "new_series = ?, updated_at = ? WHERE id = ?",
        (
            iso(task.ordered_on),
            task.order_document_id,
            iso(task.done_on),
            task.new_series,
            now,
            task.id,
        ),
    )


def lock_changes(conn: Connection, apartment_ids: Iterable[int]) -> list[LockChangeTask]:
    wanted = sorted(set(apartment_ids))
    if not wanted:
        return []
    return [
        _lock_change(row)
        for row in conn.execute(
            f"SELECT {_LOCK_COLUMNS} FROM lock_changes "
            f"WHERE apartment_id IN ({_marks(wanted)}) ORDER BY required_on, id",
            wanted,
        )
    ]


def lock_change(conn: Connection, task_id: int) -> LockChangeTask | None:
    row = conn.execute(f"SELECT {_LOCK_COLUMNS} FROM lock_changes WHERE id = ?", (task_id,))
    found = row.fetchone()
    return _lock_change(found) if found else None


def _lock_change(row: Any) -> LockChangeTask:
    tid, aid, cid, reason, detail, required, ordered, order_doc, done, series = row
    return LockChangeTask(
        id=tid,
        apartment_id=aid,
        case_id=cid,
        reason=LockChangeReason(reason),
        detail=detail,
        required_on=required_day(required),
        ordered_on=day(ordered),
        order_document_id=order_doc,
        done_on=day(done),
        new_series=series,
    )


# --- powers of attorney --------------------------------------------------------------------------


def insert_power(conn: Connection, power: PowerOfAttorneyRecord, by: str, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO powers_of_attorney (case_id, principal_id, agent_id, scopes, valid_from, "
        "valid_until, document_id, revoked_on, recorded_by, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            power.case_id,
            power.principal_id,
            power.agent_id,
            ",".join(scope.value for scope in power.scopes),
            power.valid_from.isoformat(),
            power.valid_until.isoformat(),
            power.document_id,
            iso(power.revoked_on),
            by,
            now,
        ),
    )
    return int(cursor.lastrowid)


def revoke_power(conn: Connection, power_id: int, on: dt.date) -> None:
    conn.execute(
        "UPDATE powers_of_attorney SET revoked_on = ? WHERE id = ?", (on.isoformat(), power_id)
    )


def powers(conn: Connection, case_id: int) -> list[PowerOfAttorneyRecord]:
    """The case's fullmakter; one made as a document counts as signed once its paper is."""
    return [
        PowerOfAttorneyRecord(
            id=pid,
            case_id=cid,
            principal_id=principal,
            agent_id=agent,
            scopes=tuple(AttorneyScope(s) for s in scopes.split(",") if s),
            valid_from=required_day(valid_from),
            valid_until=required_day(valid_until),
            signed=document_id is None or signed_on is not None,
            document_id=document_id,
            document_number=number or "",
            revoked_on=day(revoked),
        )
        for (
            pid,
            cid,
            principal,
            agent,
            scopes,
            valid_from,
            valid_until,
            document_id,
            revoked,
            signed_on,
            number,
        ) in conn.execute(
            "SELECT p.id, p.case_id, p.principal_id, p.agent_id, p.scopes, p.valid_from, "
            "p.valid_until, p.document_id, p.revoked_on, d.signed_on, d.number "
            "FROM powers_of_attorney p LEFT JOIN documents d ON d.id = p.document_id "
            "WHERE p.case_id = ? ORDER BY p.valid_from, p.id",
            (case_id,),
        )
    ]


def register(conn: Connection, case_id: int, apartment_ids: Iterable[int]) -> KeyRegister:
    """Everything the registry holds for the case's flats, and the case's fullmakter."""
    flats = sorted(set(apartment_ids))
    return KeyRegister(
        items=tuple(active_items(conn, flats)),
        events=tuple(events(conn, flats)),
        lock_changes=tuple(lock_changes(conn, flats)),
        powers=tuple(powers(conn, case_id)),
    )
