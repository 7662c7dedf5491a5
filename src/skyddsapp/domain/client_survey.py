"""Brukarundersökning (client survey): measurement periods, questions, anonymous answers, the
response rate and the aggregate report with the small-count rule.

Nexus and Uppsala Kvinnojour measure twice a year, in February and September, with the same
kind of questions (the source report, bilaga 1). Everyone who visits the unit in the period may
answer, on paper or digitally, and every client whose case closes in the period is asked
directly. So a period's population is its visitors (a number the handler enters: the vault keeps
no record of visits) of whom the clients whose case closed in the period (counted from the
cases) are a part; the response rate is answers / visitors.

An answer is the period, the channel and a value per question: no person, no case, no time and
no user, so that an answer can never be traced back to whoever gave it. Free-text answers stay
inside the unit: no report meant for outside (PDF, CSV) carries them. Outside the unit the
survey follows the yearly report's small-count rule (`domain.small_counts`: 1–2 as "<3", one
more cell withheld as ".." wherever a small count could otherwise be worked out from a total),
and adds its own: a question answered by fewer than three shows no distribution, and there is
no response rate when the number of answers or visitors is not shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_text
from skyddsapp.domain.small_counts import SMALL, SMALL_LIMIT, WITHHELD, mask_column, shown_count
from skyddsapp.domain.text import Text

SURVEY_MONTHS = (2, 9)
"""Februari and september: the measurement months of Nexus and Uppsala Kvinnojour."""
FIRST_YEAR = 2025  # Nexus' first survey was in the autumn of 2025
LAST_YEAR = 2100
SCALE = (1, 2, 3, 4, 5)
MAX_VISITORS = 100_000
MAX_QUESTION_LENGTH = 300
MAX_FREE_TEXT_LENGTH = 2000

MONTH_NAMES = {2: "februari", 9: "september"}


class QuestionKind(Enum):
    """Frågetyp."""

    SCALE = "scale"
    YES_NO = "yes_no"
    FREE_TEXT = "free_text"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def values(self) -> tuple[int, ...]:
        """The numbers an answer may hold (none for free text): 1–5, or 1 (ja) and 0 (nej)."""
        if self is QuestionKind.SCALE:
            return SCALE
        if self is QuestionKind.YES_NO:
            return (1, 0)
        return ()


_KIND_LABELS = {
    QuestionKind.SCALE: "Skala 1–5",
    QuestionKind.YES_NO: "Ja eller nej",
    QuestionKind.FREE_TEXT: "Fritext",
}


def value_label(kind: QuestionKind, value: int) -> str:
    """How a stored number reads: "Ja"/"Nej" for a yes–no question, the digit on the scale."""
    if kind is QuestionKind.YES_NO:
        return "Ja" if value else "Nej"
    return str(value)


class Channel(Enum):
    """Svarssätt."""

    PAPER = "paper"
    DIGITAL = "digital"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {Channel.PAPER: "Pappersformulär", Channel.DIGITAL: "Digitalt"}


# --- periods ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class SurveyPeriod:
    """Mätperiod: February or September of a year."""

    year: int
    month: int

    def validated(self) -> SurveyPeriod:
        errors: list[FieldError] = []
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            errors.append(
                FieldError(
                    "year",
                    Text("Året ska vara mellan {0} och {1}.", FIRST_YEAR, LAST_YEAR),
                )
            )
        if self.month not in SURVEY_MONTHS:
            errors.append(
                FieldError(
                    "month",
                    "Brukarundersökningen mäts i februari och september; välj en av de månaderna.",
                )
            )
        raise_if_errors(errors)
        return self

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        following = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def label(self) -> str:
        """ "februari 2026"."""
        return Text("{0} {1}", MONTH_NAMES.get(self.month, str(self.month)), self.year)

    @property
    def key(self) -> str:
        """ "2026-02": for file names and audit entries."""
        return f"{self.year:04d}-{self.month:02d}"

    def has_begun(self, today: dt.date) -> bool:
        return today >= self.first_day


def current_or_next(today: dt.date) -> SurveyPeriod:
    """The period running today, or else the last one that ended (for entering paper forms
    that come back later); before the first February of a year, the last September."""
    if today.month >= 9:
        return SurveyPeriod(today.year, 9)
    if today.month >= 2:
        return SurveyPeriod(today.year, 2)
    return SurveyPeriod(today.year - 1, 9)


def periods_until(today: dt.date) -> list[SurveyPeriod]:
    """Every period from the first year up to the one after today's, newest first."""
    found = [
        SurveyPeriod(year, month)
        for year in range(FIRST_YEAR, today.year + 1)
        for month in SURVEY_MONTHS
    ]
    upcoming = [p for p in found if not p.has_begun(today)]
    shown = [p for p in found if p.has_begun(today)] + upcoming[:1]
    if not upcoming:
        shown.append(SurveyPeriod(today.year + 1, SURVEY_MONTHS[0]))
    return sorted(shown, reverse=True)


def check_visitors(visitors: int) -> int:
    """The number of visitors in a period, as the handler counted them."""
    if not 0 <= visitors <= MAX_VISITORS:
        raise ValidationError.single(
            "visitors", Text("Antalet besökare ska vara mellan 0 och {0}.", MAX_VISITORS)
        )
    return visitors


# --- questions ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Question:
    """Fråga i brukarundersökningen: its text, kind and place; a retired one is asked no more
    but stays for the answers given to it."""

    id: int | None
    text: str
    kind: QuestionKind
    position: int = 0
    retired: bool = False

    def validated(self) -> Question:
        errors: list[FieldError] = []
        text = clean_line(
            self.text, field="text", label="Frågan", errors=errors, max_length=MAX_QUESTION_LENGTH
        )
        raise_if_errors(errors)
        return replace(self, text=text)


def check_question_change(stored: Question, edited: Question, answered: int) -> None:
    """A question that has answers keeps its text and kind: the answers were given to it.
    Retire it and add a new one instead."""
    if answered and (edited.text != stored.text or edited.kind is not stored.kind):
        raise ValidationError.single(
            "text",
            Text(
                "Frågan har {0} svar och kan inte ändras. Ta den ur bruk och lägg till en ny "
                "fråga i stället.",
                answered,
            ),
        )


def check_removal(question: Question, answered: int) -> None:
    """Only a question nobody has answered may be removed; one with answers is retired."""
    if answered:
        raise ValidationError.single(
            "question",
            Text(
                "Frågan har {0} svar och kan inte tas bort; ta den ur bruk i stället.",
                answered,
            ),
        )


def asked(questions: Iterable[Question]) -> list[Question]:
    """The questions in use, in their order."""
    return sorted((q for q in questions if not q.retired), key=lambda q: (q.position, q.id or 0))


# --- answers --------------------------------------------------------------------------------------

AnswerValue = int | str


def check_answer(
    values: Mapping[int, AnswerValue | bool | None], questions: Iterable[Question]
) -> dict[int, AnswerValue]:
    """The values of one answer as they are to be stored: question id → 1–5, 1/0 (ja/nej) or a
    free text. A question left blank is left out; an answer with nothing in it is refused, and
    so is a value for a question that is unknown, retired or of another kind."""
    by_id = {q.id: q for q in questions if q.id is not None}
    cleaned: dict[int, AnswerValue] = {}
    errors: list[FieldError] = []
    for question_id, value in values.items():
        field = f"answers.{question_id}"
        question = by_id.get(question_id)
        if question is None:
            errors.append(FieldError(field, Text("Fråga {0} finns inte.", question_id)))
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if question.retired:
            errors.append(
                FieldError(
                    field,
                    Text("Frågan ”{0}” används inte längre och tar inga svar.", question.text),
                )
            )
            continue
        if question.kind is QuestionKind.FREE_TEXT:
            if not isinstance(value, str):
                errors.append(
                    FieldError(field, Text("Frågan ”{0}” besvaras med text.", question.text))
                )
                continue
            own: list[FieldError] = []
            text = clean_text(
                value, field=field, label="Svaret", errors=own, max_length=MAX_FREE_TEXT_LENGTH
            )
            errors.extend(own)
            if text and not own:
                cleaned[question_id] = text
            continue
        number = int(value) if isinstance(value, bool) else value
        if not isinstance(number, int) or number not in question.kind.values:
            if question.kind is QuestionKind.SCALE:
                message = Text(
                    "Svaret på ”{0}” ska vara en siffra från {1} till {2}.",
                    question.text,
                    SCALE[0],
                    SCALE[-1],
                )
            else:
                message = Text("Svaret på ”{0}” ska vara ja eller nej.", question.text)
            errors.append(FieldError(field, message))
            continue
        cleaned[question_id] = number
    raise_if_errors(errors)
    if not cleaned:
        raise ValidationError.single(
            "answers", "Svaret är tomt: fyll i minst en fråga, eller hoppa över formuläret."
        )
    return cleaned


# --- the report ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """What one question got in a period: how many answered it, how many gave each value (for
    scale and yes–no questions), and the free texts (inside the unit only)."""

    question: Question
    answered: int
    counts: tuple[tuple[int, int], ...] = ()
    """(value, how many), every value of the question's kind in order, zeros included."""
    texts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SurveyReport:
    """A period's figures: the population, the answers per channel and per question."""

    period: SurveyPeriod
    visitors: int | None
    closed_clients: int
    paper: int
    digital: int
    questions: tuple[QuestionResult, ...]

    @property
    def answers(self) -> int:
        return self.paper + self.digital

    @property
    def response_rate(self) -> float | None:
        """Answers per visitor (0–1, more if the count is off); None without visitors."""
        return response_rate(self.answers, self.visitors)

    @property
    def notes(self) -> tuple[str, ...]:
        """What looks wrong in the figures, for the handler to check."""
        found: list[str] = []
        if self.visitors is None:
            found.append(
                Text("Antalet besökare är inte angivet; svarsfrekvensen kan inte räknas ut.")
            )
        elif self.answers > self.visitors:
            found.append(
                Text(
                    "Fler svar ({0}) än besökare ({1}): kontrollera antalet besökare.",
                    self.answers,
                    self.visitors,
                )
            )
        elif self.closed_clients > self.visitors:
            found.append(
                Text(
                    "Fler avslutade klienter ({0}) än besökare ({1}): besökarna ska räkna med "
                    "de avslutade klienterna.",
                    self.closed_clients,
                    self.visitors,
                )
            )
        return tuple(found)


def response_rate(answers: int, visitors: int | None) -> float | None:
    if not visitors:
        return None
    return answers / visitors


def percent(rate: float | None) -> str:
    """ "24 %" (Swedish style), or "–" when there is no rate."""
    return "–" if rate is None else f"{round(rate * 100)} %"


def build_report(
    period: SurveyPeriod,
    questions: Iterable[Question],
    *,
    visitors: int | None,
    closed_clients: int,
    by_channel: Mapping[Channel, int],
    counts: Mapping[tuple[int, int], int],
    answered: Mapping[int, int],
    texts: Mapping[int, Sequence[str]],
) -> SurveyReport:
    """The report of ``period`` from the aggregate counts: ``counts`` (question id, value) →
    answers, ``answered`` question id → answers, ``texts`` question id → free texts. The
    questions shown: those in use, and retired ones that got answers in the period."""
    shown = sorted(
        (q for q in questions if q.id is not None and (not q.retired or answered.get(q.id))),
        key=lambda q: (q.position, q.id or 0),
    )
    results = []
    for question in shown:
        assert question.id is not None
        qid = question.id
        results.append(
            QuestionResult(
                question,
                answered.get(qid, 0),
                tuple((v, counts.get((qid, v), 0)) for v in question.kind.values),
                tuple(sorted(texts.get(qid, ()), key=str.casefold)),
            )
        )
    return SurveyReport(
        period,
        visitors,
        closed_clients,
        by_channel.get(Channel.PAPER, 0),
        by_channel.get(Channel.DIGITAL, 0),
        tuple(results),
    )


# --- outside the unit -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutsideQuestion:
    """A question as a report for outside the unit shows it: no free text, ever."""

    text: str
    kind: QuestionKind
    answered: str
    cells: tuple[tuple[str, str], ...] | None
    """(value label, count shown); None when the question shows no distribution."""


@dataclass(frozen=True, slots=True)
class OutsideReport:
    """The report as it may leave the unit (PDF, CSV): every count through the small-count rule."""

    period: SurveyPeriod
    visitors: str
    closed_clients: str
    answers: str
    paper: str
    digital: str
    response_rate: str
    questions: tuple[OutsideQuestion, ...]


def for_outside(report: SurveyReport) -> OutsideReport:
    """``report`` as it may leave the unit: the channels and their sum, and each question's
    distribution and its number of answers, masked with `domain.small_counts`; a question
    answered by fewer than three shows no distribution; no free texts; no response rate when
    the number of answers or of visitors is not shown."""
    (paper, digital), answers = mask_column([report.paper, report.digital], report.answers)
    assert answers is not None
    visitors = "–" if report.visitors is None else shown_count(report.visitors)
    hidden = (SMALL, WITHHELD)
    rate = "–" if answers in hidden or visitors in hidden else percent(report.response_rate)
    return OutsideReport(
        report.period,
        visitors,
        shown_count(report.closed_clients),
        answers,
        paper,
        digital,
        rate,
        tuple(_question_for_outside(result) for result in report.questions),
    )


def _question_for_outside(result: QuestionResult) -> OutsideQuestion:
    kind = result.question.kind
    if kind is QuestionKind.FREE_TEXT or result.answered < SMALL_LIMIT:
        return OutsideQuestion(result.question.text, kind, shown_count(result.answered), None)
    shown, answered = mask_column([count for _value, count in result.counts], result.answered)
    assert answered is not None
    cells = tuple(
        (value_label(kind, value), cell)
        for (value, _count), cell in zip(result.counts, shown, strict=True)
    )
    return OutsideQuestion(result.question.text, kind, answered, cells)
