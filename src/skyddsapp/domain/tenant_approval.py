"""Hyresgästgodkännande: the credit check and housing reference a tenant approval rests on.

Uppsalahem approves a tenant (for Uppsala Kvinnojour's second-hand lets, by agreement) after a
credit check (kreditupplysning) and a check of the housing reference (boendereferens). Since
the board's decision of 2024, a person exposed to violence may be approved despite rent debt or
earlier disturbances when they were caused by the violence: an explicit exception, with a
written reason, that is printed on the decision.

The rules: approving someone whose credit check shows remarks or rent debt, or whose reference
shows disturbances or mismanagement, needs the exception with a reason; the exception cannot be
used where there is nothing negative to excuse, nor on a refusal; nobody is approved without a
credit check. A missing housing reference (someone who has never rented) is nothing to excuse.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_text

EXCEPTION_LABEL = "Hyresskuld eller störningar orsakade av våldet"
MAX_EXCEPTION_REASON = 1000


class CreditCheck(Enum):
    """Resultat av kreditupplysningen."""

    CLEAR = "clear"
    REMARKS = "remarks"
    NOT_DONE = "not_done"

    @property
    def label(self) -> str:
        return _CREDIT_LABELS[self]

    @property
    def negative(self) -> bool:
        return self is CreditCheck.REMARKS


_CREDIT_LABELS = {
    CreditCheck.CLEAR: "Utan betalningsanmärkningar",
    CreditCheck.REMARKS: "Med betalningsanmärkningar/hyresskuld",
    CreditCheck.NOT_DONE: "Ej gjord",
}


class HousingReference(Enum):
    """Resultat av kontrollen av boendereferens."""

    APPROVED = "approved"
    DISTURBANCES = "disturbances"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return _REFERENCE_LABELS[self]

    @property
    def negative(self) -> bool:
        return self is HousingReference.DISTURBANCES


_REFERENCE_LABELS = {
    HousingReference.APPROVED: "Godkänd",
    HousingReference.DISTURBANCES: "Störningar eller misskötsel",
    HousingReference.MISSING: "Saknas",
}


@dataclass(frozen=True, slots=True)
class TenantApproval:
    """A tenant-approval decision (``decision``: kind TENANT_APPROVAL) with its answers."""

    decision: Decision
    credit_check: CreditCheck
    housing_reference: HousingReference
    exception_used: bool = False
    exception_reason: str = ""

    @property
    def granted(self) -> bool:
        return self.decision.granted is True

    @property
    def has_negative(self) -> bool:
        return self.credit_check.negative or self.housing_reference.negative

    def validated(self) -> TenantApproval:
        """A copy with the decision and the reason normalised, as it is to be stored; raises
        ValidationError naming every problem (see the module docstring for the rules)."""
        errors: list[FieldError] = []
        try:
            decision = self.decision.validated()
        except ValidationError as error:
            errors.extend(error.errors)
            decision = self.decision
        reason = clean_text(
            self.exception_reason,
            field="exception_reason",
            label="Skälet till undantaget",
            errors=errors,
            max_length=MAX_EXCEPTION_REASON,
        )
        if decision.kind is not DecisionKind.TENANT_APPROVAL:
            errors.append(FieldError("kind", "Beslutet är inte ett hyresgästgodkännande."))
        errors += _rule_errors(self, reason)
        raise_if_errors(errors)
        return replace(self, decision=decision, exception_reason=reason)


def _rule_errors(approval: TenantApproval, reason: str) -> list[FieldError]:
    granted = approval.decision.granted
    if granted is None:
        return [
            FieldError(
                "granted",
                "Ange om hyresgästen godkänns (bifall) eller inte godkänns (avslag).",
            )
        ]
    errors: list[FieldError] = []
    if approval.exception_used and not reason:
        errors.append(
            FieldError(
                "exception_reason",
                "Ange skälet till undantaget: hur hyresskulden eller störningarna hänger ihop "
                "med våldet.",
            )
        )
    if not approval.exception_used and reason:
        errors.append(
            FieldError(
                "exception_reason",
                "Ett skäl till undantag anges bara när undantaget används; kryssa i undantaget "
                "eller töm fältet.",
            )
        )
    if not granted:
        if approval.exception_used:
            errors.append(
                FieldError(
                    "exception",
                    "Undantaget kan bara användas när hyresgästen godkänns, inte vid avslag.",
                )
            )
        return errors
    if approval.credit_check is CreditCheck.NOT_DONE:
        errors.append(
            FieldError(
                "credit_check",
                "En hyresgäst kan inte godkännas utan kreditupplysning: gör kreditupplysningen "
                "först.",
            )
        )
    elif approval.has_negative and not approval.exception_used:
        errors.append(
            FieldError(
                "exception",
                "Kreditupplysningen eller boendereferensen visar hyresskuld, "
                "betalningsanmärkningar eller störningar. Hyresgästen kan bara godkännas med "
                "undantaget ”Hyresskuld eller störningar orsakade av våldet” och ett skäl.",
            )
        )
    elif approval.exception_used and not approval.has_negative:
        errors.append(
            FieldError(
                "exception",
                "Undantaget behövs inte: varken kreditupplysningen eller boendereferensen visar "
                "något att bortse från.",
            )
        )
    return errors


def approval_for(
    decision: Decision | None, approvals: Iterable[TenantApproval]
) -> TenantApproval | None:
    """The answers recorded with ``decision`` (a case's latest tenant approval), if any."""
    if decision is None:
        return None
    return next((a for a in reversed(list(approvals)) if a.decision == decision), None)


def summary(approval: TenantApproval) -> str:
    """The answers as one line, for the case's timeline."""
    parts = [
        f"kreditupplysning {approval.credit_check.label.lower()}",
        f"boendereferens {approval.housing_reference.label.lower()}",
    ]
    if approval.exception_used:
        parts.append(f"undantag: {EXCEPTION_LABEL.lower()} – {approval.exception_reason}")
    return "; ".join(parts)
