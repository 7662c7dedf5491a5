"""Att göra: the deadlines of every open case, and of one case, sorted by date."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain import deadlines as rule
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import Deadline
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import transition_flats_overview
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.vault import apartments_repository, leases_repository, todo_repository


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
    found += transition_flats_overview.move_out_deadlines(session, until=until)
    return rule.sort_deadlines(
        d for d in found if d is not None and (until is None or d.date <= until)
    )


def case_deadlines(session: Session, case_id: int) -> list[Deadline]:
    """The deadlines of one case, for the case view (none once the case is finished, but a
    planned move-out from a transition flat)."""
    case = get_case(session, case_id)
    conn = session.conn
    leases = leases_repository.get_many(conn, case.lease_ids).values()
    apartments = apartments_repository.get_many(conn, case.apartment_ids).values()
    found = rule.case_deadlines(case, leases, apartments, today=session.today())
    # A client may still live in a transition flat after the case has closed (a placement
    # ends into one): its planned move-out is watched whatever the case's state.
    found += transition_flats_overview.case_move_out_deadlines(session, case_id)
    return rule.sort_deadlines(found)
