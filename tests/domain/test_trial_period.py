"""Boendekedjans prövotid: start, end dates (month ends too), length, the joint assessment and
the social contract's end at takeover."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.case import Case, CaseParty, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import next_reference
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.joint_assessment import (
    AssessmentOutcome,
    JointAssessment,
    assess,
    assessment_decision,
)
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.social_contract_takeover import first_hand_for_takeover, social_contract_end
from skyddsapp.domain.trial_period import (
    DEFAULT_TRIAL_MONTHS,
    MAX_TRIAL_MONTHS,
    MIN_TRIAL_MONTHS,
    TrialPeriod,
    change_length,
    moved_with_contract,
    social_contract_of,
    start_moved_text,
    start_trial,
    trial_deadline,
    trial_end,
)
from skyddsapp.domain.workflows import open_case

TODAY = dt.date(2026, 11, 27)
CLIENT = 1
START = dt.date(2025, 12, 15)


def lease(lid: int, kind: LeaseKind, start: dt.date = START, *, flat: int = 5, **extra) -> Lease:
    return Lease(lid, f"K-{lid}", flat, (CLIENT,), kind, start, **extra)


def chain_case(state: str = "social_contract", *, leases: tuple[int, ...] = (11,)) -> Case:
    kind = CaseKind.HOUSING_CHAIN
    case = open_case(kind, next_reference(kind, 2025, None), dt.date(2025, 10, 1), "handlaggare")
    case = replace(case, id=7, state=state, lease_ids=list(leases))
    return case.with_party(CaseParty(CLIENT, CaseRole.CLIENT))


def running(months: int = 12) -> TrialPeriod:
    return TrialPeriod(7, 11, START, months)


def assessment(
    outcome: AssessmentOutcome = AssessmentOutcome.TAKE_OVER, **extra
) -> JointAssessment:
    values = {
        "date": TODAY,
        "outcome": outcome,
        "assessed_by": " Uppsalahem,  Socialförvaltningen och hyresgästen ",
        "reason": "Hyran betald i tid.\r\nInga störningar.",
    }
    return JointAssessment(**(values | extra))


# --- the end date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (dt.date(2025, 12, 15), 12, dt.date(2026, 12, 14)),
        (dt.date(2026, 1, 1), 12, dt.date(2026, 12, 31)),
        (dt.date(2026, 3, 1), 6, dt.date(2026, 8, 31)),
        # Month ends: the same date months later does not exist, the month's last day is used
        # (as the printed Andrahandsavtal says, domain.paperwork.sublease.trial_end).
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 27)),
        (dt.date(2026, 3, 31), 6, dt.date(2026, 9, 29)),
        (dt.date(2027, 2, 28), 12, dt.date(2028, 2, 27)),
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 27)),  # from a leap day
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 28)),  # into a leap February
        (dt.date(2026, 1, 31), 24, dt.date(2028, 1, 30)),
    ],
)
def test_the_trial_ends_the_day_before_the_same_date_months_later(
    start: dt.date, months: int, end: dt.date
) -> None:
    assert trial_end(start, months) == end
    assert TrialPeriod(1, 2, start, months).end == end


def test_days_left_count_down_to_zero_on_the_last_day_then_go_negative() -> None:
    trial = running()
    assert trial.end == dt.date(2026, 12, 14)
    assert trial.days_left(dt.date(2026, 11, 30)) == 14
    assert trial.days_left(dt.date(2026, 12, 14)) == 0
    assert trial.days_left(dt.date(2026, 12, 20)) == -6


# --- starting ----------------------------------------------------------------------------------


def test_the_trial_starts_on_the_social_contracts_start_date_with_the_default_length() -> None:
    trial = start_trial(chain_case(), [lease(11, LeaseKind.SOCIAL_CONTRACT)])
    assert (trial.case_id, trial.lease_id, trial.start) == (7, 11, START)
    assert trial.months == DEFAULT_TRIAL_MONTHS == 12
    assert trial.assessments == ()
    assert not trial.taken_over


def test_the_latest_running_social_contract_of_the_client_counts() -> None:
    case = chain_case(leases=(11, 12, 13, 14))
    older = lease(11, LeaseKind.SOCIAL_CONTRACT, dt.date(2024, 1, 1))
    newer = lease(12, LeaseKind.SOCIAL_CONTRACT, dt.date(2025, 1, 1))
    ended = lease(13, LeaseKind.SOCIAL_CONTRACT, dt.date(2026, 1, 1), status=LeaseStatus.ENDED)
    someone_else = replace(
        lease(14, LeaseKind.SOCIAL_CONTRACT, dt.date(2026, 2, 1)), tenant_ids=(9,)
    )
    unlinked = lease(15, LeaseKind.SOCIAL_CONTRACT, dt.date(2026, 3, 1))
    found = social_contract_of(case, [older, newer, ended, someone_else, unlinked])
    assert found == newer


def test_no_running_social_contract_means_no_trial() -> None:
    first_hand = lease(11, LeaseKind.FIRST_HAND)
    with pytest.raises(RuleViolation, match="saknar ett gällande bostadssocialt kontrakt"):
        start_trial(chain_case(), [first_hand])


# --- changing the length -----------------------------------------------------------------------


def test_the_length_can_change_with_a_reason_and_the_end_follows() -> None:
    changed, reason = change_length(chain_case(), running(), 18, "  Sjukskriven   en period ")
    assert changed.months == 18
    assert changed.end == dt.date(2027, 6, 14)
    assert reason == "Sjukskriven en period"


@pytest.mark.parametrize(
    ("months", "reason", "fields", "message"),
    [
        (MIN_TRIAL_MONTHS - 1, "Skäl", ("months",), "Prövotiden ska vara 6–24 månader."),
        (MAX_TRIAL_MONTHS + 1, "Skäl", ("months",), "Prövotiden ska vara 6–24 månader."),
        (12, "Skäl", ("months",), "Prövotiden är redan 12 månader."),
        (18, "  ", ("reason",), "Ange varför prövotidens längd ändras."),
        (18, "Skäl\x07", ("reason",), "Skälet innehåller otillåtna tecken."),
        (3, "", ("months", "reason"), "Prövotiden ska vara 6–24 månader."),
    ],
)
def test_a_bad_length_or_a_missing_reason_is_refused(
    months: int, reason: str, fields: tuple[str, ...], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        change_length(chain_case(), running(), months, reason)
    assert caught.value.fields == fields
    assert caught.value.errors[0].message == message


@pytest.mark.parametrize(
    ("case", "trial", "message"),
    [
        (chain_case(), None, "Prövotiden har inte börjat"),
        (chain_case("taken_over"), running(), "Prövotiden är över"),
        (chain_case("ended"), running(), "Prövotiden är över"),
        (chain_case(), replace(running(), social_contract_ended_on=TODAY), "Prövotiden är över"),
    ],
)
def test_only_a_running_trial_can_change_or_be_assessed(
    case: Case, trial: TrialPeriod | None, message: str
) -> None:
    with pytest.raises(RuleViolation, match=message):
        change_length(case, trial, 18, "Skäl")
    with pytest.raises(RuleViolation, match=message):
        assess(case, trial, assessment(), TODAY)


def test_other_kinds_of_case_have_no_trial() -> None:
    other = replace(chain_case(), kind=CaseKind.KVINNOJOUR_SUBLET)
    with pytest.raises(RuleViolation, match="Bara ärenden i boendekedjan"):
        change_length(other, running(), 18, "Skäl")


# --- the joint assessment ----------------------------------------------------------------------


def test_take_over_is_stored_normalised_and_grants_the_takeover() -> None:
    after, stored = assess(chain_case(), running(), assessment(), TODAY)
    assert stored.assessed_by == "Uppsalahem, Socialförvaltningen och hyresgästen"
    assert stored.reason == "Hyran betald i tid.\nInga störningar."
    assert after.months == 12
    assert after.assessments == (stored,)
    decision = assessment_decision(stored, after)
    assert decision.kind is DecisionKind.TAKEOVER
    assert decision.granted is True
    assert decision.date == TODAY
    assert decision.decided_by == stored.assessed_by
    assert "Klienten tar över förstahandskontraktet" in decision.text


def test_ending_refuses_the_takeover() -> None:
    after, stored = assess(chain_case(), running(), assessment(AssessmentOutcome.END), TODAY)
    assert assessment_decision(stored, after).granted is False


def test_an_extension_moves_the_end_and_leaves_the_takeover_undecided() -> None:
    extend = assessment(AssessmentOutcome.EXTEND, extend_months=6)
    after, stored = assess(chain_case(), running(), extend, TODAY)
    assert after.months == 18
    assert after.end == dt.date(2027, 6, 14)
    decision = assessment_decision(stored, after)
    assert decision.granted is None
    assert "förlängs med 6 månader, till och med 2027-06-14" in decision.text
    # Up to the ceiling, not beyond it.
    after, _ = assess(chain_case(), running(18), replace(extend, extend_months=6), TODAY)
    assert after.months == MAX_TRIAL_MONTHS


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"date": TODAY + dt.timedelta(days=1)}, "date", "ett datum i framtiden"),
        ({"date": START - dt.timedelta(days=1)}, "date", "före prövotidens början 2025-12-15"),
        ({"assessed_by": "  "}, "assessed_by", "Vilka som gjorde bedömningen saknas."),
        ({"reason": " \n "}, "reason", "Motiveringen saknas."),
        ({"reason": "x" * 1001}, "reason", "högst 1000 tecken"),
        ({"extend_months": 3}, "extend_months", "Förlängning anges bara när prövotiden förlängs."),
        (
            {"outcome": AssessmentOutcome.EXTEND},
            "extend_months",
            "Ange med hur många månader prövotiden förlängs.",
        ),
        (
            {"outcome": AssessmentOutcome.EXTEND, "extend_months": 0},
            "extend_months",
            "Ange med hur många månader prövotiden förlängs.",
        ),
        (
            {"outcome": AssessmentOutcome.EXTEND, "extend_months": 13},
            "extend_months",
            "kan förlängas med högst 12",
        ),
    ],
)
def test_a_bad_assessment_is_refused_with_its_field(
    changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        assess(chain_case(), running(), assessment(**changes), TODAY)
    assert caught.value.fields == (field,)
    assert message in caught.value.errors[0].message


def test_the_latest_assessment_counts() -> None:
    first, _ = assess(chain_case(), running(), assessment(AssessmentOutcome.END), TODAY)
    second, stored = assess(chain_case(), first, assessment(), TODAY)
    assert len(second.assessments) == 2
    assert second.latest_assessment == stored


# --- the takeover ------------------------------------------------------------------------------


def test_the_social_contract_ends_the_day_before_the_first_hand_lease_starts() -> None:
    social = lease(11, LeaseKind.SOCIAL_CONTRACT)
    first_hand = lease(12, LeaseKind.FIRST_HAND, dt.date(2027, 1, 1))
    assert social_contract_end(social, first_hand) == dt.date(2026, 12, 31)
    same_day = lease(12, LeaseKind.FIRST_HAND, START)
    with pytest.raises(RuleViolation, match="före det bostadssociala kontraktet K-11"):
        social_contract_end(social, same_day)
    next_day = lease(12, LeaseKind.FIRST_HAND, START + dt.timedelta(days=1))
    assert social_contract_end(social, next_day) == START


def test_the_first_hand_lease_of_the_same_flat_is_the_one_taken_over() -> None:
    case = chain_case(leases=(11, 12, 13, 14))
    social = lease(11, LeaseKind.SOCIAL_CONTRACT, flat=5)
    same_flat = lease(12, LeaseKind.FIRST_HAND, dt.date(2027, 1, 1), flat=5)
    other_flat = lease(13, LeaseKind.FIRST_HAND, dt.date(2027, 2, 1), flat=6)
    noticed = lease(
        14,
        LeaseKind.FIRST_HAND,
        dt.date(2027, 3, 1),
        flat=5,
        notice_date=dt.date(2027, 3, 2),
        status=LeaseStatus.NOTICE_GIVEN,
    )
    leases = [social, same_flat, other_flat, noticed]
    assert first_hand_for_takeover(case, leases, social) == same_flat
    assert first_hand_for_takeover(case, [social, other_flat], social) == other_flat
    assert first_hand_for_takeover(case, [social, noticed], social) is None


def test_the_trial_deadline_names_the_contract_and_the_assessment_due() -> None:
    deadline = trial_deadline(7, "BK-2025-0001", end=dt.date(2026, 12, 14), contract_number="K-11")
    assert deadline.kind is DeadlineKind.TRIAL_ENDS
    assert deadline.kind.label == "Prövotiden löper ut"
    assert deadline.detail == "K-11: gemensam bedömning om övertagande"
    assert deadline.is_overdue(dt.date(2026, 12, 15))
    assert not deadline.is_overdue(dt.date(2026, 12, 14))


# --- the social contract's start date corrected ------------------------------------------------


def _start_refused(trial: TrialPeriod, start: dt.date) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        moved_with_contract(trial, start)
    assert caught.value.fields == ("start_date",)
    return [error.message for error in caught.value.errors]


def test_a_corrected_start_moves_the_trial_keeping_its_months_and_extension() -> None:
    extended = replace(
        running(15),
        assessments=(assessment(AssessmentOutcome.EXTEND, extend_months=3),),
    )
    moved = moved_with_contract(extended, dt.date(2026, 1, 10))
    assert (moved.start, moved.months, moved.end) == (dt.date(2026, 1, 10), 15, dt.date(2027, 4, 9))
    assert moved.assessments == extended.assessments
    earlier = moved_with_contract(running(), dt.date(2025, 11, 30))
    assert (earlier.start, earlier.end) == (dt.date(2025, 11, 30), dt.date(2026, 11, 29))
    assert start_moved_text(running(), earlier) == (
        "Det bostadssociala kontraktets startdatum ändrat: prövotiden börjar 2025-11-30 och "
        "löper ut 2026-11-29 (12 månader), i stället för 2025-12-15–2026-12-14."
    )


def test_the_end_cannot_move_before_a_recorded_assessment() -> None:
    assessed = replace(running(), assessments=(assessment(date=dt.date(2026, 12, 1)),))
    assert _start_refused(assessed, dt.date(2025, 11, 30)) == [
        "Startdatumet kan inte ändras till 2025-11-30: prövotiden skulle då löpa ut 2026-11-29, "
        "före den gemensamma bedömningen som gjordes 2026-12-01."
    ]
    # Up to the assessment's own day is fine.
    assert moved_with_contract(assessed, dt.date(2025, 12, 2)).end == dt.date(2026, 12, 1)


def test_a_late_assessment_does_not_stop_the_end_moving_later() -> None:
    late = replace(running(), assessments=(assessment(date=dt.date(2027, 1, 10)),))  # after end
    assert moved_with_contract(late, dt.date(2025, 12, 20)).end == dt.date(2026, 12, 19)
    assert _start_refused(late, dt.date(2025, 12, 10)) == [
        "Startdatumet kan inte ändras till 2025-12-10: prövotiden skulle då löpa ut 2026-12-09, "
        "före den gemensamma bedömningen som gjordes 2027-01-10."
    ]


def test_the_trial_cannot_start_after_an_assessment_or_the_social_contracts_end() -> None:
    assessed = replace(running(), assessments=(assessment(date=dt.date(2026, 11, 27)),))
    assert _start_refused(assessed, dt.date(2026, 11, 28)) == [
        "Startdatumet kan inte ändras till 2026-11-28: den gemensamma bedömningen gjordes "
        "redan 2026-11-27, och prövotiden kan inte börja efter den."
    ]
    taken_over = replace(running(), social_contract_ended_on=dt.date(2026, 5, 31))
    assert _start_refused(taken_over, dt.date(2026, 6, 1)) == [
        "Startdatumet kan inte ändras till 2026-06-01: det bostadssociala kontraktet upphörde "
        "2026-05-31, dagen före förstahandskontraktet."
    ]
    assert moved_with_contract(taken_over, dt.date(2026, 5, 31)).start == dt.date(2026, 5, 31)
