"""Business rules: Kvinnojour quota, moving the perpetrator, 12 kap. 47 § jordabalken."""

from __future__ import annotations

import datetime as dt

import pytest

from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.rules import (
    KVINNOJOUR_FLATS_PER_YEAR,
    KvinnojourTerms,
    check_kvinnojour_lease,
    perpetrator_move_allowed,
    takeover_warning_12_47,
)

TODAY = dt.date(2026, 3, 15)
CLIENT, PERPETRATOR, OTHER = 1, 2, 3


BOARD = KvinnojourTerms(None, KVINNOJOUR_FLATS_PER_YEAR, agreements_recorded=False)


def check_kvinnojour_quota(already: int, reason: str | None) -> tuple[str, ...]:
    """The board's quota alone: no Kvinnojour agreement is recorded."""
    return check_kvinnojour_lease(BOARD, TODAY, already, reason)


class TestKvinnojourQuota:
    @pytest.mark.parametrize("already", [0, 1])
    def test_first_two_flats_need_no_reason(self, already: int) -> None:
        assert check_kvinnojour_quota(already, None) == ()

    @pytest.mark.parametrize("reason", [None, "", "   "])
    def test_a_third_flat_needs_a_reason(self, reason: str | None) -> None:
        with pytest.raises(RuleViolation, match="upp till 2 per kalenderår") as caught:
            check_kvinnojour_quota(2, reason)
        assert str(caught.value) == (
            "Uppsala Kvinnojour har redan fått 2 lägenheter med start 2026. Inget avtal anger "
            "något antal, så styrelsens beslut gäller: upp till 2 per kalenderår. Ange skälet "
            "till undantaget för att gå vidare."
        )

    @pytest.mark.parametrize("already", [2, 5])
    def test_a_reason_allows_more(self, already: int) -> None:
        assert check_kvinnojour_quota(already, "Styrelsebeslut om extra lägenhet") == ("quota",)

    def test_negative_count_is_a_programming_error(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            check_kvinnojour_quota(-1, None)


def assessment(
    level: RiskLevel = RiskLevel.LOW,
    *,
    seeks: bool = False,
    on: dt.date = TODAY - dt.timedelta(days=10),
    review: dt.date = TODAY + dt.timedelta(days=80),
) -> RiskAssessment:
    return RiskAssessment(on, "Nexus, Testa Bedömare", level, seeks, review)


class TestPerpetratorMove:
    def test_without_an_assessment_it_is_refused(self) -> None:
        allowed, reason = perpetrator_move_allowed([], TODAY)
        assert not allowed
        assert "ingen finns" in reason

    @pytest.mark.parametrize("level", [RiskLevel.NONE, RiskLevel.LOW])
    def test_low_or_no_risk_without_seeking_out_is_allowed(self, level: RiskLevel) -> None:
        allowed, reason = perpetrator_move_allowed([assessment(level)], TODAY)
        assert allowed
        assert "inte är uppsökande" in reason

    @pytest.mark.parametrize("level", [RiskLevel.MEDIUM, RiskLevel.HIGH])
    def test_higher_risk_is_refused(self, level: RiskLevel) -> None:
        allowed, reason = perpetrator_move_allowed([assessment(level)], TODAY)
        assert not allowed
        assert "låg eller ingen" in reason

    def test_a_perpetrator_who_seeks_out_the_victim_is_never_moved(self) -> None:
        allowed, reason = perpetrator_move_allowed([assessment(RiskLevel.NONE, seeks=True)], TODAY)
        assert not allowed
        assert "uppsökande" in reason

    def test_an_assessment_past_its_review_date_is_not_enough(self) -> None:
        old = assessment(on=TODAY - dt.timedelta(days=100), review=TODAY - dt.timedelta(days=1))
        allowed, reason = perpetrator_move_allowed([old], TODAY)
        assert not allowed
        assert "följas upp senast" in reason

    def test_review_day_itself_is_still_current(self) -> None:
        assert perpetrator_move_allowed([assessment(review=TODAY)], TODAY)[0]

    def test_only_the_latest_assessment_counts(self) -> None:
        earlier_low = assessment(RiskLevel.LOW, on=TODAY - dt.timedelta(days=20))
        later_high = assessment(RiskLevel.HIGH, on=TODAY - dt.timedelta(days=2))
        assert not perpetrator_move_allowed([later_high, earlier_low], TODAY)[0]
        earlier_high = assessment(RiskLevel.HIGH, on=TODAY - dt.timedelta(days=20))
        later_low = assessment(RiskLevel.LOW, on=TODAY - dt.timedelta(days=2))
        assert perpetrator_move_allowed([later_low, earlier_high], TODAY)[0]

    def test_every_reason_is_given(self) -> None:
        allowed, reason = perpetrator_move_allowed([assessment(RiskLevel.HIGH, seeks=True)], TODAY)
        assert not allowed
        assert "uppsökande" in reason
        assert "låg eller ingen" in reason

    def test_a_future_dated_assessment_is_not_current(self) -> None:
        future = assessment(on=TODAY + dt.timedelta(days=1), review=TODAY + dt.timedelta(days=90))
        allowed, reason = perpetrator_move_allowed([future], TODAY)
        assert not allowed
        assert "framtiden" in reason


def lease(*tenants: int) -> Lease:
    return Lease(
        id=9,
        contract_number="K-9",
        apartment_id=4,
        tenant_ids=tenants,
        kind=LeaseKind.FIRST_HAND,
        start_date=dt.date(2019, 5, 1),
    )


def parties(*, perpetrator_in_flat: bool = False, client_in_flat: bool = False) -> list[CaseParty]:
    return [
        CaseParty(CLIENT, CaseRole.CLIENT, lives_in_flat=client_in_flat),
        CaseParty(PERPETRATOR, CaseRole.PERPETRATOR, lives_in_flat=perpetrator_in_flat),
    ]


class TestTakeoverWarning:
    def test_victim_sole_tenant_and_perpetrator_stays_is_warned(self) -> None:
        warning = takeover_warning_12_47(lease(CLIENT), parties(perpetrator_in_flat=True))
        assert warning is not None
        assert warning.startswith("Varning (12 kap. 47 § jordabalken)")
        assert "ensam hyresgäst" in warning

    def test_victim_sole_tenant_and_perpetrator_elsewhere_is_quiet(self) -> None:
        assert takeover_warning_12_47(lease(CLIENT), parties()) is None

    def test_victim_as_co_tenant_can_take_over(self) -> None:
        note = takeover_warning_12_47(lease(CLIENT, PERPETRATOR), parties())
        assert note is not None
        assert "medhyresgäst" in note
        assert "1 juli 2024" in note

    def test_victim_living_in_the_perpetrators_flat(self) -> None:
        note = takeover_warning_12_47(lease(PERPETRATOR), parties(client_in_flat=True))
        assert note is not None
        assert "klienten bor i lägenheten" in note

    def test_other_co_tenants_raise_nothing(self) -> None:
        co_tenant = [CaseParty(CLIENT, CaseRole.CLIENT), CaseParty(OTHER, CaseRole.CO_TENANT)]
        assert takeover_warning_12_47(lease(CLIENT, OTHER), co_tenant) is None

    def test_no_client_no_warning(self) -> None:
        only_perpetrator = [CaseParty(PERPETRATOR, CaseRole.PERPETRATOR, lives_in_flat=True)]
        assert takeover_warning_12_47(lease(OTHER), only_perpetrator) is None
