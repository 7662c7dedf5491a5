"""SQL for Att göra: the deadlines of every case a user sees, in their final order, a window
at a time.

Each kind of deadline is read from its own table through a partial index of the rows that can
make one (migration 015), joined to its case, and checked there: open (or, for an old flat,
finished), and seen by the user. One UNION ALL sorts them all by date, kind, case and detail,
as `domain.deadlines.sort_deadlines` does, so only the rows of the window leave SQLite; the
service builds those with the domain's rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from skyddsapp.domain.access import CaseScope
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.old_flat import OLD_FLAT_KINDS
from skyddsapp.domain.placement import flat_offer_text
from skyddsapp.domain.risk import RiskLevel
from skyddsapp.domain.trial_period import trial_deadline
from skyddsapp.vault.access_repository import visible_clause
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import iso, required_day

_NOTICE_GIVEN = LeaseStatus.NOTICE_GIVEN.value
_ACTIVE = LeaseStatus.ACTIVE.value
# domain.notice.notice_end_date in SQL: the last day of the third month after the notice month
# (tests/vault/test_todo_repository.py checks the two agree).
NOTICE_END_SQL = "date({0}, 'start of month', '+4 months', '-1 day')"
_ORDER = {kind: index for index, kind in enumerate(DeadlineKind)}


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One deadline as read, before the domain makes it a `Deadline`.

    `first` and `second` are what its rule takes: the contract number and the notice date
    (notice), the level and the next review (review), the object number and the embargo's end
    (embargo), the decision kind and whether it was granted (decision), whether a flat was
    offered and the planned end (placement), the contract number and the trial's last day
    (trial), the object number and the planned move-out (move-out).
    """

    day: dt.date
    kind: DeadlineKind
    case_id: int
    reference: str
    first: object
    second: object


@dataclass(frozen=True, slots=True)
class DeadlineCounts:
    total: int
    overdue: int


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


Sql = tuple[str, list[object]]
_COLUMNS = ("reference", "detail", "case_id", "first", "second")


def _labels(column: str, labels: Iterable[tuple[str, str]]) -> Sql:
    """A CASE that turns the stored value in `column` into the text the domain shows."""
    pairs = list(labels)
    whens = " ".join("WHEN ? THEN ?" for _ in pairs)
    return f"CASE {column} {whens} END", [x for pair in pairs for x in pair]


def _branch(kind: DeadlineKind, columns: str, rest: str, params: Sequence[object]) -> Sql:
    """SELECT day, kind order, reference, detail, case id, first, second (see DeadlineRow)."""
    day, *others = columns.split(";")
    named = ", ".join(f"{c} AS {n}" for c, n in zip(others, _COLUMNS, strict=True))
    sql = f"SELECT {day} AS day, {_ORDER[kind]} AS o, {named} {rest}"
    return sql, list(params)


def _window_sql(
    terminal: Iterable[tuple[CaseKind, str]],
    *,
    today: dt.date,
    until: dt.date | None,
    scope: CaseScope | None,
    old_flats: bool = True,
) -> tuple[Sql, Sql]:
    """The WITH clause (the old flats of finished cases) and the UNION ALL of every kind of
    deadline, each with its parameters; without `old_flats`, neither the WITH clause nor their
    branches.

    Each branch reads its table through an index on the deadline's date (migration 015), so
    that under ORDER BY day SQLite merges the branches (MERGE (UNION ALL)) and stops at the
    window's LIMIT instead of sorting every deadline.
    """
    terminal = list(terminal)
    is_open, open_params = _open_clause(terminal)
    finished, finished_params = terminal_clause(terminal)
    visible, visible_params = visible_clause(scope) if scope is not None else ("1", [])
    open_sql, open_p = f"{is_open} AND {visible}", [*open_params, *visible_params]
    by_p: list[object] = [] if until is None else [iso(until)]
    notice_end = NOTICE_END_SQL.format("l.notice_date")
    level, level_p = _labels("r.level", ((x.value, x.label) for x in RiskLevel))
    decision, decision_p = _labels("d.kind", ((x.value, x.label) for x in DecisionKind))
    offered_p: list[object] = [flat_offer_text(None), flat_offer_text(True), flat_offer_text(False)]
    before, after = trial_deadline(0, "", end=today, contract_number="\x00").detail.split("\x00")
    later = "(x.on_date > {0}.on_date OR (x.on_date = {0}.on_date AND x.id > {0}.id))"

    # A finished case's old flat (domain.old_flat.old_leases, domain.deadlines.
    # settling_deadlines): of the leases linked to a finished customer-care case that name a
    # client as tenant, those not on the flat of her newest running lease. Only cases with a
    # lease whose notice period runs until today or later, or a lease on a flat under
    # embargo, can have any.
    kinds = sorted(k.value for k in OLD_FLAT_KINDS)
    with_sql = (
        "WITH own AS MATERIALIZED (SELECT c.id AS case_id, c.reference AS reference, "
        "l.id AS lease_id, l.apartment_id AS apartment_id, l.status AS status, "
        "l.notice_date AS notice_date, l.start_date AS start_date, "
        "l.contract_number AS contract_number "
        "FROM cases c JOIN case_leases cl ON cl.case_id = c.id JOIN leases l ON l.id = cl.lease_id "
        "WHERE c.id IN ("
        "  SELECT cl.case_id FROM leases l CROSS JOIN case_leases cl ON cl.lease_id = l.id "
        f"  WHERE l.status = ? AND {notice_end} >= ? "
        "  UNION ALL SELECT cl.case_id FROM apartments a "
        "  CROSS JOIN leases l ON l.apartment_id = a.id "
        "  CROSS JOIN case_leases cl ON cl.lease_id = l.id "
        "  WHERE a.embargo_until IS NOT NULL AND a.embargo_until >= ?) "
        f"AND c.kind IN ({', '.join('?' * len(kinds))}) AND {finished or '0'} AND {visible} "
        "AND EXISTS (SELECT 1 FROM lease_tenants lt JOIN case_parties cp "
        "  ON cp.person_id = lt.person_id AND cp.case_id = c.id AND cp.role = 'client' "
        "  WHERE lt.lease_id = l.id)), "
        "old AS MATERIALIZED (SELECT * FROM own o WHERE o.apartment_id IS NOT ("
        "  SELECT h.apartment_id FROM own h "
        "  WHERE h.case_id = o.case_id AND h.status = ? "
        "  ORDER BY h.start_date DESC, h.lease_id DESC LIMIT 1)) "
    )
    with_p: list[object] = [
        _NOTICE_GIVEN,
        iso(today),
        iso(today),
        *kinds,
        *finished_params,
        *visible_params,
        _ACTIVE,
    ]
    old_end = NOTICE_END_SQL.format("o.notice_date")
    branches = [
        _branch(
            DeadlineKind.NOTICE_PERIOD_ENDS,
            f"{notice_end};c.reference;l.contract_number;c.id;l.contract_number;l.notice_date",
            "FROM leases l CROSS JOIN case_leases cl ON cl.lease_id = l.id "
            "CROSS JOIN cases c ON c.id = cl.case_id WHERE l.status = ? "
            f"AND l.notice_date IS NOT NULL AND {open_sql}"
            + ("" if until is None else f" AND {notice_end} <= ?"),
            [_NOTICE_GIVEN, *open_p, *by_p],
        ),
        _branch(
            DeadlineKind.RISK_REVIEW_DUE,
            f"r.next_review;c.reference;{level};c.id;r.level;r.next_review",
            "FROM risk_assessments r CROSS JOIN cases c ON c.id = r.case_id "
            "WHERE NOT EXISTS (SELECT 1 FROM risk_assessments x WHERE x.case_id = r.case_id "
            f"AND {later.format('r')}) AND {open_sql}"
            + ("" if until is None else " AND r.next_review <= ?"),
            [*level_p, *open_p, *by_p],
        ),
        _branch(
            DeadlineKind.EMBARGO_ENDS,
            "a.embargo_until;c.reference;a.object_number;c.id;a.object_number;a.embargo_until",
            "FROM apartments a CROSS JOIN case_apartments ca ON ca.apartment_id = a.id "
            "CROSS JOIN cases c ON c.id = ca.case_id WHERE a.embargo_until IS NOT NULL "
            f"AND a.embargo_until >= ? AND {open_sql}"
            + ("" if until is None else " AND a.embargo_until <= ?"),
            [iso(today), *open_p, *by_p],
        ),
        _branch(
            DeadlineKind.DECISION_EXPIRES,
            f"d.valid_until;c.reference;{decision};c.id;d.kind;d.granted",
            "FROM case_decisions d CROSS JOIN cases c ON c.id = d.case_id "
            f"WHERE d.valid_until IS NOT NULL AND d.granted IS NOT 0 AND {open_sql} "
            "AND NOT EXISTS (SELECT 1 FROM case_decisions x WHERE x.case_id = d.case_id "
            f"AND x.kind = d.kind AND {later.format('d')})"
            + ("" if until is None else " AND d.valid_until <= ?"),
            [*decision_p, *open_p, *by_p],
        ),
        _branch(
            DeadlineKind.PLACEMENT_ENDS,
            "p.planned_end;c.reference;CASE WHEN p.flat_offered_before_end IS NULL THEN ? "
            "WHEN p.flat_offered_before_end THEN ? ELSE ? END;c.id;p.flat_offered_before_end;"
            "p.planned_end",
            "FROM placements p CROSS JOIN cases c ON c.id = p.case_id "
            f"WHERE p.actual_end IS NULL AND {open_sql}"
            + ("" if until is None else " AND p.planned_end <= ?"),
            [*offered_p, *open_p, *by_p],
        ),
        _branch(
            DeadlineKind.TRIAL_ENDS,
            "t.end_date;c.reference;? || l.contract_number || ?;c.id;l.contract_number;t.end_date",
            "FROM trial_periods t CROSS JOIN cases c ON c.id = t.case_id "
            "CROSS JOIN leases l ON l.id = t.lease_id "
            f"WHERE t.social_contract_ended_on IS NULL AND {open_sql}"
            + ("" if until is None else " AND t.end_date <= ?"),
            [before, after, *open_p, *by_p],
        ),
        # A placement may close into a transition flat: its move-out counts in any state.
        _branch(
            DeadlineKind.PLANNED_MOVE_OUT,
            "s.planned_move_out;c.reference;a.object_number;c.id;a.object_number;"
            "s.planned_move_out",
            "FROM transition_flat_stays s CROSS JOIN cases c ON c.id = s.case_id "
            "CROSS JOIN apartments a ON a.id = s.apartment_id "
            f"WHERE s.moved_out IS NULL AND {visible}"
            + ("" if until is None else " AND s.planned_move_out <= ?"),
            [*visible_params, *by_p],
        ),
    ]
    old_flat_branches = [
        _branch(
            DeadlineKind.NOTICE_PERIOD_ENDS,
            f"{old_end};o.reference;o.contract_number;o.case_id;o.contract_number;o.notice_date",
            "FROM old o WHERE o.status = ? AND o.notice_date IS NOT NULL "
            f"AND {old_end} >= ?" + ("" if until is None else f" AND {old_end} <= ?"),
            [_NOTICE_GIVEN, iso(today), *by_p],
        ),
        _branch(
            DeadlineKind.EMBARGO_ENDS,
            "a.embargo_until;o.reference;a.object_number;o.case_id;a.object_number;a.embargo_until",
            "FROM (SELECT DISTINCT case_id, reference, apartment_id FROM old) o "
            "JOIN apartments a ON a.id = o.apartment_id "
            "WHERE a.embargo_until IS NOT NULL AND a.embargo_until >= ?"
            + ("" if until is None else " AND a.embargo_until <= ?"),
            [iso(today), *by_p],
        ),
    ]
    if old_flats:
        branches += old_flat_branches
    else:
        with_sql, with_p = "", []
    union = " UNION ALL ".join(sql for sql, _ in branches)
    return (with_sql, with_p), (union, [x for _, branch_p in branches for x in branch_p])


def deadline_window(
    conn: Connection,
    terminal: Iterable[tuple[CaseKind, str]],
    *,
    today: dt.date,
    until: dt.date | None = None,
    scope: CaseScope | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[DeadlineRow]:
    """Deadlines `offset` to `offset + limit` (all when `limit` is None) in Att göra's order:
    of the open cases the user sees, those of the finished customer-care cases whose old flat
    still settles, and every planned move-out from a transition flat; up to `until` (all
    when None), embargoes already over left out.
    """
    terminal = list(terminal)
    if offset == 0 and limit is not None:
        # A long list opens with overdue deadlines, and an old flat's never are (its notice
        # period and embargo run until today or later): when the overdue ones fill the first
        # window, the old flats of finished cases need not be looked for.
        yesterday = today - dt.timedelta(days=1)
        overdue_until = yesterday if until is None else min(until, yesterday)
        first = _read(
            conn,
            _window_sql(terminal, today=today, until=overdue_until, scope=scope, old_flats=False),
            0,
            limit,
        )
        if len(first) == limit:
            return first
    window = _window_sql(terminal, today=today, until=until, scope=scope)
    return _read(conn, window, offset, limit)


def _read(
    conn: Connection, window: tuple[Sql, Sql], offset: int, limit: int | None
) -> list[DeadlineRow]:
    (with_sql, with_p), (union, union_p) = window
    sql = f"{with_sql}{union} ORDER BY day, o, reference, detail, case_id LIMIT ? OFFSET ?"
    params = [*with_p, *union_p, -1 if limit is None else limit, offset]
    kinds = list(DeadlineKind)
    return [
        DeadlineRow(required_day(day), kinds[o], int(cid), str(ref), first, second)
        for day, o, ref, _, cid, first, second in conn.execute(sql, params)
    ]


def deadline_counts(
    conn: Connection,
    terminal: Iterable[tuple[CaseKind, str]],
    *,
    today: dt.date,
    until: dt.date | None = None,
    scope: CaseScope | None = None,
) -> DeadlineCounts:
    """How many deadlines `deadline_window` has in all, and how many of them are overdue."""
    (with_sql, with_p), (union, union_p) = _window_sql(
        terminal, today=today, until=until, scope=scope
    )
    sql = f"{with_sql}SELECT count(*), total(day < ?) FROM ({union})"
    total, overdue = conn.execute(sql, [*with_p, iso(today), *union_p]).fetchone()
    return DeadlineCounts(int(total), int(overdue))
