"""SQL for Att göra: the stored dates deadlines are made from, across every open case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from skyddsapp.domain.access import CaseScope
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.risk import RiskLevel
from skyddsapp.vault import trial_periods_repository
from skyddsapp.vault.access_repository import visible_clause
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day
from skyddsapp.vault.trial_periods_repository import TrialRow


@dataclass(frozen=True, slots=True)
class NoticeRow:
    case_id: int
    reference: str
    contract_number: str
    notice_date: dt.date | None
    status: LeaseStatus


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """The latest risk assessment of a case."""

    case_id: int
    reference: str
    level: RiskLevel
    next_review: dt.date


@dataclass(frozen=True, slots=True)
class EmbargoRow:
    case_id: int
    reference: str
    object_number: str
    embargo_until: dt.date


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """The latest decision of its kind in a case, when it has a validity."""

    case_id: int
    reference: str
    kind: DecisionKind
    granted: bool | None
    valid_until: dt.date


@dataclass(frozen=True, slots=True)
class PlacementRow:
    """A running placement in sheltered housing (no actual end yet)."""

    case_id: int
    reference: str
    planned_end: dt.date
    flat_offered_before_end: bool | None


@dataclass
class OpenCaseDates:
    notices: list[NoticeRow] = field(default_factory=list)
    reviews: list[ReviewRow] = field(default_factory=list)
    embargoes: list[EmbargoRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    placements: list[PlacementRow] = field(default_factory=list)
    trials: list[TrialRow] = field(default_factory=list)


def _open_clause(terminal: Iterable[tuple[CaseKind, str]]) -> tuple[str, list[object]]:
    """SQL true for a case ``c`` whose state is not terminal for its kind, and its parameters."""
    finished, params = terminal_clause(terminal)
    return (f"NOT {finished}", params) if finished else ("1", [])


def terminal_clause(terminal: Iterable[tuple[CaseKind, str]]) -> tuple[str, list[object]]:
    """SQL true for a case ``c`` in one of the (kind, state) pairs of ``terminal``, and its
    parameters; ("", []) when there are none.

    A CASE on the kind measured about twice as fast as a row-value NOT IN over 100,000 cases.
    """
    by_kind: dict[CaseKind, list[str]] = {}
    for kind, state in terminal:
        by_kind.setdefault(kind, []).append(state)
    if not by_kind:
        return "", []
    whens = " ".join(
        f"WHEN ? THEN c.state IN ({', '.join('?' * len(states))})" for states in by_kind.values()
    )
    params: list[object] = [x for kind, states in by_kind.items() for x in (kind.value, *states)]
    return f"(CASE c.kind {whens} ELSE 0 END)", params


def open_case_dates(
    conn: Connection,
    terminal: Iterable[tuple[CaseKind, str]],
    *,
    until: dt.date | None = None,
    embargo_from: dt.date | None = None,
    scope: CaseScope | None = None,
) -> OpenCaseDates:
    """The raw dates of every case whose (kind, state) is not in ``terminal``.

    ``until`` and ``embargo_from`` only narrow what is read; the domain decides what counts.
    A notice can only end a lease after it was given, so ``notice_date <= until`` loses nothing.
    "Latest" means the latest date, and of several on one day the one recorded last, as in
    ``domain.risk.latest_assessment`` and ``Case.latest_decision``.
    """
    is_open, open_params = _open_clause(terminal)
    if scope is not None:  # only the cases the user sees
        visible, visible_params = visible_clause(scope)
        is_open, open_params = f"{is_open} AND {visible}", [*open_params, *visible_params]
    return OpenCaseDates(
        notices=_notices(conn, is_open, open_params, until),
        reviews=_reviews(conn, is_open, open_params, until),
        embargoes=_embargoes(conn, is_open, open_params, embargo_from, until),
        decisions=_decisions(conn, is_open, open_params, until),
        placements=_placements(conn, is_open, open_params, until),
        trials=trial_periods_repository.trial_ends(conn, is_open, open_params, until),
    )


def _notices(
    conn: Connection, is_open: str, params: list[object], until: dt.date | None
) -> list[NoticeRow]:
    sql = (
        "SELECT c.id, c.reference, l.contract_number, l.notice_date, l.status "
        "FROM leases l JOIN case_leases cl ON cl.lease_id = l.id JOIN cases c ON c.id = cl.case_id "
        f"WHERE l.status = ? AND l.notice_date IS NOT NULL AND {is_open}"
    )
    params = [LeaseStatus.NOTICE_GIVEN.value, *params]
    if until is not None:
        sql += " AND l.notice_date <= ?"
        params.append(iso(until))
    return [
        NoticeRow(cid, ref, number, day(notice), LeaseStatus(status))
        for cid, ref, number, notice, status in conn.execute(sql, params)
    ]


def _reviews(
    conn: Connection, is_open: str, params: list[object], until: dt.date | None
) -> list[ReviewRow]:
    sql = (
        "SELECT c.id, c.reference, r.level, r.next_review FROM cases c "
        "JOIN risk_assessments r ON r.id = (SELECT x.id FROM risk_assessments x "
        "  WHERE x.case_id = c.id ORDER BY x.on_date DESC, x.id DESC LIMIT 1) "
        f"WHERE {is_open}"
    )
    params = list(params)
    if until is not None:
        sql += " AND r.next_review <= ?"
        params.append(iso(until))
    return [
        ReviewRow(cid, ref, RiskLevel(level), required_day(review))
        for cid, ref, level, review in conn.execute(sql, params)
    ]


def _embargoes(
    conn: Connection,
    is_open: str,
    params: list[object],
    embargo_from: dt.date | None,
    until: dt.date | None,
) -> list[EmbargoRow]:
    flats = "SELECT id FROM apartments WHERE embargo_until IS NOT NULL"
    flat_params: list[object] = []
    if embargo_from is not None:
        flats += " AND embargo_until >= ?"
        flat_params.append(iso(embargo_from))
    if until is not None:
        flats += " AND embargo_until <= ?"
        flat_params.append(iso(until))
    # Flats under embargo are few: listing them first and probing each case link against that
    # list measured 4x faster than looking up the flat of every case link.
    sql = (
        "SELECT c.id, c.reference, a.object_number, a.embargo_until FROM case_apartments ca "
        "JOIN apartments a ON a.id = ca.apartment_id JOIN cases c ON c.id = ca.case_id "
        f"WHERE ca.apartment_id IN ({flats}) AND {is_open}"
    )
    return [
        EmbargoRow(cid, ref, number, required_day(embargo))
        for cid, ref, number, embargo in conn.execute(sql, [*flat_params, *params])
    ]


def _decisions(
    conn: Connection, is_open: str, params: list[object], until: dt.date | None
) -> list[DecisionRow]:
    params = list(params)
    window = ""
    if until is not None:
        window = "AND d.valid_until <= ? "
        params.append(iso(until))
    # `later.case_id = c.id` (not d.case_id) makes SQLite test for a later decision only once
    # the case is known to be open.
    sql = (
        "SELECT c.id, c.reference, d.kind, d.granted, d.valid_until FROM case_decisions d "
        "JOIN cases c ON c.id = d.case_id "
        f"WHERE d.valid_until IS NOT NULL AND {is_open} {window}AND NOT EXISTS ("
        "  SELECT 1 FROM case_decisions later WHERE later.case_id = c.id "
        "  AND later.kind = d.kind AND (later.on_date > d.on_date "
        "  OR (later.on_date = d.on_date AND later.id > d.id)))"
    )
    return [
        DecisionRow(
            cid,
            ref,
            DecisionKind(kind),
            None if granted is None else bool(granted),
            required_day(v),
        )
        for cid, ref, kind, granted, v in conn.execute(sql, params)
    ]


def _placements(
    conn: Connection, is_open: str, params: list[object], until: dt.date | None
) -> list[PlacementRow]:
    sql = (
        "SELECT c.id, c.reference, p.planned_end, p.flat_offered_before_end FROM placements p "
        f"JOIN cases c ON c.id = p.case_id WHERE p.actual_end IS NULL AND {is_open}"
    )
    params = list(params)
    if until is not None:
        sql += " AND p.planned_end <= ?"
        params.append(iso(until))
    return [
        PlacementRow(cid, ref, required_day(planned), None if offered is None else bool(offered))
        for cid, ref, planned, offered in conn.execute(sql, params)
    ]
