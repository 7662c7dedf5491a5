"""Att göra: deadlines gathered across open cases, the per-case variant, order and windows."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from service_support import TODAY, Factory, new_vault

from skyddsapp.domain.case import Case, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import Deadline, DeadlineKind, sort_deadlines
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.transition_flat import FlatCategory
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import CANCEL_ACTION, workflow_for
from skyddsapp.services import cases, demo, housing, todo, transition_flats
from skyddsapp.services.context import Session
from skyddsapp.services.demo_nexus import add_nexus_housing
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.services.todo import DeadlineCounts
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def world_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """Demo cases (a review and maybe an embargo each) for the crafted cases to stand among."""
    vault = new_vault(tmp_path_factory.mktemp("todo") / "valv")
    with vault.transaction():
        demo.fill(Session(vault, lambda: TODAY), 40, random.Random(11))
        add_nexus_housing(Session(vault, lambda: TODAY))  # planned move-outs from flats
    yield vault
    vault.lock()


@pytest.fixture
def session(world_vault: Vault) -> Session:
    return Session(world_vault, lambda: TODAY)


@pytest.fixture
def make(session: Session) -> Factory:
    return Factory(session)


def _case_with_lease(make: Factory) -> tuple[Case, int]:
    client = make.person()
    assert client.id is not None
    lease = make.lease((client.id,))
    assert lease.id is not None
    return make.case(client=client, leases=[lease]), lease.id


def _of(found: list[Deadline], case: Case) -> list[Deadline]:
    return [d for d in found if d.case_id == case.id]


def test_a_notice_gives_the_end_date_the_law_gives(session: Session, make: Factory) -> None:
    case, lease_id = _case_with_lease(make)
    housing.register_notice(session, lease_id, dt.date(2026, 3, 10))
    [deadline] = _of(todo.deadlines(session), case)
    assert deadline.kind is DeadlineKind.NOTICE_PERIOD_ENDS
    assert deadline.date == dt.date(2026, 6, 30)
    assert deadline.reference == str(case.reference)
    assert deadline.detail == housing.get_lease(session, lease_id).contract_number
    assert case.id is not None
    assert todo.case_deadlines(session, case.id) == [deadline]


@pytest.mark.parametrize("kind", [CaseKind.CUSTOMER_CARE, CaseKind.PRIORITY])
def test_a_cancelled_case_keeps_only_its_old_flats_deadlines(
    session: Session, make: Factory, kind: CaseKind
) -> None:
    """Cancelled, a customer-care case still watches the flat the client leaves (notice end and
    showing embargo, issue 10); nothing else is left to do, and in other kinds nothing at all."""
    flat = make.apartment()
    flat.embargo_until = TODAY + 5 * DAY
    housing.update_apartment(session, flat)
    client = make.person()
    assert client.id is not None
    lease = make.lease((client.id,))
    assert lease.id is not None
    case = make.case(kind, client=client, leases=[lease], apartments=[flat])
    assert case.id is not None
    emergency = make.apartment()
    assert emergency.id is not None
    transition_flats.register_flat(session, emergency.id, FlatCategory.EMERGENCY)
    transition_flats.move_in(
        session, emergency.id, case.id, moved_in=TODAY, planned_move_out=TODAY + 30 * DAY
    )
    housing.register_notice(session, lease.id, TODAY - 5 * DAY)
    cases.add_risk_assessment(
        session, case.id, RiskAssessment(TODAY, "Bedömare", RiskLevel.LOW, False, TODAY + DAY)
    )
    cases.add_decision(
        session,
        case.id,
        Decision(TODAY, DecisionKind.PRIORITY, "Förtur.", "Chef", True, TODAY + 9 * DAY),
    )
    # A placement's planned end belongs to shelter-exit cases (tests/services/test_placements),
    # a trial period to the housing chain (test_trial_periods_service).
    kinds = set(DeadlineKind) - {DeadlineKind.PLACEMENT_ENDS, DeadlineKind.TRIAL_ENDS}
    for until in (None, TODAY + 365 * DAY):
        assert {d.kind for d in _of(todo.deadlines(session, until=until), case)} == kinds
    cases.take_step(session, case.id, CANCEL_ACTION, reason="Klienten flyttade på egen hand.")
    kept = set()
    if kind is CaseKind.CUSTOMER_CARE:
        kept = {DeadlineKind.NOTICE_PERIOD_ENDS, DeadlineKind.EMBARGO_ENDS}
    for until in (None, TODAY + 365 * DAY):
        # The client still lives in the emergency flat: its planned move-out stays too.
        assert {d.kind for d in _of(todo.deadlines(session, until=until), case)} == kept | {
            DeadlineKind.PLANNED_MOVE_OUT
        }
    assert {d.kind for d in todo.case_deadlines(session, case.id)} == kept | {
        DeadlineKind.PLANNED_MOVE_OUT
    }
    stay = transition_flats.current_stay_of_case(session, case.id)
    assert stay is not None
    assert stay.id is not None
    transition_flats.move_out(session, stay.id, TODAY)
    assert {d.kind for d in _of(todo.deadlines(session), case)} == kept
    assert {d.kind for d in todo.case_deadlines(session, case.id)} == kept


def test_a_finished_demo_case_is_left_out_but_for_its_old_flat(session: Session) -> None:
    rows = session.conn.execute("SELECT id, kind, state FROM cases").fetchall()
    finished = {i for i, kind, state in rows if workflow_for(CaseKind(kind)).is_terminal(state)}
    kinds = {i: CaseKind(kind) for i, kind, _state in rows}
    assert finished, "the demo should hold a finished case"
    kept = [d for d in todo.deadlines(session) if d.case_id in finished]
    assert {d.kind for d in kept} <= {DeadlineKind.NOTICE_PERIOD_ENDS, DeadlineKind.EMBARGO_ENDS}
    assert {kinds[d.case_id] for d in kept} <= {CaseKind.CUSTOMER_CARE}
    assert finished - {d.case_id for d in kept}, "most finished cases have nothing left"


def test_sorted_by_date_overdue_first_and_limited_by_until(session: Session, make: Factory) -> None:
    assessed = make.case(client=make.person())
    decided = make.case(client=make.person())
    assert assessed.id is not None
    assert decided.id is not None
    cases.add_risk_assessment(
        session,
        assessed.id,
        RiskAssessment(TODAY - 60 * DAY, "Bedömare", RiskLevel.HIGH, True, TODAY - 3 * DAY),
    )
    cases.add_decision(
        session,
        decided.id,
        Decision(TODAY, DecisionKind.PRIORITY, "Förtur.", "Chef", True, TODAY + 45 * DAY),
    )
    found = todo.deadlines(session)
    assert found == sorted(found, key=lambda d: d.date)
    overdue = [d for d in found if d.is_overdue(TODAY)]
    assert found[: len(overdue)] == overdue
    [review] = _of(found, assessed)
    assert (review.kind, review.date, review.detail) == (
        DeadlineKind.RISK_REVIEW_DUE,
        TODAY - 3 * DAY,
        RiskLevel.HIGH.label,
    )
    assert review in overdue
    [validity] = _of(found, decided)
    assert (validity.kind, validity.date) == (DeadlineKind.DECISION_EXPIRES, TODAY + 45 * DAY)
    within_month = todo.deadlines(session, until=TODAY + 30 * DAY)
    assert review in within_month
    assert validity not in within_month
    assert all(d.date <= TODAY + 30 * DAY for d in within_month)


def test_only_the_latest_assessment_and_decision_count(session: Session, make: Factory) -> None:
    case = make.case(client=make.person())
    assert case.id is not None
    first = RiskAssessment(TODAY - 9 * DAY, "A", RiskLevel.HIGH, False, TODAY - DAY)
    cases.add_risk_assessment(session, case.id, first)
    cases.add_risk_assessment(session, case.id, replace(first, date=TODAY, next_review=TODAY))
    granted = Decision(TODAY - 9 * DAY, DecisionKind.PRIORITY, "Förtur.", "Chef", True, TODAY)
    cases.add_decision(session, case.id, granted)
    cases.add_decision(session, case.id, replace(granted, date=TODAY - DAY, valid_until=None))
    assert [(d.kind, d.date) for d in _of(todo.deadlines(session), case)] == [
        (DeadlineKind.RISK_REVIEW_DUE, TODAY)
    ]


def test_an_embargo_shows_until_the_day_it_ends(session: Session, make: Factory) -> None:
    flats = [make.apartment(), make.apartment()]
    for flat, embargo in zip(flats, (TODAY - DAY, TODAY + 10 * DAY), strict=True):
        flat.embargo_until = embargo
        housing.update_apartment(session, flat)
    case = make.case(client=make.person(), apartments=flats)
    [only] = _of(todo.deadlines(session), case)
    assert (only.kind, only.date, only.detail) == (
        DeadlineKind.EMBARGO_ENDS,
        TODAY + 10 * DAY,
        flats[1].object_number,
    )


@pytest.mark.parametrize("days", [None, 0, 30, 90])
def test_the_bulk_query_agrees_with_the_rule_for_each_case(
    session: Session, make: Factory, days: int | None
) -> None:
    case, lease_id = _case_with_lease(make)
    assert case.id is not None
    housing.register_notice(session, lease_id, TODAY - 20 * DAY)
    decision = Decision(TODAY, DecisionKind.PRIORITY, "Förtur.", "Chef", True, TODAY + 20 * DAY)
    cases.add_decision(session, case.id, decision)
    make.chain_case_in_trial(TODAY - 340 * DAY)  # its trial ends within a month
    until = None if days is None else TODAY + days * DAY
    found = todo.deadlines(session, until=until)
    ids = [row[0] for row in session.conn.execute("SELECT id FROM cases ORDER BY id")]
    per_case = [
        d
        for case_id in ids
        for d in todo.case_deadlines(session, case_id)
        if until is None or d.date <= until
    ]
    assert len(found) > (10 if until is None else 0)
    if days in (None, 90):
        assert {d.kind for d in found} == set(DeadlineKind)
    assert sorted(found, key=repr) == sorted(per_case, key=repr)


def test_needs_read_rights_and_a_known_case(
    session: Session, login: Callable[[Vault, str, Role], Session]
) -> None:
    with pytest.raises(NotFound):
        todo.case_deadlines(session, 999_999)
    auditor = login(session.vault, "granskare", Role.AUDITOR)
    with pytest.raises(NotAllowed):
        todo.deadlines(auditor)
    with pytest.raises(NotAllowed):
        todo.case_deadlines(auditor, 1)


# ----------------------------------------------------------------- windows (issue 11)


def _case_by_case(session: Session) -> list[Deadline]:
    """Att göra gathered case by case with the domain's rules, as the case view gathers them."""
    ids = [int(r[0]) for r in session.conn.execute("SELECT id FROM cases ORDER BY id")]
    found: list[Deadline] = []
    for case_id in ids:
        if session.may_see_case(case_id):
            found += todo.case_deadlines(session, case_id)
    return sort_deadlines(found)


def test_att_gora_is_every_case_s_own_deadlines(session: Session) -> None:
    """The one windowed query reads what the domain's rules give, case by case, in order."""
    whole = todo.deadlines(session)
    assert len({d.kind for d in whole}) >= 5
    assert whole == _case_by_case(session)


@pytest.mark.parametrize("limit", [1, 7, 50])
def test_windows_read_one_after_another_make_the_whole_list(session: Session, limit: int) -> None:
    until = TODAY + 90 * DAY
    whole = todo.deadlines(session, until=until)
    assert len(whole) > 50
    paged: list[Deadline] = []
    while True:
        part = todo.deadlines(session, until=until, offset=len(paged), limit=limit)
        paged += part
        if len(part) < limit:
            break
    assert paged == whole


def test_the_window_counts_only_when_it_holds_every_deadline(session: Session) -> None:
    everything = todo.window(session, limit=100_000)
    overdue = sum(d.is_overdue(TODAY) for d in everything.rows)
    assert overdue
    assert everything.counts == DeadlineCounts(len(everything.rows), overdue)
    assert todo.counts(session) == everything.counts
    first = todo.window(session, limit=3)
    assert first.rows == everything.rows[:3]
    assert first.counts is None  # more than the window: the page asks `counts` after
