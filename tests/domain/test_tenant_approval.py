"""Hyresgästgodkännande: the credit check, the housing reference and the violence exception."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.structured_decisions import check_plain_decision
from skyddsapp.domain.tenant_approval import (
    CreditCheck,
    HousingReference,
    TenantApproval,
    approval_for,
    summary,
)

TODAY = dt.date(2026, 11, 27)
REASON = "Hyresskulden uppstod när våldsutövaren styrde ekonomin."
C, H = CreditCheck, HousingReference


def approval(
    granted: bool | None = True,
    credit: CreditCheck = C.CLEAR,
    reference: HousingReference = H.APPROVED,
    *,
    exception: bool = False,
    reason: str = "",
) -> TenantApproval:
    decision = Decision(TODAY, DecisionKind.TENANT_APPROVAL, "Godkänns.", "Uthyrningen", granted)
    return TenantApproval(decision, credit, reference, exception, reason)


@pytest.mark.parametrize(
    ("credit", "reference"),
    [(C.CLEAR, H.APPROVED), (C.CLEAR, H.MISSING)],
)
def test_a_clean_applicant_is_approved_without_the_exception(
    credit: CreditCheck, reference: HousingReference
) -> None:
    assert approval(credit=credit, reference=reference).validated().granted


@pytest.mark.parametrize(
    ("credit", "reference"),
    [
        (C.REMARKS, H.APPROVED),
        (C.CLEAR, H.DISTURBANCES),
        (C.REMARKS, H.DISTURBANCES),
        (C.REMARKS, H.MISSING),
    ],
)
def test_something_negative_is_approved_only_under_the_exception_with_a_reason(
    credit: CreditCheck, reference: HousingReference
) -> None:
    with pytest.raises(ValidationError) as caught:
        approval(credit=credit, reference=reference).validated()
    assert caught.value.fields == ("exception",)
    assert "Hyresgästen kan bara godkännas med undantaget" in caught.value.errors[0].message
    approved = approval(credit=credit, reference=reference, exception=True, reason=REASON)
    assert approved.validated().exception_used


def test_the_exception_needs_a_reason_and_the_reason_is_normalised() -> None:
    with pytest.raises(ValidationError) as caught:
        approval(credit=C.REMARKS, exception=True, reason="  \n ").validated()
    assert caught.value.fields == ("exception_reason",)
    assert caught.value.errors[0].message.startswith("Ange skälet till undantaget")
    stored = approval(credit=C.REMARKS, exception=True, reason=" Rad ett \r\nrad två  ").validated()
    assert stored.exception_reason == "Rad ett\nrad två"


def test_an_exception_with_nothing_to_excuse_is_refused_as_meaningless() -> None:
    for reference in (H.APPROVED, H.MISSING):
        with pytest.raises(ValidationError) as caught:
            approval(reference=reference, exception=True, reason=REASON).validated()
        assert caught.value.fields == ("exception",)
        assert caught.value.errors[0].message.startswith("Undantaget behövs inte")


def test_no_one_is_approved_without_a_credit_check_not_even_under_the_exception() -> None:
    for exception, reason in ((False, ""), (True, REASON)):
        with pytest.raises(ValidationError) as caught:
            approval(credit=C.NOT_DONE, exception=exception, reason=reason).validated()
        assert "credit_check" in caught.value.fields
        assert "utan kreditupplysning" in caught.value.messages_for("credit_check")[0]


@pytest.mark.parametrize("credit", list(CreditCheck))
@pytest.mark.parametrize("reference", list(HousingReference))
def test_a_refusal_may_rest_on_any_answers_but_never_uses_the_exception(
    credit: CreditCheck, reference: HousingReference
) -> None:
    assert not approval(False, credit, reference).validated().granted
    with pytest.raises(ValidationError) as caught:
        approval(False, credit, reference, exception=True, reason=REASON).validated()
    assert caught.value.fields == ("exception",)
    assert "inte vid avslag" in caught.value.errors[0].message


def test_a_decision_without_yes_or_no_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        approval(None).validated()
    assert caught.value.fields == ("granted",)


def test_a_reason_without_the_exception_is_refused_not_dropped() -> None:
    with pytest.raises(ValidationError) as caught:
        approval(reason=REASON).validated()
    assert caught.value.fields == ("exception_reason",)
    assert "bara när undantaget används" in caught.value.errors[0].message


def test_the_decisions_own_fields_and_kind_are_checked_too() -> None:
    bad = approval()
    bad = replace(bad, decision=replace(bad.decision, kind=DecisionKind.OTHER, text=" \x07 "))
    with pytest.raises(ValidationError) as caught:
        bad.validated()
    assert set(caught.value.fields) == {"text", "kind"}


def test_the_answers_belong_to_the_decision_they_were_recorded_with() -> None:
    first = approval(False)
    second = approval(credit=C.REMARKS, exception=True, reason=REASON)
    later = replace(second, decision=replace(second.decision, date=TODAY + dt.timedelta(days=1)))
    approvals = [first, later]
    assert approval_for(later.decision, approvals) == later
    assert approval_for(first.decision, approvals) == first
    assert approval_for(second.decision, approvals) is None  # not recorded with its answers
    assert approval_for(None, approvals) is None


def test_summary_names_the_answers_and_the_exception() -> None:
    line = summary(
        approval(credit=C.REMARKS, reference=H.DISTURBANCES, exception=True, reason=REASON)
    )
    assert line == (
        "kreditupplysning med betalningsanmärkningar/hyresskuld; boendereferens störningar "
        f"eller misskötsel; undantag: hyresskuld eller störningar orsakade av våldet – {REASON}"
    )


def test_tenant_approvals_and_the_chains_takeover_are_never_bare_decisions() -> None:
    for kind in CaseKind:
        with pytest.raises(ValidationError, match="kreditupplysning och boendereferens"):
            check_plain_decision(kind, DecisionKind.TENANT_APPROVAL)
    with pytest.raises(ValidationError, match="gemensamma bedömningen"):
        check_plain_decision(CaseKind.HOUSING_CHAIN, DecisionKind.TAKEOVER)
    check_plain_decision(CaseKind.LEASE_TAKEOVER, DecisionKind.TAKEOVER)
    check_plain_decision(CaseKind.HOUSING_CHAIN, DecisionKind.SOCIAL_CONTRACT)
