"""SQL for cases: the case row, its parties, flats, leases, events, decisions and assessments."""

from __future__ import annotations

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case import (
    Case,
    CaseEvent,
    CaseParty,
    Decision,
    DecisionKind,
    EventKind,
    ShelterOutcome,
)
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day


def last_serial(conn: Connection, kind: CaseKind, year: int) -> int | None:
    prefix = f"{kind.prefix}-{year:04d}-"
    row = conn.execute(
        "SELECT max(reference) FROM cases WHERE reference >= ? AND reference < ?",
        (prefix, prefix + "\uffff"),
    ).fetchone()
    return CaseReference.parse(row[0]).serial if row and row[0] else None


def insert(conn: Connection, case: Case, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO cases (reference, kind, state, opened_on, outcome, children_count, notes, "
        "updated_at, organisation, shared_with) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case.reference.formatted(),
            case.kind.value,
            case.state,
            iso(case.opened_on),
            case.outcome.value if case.outcome else None,
            case.children_count,
            case.notes,
            now,
            case.organisation.value,
            case.shared_with.value if case.shared_with else None,
        ),
    )
    case_id = int(cursor.lastrowid)
    _write_links(conn, case_id, case)
    for event in case.events:
        add_event(conn, case_id, event)
    for decision in case.decisions:
        add_decision(conn, case_id, decision)
    for assessment in case.risk_assessments:
        add_risk_assessment(conn, case_id, assessment)
    return case_id


def update(conn: Connection, case: Case, now: str) -> None:
    """Write the case row and its links; events, decisions and assessments are only appended."""
    assert case.id is not None
    conn.execute(
        "UPDATE cases SET state = ?, outcome = ?, children_count = ?, notes = ?, updated_at = ? "
        "WHERE id = ?",
        (
            case.state,
            case.outcome.value if case.outcome else None,
            case.children_count,
            case.notes,
            now,
            case.id,
        ),
    )
    for table in ("case_handlers", "case_parties", "case_apartments", "case_leases"):
        conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,))
    _write_links(conn, case.id, case)


def _write_links(conn: Connection, case_id: int, case: Case) -> None:
    conn.executemany(
        "INSERT INTO case_handlers (case_id, user_name) VALUES (?, ?)",
        [(case_id, h) for h in dict.fromkeys(case.handlers)],
    )
    conn.executemany(
        "INSERT INTO case_parties (case_id, person_id, role, lives_in_flat) VALUES (?, ?, ?, ?)",
        [(case_id, p.person_id, p.role.value, int(p.lives_in_flat)) for p in case.parties],
    )
    conn.executemany(
        "INSERT INTO case_apartments (case_id, apartment_id) VALUES (?, ?)",
        [(case_id, a) for a in dict.fromkeys(case.apartment_ids)],
    )
    conn.executemany(
        "INSERT INTO case_leases (case_id, lease_id) VALUES (?, ?)",
        [(case_id, lease) for lease in dict.fromkeys(case.lease_ids)],
    )


def add_event(conn: Connection, case_id: int, event: CaseEvent) -> None:
    conn.execute(
        "INSERT INTO case_events (case_id, on_date, kind, text, by_user, action) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (case_id, iso(event.date), event.kind.value, event.text, event.by, event.action),
    )


def add_decision(conn: Connection, case_id: int, decision: Decision) -> int:
    """Append the decision; its row id (what structured answers to it are tied to)."""
    cursor = conn.execute(
        "INSERT INTO case_decisions (case_id, on_date, kind, text, decided_by, granted, "
        "valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            iso(decision.date),
            decision.kind.value,
            decision.text,
            decision.decided_by,
            None if decision.granted is None else int(decision.granted),
            iso(decision.valid_until),
        ),
    )
    return int(cursor.lastrowid)


def add_risk_assessment(conn: Connection, case_id: int, assessment: RiskAssessment) -> None:
    conn.execute(
        "INSERT INTO risk_assessments (case_id, on_date, assessor, level, seeks_out_victim, "
        "next_review) VALUES (?, ?, ?, ?, ?, ?)",
        (
            case_id,
            iso(assessment.date),
            assessment.assessor,
            assessment.level.value,
            int(assessment.seeks_out_victim),
            iso(assessment.next_review),
        ),
    )


def get(conn: Connection, case_id: int) -> Case | None:
    row = conn.execute(
        "SELECT id, reference, kind, state, opened_on, outcome, children_count, notes, "
        "organisation, shared_with FROM cases WHERE id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    cid, reference, kind, state, opened_on, outcome, children, notes, org, shared = row

    def column(sql: str) -> list[tuple[object, ...]]:
        return list(conn.execute(sql, (cid,)))

    return Case(
        id=cid,
        reference=CaseReference.parse(reference),
        kind=CaseKind(kind),
        state=state,
        opened_on=required_day(opened_on),
        handlers=tuple(
            str(r[0])
            for r in column("SELECT user_name FROM case_handlers WHERE case_id = ? ORDER BY 1")
        ),
        parties=[
            CaseParty(int(p), CaseRole(r), bool(live))  # type: ignore[call-overload]
            for p, r, live in column(
                "SELECT person_id, role, lives_in_flat FROM case_parties WHERE case_id = ?"
            )
        ],
        apartment_ids=[
            int(r[0])  # type: ignore[call-overload]
            for r in column("SELECT apartment_id FROM case_apartments WHERE case_id = ?")
        ],
        lease_ids=[
            int(r[0])  # type: ignore[call-overload]
            for r in column("SELECT lease_id FROM case_leases WHERE case_id = ?")
        ],
        events=[
            CaseEvent(required_day(d), EventKind(k), t, b, a)  # type: ignore[arg-type]
            for d, k, t, b, a in column(
                "SELECT on_date, kind, text, by_user, action FROM case_events "
                "WHERE case_id = ? ORDER BY id"
            )
        ],
        decisions=[
            Decision(
                required_day(d),  # type: ignore[arg-type]
                DecisionKind(k),
                t,  # type: ignore[arg-type]
                by,  # type: ignore[arg-type]
                None if g is None else bool(g),
                day(v),  # type: ignore[arg-type]
            )
            for d, k, t, by, g, v in column(
                "SELECT on_date, kind, text, decided_by, granted, valid_until "
                "FROM case_decisions WHERE case_id = ? ORDER BY id"
            )
        ],
        risk_assessments=[
            RiskAssessment(
                required_day(d),  # type: ignore[arg-type]
                a,  # type: ignore[arg-type]
                RiskLevel(lvl),
                bool(s),
                required_day(n),  # type: ignore[arg-type]
            )
            for d, a, lvl, s, n in column(
                "SELECT on_date, assessor, level, seeks_out_victim, next_review "
                "FROM risk_assessments WHERE case_id = ? ORDER BY id"
            )
        ],
        outcome=ShelterOutcome(outcome) if outcome else None,
        children_count=children,
        notes=notes,
        organisation=Organisation(org),
        shared_with=Organisation(shared) if shared else None,
    )


def id_by_reference(conn: Connection, reference: str) -> int | None:
    row = conn.execute("SELECT id FROM cases WHERE reference = ?", (reference,)).fetchone()
    return int(row[0]) if row else None


def case_ids_of_persons(conn: Connection, person_ids: list[int]) -> list[int]:
    if not person_ids:
        return []
    marks = ", ".join("?" * len(person_ids))
    rows = conn.execute(
        f"SELECT DISTINCT case_id FROM case_parties WHERE person_id IN ({marks})",
        person_ids,
    )
    return [r[0] for r in rows]


def exists(conn: Connection, case_id: int) -> bool:
    return conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def touch(conn: Connection, case_id: int, now: str) -> None:
    """Mark the case as changed (the case list sorts by it) without rewriting its links."""
    conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))
