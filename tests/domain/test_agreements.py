"""Agreements: validation, periods, overlap, the one in force, and the Kvinnojour terms."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.agreement import (
    Agreement,
    AgreementKind,
    agreement_in_force,
    check_covers_placements,
    check_no_overlap,
    in_force,
    period_text,
)
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.rules import (
    KVINNOJOUR_FLATS_PER_YEAR,
    NO_AGREEMENT_EXCEPTION,
    QUOTA_EXCEPTION,
    check_kvinnojour_lease,
    kvinnojour_terms,
)

D = dt.date
OCTOBER_2025 = D(2025, 10, 1)


def agreement(
    kind: AgreementKind = AgreementKind.KVINNOJOUR,
    start: dt.date = OCTOBER_2025,
    end: dt.date | None = None,
    *,
    id: int | None = 1,
    counterpart: str = "Uppsala Kvinnojour",
    title: str = "Tillsvidareavtal",
    flats: int | None = None,
) -> Agreement:
    return Agreement(id, kind, counterpart, title, start, end, flats)


SAMARBETSAVTAL = agreement(
    start=D(2024, 6, 1), end=D(2025, 9, 30), id=1, title="Samarbetsavtal", flats=2
)
TILLSVIDARE = agreement(start=D(2025, 10, 1), id=2, title="Tillsvidareavtal", flats=3)


class TestValidation:
    def test_texts_are_normalised(self) -> None:
        raw = agreement(counterpart="  Uppsala\tKvinnojour ", title="Avtal\n2025")
        cleaned = replace(raw, notes=" Rad ett \r\nRad två ").validated()
        assert (cleaned.counterpart, cleaned.title) == ("Uppsala Kvinnojour", "Avtal 2025")
        assert cleaned.notes == "Rad ett\nRad två"

    def test_every_problem_is_reported_at_once(self) -> None:
        bad = Agreement(
            None, AgreementKind.SHELTER_FRAMEWORK, " ", "", D(2025, 7, 1), D(2025, 6, 30), 2
        )
        with pytest.raises(ValidationError) as caught:
            bad.validated()
        assert {e.field: e.message for e in caught.value.errors} == {
            "counterpart": "Motpart saknas.",
            "title": "Avtalets benämning saknas.",
            "valid_until": "Avtalet kan inte upphöra före den dag det börjar gälla.",
            "flats_per_year": "Bara avtal med Uppsala Kvinnojour och övriga avtal anger ett "
            "antal lägenheter per år.",
        }

    @pytest.mark.parametrize("kind", [AgreementKind.SHELTER_FRAMEWORK, AgreementKind.IOP])
    def test_framework_agreements_and_iops_need_an_end(self, kind: AgreementKind) -> None:
        with pytest.raises(ValidationError) as caught:
            agreement(kind).validated()
        assert caught.value.messages_for("valid_until") == [
            f"Ett avtal av typen {kind.label} gäller en bestämd period; ange sista giltighetsdag."
        ]

    @pytest.mark.parametrize("kind", [AgreementKind.KVINNOJOUR, AgreementKind.LANSKOMPOTTEN])
    def test_others_may_hold_until_further_notice(self, kind: AgreementKind) -> None:
        assert agreement(kind).validated().valid_until is None

    @pytest.mark.parametrize(("flats", "ok"), [(-1, False), (0, True), (20, True), (21, False)])
    def test_quota_between_0_and_20(self, flats: int, ok: bool) -> None:
        candidate = agreement(flats=flats)
        if ok:
            assert candidate.validated().flats_per_year == flats
            return
        with pytest.raises(ValidationError) as caught:
            candidate.validated()
        assert caught.value.messages_for("flats_per_year") == [
            "Antalet lägenheter per år ska vara mellan 0 och 20."
        ]

    def test_a_control_character_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="Motpart innehåller otillåtna tecken"):
            agreement(counterpart="Uppsala\x07Kvinnojour").validated()


class TestPeriods:
    def test_in_force_from_first_to_last_day(self) -> None:
        assert not SAMARBETSAVTAL.is_in_force(D(2024, 5, 31))
        assert SAMARBETSAVTAL.is_in_force(D(2024, 6, 1))
        assert SAMARBETSAVTAL.is_in_force(D(2025, 9, 30))
        assert not SAMARBETSAVTAL.is_in_force(D(2025, 10, 1))
        assert TILLSVIDARE.is_in_force(D(2099, 1, 1))

    def test_the_agreement_in_force_on_a_day(self) -> None:
        both = [SAMARBETSAVTAL, TILLSVIDARE]
        assert agreement_in_force(both, AgreementKind.KVINNOJOUR, D(2025, 9, 30)) is SAMARBETSAVTAL
        assert agreement_in_force(both, AgreementKind.KVINNOJOUR, D(2025, 10, 1)) is TILLSVIDARE
        assert agreement_in_force(both, AgreementKind.KVINNOJOUR, D(2024, 1, 1)) is None
        assert agreement_in_force(both, AgreementKind.IOP, D(2025, 1, 1)) is None

    def test_of_several_the_most_recently_begun_comes_first(self) -> None:
        stadsmission = agreement(
            AgreementKind.IOP, D(2026, 1, 1), D(2028, 12, 31), id=3, counterpart="Stadsmissionen"
        )
        jouren = agreement(AgreementKind.IOP, D(2025, 1, 1), D(2027, 12, 31), id=4)
        found = in_force([jouren, stadsmission], AgreementKind.IOP, D(2026, 6, 1))
        assert found == [stadsmission, jouren]

    def test_period_text(self) -> None:
        assert period_text(SAMARBETSAVTAL) == "2024-06-01 – 2025-09-30"
        assert period_text(TILLSVIDARE) == "från 2025-10-01, tills vidare"


class TestOverlap:
    def test_same_kind_and_counterpart_may_not_overlap(self) -> None:
        early = replace(TILLSVIDARE, id=None, valid_from=D(2025, 9, 30))
        with pytest.raises(ValidationError) as caught:
            check_no_overlap(early, [SAMARBETSAVTAL, TILLSVIDARE])
        assert caught.value.messages_for("valid_from") == [
            "Perioden överlappar avtalet ”Samarbetsavtal” med Uppsala Kvinnojour (2024-06-01 – "
            "2025-09-30); två avtal av samma slag med samma motpart kan inte gälla samtidigt."
        ]

    def test_an_edit_does_not_overlap_itself(self) -> None:
        check_no_overlap(replace(TILLSVIDARE, flats_per_year=2), [SAMARBETSAVTAL, TILLSVIDARE])

    def test_counterparts_are_compared_as_typed_names(self) -> None:
        other = replace(TILLSVIDARE, id=None, counterpart=" uppsala  KVINNOJOUR")
        with pytest.raises(ValidationError):
            check_no_overlap(other, [TILLSVIDARE])
        check_no_overlap(replace(other, counterpart="Annan jour"), [TILLSVIDARE])

    def test_other_kinds_may_overlap(self) -> None:
        iop = agreement(AgreementKind.IOP, D(2025, 1, 1), D(2027, 12, 31), id=None)
        check_no_overlap(iop, [SAMARBETSAVTAL, TILLSVIDARE])


class TestPlacementsUnderAnAgreement:
    FRAMEWORK = agreement(AgreementKind.SHELTER_FRAMEWORK, D(2025, 7, 1), D(2029, 6, 30))

    def test_the_period_must_keep_covering_them(self) -> None:
        check_covers_placements(self.FRAMEWORK, [D(2025, 7, 1), D(2026, 3, 1)])
        later = replace(self.FRAMEWORK, valid_from=D(2025, 8, 1))
        with pytest.raises(ValidationError) as caught:
            check_covers_placements(later, [D(2026, 3, 1), D(2025, 7, 1)])
        assert caught.value.messages_for("valid_from") == [
            "En placering under avtalet började 2025-07-01, utanför den nya perioden; perioden "
            "måste täcka alla placeringar som gjorts under avtalet."
        ]

    def test_it_must_stay_a_framework_agreement(self) -> None:
        other = replace(self.FRAMEWORK, kind=AgreementKind.OTHER)
        check_covers_placements(other, [])
        with pytest.raises(ValidationError) as caught:
            check_covers_placements(other, [D(2026, 3, 1), D(2026, 4, 1)])
        assert caught.value.messages_for("kind") == [
            "2 placeringar i skyddat boende hänvisar till avtalet; det måste förbli ett ramavtal "
            "om skyddat boende."
        ]


class TestKvinnojourTerms:
    def test_without_agreements_the_board_decides(self) -> None:
        terms = kvinnojour_terms([], D(2026, 3, 1))
        assert (terms.agreement, terms.flats_per_year, terms.agreements_recorded) == (
            None,
            KVINNOJOUR_FLATS_PER_YEAR,
            False,
        )
        assert check_kvinnojour_lease(terms, D(2026, 3, 1), 1, None) == ()

    def test_the_agreement_in_force_sets_the_quota(self) -> None:
        terms = kvinnojour_terms([SAMARBETSAVTAL, TILLSVIDARE], D(2026, 3, 1))
        assert terms.agreement is TILLSVIDARE
        assert terms.flats_per_year == 3
        assert check_kvinnojour_lease(terms, D(2026, 3, 1), 2, None) == ()
        with pytest.raises(RuleViolation) as caught:
            check_kvinnojour_lease(terms, D(2026, 3, 1), 3, " ")
        assert str(caught.value) == (
            "Uppsala Kvinnojour har redan fått 3 lägenheter med start 2026. Avtalet "
            "”Tillsvidareavtal” gäller upp till 3 per kalenderår. Ange skälet till undantaget "
            "för att gå vidare."
        )
        assert check_kvinnojour_lease(terms, D(2026, 3, 1), 3, "Styrelsen") == (QUOTA_EXCEPTION,)

    def test_an_agreement_without_a_quota_leaves_the_boards(self) -> None:
        terms = kvinnojour_terms([replace(TILLSVIDARE, flats_per_year=None)], D(2026, 3, 1))
        assert terms.flats_per_year == KVINNOJOUR_FLATS_PER_YEAR
        with pytest.raises(RuleViolation, match="styrelsens beslut gäller: upp till 2"):
            check_kvinnojour_lease(terms, D(2026, 3, 1), 2, None)

    def test_a_quota_of_one_says_one_flat(self) -> None:
        terms = kvinnojour_terms([replace(TILLSVIDARE, flats_per_year=1)], D(2026, 3, 1))
        with pytest.raises(RuleViolation, match="redan fått 1 lägenhet med start 2026"):
            check_kvinnojour_lease(terms, D(2026, 3, 1), 1, None)

    def test_a_start_outside_every_recorded_agreement_needs_a_reason(self) -> None:
        start = D(2024, 2, 1)
        terms = kvinnojour_terms([SAMARBETSAVTAL, TILLSVIDARE], start)
        assert terms.agreement is None
        with pytest.raises(RuleViolation) as caught:
            check_kvinnojour_lease(terms, start, 0, None)
        assert str(caught.value) == (
            "Inget avtal med Uppsala Kvinnojour gäller på startdatumet 2024-02-01; registrera "
            "avtalet under Avtal. Ange skälet till undantaget för att gå vidare."
        )
        assert check_kvinnojour_lease(terms, start, 0, "Avtal på väg") == (NO_AGREEMENT_EXCEPTION,)
        both = check_kvinnojour_lease(terms, start, 2, "Avtal på väg")
        assert both == (NO_AGREEMENT_EXCEPTION, QUOTA_EXCEPTION)

    def test_a_let_already_counted_is_only_checked_against_the_agreement(self) -> None:
        terms = kvinnojour_terms([TILLSVIDARE], D(2026, 3, 1))
        assert check_kvinnojour_lease(terms, D(2026, 3, 1), 9, None, counted=True) == ()
