"""Moving a case through its workflow: what may happen next, what is missing, doing the step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from skyddsapp.domain.case import Case, CaseEvent, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.county_referral import CountyReferral
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.fields import clean_reason
from skyddsapp.domain.flows import WORKFLOWS
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.old_flat_outcome import OldFlatOutcome
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.text import Text
from skyddsapp.domain.workflow import (
    CANCEL_ACTION,
    CANCELLED_STATE,
    CaseContext,
    Requirement,
    Step,
    Transition,
    Workflow,
)

__all__ = [
    "CANCELLED_STATE",
    "CANCEL_ACTION",
    "REASON_MISSING",
    "CaseContext",
    "Requirement",
    "Step",
    "Transition",
    "Workflow",
    "apply_transition",
    "available_transitions",
    "initial_state",
    "missing_requirements",
    "open_case",
    "state_label",
    "step_reason",
    "workflow_for",
]

REASON_MISSING = Text("Ange en motivering för steget.")


def workflow_for(kind: CaseKind) -> Workflow:
    return WORKFLOWS[kind]


def initial_state(kind: CaseKind) -> str:
    return workflow_for(kind).initial_state


def state_label(case: Case) -> str:
    step = workflow_for(case.kind).step(case.state)
    return step.label if step is not None else case.state


def open_case(
    kind: CaseKind,
    reference: CaseReference,
    opened_on: dt.date,
    by: str,
    *,
    handlers: tuple[str, ...] = (),
    children_count: int = 0,
    notes: str = "",
    id: int | None = None,
) -> Case:
    """A new case in the first step of its workflow, with the opening recorded as an event."""
    _require_user(by)
    case = Case(
        id=id,
        reference=reference,
        kind=kind,
        state=initial_state(kind),
        opened_on=opened_on,
        handlers=handlers or (by,),
        children_count=children_count,
        notes=notes,
    )
    case = case.validated(today=opened_on)
    return case.with_event(
        CaseEvent(opened_on, EventKind.OPENED, f"Ärendet öppnat: {kind.label}.", by)
    )


def available_transitions(case: Case, today: dt.date) -> list[Transition]:
    """Every step that leads on from the case's current state, whether or not it is ready.

    Ask ``missing_requirements`` what each one still needs; ``today`` is accepted so that
    the signature matches the rest of the API and may later hide steps by date.
    """
    del today
    return workflow_for(case.kind).transitions_from(case.state)


def missing_requirements(
    case: Case,
    transition: Transition,
    today: dt.date,
    *,
    leases: Sequence[Lease] = (),
    old_flat_outcomes: Sequence[OldFlatOutcome] = (),
    placement: Placement | None = None,
    county_referrals: Sequence[CountyReferral] = (),
) -> list[str]:
    """What the case still lacks for ``transition``, as Swedish messages; empty when ready.

    Requirements about leases look only at ``leases`` linked to the case (``case.lease_ids``);
    without them such requirements are unmet. ``old_flat_outcomes``: those recorded for the
    case's old flats. The same holds for the case's ``placement`` in sheltered housing and its
    ``county_referrals`` (Länskompotten).
    """
    context = CaseContext(
        case,
        today,
        tuple(leases),
        old_flat_outcomes=tuple(old_flat_outcomes),
        placement=placement,
        county_referrals=tuple(county_referrals),
    )
    return [
        problem
        for requirement in transition.requires
        if (problem := requirement.problem(context)) is not None
    ]


def apply_transition(
    case: Case,
    action_id: str,
    today: dt.date,
    by: str,
    *,
    reason: str = "",
    leases: Sequence[Lease] = (),
    old_flat_outcomes: Sequence[OldFlatOutcome] = (),
    placement: Placement | None = None,
    county_referrals: Sequence[CountyReferral] = (),
) -> Case:
    """The case after ``action_id``, with an event recording who did it, when and why.

    Raises TransitionError when the action does not lead on from the current state (its
    ``missing`` is then empty) or when requirements are unmet (``missing`` lists them).
    """
    _require_user(by)
    reason = step_reason(reason)
    workflow = workflow_for(case.kind)
    current = workflow.step(case.state)
    if current is None:
        raise TransitionError(
            Text(
                "Ärendet står i ett okänt läge för {0}; kontakta administratören.", case.kind.label
            )
        )
    transition = next(
        (t for t in workflow.transitions_from(case.state) if t.action == action_id), None
    )
    if transition is None:
        raise TransitionError(_not_allowed(workflow, current, action_id))
    missing = missing_requirements(
        case,
        transition,
        today,
        leases=leases,
        old_flat_outcomes=old_flat_outcomes,
        placement=placement,
        county_referrals=county_referrals,
    )
    if transition.needs_reason and not reason:
        missing.append(REASON_MISSING)
    if missing:
        raise TransitionError(Text("Steget ”{0}” kan inte göras ännu.", transition.label), missing)
    text = transition.label if not reason else f"{transition.label}: {reason}"
    event = CaseEvent(today, EventKind.TRANSITION, text, by, action=transition.action)
    return replace(case, state=transition.to_state, events=[*case.events, event])


def step_reason(reason: str) -> str:
    """The reason given for a workflow step, normalised as one line ("" when none is given)."""
    return clean_reason(reason, field="reason", label="Motiveringen")


def _not_allowed(workflow: Workflow, current: Step, action_id: str) -> str:
    if current.terminal:
        return Text("Ärendet är avslutat ({0}); inga fler steg kan göras.", current.label)
    known = next((t for t in workflow.transitions if t.action == action_id), None)
    if known is None:
        return Text("Steget finns inte i arbetsflödet för ärendetypen ”{0}”.", workflow.kind.label)
    return Text(
        "Steget ”{0}” kan inte göras i läget ”{1}”; det måste föregås av andra steg.",
        known.label,
        current.label,
    )


def _require_user(by: str) -> None:
    if not by.strip():
        raise ValidationError.single("by", "Ange vilken användare som utför steget.")
