"""The building blocks of a case workflow as plain data: steps, transitions, requirements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import CountyReferral
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.old_flat_outcome import OldFlatOutcome
from skyddsapp.domain.placement import Placement

CANCEL_ACTION = "cancel"
CANCELLED_STATE = "cancelled"


@dataclass(frozen=True, slots=True)
class CaseContext:
    """What a requirement may look at: the case, today's date, the case's leases and the
    recorded outcomes of its old flats.

    ``leases`` may hold any leases; only those linked to the case (``case.lease_ids``) count.
    ``placement`` is the case's placement in sheltered housing, ``county_referrals`` its
    referrals through Länskompotten (both belong to the case by their ``case_id``).
    """

    case: Case
    today: dt.date
    leases: Sequence[Lease] = ()
    old_flat_outcomes: Sequence[OldFlatOutcome] = ()
    placement: Placement | None = None
    county_referrals: Sequence[CountyReferral] = ()

    @property
    def case_leases(self) -> list[Lease]:
        linked = set(self.case.lease_ids)
        return [lease for lease in self.leases if lease.id is not None and lease.id in linked]


@dataclass(frozen=True, slots=True)
class Requirement:
    """Villkor för ett steg: a named check that returns None when met, else a Swedish message."""

    id: str
    description: str
    evaluate: Callable[[CaseContext], str | None] = field(compare=False)

    def problem(self, context: CaseContext) -> str | None:
        return self.evaluate(context)


def requirement(id: str, message: str, test: Callable[[CaseContext], bool]) -> Requirement:
    """A requirement whose message is the same whenever ``test`` fails."""
    return Requirement(id, message, lambda context: None if test(context) else message)


@dataclass(frozen=True, slots=True)
class Step:
    """Läge i ärendet."""

    id: str
    label: str
    terminal: bool = False


@dataclass(frozen=True, slots=True)
class Transition:
    """Steg mellan två lägen: ``action`` is the stable id the UI and the audit log use."""

    from_state: str
    to_state: str
    action: str
    label: str
    requires: tuple[Requirement, ...] = ()
    needs_reason: bool = False


@dataclass(frozen=True)
class Workflow:
    """Arbetsflöde for one case kind: ordered steps and the transitions allowed between them."""

    kind: CaseKind
    steps: tuple[Step, ...]
    transitions: tuple[Transition, ...]

    @property
    def initial_state(self) -> str:
        return self.steps[0].id

    def step(self, state: str) -> Step | None:
        return next((step for step in self.steps if step.id == state), None)

    def transitions_from(self, state: str) -> list[Transition]:
        return [t for t in self.transitions if t.from_state == state]

    def is_terminal(self, state: str) -> bool:
        step = self.step(state)
        return step is not None and step.terminal

    def actions(self) -> frozenset[str]:
        return frozenset(t.action for t in self.transitions)


def build_workflow(
    kind: CaseKind, steps: Sequence[Step], transitions: Sequence[Transition]
) -> Workflow:
    """A workflow whose every non-terminal step may also be cancelled, with a reason."""
    cancelled = Step(CANCELLED_STATE, "Avbrutet", terminal=True)
    cancels = tuple(
        Transition(step.id, CANCELLED_STATE, CANCEL_ACTION, "Avbryt ärendet", needs_reason=True)
        for step in steps
        if not step.terminal
    )
    workflow = Workflow(kind, (*steps, cancelled), (*transitions, *cancels))
    _check_consistency(workflow)
    return workflow


def _check_consistency(workflow: Workflow) -> None:
    # A mistake in a flow table is a programming error: fail at import, not in front of a user.
    ids = [step.id for step in workflow.steps]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{workflow.kind}: duplicate step ids")
    for transition in workflow.transitions:
        if transition.from_state not in ids or transition.to_state not in ids:
            raise ValueError(f"{workflow.kind}: {transition.action} uses an unknown step")
        if workflow.is_terminal(transition.from_state):
            raise ValueError(f"{workflow.kind}: {transition.action} leaves a terminal step")
    pairs = [(t.from_state, t.action) for t in workflow.transitions]
    if len(set(pairs)) != len(pairs):
        raise ValueError(f"{workflow.kind}: an action appears twice from the same step")
