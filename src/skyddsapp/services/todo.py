"""Att göra: the deadlines of every open case, and of one case, sorted by date."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain import deadlines as rule
from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import Deadline
from skyddsapp.domain.trial_period import trial_deadline
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import old_flat, transition_flats_overview
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.vault import (
    apartments_repository,
    leases_repository,
    placements_repository,
    todo_repository,
    trial_periods_repository,
)


def _terminal_states() -> list[tuple[CaseKind, str]]:
    return [
        (kind, step.id) for kind in CaseKind for step in workflow_for(kind).steps if step.terminal
    ]


def deadlines(session: Session, *, until: dt.date | None = None) -> list[Deadline]:
    """Every deadline of every open case the user sees, up to ``until`` (all when None),
    overdue ones first.

    Embargoes already over are left out: there is nothing left to wait for.
    """
    scope = session.scope()  # the cases this user sees
    today = session.today()
    rows = todo_repository.open_case_dates(
        session.conn, _terminal_states(), until=until, embargo_from=today, scope=scope
    )
    found: list[Deadline | None] = [
        rule.notice_deadline(
            r.case_id,
            r.reference,
            contract_number=r.contract_number,
            notice_date=r.notice_date,
            status=r.status,
        )
        for r in rows.notices
    ]
    found += [
        rule.review_deadline(r.case_id, r.reference, level=r.level, next_review=r.next_review)
        for r in rows.reviews
    ]
    found += [
        rule.embargo_deadline(
            r.case_id,
            r.reference,
            object_number=r.object_number,
            embargo_until=r.embargo_until,
            today=today,
        )
        for r in rows.embargoes
    ]
    found += [
        rule.decision_deadline(
            r.case_id, r.reference, kind=r.kind, granted=r.granted, valid_until=r.valid_until
        )
        for r in rows.decisions
    ]
    # A finished customer-care case keeps its old flat's deadlines while the flat settles.
    found += old_flat.settling_deadlines(session, until=until)
    found += [
        rule.placement_deadline(
            r.case_id,
            r.reference,
            planned_end=r.planned_end,
            actual_end=None,
            flat_offered_before_end=r.flat_offered_before_end,
        )
        for r in rows.placements
    ]
    found += [
        trial_deadline(r.case_id, r.reference, end=r.end_date, contract_number=r.contract_number)
        for r in rows.trials
    ]
    found += transition_flats_overview.move_out_deadlines(session, until=until)
    return rule.sort_deadlines(
        d for d in found if d is not None and (until is None or d.date <= until)
    )


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
