"""Masked copies of a placement and a Länskompotten referral, and the rule that an ended
placement's outcome may change but not be cleared."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.case import Case, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import next_reference
from skyddsapp.domain.county_referral import (
    CountyReferral,
    Municipality,
    ReferralResult,
    checked_referral,
    count_year,
    masked_referral,
    with_masked_municipality,
)
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.placement import (
    Placement,
    check_outcome_kept,
    masked_placement,
    with_masked_provider,
)

D = dt.date
TODAY = D(2026, 5, 4)
COUNTY_CASE = Case(
    7, next_reference(CaseKind.COUNTY_REFERRAL, 2026, 6), CaseKind.COUNTY_REFERRAL, "opened", TODAY
)


def placement(**changes: object) -> Placement:
    base = Placement(None, 7, 1, "Skyddsboendet Test AB", True, D(2026, 1, 10), D(2026, 4, 10))
    return replace(base, **changes)  # type: ignore[arg-type]


def referral(**changes: object) -> CountyReferral:
    base = CountyReferral(None, 7, D(2026, 3, 1), Municipality.KNIVSTA)
    return replace(base, **changes)  # type: ignore[arg-type]


ENDED = placement(id=3, actual_end=D(2026, 4, 1), flat_offered_before_end=True)


class TestMaskedPlacement:
    def test_the_masked_copy_carries_no_provider(self) -> None:
        masked = masked_placement(ENDED)
        assert (masked.provider, masked.provider_masked) == ("", True)
        assert "Skyddsboendet" not in repr(masked)
        assert replace(masked, provider=ENDED.provider, provider_masked=False) == ENDED
        assert masked_placement(masked) == masked

    def test_a_masked_edit_keeps_the_stored_provider(self) -> None:
        edited = replace(masked_placement(ENDED), planned_end=D(2026, 4, 20))
        kept = with_masked_provider(edited, ENDED)
        assert (kept.provider, kept.provider_masked) == (ENDED.provider, False)
        assert kept.planned_end == D(2026, 4, 20)

    def test_a_typed_provider_is_kept_as_typed(self) -> None:
        typed = replace(ENDED, provider="Fristad Ny AB")
        assert with_masked_provider(typed, ENDED) is typed

    def test_a_new_masked_placement_has_no_provider(self) -> None:
        new = masked_placement(placement())
        assert with_masked_provider(new, None).provider == ""


class TestOutcomeKept:
    def test_an_ended_placements_outcome_cannot_be_cleared(self) -> None:
        with pytest.raises(ValidationError) as caught:
            check_outcome_kept(ENDED, ShelterOutcome.OWN_SOLUTION, None)
        assert caught.value.messages_for("outcome") == [
            "Placeringen upphörde 2026-04-01; utfallet kan inte tas bort. Välj vart klienten "
            "flyttade när placeringen upphörde."
        ]

    @pytest.mark.parametrize(
        ("stored", "before", "after"),
        [
            (ENDED, ShelterOutcome.OWN_SOLUTION, ShelterOutcome.BACK_TO_PERPETRATOR),
            (ENDED, None, None),  # nothing to clear
            (placement(), ShelterOutcome.OWN_SOLUTION, None),  # still running
            (None, ShelterOutcome.OWN_SOLUTION, None),  # no placement registered
        ],
    )
    def test_what_may_change(
        self,
        stored: Placement | None,
        before: ShelterOutcome | None,
        after: ShelterOutcome | None,
    ) -> None:
        check_outcome_kept(stored, before, after)


class TestMaskedReferral:
    def test_the_masked_copy_carries_no_municipality(self) -> None:
        sent = referral(id=4, municipality=Municipality.HABO)
        masked = masked_referral(sent)
        assert (masked.municipality, masked.municipality_masked) == (None, True)
        assert "HABO" not in repr(masked)
        kept = with_masked_municipality(replace(masked, notes="Svar väntas."), sent)
        assert (kept.municipality, kept.municipality_masked, kept.notes) == (
            Municipality.HABO,
            False,
            "Svar väntas.",
        )

    def test_a_referral_must_name_its_municipality(self) -> None:
        for unnamed in (
            referral(municipality=None),
            with_masked_municipality(masked_referral(referral()), None),
        ):
            with pytest.raises(ValidationError) as caught:
                checked_referral(unnamed, case=COUNTY_CASE, terminal=False, others=[], today=TODAY)
            assert caught.value.messages_for("municipality") == [
                "Välj kommunen som förfrågan skickades till."
            ]

    def test_a_masked_copy_is_counted_without_its_municipality(self) -> None:
        listed = [
            CountyReferral(1, 7, D(2026, 2, 1), Municipality.TIERP, ReferralResult.NO_FLAT),
            masked_referral(CountyReferral(2, 8, D(2026, 3, 1), Municipality.HEBY)),
        ]
        year = count_year(listed, 2026)
        assert (year.referrals, year.cases) == (2, 2)
        assert year.by_municipality == {Municipality.TIERP: 1}
