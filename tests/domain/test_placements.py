"""Placements in sheltered housing and Länskompotten referrals: rules, deadlines, yearly count."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.agreement import Agreement, AgreementKind
from skyddsapp.domain.case import Case, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import next_reference
from skyddsapp.domain.county_referral import (
    CountyReferral,
    Municipality,
    ReferralResult,
    checked_referral,
    count_year,
    latest_referral,
)
from skyddsapp.domain.deadlines import DeadlineKind, case_deadlines, placement_deadline
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.placement import Placement, checked_placement, flat_offer_text

TODAY = dt.date(2026, 5, 4)
D = dt.date
FRAMEWORK = Agreement(
    1,
    AgreementKind.SHELTER_FRAMEWORK,
    "Leverantörer",
    "Ramavtal 2025",
    D(2025, 7, 1),
    D(2029, 6, 30),
)
OLD_FRAMEWORK = replace(
    FRAMEWORK, id=2, title="Ramavtal 2021", valid_from=D(2021, 6, 1), valid_until=D(2025, 5, 31)
)


def case(kind: CaseKind = CaseKind.SHELTER_EXIT, state: str = "placed", id: int = 7) -> Case:
    return Case(id, next_reference(kind, 2026, id - 1), kind, state, D(2026, 1, 2))


def placement(**changes: object) -> Placement:
    base = Placement(
        None,
        7,
        1,
        "  Skyddsboendet   Test AB ",
        True,
        D(2026, 1, 10),
        D(2026, 4, 10),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def problems(error: ValidationError) -> dict[str, str]:
    return {e.field: e.message for e in error.errors}


class TestPlacement:
    def test_a_valid_placement_is_returned_normalised(self) -> None:
        checked = checked_placement(
            placement(), case=case(), agreement=FRAMEWORK, outcome=None, today=TODAY
        )
        assert checked.provider == "Skyddsboendet Test AB"
        assert checked.is_running

    def test_dates_out_of_order(self) -> None:
        bad = placement(
            start_date=D(2026, 6, 1), planned_end=D(2026, 5, 1), actual_end=D(2026, 5, 31)
        )
        with pytest.raises(ValidationError) as caught:
            checked_placement(
                bad,
                case=case(),
                agreement=FRAMEWORK,
                outcome=ShelterOutcome.OWN_SOLUTION,
                today=TODAY,
            )
        assert [(e.field, e.message) for e in caught.value.errors] == [
            ("start_date", "Placeringen kan inte börja ett datum i framtiden."),
            ("planned_end", "Det planerade slutet kan inte ligga före startdatumet."),
            ("actual_end", "Placeringen kan inte upphöra före startdatumet."),
            ("actual_end", "Placeringen kan inte ha upphört ett datum i framtiden."),
            (
                "flat_offered_before_end",
                "Ange om klienten erbjöds en lägenhet innan placeringen upphörde.",
            ),
        ]

    def test_an_end_in_the_future(self) -> None:
        bad = placement(actual_end=TODAY + dt.timedelta(days=1), flat_offered_before_end=True)
        with pytest.raises(ValidationError) as caught:
            checked_placement(
                bad,
                case=case(),
                agreement=FRAMEWORK,
                outcome=ShelterOutcome.OWN_SOLUTION,
                today=TODAY,
            )
        assert problems(caught.value) == {
            "actual_end": "Placeringen kan inte ha upphört ett datum i framtiden."
        }

    def test_an_actual_end_needs_the_outcome_and_the_offer(self) -> None:
        ended = placement(actual_end=D(2026, 4, 1))
        with pytest.raises(ValidationError) as caught:
            checked_placement(ended, case=case(), agreement=FRAMEWORK, outcome=None, today=TODAY)
        assert problems(caught.value) == {
            "outcome": "Ange utfallet: vart klienten flyttade när placeringen upphörde.",
            "flat_offered_before_end": "Ange om klienten erbjöds en lägenhet innan placeringen "
            "upphörde.",
        }
        done = replace(ended, flat_offered_before_end=False)
        checked_placement(
            done,
            case=case(),
            agreement=FRAMEWORK,
            outcome=ShelterOutcome.OWN_SOLUTION,
            today=TODAY,
        )

    def test_the_end_of_an_ended_case_stays(self) -> None:
        with pytest.raises(ValidationError) as caught:
            checked_placement(
                placement(),
                case=case(state="ended"),
                agreement=FRAMEWORK,
                outcome=None,
                today=TODAY,
            )
        assert problems(caught.value) == {
            "actual_end": "Ärendet är avslutat; placeringens faktiska slutdatum kan inte tas bort."
        }

    @pytest.mark.parametrize(
        ("agreement", "message"),
        [
            (None, "Välj det ramavtal om skyddat boende som placeringen gjordes under."),
            (
                replace(FRAMEWORK, kind=AgreementKind.IOP, title="IOP"),
                "Avtalet ”IOP” är inget ramavtal om skyddat boende.",
            ),
            (
                OLD_FRAMEWORK,
                "Ramavtalet ”Ramavtal 2021” gällde inte på startdatumet 2026-01-10; välj det "
                "ramavtal som gällde då.",
            ),
        ],
    )
    def test_the_agreement_must_be_the_framework_in_force(
        self, agreement: Agreement | None, message: str
    ) -> None:
        with pytest.raises(ValidationError) as caught:
            checked_placement(
                placement(), case=case(), agreement=agreement, outcome=None, today=TODAY
            )
        assert problems(caught.value) == {"agreement_id": message}

    def test_only_in_a_shelter_exit_case(self) -> None:
        with pytest.raises(ValidationError) as caught:
            checked_placement(
                placement(provider=" "),
                case=case(CaseKind.CUSTOMER_CARE, "received"),
                agreement=FRAMEWORK,
                outcome=None,
                today=TODAY,
            )
        assert problems(caught.value) == {
            "provider": "Leverantör saknas.",
            "case_id": "En placering i skyddat boende hör till ett ärende av typen Skyddat boende "
            "– utslussning.",
        }


class TestPlacementDeadline:
    def test_a_running_placement_is_watched_until_its_planned_end(self) -> None:
        deadline = placement_deadline(
            7,
            "SB-2026-0007",
            planned_end=D(2026, 5, 14),
            actual_end=None,
            flat_offered_before_end=None,
        )
        assert deadline is not None
        assert (deadline.kind, deadline.date, deadline.detail) == (
            DeadlineKind.PLACEMENT_ENDS,
            D(2026, 5, 14),
            "Erbjudande om lägenhet inte registrerat",
        )
        assert DeadlineKind.PLACEMENT_ENDS.label == "Placeringen planeras upphöra"

    def test_an_ended_placement_has_nothing_left(self) -> None:
        assert (
            placement_deadline(
                7,
                "SB-2026-0007",
                planned_end=D(2026, 5, 14),
                actual_end=D(2026, 5, 1),
                flat_offered_before_end=True,
            )
            is None
        )

    def test_the_detail_says_whether_a_flat_was_offered(self) -> None:
        assert flat_offer_text(True) == "Lägenhet erbjuden före slutet"
        assert flat_offer_text(False) == "Ingen lägenhet erbjuden"

    def test_a_cases_deadlines_hold_its_own_placement_only(self) -> None:
        mine = replace(placement(), id=3, planned_end=D(2026, 4, 10))
        [deadline] = case_deadlines(case(), [], [], placement=mine)
        assert deadline.is_overdue(TODAY)
        assert case_deadlines(case(), [], [], placement=replace(mine, case_id=8)) == []
        assert case_deadlines(case(state="ended"), [], [], placement=mine) == []


def referral(**changes: object) -> CountyReferral:
    base = CountyReferral(None, 7, D(2026, 3, 1), Municipality.KNIVSTA, notes=" Ring först ")
    return replace(base, **changes)  # type: ignore[arg-type]


COUNTY_CASE = case(CaseKind.COUNTY_REFERRAL, "opened")


class TestCountyReferral:
    def test_a_valid_referral_is_returned_normalised(self) -> None:
        checked = checked_referral(
            referral(), case=COUNTY_CASE, terminal=False, others=[], today=TODAY
        )
        assert checked.notes == "Ring först"
        assert checked.is_pending

    def test_the_municipalities_are_the_countys_others(self) -> None:
        assert [m.label for m in Municipality] == [
            "Enköping",
            "Heby",
            "Håbo",
            "Knivsta",
            "Tierp",
            "Älvkarleby",
            "Östhammar",
        ]

    @pytest.mark.parametrize(
        ("changes", "field", "message"),
        [
            (
                {"referred_on": TODAY + dt.timedelta(days=1)},
                "referred_on",
                "Förfrågan kan inte vara skickad ett datum i framtiden.",
            ),
            ({"result": ReferralResult.MOVED}, "result_on", "Ange när kommunen svarade."),
            (
                {"result_on": D(2026, 3, 5)},
                "result",
                "Ange kommunens svar, eller ta bort datumet för svaret.",
            ),
            (
                {"result": ReferralResult.NO_FLAT, "result_on": D(2026, 2, 28)},
                "result_on",
                "Svaret kan inte komma före förfrågan.",
            ),
            (
                {"result": ReferralResult.NO_FLAT, "result_on": TODAY + dt.timedelta(days=1)},
                "result_on",
                "Svaret kan inte vara daterat i framtiden.",
            ),
        ],
    )
    def test_dates_and_answers(self, changes: dict[str, object], field: str, message: str) -> None:
        with pytest.raises(ValidationError) as caught:
            checked_referral(
                referral(**changes), case=COUNTY_CASE, terminal=False, others=[], today=TODAY
            )
        assert problems(caught.value) == {field: message}

    def test_one_referral_waits_at_a_time(self) -> None:
        waiting = referral(id=4, municipality=Municipality.TIERP)
        with pytest.raises(ValidationError) as caught:
            checked_referral(
                referral(), case=COUNTY_CASE, terminal=False, others=[waiting], today=TODAY
            )
        assert problems(caught.value) == {
            "municipality": "Förfrågan som skickades 2026-03-01 väntar fortfarande på svar; "
            "registrera svaret innan en ny förfrågan skickas."
        }
        answered = replace(waiting, result=ReferralResult.NO_FLAT, result_on=D(2026, 3, 2))
        checked_referral(
            referral(), case=COUNTY_CASE, terminal=False, others=[answered], today=TODAY
        )

    def test_not_in_a_finished_case_nor_in_another_kind(self) -> None:
        with pytest.raises(ValidationError) as caught:
            checked_referral(referral(), case=case(), terminal=True, others=[], today=TODAY)
        assert sorted(e.message for e in caught.value.errors) == [
            "En förfrågan genom Länskompotten hör till ett ärende av typen Länskompotten – "
            "lägenhet i annan kommun i länet.",
            "Ärendet är avslutat; ingen ny förfrågan kan registreras.",
        ]

    def test_the_latest_is_the_last_sent(self) -> None:
        first = referral(id=9, referred_on=D(2026, 3, 1))
        second = referral(id=2, referred_on=D(2026, 4, 1))
        same_day = referral(id=10, referred_on=D(2026, 4, 1))
        assert latest_referral([second, first]) is second
        assert latest_referral([same_day, first, second]) is same_day
        assert latest_referral([]) is None


def test_the_yearly_count() -> None:
    def made(
        case_id: int,
        sent: dt.date,
        to: Municipality,
        result: ReferralResult | None,
        answered: dt.date | None,
    ) -> CountyReferral:
        return CountyReferral(None, case_id, sent, to, result, answered)

    referrals = [
        made(1, D(2025, 11, 20), Municipality.KNIVSTA, ReferralResult.MOVED, D(2026, 1, 15)),
        made(2, D(2026, 2, 1), Municipality.TIERP, ReferralResult.NO_FLAT, D(2026, 2, 20)),
        made(2, D(2026, 3, 1), Municipality.ENKOPING, ReferralResult.MOVED, D(2026, 4, 1)),
        made(3, D(2026, 12, 30), Municipality.ENKOPING, None, None),
    ]
    year = count_year(referrals, 2026)
    assert (year.referrals, year.cases, year.moved) == (3, 2, 2)
    assert year.by_municipality == {Municipality.TIERP: 1, Municipality.ENKOPING: 2}
    assert year.by_result == {ReferralResult.NO_FLAT: 1, ReferralResult.MOVED: 1, None: 1}
    earlier = count_year(referrals, 2025)
    assert (earlier.referrals, earlier.cases, earlier.moved) == (1, 1, 0)
