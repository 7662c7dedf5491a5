"""Workflow tables: well-formed, cancellable, and refusing every illegal jump."""

from __future__ import annotations

import datetime as dt
from collections import deque

import pytest

from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference, next_reference
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.workflows import (
    CANCEL_ACTION,
    CANCELLED_STATE,
    REASON_MISSING,
    apply_transition,
    available_transitions,
    initial_state,
    open_case,
    state_label,
    workflow_for,
)

TODAY = dt.date(2026, 3, 15)
USER = "handlaggare.test"


def new_case(kind: CaseKind) -> Case:
    return open_case(kind, next_reference(kind, 2026, None), TODAY, USER)


def do(case: Case, action: str, *, leases: tuple[Lease, ...] = (), reason: str = "") -> Case:
    return apply_transition(case, action, TODAY, USER, reason=reason, leases=leases)


class TestTables:
    @pytest.mark.parametrize("kind", list(CaseKind))
    def test_every_step_is_reachable_and_can_reach_an_end(self, kind: CaseKind) -> None:
        workflow = workflow_for(kind)
        reachable = {workflow.initial_state}
        queue = deque([workflow.initial_state])
        while queue:
            for transition in workflow.transitions_from(queue.popleft()):
                if transition.to_state not in reachable:
                    reachable.add(transition.to_state)
                    queue.append(transition.to_state)
        assert reachable == {step.id for step in workflow.steps}
        for step in workflow.steps:
            if not step.terminal:
                targets = {t.to_state for t in workflow.transitions_from(step.id)}
                assert targets - {CANCELLED_STATE}, f"{kind}: {step.id} only leads to cancel"

    @pytest.mark.parametrize("kind", list(CaseKind))
    def test_every_open_step_can_be_cancelled_with_a_reason(self, kind: CaseKind) -> None:
        workflow = workflow_for(kind)
        for step in workflow.steps:
            cancel = [t for t in workflow.transitions_from(step.id) if t.action == CANCEL_ACTION]
            assert len(cancel) == (0 if step.terminal else 1)
            assert all(t.needs_reason for t in cancel)

    @pytest.mark.parametrize("kind", list(CaseKind))
    def test_labels_are_written_out(self, kind: CaseKind) -> None:
        workflow = workflow_for(kind)
        assert not workflow.is_terminal(workflow.initial_state)
        assert all(step.label.strip() for step in workflow.steps)
        assert all(t.label.strip() for t in workflow.transitions)
        assert all(r.description.strip() for t in workflow.transitions for r in t.requires)


ILLEGAL = [
    (kind, step.id, action)
    for kind in CaseKind
    for step in workflow_for(kind).steps
    for action in sorted(workflow_for(kind).actions() | {"jump_to_end"})
    if action not in {t.action for t in workflow_for(kind).transitions_from(step.id)}
]


@pytest.mark.parametrize(("kind", "state", "action"), ILLEGAL)
def test_illegal_jumps_are_refused(kind: CaseKind, state: str, action: str) -> None:
    case = new_case(kind)
    case.state = state
    with pytest.raises(TransitionError) as caught:
        do(case, action, reason="försök")
    assert caught.value.missing == ()
    assert case.state == state


def test_opening_a_case() -> None:
    case = new_case(CaseKind.CUSTOMER_CARE)
    assert case.state == initial_state(CaseKind.CUSTOMER_CARE) == "received"
    assert case.handlers == (USER,)
    assert [event.kind for event in case.events] == [EventKind.OPENED]
    assert state_label(case) == "Förfrågan från Nexus mottagen"


def test_opening_needs_a_matching_reference_and_a_user() -> None:
    with pytest.raises(ValidationError, match="annan ärendetyp"):
        open_case(CaseKind.PRIORITY, CaseReference.parse("KV-2026-0001"), TODAY, USER)
    with pytest.raises(ValidationError) as caught:
        open_case(CaseKind.PRIORITY, CaseReference.parse("FT-2026-0001"), TODAY, " ")
    assert caught.value.fields == ("by",)


def test_a_step_leaves_the_original_case_untouched() -> None:
    case = new_case(CaseKind.CUSTOMER_CARE).with_party(CaseParty(1, CaseRole.CLIENT))
    case = case.with_decision(
        Decision(TODAY, DecisionKind.NEED_CONFIRMATION, "Behovet styrks", "Nexus", True)
    )
    moved = do(case, "confirm_need")
    assert case.state == "received"
    assert len(case.events) == 1
    assert moved.state == "need_confirmed"
    assert moved.events[-1].by == USER
    assert moved.events[-1].date == TODAY


def test_cancel_needs_a_reason_and_records_it() -> None:
    case = new_case(CaseKind.HOUSING_CHAIN)
    with pytest.raises(TransitionError) as caught:
        do(case, CANCEL_ACTION, reason="  ")
    assert caught.value.missing == (REASON_MISSING,)
    cancelled = do(case, CANCEL_ACTION, reason="Klienten har flyttat från länet")
    assert cancelled.state == CANCELLED_STATE
    assert cancelled.events[-1].text == "Avbryt ärendet: Klienten har flyttat från länet"
    assert available_transitions(cancelled, TODAY) == []


def test_an_unknown_state_is_reported() -> None:
    case = new_case(CaseKind.PRIORITY)
    case.state = "lost"
    with pytest.raises(TransitionError, match="okänt läge"):
        do(case, "grant")
