"""Decisions that are only recorded together with their structured answers.

A tenant approval rests on a credit check and a housing reference (`domain.tenant_approval`);
in the housing chain, the takeover decision is the joint assessment at the end of the trial
period (`domain.trial_period`). Recorded as a bare decision, either would let a workflow step
through without what it must rest on.
"""

from __future__ import annotations

from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError


def check_plain_decision(case_kind: CaseKind, decision_kind: DecisionKind) -> None:
    """Raise ValidationError when a decision of ``decision_kind`` needs its answers."""
    if decision_kind is DecisionKind.TENANT_APPROVAL:
        raise ValidationError.single(
            "kind",
            "Ett hyresgästgodkännande registreras med kreditupplysning och boendereferens: "
            "fyll i dem i beslutsdialogen.",
        )
    if decision_kind is DecisionKind.TAKEOVER and case_kind is CaseKind.HOUSING_CHAIN:
        raise ValidationError.single(
            "kind",
            "I boendekedjan är beslutet om övertagande den gemensamma bedömningen: registrera "
            "den under Lägenhet och avtal, Prövotid.",
        )
