"""Every case workflow walked from start to end without Qt, with what each step needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind, EventKind, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import next_reference
from skyddsapp.domain.county_referral import CountyReferral, Municipality, ReferralResult
from skyddsapp.domain.errors import TransitionError
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.workflows import (
    REASON_MISSING,
    apply_transition,
    available_transitions,
    missing_requirements,
    open_case,
    workflow_for,
)

TODAY = dt.date(2026, 3, 15)
USER = "handlaggare.test"
CLIENT, PERPETRATOR = 1, 2


def new_case(kind: CaseKind) -> Case:
    return open_case(kind, next_reference(kind, 2026, None), TODAY, USER)


def do(case: Case, action: str, *, leases: tuple[Lease, ...] = (), reason: str = "") -> Case:
    return apply_transition(case, action, TODAY, USER, reason=reason, leases=leases)


def refused(case: Case, action: str, *, leases: tuple[Lease, ...] = ()) -> tuple[str, ...]:
    with pytest.raises(TransitionError) as caught:
        do(case, action, leases=leases)
    return caught.value.missing


def decided(case: Case, kind: DecisionKind, granted: bool, **extra: dt.date) -> Case:
    return case.with_decision(
        Decision(TODAY, kind, "Beslut enligt underlag", "Testa", granted, **extra)
    )


def assessed(
    case: Case, level: RiskLevel = RiskLevel.LOW, *, seeks: bool = False, days: int = 90
) -> Case:
    assessment = RiskAssessment(TODAY, "Nexus", level, seeks, TODAY + dt.timedelta(days=days))
    return case.with_risk_assessment(assessment)


def with_client(case: Case) -> Case:
    return case.with_party(CaseParty(CLIENT, CaseRole.CLIENT))


def lease(
    id: int,
    kind: LeaseKind,
    *tenants: int,
    notice: dt.date | None = None,
) -> Lease:
    return Lease(
        id=id,
        contract_number=f"K-{id}",
        apartment_id=id + 1000,
        tenant_ids=tenants,
        kind=kind,
        start_date=dt.date(2020, 1, 1),
        notice_date=notice,
        status=LeaseStatus.NOTICE_GIVEN if notice else LeaseStatus.ACTIVE,
    )


def actions(case: Case) -> list[str]:
    return [event.action or "" for event in case.events if event.kind is EventKind.TRANSITION]


def test_customer_care_end_to_end() -> None:
    case = new_case(CaseKind.CUSTOMER_CARE)
    assert refused(case, "confirm_need") == (
        "Ärendet saknar klient: lägg till den våldsutsatta som part med rollen Klient.",
        "Nexus har inte styrkt behovet: registrera Nexus beslut om styrkt behov av ny bostad.",
    )
    case = do(decided(with_client(case), DecisionKind.NEED_CONFIRMATION, True), "confirm_need")
    assert {t.action for t in available_transitions(case, TODAY)} == {"grant", "refuse", "cancel"}
    case = do(decided(case, DecisionKind.CUSTOMER_CARE_GROUP, True), "grant")
    assert len(refused(case, "offer_flat")) == 2
    case = do(assessed(case.with_apartment(11)), "offer_flat")
    case = do(case, "offer_declined", reason="För långt från barnens skola")
    case = do(case, "offer_flat")
    new_lease = lease(501, LeaseKind.FIRST_HAND, CLIENT)
    case = case.with_lease(501)
    assert "Klientens nya förstahandskontrakt saknas" in refused(case, "register_move")[0]
    case = do(case, "register_move", leases=(new_lease,))
    case = do(case, "close")
    assert case.state == "closed"
    assert workflow_for(CaseKind.CUSTOMER_CARE).is_terminal(case.state)
    assert actions(case) == [
        "confirm_need", "grant", "offer_flat", "offer_declined", "offer_flat", "register_move",
        "close",
    ]  # fmt: skip


def test_customer_care_refused() -> None:
    case = decided(
        with_client(new_case(CaseKind.CUSTOMER_CARE)), DecisionKind.NEED_CONFIRMATION, True
    )
    case = decided(do(case, "confirm_need"), DecisionKind.CUSTOMER_CARE_GROUP, False)
    assert refused(case, "grant") == ("Kundvårdsgruppens beslut om att bevilja kundvård saknas.",)
    case = do(case, "refuse")
    assert case.state == "refused"
    assert available_transitions(case, TODAY) == []


def test_customer_care_needs_a_current_risk_assessment() -> None:
    case = decided(
        with_client(new_case(CaseKind.CUSTOMER_CARE)), DecisionKind.NEED_CONFIRMATION, True
    )
    case = do(decided(do(case, "confirm_need"), DecisionKind.CUSTOMER_CARE_GROUP, True), "grant")
    stale = case.with_apartment(11).with_risk_assessment(
        RiskAssessment(
            TODAY - dt.timedelta(days=200),
            "Nexus",
            RiskLevel.LOW,
            False,
            TODAY - dt.timedelta(days=1),
        )
    )
    assert refused(stale, "offer_flat")[0].startswith(
        "Det finns ingen aktuell hot- och riskbedömning"
    )


def test_kvinnojour_sublet_end_to_end() -> None:
    case = new_case(CaseKind.KVINNOJOUR_SUBLET)
    assert len(refused(case, "approve_tenant")) == 3
    case = decided(with_client(case).with_apartment(12), DecisionKind.TENANT_APPROVAL, True)
    case = do(case, "approve_tenant")
    sublet = lease(601, LeaseKind.SECOND_HAND_KVINNOJOUR, CLIENT)
    case = case.with_lease(601)
    wrong_kind = lease(601, LeaseKind.SOCIAL_CONTRACT, CLIENT)
    assert refused(case, "sign_contract", leases=(wrong_kind,)) == (
        "Ärendet saknar ett hyresavtal av typen andrahandskontrakt till Uppsala Kvinnojour.",
    )
    case = do(case, "sign_contract", leases=(sublet,))
    assert "uppsägningsdatum" in refused(case, "end_contract", leases=(sublet,))[0]
    ended = lease(601, LeaseKind.SECOND_HAND_KVINNOJOUR, CLIENT, notice=dt.date(2026, 3, 1))
    case = do(case, "end_contract", leases=(ended,))
    assert case.state == "ended"


def test_kvinnojour_tenant_not_approved() -> None:
    case = decided(new_case(CaseKind.KVINNOJOUR_SUBLET), DecisionKind.TENANT_APPROVAL, False)
    assert do(case, "reject_tenant").state == "not_approved"


def test_housing_chain_end_to_end() -> None:
    case = with_client(new_case(CaseKind.HOUSING_CHAIN))
    case = do(decided(case, DecisionKind.SOCIAL_CONTRACT, True), "approve")
    case = do(case.with_apartment(13), "offer_flat")
    social = lease(701, LeaseKind.SOCIAL_CONTRACT, CLIENT)
    case = do(case.with_lease(701), "sign_social_contract", leases=(social,))
    assert case.state == "social_contract"
    first_hand = lease(702, LeaseKind.FIRST_HAND, CLIENT)
    case = case.with_lease(702)
    # In the housing chain the takeover decision is the joint assessment (trial_period).
    assert refused(case, "take_over", leases=(social, first_hand)) == (
        "Den gemensamma bedömningen om övertagande saknas eller säger inte att klienten tar "
        "över: registrera bedömningen under Lägenhet och avtal, Prövotid.",
    )
    assert refused(
        decided(case, DecisionKind.TAKEOVER, False), "take_over", leases=(social, first_hand)
    )
    case = do(decided(case, DecisionKind.TAKEOVER, True), "take_over", leases=(social, first_hand))
    assert case.state == "taken_over"


def test_housing_chain_ending_without_takeover_needs_notice_and_reason() -> None:
    case = with_client(new_case(CaseKind.HOUSING_CHAIN))
    case = do(decided(case, DecisionKind.SOCIAL_CONTRACT, True), "approve")
    social = lease(701, LeaseKind.SOCIAL_CONTRACT, CLIENT)
    case = do(
        do(case.with_apartment(13), "offer_flat").with_lease(701),
        "sign_social_contract",
        leases=(social,),
    )
    missing = refused(case, "end_without_takeover", leases=(social,))
    assert REASON_MISSING in missing
    assert len(missing) == 2
    noticed = lease(701, LeaseKind.SOCIAL_CONTRACT, CLIENT, notice=dt.date(2026, 3, 2))
    case = do(case, "end_without_takeover", leases=(noticed,), reason="Flyttar till annan ort")
    assert case.state == "ended"


def placement(*, ended: bool = False) -> Placement:
    return Placement(
        id=5,
        case_id=0,
        agreement_id=1,
        provider="Skyddsboendet Test AB",
        provider_can_supply_lease=True,
        start_date=dt.date(2026, 1, 10),
        planned_end=dt.date(2026, 4, 10),
        actual_end=dt.date(2026, 3, 14) if ended else None,
        flat_offered_before_end=True if ended else None,
    )


def test_shelter_exit_end_to_end() -> None:
    case = assessed(with_client(new_case(CaseKind.SHELTER_EXIT)))
    assert refused(case, "plan_exit") == (
        "Placeringen saknas: registrera placeringen i skyddat boende (ramavtal, leverantör och "
        "datum).",
    )
    running = placement()
    case = apply_transition(case, "plan_exit", TODAY, USER, placement=running)
    assert case.state == "exit_planning"
    with pytest.raises(TransitionError) as caught:
        apply_transition(case, "end_placement", TODAY, USER, placement=running)
    assert caught.value.missing == (
        "Placeringens faktiska slutdatum saknas: registrera när placeringen upphörde.",
        "Utfallet saknas: ange vart klienten flyttade när placeringen avslutades.",
    )
    case.outcome = ShelterOutcome.NEXUS_TRANSITION_FLAT
    case = apply_transition(case, "end_placement", TODAY, USER, placement=placement(ended=True))
    assert case.state == "ended"
    assert case.outcome is ShelterOutcome.NEXUS_TRANSITION_FLAT


def test_shelter_placement_can_end_abruptly() -> None:
    case = new_case(CaseKind.SHELTER_EXIT)
    case.outcome = ShelterOutcome.BACK_TO_PERPETRATOR
    assert refused(case, "end_placement") == (
        "Placeringens faktiska slutdatum saknas: registrera när placeringen upphörde.",
    )
    ended = apply_transition(case, "end_placement", TODAY, USER, placement=placement(ended=True))
    assert ended.state == "ended"


def test_a_placement_of_another_case_does_not_count() -> None:
    case = replace(assessed(with_client(new_case(CaseKind.SHELTER_EXIT))), id=8)
    other = replace(placement(), case_id=9)
    with pytest.raises(TransitionError) as caught:
        apply_transition(case, "plan_exit", TODAY, USER, placement=other)
    assert len(caught.value.missing) == 1
    mine = replace(other, case_id=8)
    assert apply_transition(case, "plan_exit", TODAY, USER, placement=mine).state == (
        "exit_planning"
    )


def referral(
    id: int,
    on: dt.date,
    municipality: Municipality,
    result: ReferralResult | None = None,
) -> CountyReferral:
    answered = on + dt.timedelta(days=10) if result else None
    return CountyReferral(id, 0, on, municipality, result, answered)


def county(case: Case, action: str, *referrals: CountyReferral) -> Case:
    return apply_transition(case, action, TODAY, USER, county_referrals=referrals)


def test_lanskompotten_end_to_end() -> None:
    case = new_case(CaseKind.COUNTY_REFERRAL)
    assert str(case.reference).startswith("LK-2026-")
    assert refused(case, "refer") == (
        "Ärendet saknar klient: lägg till den våldsutsatta som part med rollen Klient.",
        "Ingen förfrågan är registrerad: registrera vilken kommun i länet förfrågan skickades "
        "till och när.",
    )
    case = with_client(case)
    sent = referral(1, dt.date(2026, 1, 5), Municipality.KNIVSTA)
    case = county(case, "refer", sent)
    assert case.state == "referred"
    with pytest.raises(TransitionError) as caught:
        county(case, "flat_offered", sent)
    assert caught.value.missing == (
        "Kommunens svar saknas: registrera att kommunen erbjudit en lägenhet.",
    )
    offered = replace(sent, result=ReferralResult.FLAT_OFFERED, result_on=dt.date(2026, 2, 1))
    case = county(case, "flat_offered", offered)
    with pytest.raises(TransitionError):
        county(case, "register_move", offered)
    moved = replace(offered, result=ReferralResult.MOVED, result_on=dt.date(2026, 3, 1))
    case = county(case, "register_move", moved)
    assert case.state == "moved"
    assert actions(case) == ["refer", "flat_offered", "register_move"]


def test_lanskompotten_follows_the_latest_referral() -> None:
    case = county(
        with_client(new_case(CaseKind.COUNTY_REFERRAL)),
        "refer",
        referral(1, dt.date(2026, 1, 5), Municipality.TIERP),
    )
    refused_first = referral(1, dt.date(2026, 1, 5), Municipality.TIERP, ReferralResult.NO_FLAT)
    offered = referral(2, dt.date(2026, 2, 1), Municipality.OSTHAMMAR, ReferralResult.FLAT_OFFERED)
    case = county(case, "flat_offered", refused_first, offered)
    declined = replace(offered, result=ReferralResult.DECLINED)
    # Declined: either a new referral to another municipality, or no flat at all.
    with pytest.raises(TransitionError):
        county(case, "refer_again", refused_first, declined)
    again = county(
        case, "refer_again", refused_first, declined, referral(3, TODAY, Municipality.HEBY)
    )
    assert again.state == "referred"
    assert county(case, "no_flat", refused_first, declined).state == "no_flat"


def test_lease_takeover_end_to_end() -> None:
    case = new_case(CaseKind.LEASE_TAKEOVER)
    joint = lease(801, LeaseKind.FIRST_HAND, CLIENT, PERPETRATOR)
    case = (
        with_client(case).with_party(CaseParty(PERPETRATOR, CaseRole.PERPETRATOR)).with_lease(801)
    )
    assert refused(case, "start_review") == (
        "Ärendet saknar hyresavtal: koppla ett hyresavtal till ärendet.",
    )
    case = do(case, "start_review", leases=(joint,))
    case = do(decided(case, DecisionKind.TAKEOVER, True), "approve")
    assert refused(case, "sign_agreement", leases=(joint,)) == (
        "Klienten står inte som ensam hyresgäst på ett gällande hyresavtal i ärendet.",
    )
    taken = lease(801, LeaseKind.FIRST_HAND, CLIENT)
    assert do(case, "sign_agreement", leases=(taken,)).state == "taken_over"


def test_lease_takeover_refused() -> None:
    case = with_client(new_case(CaseKind.LEASE_TAKEOVER)).with_lease(801)
    case = do(case, "start_review", leases=(lease(801, LeaseKind.FIRST_HAND, CLIENT),))
    assert do(decided(case, DecisionKind.TAKEOVER, False), "refuse").state == "refused"


def test_leases_not_linked_to_the_case_do_not_count() -> None:
    case = with_client(new_case(CaseKind.LEASE_TAKEOVER))
    assert refused(case, "start_review", leases=(lease(801, LeaseKind.FIRST_HAND, CLIENT),))


def test_priority_end_to_end() -> None:
    case = with_client(new_case(CaseKind.PRIORITY))
    assert refused(case, "grant") == ("Beslut om förtur efter individuell behovsbedömning saknas.",)
    case = decided(case, DecisionKind.PRIORITY, True, valid_until=TODAY + dt.timedelta(days=180))
    case = do(do(case, "grant").with_apartment(14), "offer_flat")
    first_hand = lease(901, LeaseKind.FIRST_HAND, CLIENT)
    case = do(case.with_lease(901), "sign_lease", leases=(first_hand,))
    assert case.state == "housed"


def test_priority_offer_after_the_decision_expired_is_refused() -> None:
    case = with_client(new_case(CaseKind.PRIORITY))
    case = decided(case, DecisionKind.PRIORITY, True, valid_until=TODAY)
    case = do(case, "grant").with_apartment(14)
    later = TODAY + dt.timedelta(days=1)
    transition = next(t for t in available_transitions(case, later) if t.action == "offer_flat")
    assert missing_requirements(case, transition, later) == [
        "Beslutet om förtur gäller inte längre; gör en ny behovsbedömning."
    ]


def test_priority_refused() -> None:
    case = decided(new_case(CaseKind.PRIORITY), DecisionKind.PRIORITY, False)
    assert do(case, "refuse").state == "refused"


def test_perpetrator_move_end_to_end() -> None:
    case = new_case(CaseKind.PERPETRATOR_MOVE)
    assert len(refused(case, "assess")) == 3
    case = with_client(case).with_party(CaseParty(PERPETRATOR, CaseRole.PERPETRATOR))
    case = do(assessed(case, RiskLevel.HIGH), "assess")
    missing = refused(decided(case, DecisionKind.PERPETRATOR_MOVE, True), "approve_move")
    assert len(missing) == 1
    assert "låg eller ingen" in missing[0]
    case = assessed(case, RiskLevel.LOW)
    case = do(decided(case, DecisionKind.PERPETRATOR_MOVE, True), "approve_move")
    new_home = lease(1001, LeaseKind.FIRST_HAND, PERPETRATOR)
    case = case.with_apartment(15).with_lease(1001)
    case = do(case, "register_move", leases=(new_home,))
    case = do(case, "close")
    assert case.state == "closed"


def test_perpetrator_move_is_checked_again_on_moving_day() -> None:
    case = with_client(new_case(CaseKind.PERPETRATOR_MOVE))
    case = assessed(case.with_party(CaseParty(PERPETRATOR, CaseRole.PERPETRATOR)), RiskLevel.NONE)
    case = do(decided(do(case, "assess"), DecisionKind.PERPETRATOR_MOVE, True), "approve_move")
    case = assessed(case, RiskLevel.LOW, seeks=True).with_apartment(15).with_lease(1001)
    missing = refused(
        case, "register_move", leases=(lease(1001, LeaseKind.FIRST_HAND, PERPETRATOR),)
    )
    assert len(missing) == 1
    assert "uppsökande" in missing[0]


def test_perpetrator_move_refused() -> None:
    case = with_client(new_case(CaseKind.PERPETRATOR_MOVE))
    case = assessed(case.with_party(CaseParty(PERPETRATOR, CaseRole.PERPETRATOR)), RiskLevel.HIGH)
    case = decided(do(case, "assess"), DecisionKind.PERPETRATOR_MOVE, False)
    assert do(case, "refuse_move").state == "refused"
