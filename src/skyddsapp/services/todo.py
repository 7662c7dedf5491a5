"""Att göra: the deadlines of every open case, and of one case, sorted by date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from skyddsapp.domain import deadlines as rule
from skyddsapp.domain.case import Case, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import Deadline, DeadlineKind
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.risk import RiskLevel
from skyddsapp.domain.transition_flat import move_out_deadline
from skyddsapp.domain.trial_period import trial_deadline
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import transition_flats_overview
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.vault import (
    apartments_repository,
    leases_repository,
    placements_repository,
    todo_repository,
    trial_periods_repository,
)
from skyddsapp.vault.rows import required_day
from skyddsapp.vault.todo_repository import DeadlineCounts as DeadlineCounts  # the page reads it
from skyddsapp.vault.todo_repository import DeadlineRow


def _terminal_states() -> list[tuple[CaseKind, str]]:
    return [
        (kind, step.id) for kind in CaseKind for step in workflow_for(kind).steps if step.terminal
    ]


WINDOW = 200
"""Deadlines read at a time: a few screens of Att göra."""


@dataclass(frozen=True, slots=True)
class DeadlineWindow:
    """The first deadlines of Att göra (the rest are read with `deadlines(offset=...)` as the
    list is scrolled), and how many there are when the window holds them all."""

    rows: list[Deadline]
    counts: DeadlineCounts | None
    """None when there are more than the window: `counts` tells, at a cost (every deadline is
    read to count them, where the window reads only its own)."""


def window(
    session: Session, *, until: dt.date | None = None, limit: int = WINDOW
) -> DeadlineWindow:
    """Att göra as the page opens: the first `limit` deadlines in order (`deadlines`)."""
    rows = deadlines(session, until=until, limit=limit)
    if len(rows) < limit:
        today = session.today()
        return DeadlineWindow(rows, DeadlineCounts(len(rows), sum(d.date < today for d in rows)))
    return DeadlineWindow(rows, None)


def counts(session: Session, *, until: dt.date | None = None) -> DeadlineCounts:
    """How many deadlines `deadlines` has up to `until`, and how many of them are overdue."""
    return todo_repository.deadline_counts(
        session.conn,
        _terminal_states(),
        today=session.today(),
        until=until,
        scope=session.scope(),
    )


def deadlines(
    session: Session,
    *,
    until: dt.date | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[Deadline]:
    """Every deadline of every open case the user sees, up to ``until`` (all when None),
    overdue ones first; from ``offset``, at most ``limit`` of them (all when None).

    Also those a finished customer-care case keeps while its old flat settles, and every
    planned move-out from a transition flat whatever the case's state. Embargoes already over
    are left out: there is nothing left to wait for. Only the deadlines asked for are built.
    """
    rows = todo_repository.deadline_window(
        session.conn,
        _terminal_states(),
        today=session.today(),
        until=until,
        scope=session.scope(),
        offset=offset,
        limit=limit,
    )
    return [_deadline(row) for row in rows]


def _deadline(row: DeadlineRow) -> Deadline:
    """The domain's deadline for a row read by `todo_repository.deadline_window`."""
    cid, ref, first, second = row.case_id, row.reference, row.first, row.second
    kind = row.kind
    found: Deadline | None
    if kind is DeadlineKind.NOTICE_PERIOD_ENDS:
        found = rule.notice_deadline(
            cid,
            ref,
            contract_number=str(first),
            notice_date=required_day(str(second)),
            status=LeaseStatus.NOTICE_GIVEN,
        )
    elif kind is DeadlineKind.RISK_REVIEW_DUE:
        found = rule.review_deadline(cid, ref, level=RiskLevel(first), next_review=row.day)
    elif kind is DeadlineKind.EMBARGO_ENDS:
        found = rule.embargo_deadline(cid, ref, object_number=str(first), embargo_until=row.day)
    elif kind is DeadlineKind.DECISION_EXPIRES:
        granted = None if second is None else bool(second)
        found = rule.decision_deadline(
            cid, ref, kind=DecisionKind(first), granted=granted, valid_until=row.day
        )
    elif kind is DeadlineKind.PLACEMENT_ENDS:
        found = rule.placement_deadline(
            cid,
            ref,
            planned_end=row.day,
            actual_end=None,
            flat_offered_before_end=None if first is None else bool(first),
        )
    elif kind is DeadlineKind.TRIAL_ENDS:
        found = trial_deadline(cid, ref, end=row.day, contract_number=str(first))
    else:
        found = move_out_deadline(cid, ref, object_number=str(first), planned_move_out=row.day)
    # The SQL reads only what the rule keeps, on the day the rule gives.
    assert found is not None, row
    assert found.date == row.day, row
    return found


def case_deadlines(session: Session, case_id: int) -> list[Deadline]:
    """The deadlines of one case, for the case view (once the case is finished, only those of
    its old flat while that settles, and a planned move-out from a transition flat)."""
    case = get_case(session, case_id)
    conn = session.conn
    leases = leases_repository.get_many(conn, case.lease_ids).values()
    flats = {*case.apartment_ids, *(lease.apartment_id for lease in leases)}
    apartments = apartments_repository.get_many(conn, flats).values()
    placement = placements_repository.of_case(conn, case_id)
    found = rule.case_deadlines(
        case, leases, apartments, today=session.today(), placement=placement
    )
    # A client may still live in a transition flat after the case has closed (a placement
    # ends into one): its planned move-out is watched whatever the case's state.
    found += transition_flats_overview.case_move_out_deadlines(session, case_id)
    return rule.sort_deadlines([*found, *_trial_deadlines(session, case)])


def _trial_deadlines(session: Session, case: Case) -> list[Deadline]:
    """The end of a running trial period (boendekedjan) while the case is open."""
    assert case.id is not None
    trial = trial_periods_repository.get(session.conn, case.id)
    if trial is None or trial.taken_over or workflow_for(case.kind).is_terminal(case.state):
        return []
    lease = leases_repository.get(session.conn, trial.lease_id)
    number = lease.contract_number if lease is not None else ""
    return [
        trial_deadline(case.id, case.reference.formatted(), end=trial.end, contract_number=number)
    ]
