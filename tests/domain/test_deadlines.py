"""Deadlines of a case: which dates count, the end date the law gives, terminal cases, order."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.deadlines import (
    Deadline,
    DeadlineKind,
    case_deadlines,
    decision_deadline,
    embargo_deadline,
    notice_deadline,
    sort_deadlines,
)
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.workflow import CANCELLED_STATE

TODAY = dt.date(2026, 11, 27)
REF = "KV-2026-0007"


def _case(state: str = "granted", kind: CaseKind = CaseKind.CUSTOMER_CARE) -> Case:
    return Case(
        id=7,
        reference=CaseReference(kind, 2026, 7),
        kind=kind,
        state=state,
        opened_on=dt.date(2026, 1, 10),
        apartment_ids=[3],
        lease_ids=[5],
    )


def _lease(
    lease_id: int = 5, notice: dt.date | None = None, status: LeaseStatus | None = None
) -> Lease:
    if status is None:
        status = LeaseStatus.NOTICE_GIVEN if notice else LeaseStatus.ACTIVE
    return Lease(
        lease_id,
        f"K-{lease_id}",
        3,
        (1,),
        LeaseKind.FIRST_HAND,
        dt.date(2020, 1, 1),
        notice,
        status,
    )


def _flat(apartment_id: int = 3, embargo: dt.date | None = None) -> Apartment:
    return Apartment(
        apartment_id,
        f"1234-{apartment_id}",
        Address("Demogatan 1", "75320", "Uppsala"),
        2,
        Decimal(50),
        7000,
        embargo_until=embargo,
    )


def _assessment(on: dt.date, review: dt.date, level: RiskLevel = RiskLevel.LOW) -> RiskAssessment:
    return RiskAssessment(on, "Bedömare", level, False, review)


class TestKinds:
    def test_labels_are_the_swedish_words(self) -> None:
        assert DeadlineKind.NOTICE_PERIOD_ENDS.label == "Uppsägningstiden löper ut"
        assert DeadlineKind.RISK_REVIEW_DUE.label == "Ny hot- och riskbedömning"
        assert DeadlineKind.EMBARGO_ENDS.label == "Får annonseras/visas från"
        assert DeadlineKind.DECISION_EXPIRES.label == "Beslut gäller till"

    def test_overdue_is_strictly_before_today(self) -> None:
        due = Deadline(TODAY, DeadlineKind.RISK_REVIEW_DUE, 1, REF, "")
        assert not due.is_overdue(TODAY)
        assert due.is_overdue(TODAY + dt.timedelta(days=1))


class TestNotice:
    def test_end_date_follows_12_kap_4_jb(self) -> None:
        found = notice_deadline(
            7,
            REF,
            contract_number="K-5",
            notice_date=dt.date(2026, 9, 15),
            status=LeaseStatus.NOTICE_GIVEN,
        )
        assert found == Deadline(
            dt.date(2026, 12, 31), DeadlineKind.NOTICE_PERIOD_ENDS, 7, REF, "K-5"
        )

    @pytest.mark.parametrize("status", [LeaseStatus.ACTIVE, LeaseStatus.ENDED])
    def test_only_a_lease_under_notice_counts(self, status: LeaseStatus) -> None:
        notice = None if status is LeaseStatus.ACTIVE else dt.date(2026, 1, 5)
        found = notice_deadline(7, REF, contract_number="K-5", notice_date=notice, status=status)
        assert found is None


class TestEmbargoAndDecision:
    def test_a_past_embargo_is_left_out_once_today_is_known(self) -> None:
        past = TODAY - dt.timedelta(days=1)
        assert embargo_deadline(7, REF, object_number="1", embargo_until=past, today=TODAY) is None
        assert embargo_deadline(7, REF, object_number="1", embargo_until=past) is not None
        today = embargo_deadline(7, REF, object_number="1", embargo_until=TODAY, today=TODAY)
        assert today is not None
        assert today.date == TODAY
        assert not today.is_overdue(TODAY)

    def test_a_refusal_has_no_validity(self) -> None:
        until = dt.date(2027, 6, 30)
        kind = DecisionKind.PRIORITY
        assert decision_deadline(7, REF, kind=kind, granted=False, valid_until=until) is None
        granted = decision_deadline(7, REF, kind=kind, granted=True, valid_until=until)
        assert granted is not None
        assert granted.detail == DecisionKind.PRIORITY.label
        assert decision_deadline(7, REF, kind=kind, granted=None, valid_until=until) is not None


class TestCaseDeadlines:
    def test_gathers_every_kind_sorted_by_date(self) -> None:
        case = _case()
        case = case.with_risk_assessment(_assessment(dt.date(2026, 8, 1), dt.date(2026, 11, 1)))
        case = case.with_decision(
            Decision(
                dt.date(2026, 2, 1),
                DecisionKind.PRIORITY,
                "Förtur",
                "Chef",
                True,
                dt.date(2027, 2, 1),
            )
        )
        found = case_deadlines(
            case,
            [_lease(notice=dt.date(2026, 10, 2))],
            [_flat(embargo=dt.date(2026, 12, 24))],
            today=TODAY,
        )
        assert [(d.date, d.kind) for d in found] == [
            (dt.date(2026, 11, 1), DeadlineKind.RISK_REVIEW_DUE),
            (dt.date(2026, 12, 24), DeadlineKind.EMBARGO_ENDS),
            (dt.date(2027, 1, 31), DeadlineKind.NOTICE_PERIOD_ENDS),
            (dt.date(2027, 2, 1), DeadlineKind.DECISION_EXPIRES),
        ]
        assert {d.case_id for d in found} == {7}
        assert {d.reference for d in found} == {REF}
        assert found[0].is_overdue(TODAY)
        assert [d.detail for d in found] == [
            RiskLevel.LOW.label,
            "1234-3",
            "K-5",
            DecisionKind.PRIORITY.label,
        ]

    def test_only_linked_leases_and_flats_count(self) -> None:
        found = case_deadlines(
            _case(),
            [_lease(lease_id=99, notice=dt.date(2026, 10, 2))],
            [_flat(apartment_id=98, embargo=dt.date(2026, 12, 24))],
        )
        assert found == []

    def test_only_the_latest_assessment_counts(self) -> None:
        case = _case()
        # Recorded out of order: the later assessment is the one that counts.
        case = case.with_risk_assessment(_assessment(dt.date(2026, 9, 1), dt.date(2026, 12, 1)))
        case = case.with_risk_assessment(_assessment(dt.date(2026, 6, 1), dt.date(2026, 7, 1)))
        found = case_deadlines(case, [], [])
        assert [d.date for d in found] == [dt.date(2026, 12, 1)]

    def test_a_later_decision_replaces_an_earlier_validity(self) -> None:
        case = _case()
        early = Decision(
            dt.date(2026, 1, 1), DecisionKind.PRIORITY, "Förtur", "Chef", True, dt.date(2026, 6, 30)
        )
        renewed = replace(early, date=dt.date(2026, 6, 1), valid_until=dt.date(2027, 6, 1))
        withdrawn = replace(early, date=dt.date(2026, 7, 1), valid_until=None)
        assert [d.date for d in case_deadlines(case.with_decision(early), [], [])] == [
            dt.date(2026, 6, 30)
        ]
        renewed_case = case.with_decision(early).with_decision(renewed)
        assert [d.date for d in case_deadlines(renewed_case, [], [])] == [dt.date(2027, 6, 1)]
        assert case_deadlines(renewed_case.with_decision(withdrawn), [], []) == []

    @pytest.mark.parametrize("state", ["closed", "refused", CANCELLED_STATE])
    def test_a_finished_case_has_no_deadlines(self, state: str) -> None:
        case = replace(_case(), state=state).with_risk_assessment(
            _assessment(dt.date(2026, 8, 1), dt.date(2026, 11, 1))
        )
        assert case_deadlines(case, [_lease(notice=dt.date(2026, 10, 2))], []) == []

    def test_an_unsaved_case_is_refused(self) -> None:
        with pytest.raises(ValueError, match="stored case"):
            case_deadlines(replace(_case(), id=None), [], [])


def test_sort_breaks_ties_by_kind_then_reference() -> None:
    day = dt.date(2026, 12, 1)
    rows = [
        Deadline(day, DeadlineKind.EMBARGO_ENDS, 2, "KV-2026-0002", "a"),
        Deadline(day, DeadlineKind.NOTICE_PERIOD_ENDS, 3, "KV-2026-0003", "b"),
        Deadline(day, DeadlineKind.NOTICE_PERIOD_ENDS, 1, "KV-2026-0001", "c"),
        Deadline(day - dt.timedelta(days=30), DeadlineKind.EMBARGO_ENDS, 4, "KV-2026-0004", "d"),
    ]
    assert [d.case_id for d in sort_deadlines(rows)] == [4, 1, 3, 2]
