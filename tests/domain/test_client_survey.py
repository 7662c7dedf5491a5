"""The client survey's rules: periods, answers, the report and the small-count rule."""

from __future__ import annotations

import datetime as dt

import pytest

from skyddsapp.domain.client_survey import (
    Channel,
    Question,
    QuestionKind,
    SurveyPeriod,
    build_report,
    check_answer,
    check_question_change,
    check_removal,
    check_visitors,
    current_or_next,
    for_outside,
    percent,
    periods_until,
)
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.small_counts import SMALL, WITHHELD

SCALE_Q = Question(1, "Hur nöjd är du?", QuestionKind.SCALE, 1)
YES_Q = Question(2, "Har du saknat stöd?", QuestionKind.YES_NO, 2)
TEXT_Q = Question(3, "Vad har du saknat?", QuestionKind.FREE_TEXT, 3)
OLD_Q = Question(4, "Gammal fråga", QuestionKind.YES_NO, 4, retired=True)
QUESTIONS = (SCALE_Q, YES_Q, TEXT_Q, OLD_Q)


# --- periods ------------------------------------------------------------------------------------


@pytest.mark.parametrize("month", [2, 9])
def test_february_and_september_are_periods(month: int) -> None:
    period = SurveyPeriod(2026, month).validated()
    assert period.first_day == dt.date(2026, month, 1)
    assert period.last_day == dt.date(2026, month, 28 if month == 2 else 30)


def test_a_leap_february_ends_on_the_29th() -> None:
    assert SurveyPeriod(2028, 2).last_day == dt.date(2028, 2, 29)


@pytest.mark.parametrize("month", [1, 3, 8, 10, 12])
def test_other_months_are_refused_in_swedish(month: int) -> None:
    with pytest.raises(ValidationError) as caught:
        SurveyPeriod(2026, month).validated()
    assert caught.value.fields == ("month",)
    assert "februari och september" in str(caught.value)


def test_years_before_the_first_survey_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        SurveyPeriod(2019, 9).validated()
    assert caught.value.fields == ("year",)


def test_label_and_key() -> None:
    assert SurveyPeriod(2026, 2).label == "februari 2026"
    assert SurveyPeriod(2025, 9).key == "2025-09"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 1, 15), SurveyPeriod(2025, 9)),
        (dt.date(2026, 2, 1), SurveyPeriod(2026, 2)),
        (dt.date(2026, 5, 4), SurveyPeriod(2026, 2)),
        (dt.date(2026, 9, 30), SurveyPeriod(2026, 9)),
        (dt.date(2026, 12, 31), SurveyPeriod(2026, 9)),
    ],
)
def test_the_period_to_work_on(today: dt.date, expected: SurveyPeriod) -> None:
    assert current_or_next(today) == expected


def test_the_periods_offered_end_with_the_next_one() -> None:
    assert periods_until(dt.date(2026, 5, 4)) == [
        SurveyPeriod(2026, 9),
        SurveyPeriod(2026, 2),
        SurveyPeriod(2025, 9),
        SurveyPeriod(2025, 2),
    ]
    assert periods_until(dt.date(2026, 10, 1))[0] == SurveyPeriod(2027, 2)


def test_visitors_are_a_count() -> None:
    assert check_visitors(300) == 300
    with pytest.raises(ValidationError, match="mellan 0 och"):
        check_visitors(-1)


# --- questions ----------------------------------------------------------------------------------


def test_a_question_is_normalised_and_needs_a_text() -> None:
    assert Question(None, "  Hur  nöjd? ", QuestionKind.SCALE).validated().text == "Hur nöjd?"
    with pytest.raises(ValidationError, match="Frågan saknas"):
        Question(None, "   ", QuestionKind.SCALE).validated()


def test_an_answered_question_keeps_its_text_and_kind() -> None:
    check_question_change(SCALE_Q, Question(1, "Ny text", QuestionKind.SCALE), answered=0)
    with pytest.raises(ValidationError, match="har 4 svar och kan inte ändras"):
        check_question_change(SCALE_Q, Question(1, "Ny text", QuestionKind.SCALE), answered=4)
    with pytest.raises(ValidationError):
        check_question_change(SCALE_Q, Question(1, SCALE_Q.text, QuestionKind.YES_NO), 1)


def test_an_answered_question_is_retired_not_removed() -> None:
    check_removal(SCALE_Q, 0)
    with pytest.raises(ValidationError, match="ta den ur bruk i stället"):
        check_removal(SCALE_Q, 1)


# --- answers ------------------------------------------------------------------------------------


def test_an_answer_is_cleaned_and_blanks_left_out() -> None:
    cleaned = check_answer({1: 4, 2: True, 3: "  Mer  stöd\r\nmed bostad ", 4: None}, QUESTIONS)
    assert cleaned == {1: 4, 2: 1, 3: "Mer  stöd\nmed bostad"}
    assert check_answer({2: False, 3: "   "}, QUESTIONS) == {2: 0}


@pytest.mark.parametrize("value", [0, 6, -1, "3"])
def test_a_scale_answer_is_one_to_five(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        check_answer({1: value}, QUESTIONS)  # type: ignore[dict-item]
    assert caught.value.fields == ("answers.1",)
    assert "från 1 till 5" in str(caught.value)


def test_a_yes_no_answer_is_yes_or_no() -> None:
    with pytest.raises(ValidationError, match="ja eller nej"):
        check_answer({2: 3}, QUESTIONS)


def test_unknown_and_retired_questions_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_answer({1: 3, 99: 1, 4: 1}, QUESTIONS)
    assert caught.value.fields == ("answers.99", "answers.4")
    assert "Fråga 99 finns inte." in str(caught.value)
    assert "används inte längre" in str(caught.value)


def test_free_text_is_text_and_not_too_long() -> None:
    with pytest.raises(ValidationError, match="besvaras med text"):
        check_answer({3: 5}, QUESTIONS)
    with pytest.raises(ValidationError, match="högst 2000 tecken"):
        check_answer({3: "x" * 2001}, QUESTIONS)


def test_an_empty_answer_is_refused() -> None:
    with pytest.raises(ValidationError, match="Svaret är tomt"):
        check_answer({1: None, 3: ""}, QUESTIONS)


# --- the report and the small-count rule ------------------------------------------------------


def _report(**overrides: object) -> object:
    values: dict[str, object] = {
        "visitors": 300,
        "closed_clients": 248,
        "by_channel": {Channel.PAPER: 45, Channel.DIGITAL: 26},
        "counts": {(1, 1): 2, (1, 2): 0, (1, 3): 10, (1, 4): 30, (1, 5): 25, (2, 1): 1, (2, 0): 1},
        "answered": {1: 67, 2: 2, 3: 12},
        "texts": {3: ["Mer stöd", "bostad"]},
    }
    values.update(overrides)
    return build_report(SurveyPeriod(2025, 9), QUESTIONS, **values)  # type: ignore[arg-type]


def test_the_report_counts_and_rate() -> None:
    report = _report()
    assert report.answers == 71
    assert percent(report.response_rate) == "24 %"
    assert [r.question.id for r in report.questions] == [1, 2, 3]  # unanswered retired: gone
    scale = report.questions[0]
    assert scale.counts == ((1, 2), (2, 0), (3, 10), (4, 30), (5, 25))
    assert report.questions[2].texts == ("bostad", "Mer stöd")  # alphabetical, not entry order
    assert report.notes == ()


def test_notes_name_figures_that_do_not_add_up() -> None:
    assert "inte angivet" in _report(visitors=None).notes[0]
    assert _report(visitors=None).response_rate is None
    assert "Fler svar (71) än besökare (50)" in _report(visitors=50).notes[0]
    assert "avslutade klienter" in _report(visitors=100, closed_clients=120).notes[0]


def test_a_retired_question_with_answers_stays_in_the_report() -> None:
    report = _report(answered={1: 67, 4: 5})
    assert [r.question.id for r in report.questions] == [1, 2, 3, 4]


def test_outside_the_unit_small_counts_are_hidden() -> None:
    outside = for_outside(_report())
    assert (outside.visitors, outside.closed_clients, outside.answers) == ("300", "248", "71")
    assert (outside.paper, outside.digital, outside.response_rate) == ("45", "26", "24 %")
    scale, yes_no, free = outside.questions
    # The 2 is "<3", and the 10 is withheld: otherwise 67 − 55 would give the 2 away.
    assert scale.cells == (("1", SMALL), ("2", "0"), ("3", WITHHELD), ("4", "30"), ("5", "25"))
    assert scale.answered == "67"
    assert (yes_no.answered, yes_no.cells) == (SMALL, None)  # fewer than 3: no distribution
    assert (free.answered, free.cells) == ("12", None)
    assert not hasattr(free, "texts")


def test_few_answers_hide_the_rate_too() -> None:
    outside = for_outside(_report(by_channel={Channel.PAPER: 2}))
    assert (outside.answers, outside.paper, outside.digital) == (SMALL, SMALL, "0")
    assert outside.response_rate == "–"


def test_few_visitors_hide_the_rate_too() -> None:
    # 6 answers from 2 visitors is a mistake in the count, but 300 % would give the 2 away.
    outside = for_outside(_report(visitors=2, by_channel={Channel.PAPER: 6}))
    assert (outside.visitors, outside.answers, outside.response_rate) == (SMALL, "6", "–")


def test_two_small_channels_under_a_small_total_withhold_the_total() -> None:
    # "<3" answers made of two "<3" channels could only be 1 + 1.
    outside = for_outside(_report(by_channel={Channel.PAPER: 1, Channel.DIGITAL: 1}))
    assert (outside.paper, outside.digital, outside.answers) == (SMALL, SMALL, WITHHELD)
    assert outside.response_rate == "–"


def test_two_small_channels_that_give_each_other_away_withhold_the_total() -> None:
    outside = for_outside(_report(by_channel={Channel.PAPER: 2, Channel.DIGITAL: 2}))
    assert (outside.paper, outside.digital, outside.answers) == (SMALL, SMALL, WITHHELD)
    assert outside.response_rate == "–"


def test_a_small_channel_withholds_the_other_one() -> None:
    outside = for_outside(_report(by_channel={Channel.PAPER: 2, Channel.DIGITAL: 40}))
    assert (outside.paper, outside.digital, outside.answers) == (SMALL, WITHHELD, "42")
    assert outside.response_rate == "14 %"


def test_a_distribution_whose_small_count_no_cell_can_hide_withholds_its_sum() -> None:
    # Ja 1, Nej 3: with the sum 4 the "<3" would be a 1; the 3 goes, and then the sum.
    counts = {(1, 1): 2, (1, 2): 0, (1, 3): 10, (1, 4): 30, (1, 5): 25, (2, 1): 1, (2, 0): 3}
    outside = for_outside(_report(counts=counts, answered={1: 67, 2: 4, 3: 12}))
    yes_no = outside.questions[1]
    assert (yes_no.cells, yes_no.answered) == ((("Ja", SMALL), ("Nej", WITHHELD)), WITHHELD)
