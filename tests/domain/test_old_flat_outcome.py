"""The old flat's outcome: validation, vacancy days, lost rent and the yearly figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.old_flat_outcome import (
    OldFlatOutcome,
    OldFlatOutcomeKind,
    default_vacant_from,
    lost_rent_sek,
    outcome_event_text,
    vacancy_days,
    year_summary,
)

RELET = OldFlatOutcomeKind.RELET
SOCIAL = OldFlatOutcomeKind.SOCIAL_CONTRACT
VACANT = OldFlatOutcomeKind.VACANT
LEASE_END = dt.date(2027, 1, 31)
TODAY = dt.date(2027, 4, 15)


def _outcome(kind: OldFlatOutcomeKind = VACANT, **changes: object) -> OldFlatOutcome:
    return replace(OldFlatOutcome(4, 30, kind, vacant_from=dt.date(2027, 2, 1)), **changes)


def _refused(outcome: OldFlatOutcome) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        outcome.validated(lease_end=LEASE_END)
    found: dict[str, list[str]] = {}
    for error in caught.value.errors:
        found.setdefault(error.field, []).append(error.message)
    return found


def test_the_labels_are_the_trades_words() -> None:
    assert [kind.label for kind in OldFlatOutcomeKind] == [
        "Uthyrd på vanligt sätt efter bedömning att det är tryggt",
        "Erbjuden kommunen som bostadssocialt kontrakt (kvotavtal)",
        "Står tom",
    ]


# Vacancy days and lost rent


def test_the_vacancy_starts_the_day_after_the_lease_at_month_end() -> None:
    assert default_vacant_from(LEASE_END) == dt.date(2027, 2, 1)
    assert default_vacant_from(dt.date(2028, 2, 29)) == dt.date(2028, 3, 1)
    assert default_vacant_from(dt.date(2026, 12, 31)) == dt.date(2027, 1, 1)
    assert default_vacant_from(None) is None


def test_vacancy_days_run_to_the_day_it_is_let_or_to_today() -> None:
    assert vacancy_days(dt.date(2027, 2, 1), dt.date(2027, 3, 1), TODAY) == 28
    assert vacancy_days(dt.date(2028, 2, 1), dt.date(2028, 3, 1), TODAY) == 29  # leap year
    assert vacancy_days(dt.date(2026, 12, 1), dt.date(2027, 1, 1), TODAY) == 31  # over new year
    assert vacancy_days(dt.date(2027, 2, 1), None, TODAY) == 73  # still empty
    assert vacancy_days(dt.date(2027, 2, 1), dt.date(2027, 2, 1), TODAY) == 0  # let at once
    assert vacancy_days(dt.date(2027, 5, 1), None, TODAY) == 0  # not begun yet


def test_lost_rent_is_the_day_rate_times_the_days_rounded_to_kronor() -> None:
    assert lost_rent_sek(7300, 29) == 6960  # 7 300 × 12 / 365 = 240 kr a day, exactly
    assert lost_rent_sek(7450, 41) == 10042  # 10 042,19
    assert lost_rent_sek(7900, 1) == 260  # 259,73 rounds up
    assert lost_rent_sek(7200, 0) == 0
    # A leap year's February costs 29 days at the same day rate, not a twelfth of the rent.
    assert lost_rent_sek(7300, vacancy_days(dt.date(2028, 2, 1), dt.date(2028, 3, 1), TODAY)) == (
        29 * 240
    )
    outcome = _outcome(occupied_from=dt.date(2027, 3, 1))
    assert outcome.vacancy_days(TODAY) == 28
    assert outcome.lost_rent_sek(7300, TODAY) == 28 * 240


# Validation


def test_each_outcome_that_is_complete_is_accepted_and_normalised() -> None:
    relet = _outcome(
        RELET,
        occupied_from=dt.date(2027, 3, 1),
        safety_assessment="  Tryggt:\r\nklienten bor långt bort.  ",
    ).validated(lease_end=LEASE_END)
    assert relet.safety_assessment == "Tryggt:\nklienten bor långt bort."
    _outcome(SOCIAL, no_disturbances=True).validated(lease_end=LEASE_END)  # offer still open
    _outcome(SOCIAL, no_disturbances=True, occupied_from=dt.date(2027, 4, 1)).validated(
        lease_end=LEASE_END
    )
    _outcome(VACANT).validated(lease_end=LEASE_END)
    _outcome(VACANT, vacant_from=dt.date(2026, 5, 1)).validated(lease_end=None)


def test_a_relet_needs_the_safety_assessment_and_its_date() -> None:
    assert _refused(_outcome(RELET, safety_assessment=" \n ")) == {
        "safety_assessment": [
            "Beskriv bedömningen att det är tryggt för klienten att lägenheten hyrs ut på "
            "vanligt sätt igen."
        ],
        "occupied_from": ["Ange dagen då lägenheten hyrs ut igen."],
    }


def test_a_social_contract_needs_a_flat_without_disturbances() -> None:
    assert _refused(_outcome(SOCIAL)) == {
        "no_disturbances": [
            "Svara på om lägenheten har varit fri från störningar: bara en lägenhet utan "
            "störningar kan erbjudas kommunen enligt kvotavtalet."
        ]
    }
    assert _refused(_outcome(SOCIAL, no_disturbances=False)) == {
        "no_disturbances": [
            "Lägenheten kan inte erbjudas kommunen som bostadssocialt kontrakt: den har haft "
            "störningar, och kvotavtalet gäller bara lägenheter utan störningar."
        ]
    }


def test_an_empty_flat_has_no_relet_date() -> None:
    assert _refused(_outcome(VACANT, occupied_from=dt.date(2027, 3, 1))) == {
        "occupied_from": [
            "En lägenhet som står tom har inget datum för ny uthyrning: ta bort datumet eller "
            "välj ett annat utfall."
        ]
    }


def test_dates_in_order_and_never_inside_the_notice_period() -> None:
    assert _refused(
        _outcome(
            RELET,
            vacant_from=LEASE_END,
            occupied_from=dt.date(2027, 1, 30),
            safety_assessment="Tryggt.",
        )
    ) == {
        "vacant_from": [
            "Vakansen kan inte börja före 2027-02-01: det gamla hyresavtalet löper till och med "
            "2027-01-31."
        ],
        "occupied_from": [
            "Lägenheten kan inte hyras ut före den dag vakansen börjar (2027-01-31)."
        ],
    }


def test_an_assessment_with_control_characters_or_too_long_is_refused() -> None:
    assert _refused(_outcome(VACANT, safety_assessment="Bra\x07")) == {
        "safety_assessment": ["Bedömningen innehåller otillåtna tecken."]
    }
    assert _refused(_outcome(VACANT, safety_assessment="x" * 2001)) == {
        "safety_assessment": ["Bedömningen får vara högst 2000 tecken."]
    }


# The line in the case's timeline


def test_the_timeline_line_names_the_outcome_and_its_dates_but_never_the_assessment() -> None:
    relet = _outcome(
        RELET,
        occupied_from=dt.date(2027, 3, 15),
        safety_assessment="Anna Andersson bor nu långt härifrån.",
    )
    assert outcome_event_text(relet, "KG-1", changed=False) == (
        "Utfallet för den gamla lägenheten registrerat (hyresavtal KG-1): Uthyrd på vanligt "
        "sätt efter bedömning att det är tryggt; vakant från 2027-02-01, uthyrd från 2027-03-15."
    )
    assert outcome_event_text(_outcome(VACANT), "KG-1", changed=True) == (
        "Utfallet för den gamla lägenheten ändrat (hyresavtal KG-1): Står tom; vakant från "
        "2027-02-01."
    )
    assert "Andersson" not in outcome_event_text(relet, "KG-1", changed=True)


# The yearly follow-up


def test_the_year_counts_outcomes_by_the_year_their_vacancy_began() -> None:
    rows = [
        (_outcome(RELET, occupied_from=dt.date(2027, 3, 1)), 7300),  # 28 days, 6 720 kr
        (_outcome(SOCIAL, vacant_from=dt.date(2027, 3, 1), occupied_from=dt.date(2027, 3, 11)),
         7300),  # 10 days, 2 400 kr
        (_outcome(VACANT, vacant_from=dt.date(2027, 4, 1)), 7300),  # 14 days to TODAY, 3 360 kr
        (_outcome(VACANT, vacant_from=dt.date(2026, 12, 1)), 9000),  # another year
    ]  # fmt: skip
    summary = year_summary(2027, rows, TODAY)
    assert summary.counts == {RELET: 1, SOCIAL: 1, VACANT: 1}
    assert summary.total == 3
    assert summary.vacancy_days == 52
    assert summary.lost_rent_sek == 6720 + 2400 + 3360
    empty = year_summary(2025, rows, TODAY)
    assert (empty.total, empty.vacancy_days, empty.lost_rent_sek) == (0, 0, 0)
