"""Gallring: how long a closed case is kept, when it falls due, and what a purge may take.

The rule (per case kind, set by an administrator): a case is kept ``years`` full calendar years
after the year it was closed and purged during the year after them. A case closed on
2020-06-10 under the default five years is due from 2026-01-01 and should be gone by
2026-12-31; from 2027-01-01 it is overdue. An open case is never due.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.text import Text

DEFAULT_YEARS = 5
MIN_YEARS = 1
MAX_YEARS = 100

PURGE_ACTION = "retention.purge"
RULE_ACTION = "retention.rule"

YEARS_OUT_OF_RANGE = Text(
    "Gallringstiden ska vara ett helt antal år mellan {0} och {1}.", MIN_YEARS, MAX_YEARS
)


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """Gallringsregel: a case of ``kind`` is kept ``years`` years after the year it closed."""

    kind: CaseKind
    years: int = DEFAULT_YEARS
    changed: bool = False
    """Set by an administrator (False: the default applies)."""

    def due_on(self, closed_on: dt.date) -> dt.date:
        return due_on(closed_on, self.years)


def validate_years(value: int | str) -> int:
    """The number of years a rule may hold, from what an administrator typed or chose."""
    if isinstance(value, bool):
        raise ValidationError.single("years", YEARS_OUT_OF_RANGE)
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit() or not text.isascii():
            raise ValidationError.single("years", YEARS_OUT_OF_RANGE)
        value = int(text)
    if not isinstance(value, int) or not MIN_YEARS <= value <= MAX_YEARS:
        raise ValidationError.single("years", YEARS_OUT_OF_RANGE)
    return value


def rules_with_defaults(stored: Mapping[CaseKind, int]) -> list[RetentionRule]:
    """One rule per case kind, in the kinds' order: the stored years, else the default."""
    return [
        RetentionRule(kind, stored[kind], True) if kind in stored else RetentionRule(kind)
        for kind in CaseKind
    ]


def due_on(closed_on: dt.date, years: int) -> dt.date:
    """The first day a case closed on ``closed_on`` may be purged: 1 January of the year after
    the kept years."""
    return dt.date(closed_on.year + years + 1, 1, 1)


def purge_by(closed_on: dt.date, years: int) -> dt.date:
    """The last day of the year the purge should be carried out in; overdue after it."""
    return dt.date(closed_on.year + years + 1, 12, 31)


def last_closing_day(today: dt.date, years: int) -> dt.date:
    """The latest closing day of a case that is due ``today`` (31 December, ``years`` + 1
    years back)."""
    return dt.date(today.year - years - 1, 12, 31)


@dataclass(frozen=True, slots=True)
class DueCase:
    """En gallringsbar akt: only what identifies it in the list, no names."""

    case_id: int
    reference: str
    kind: CaseKind
    closed_on: dt.date
    years: int

    @property
    def due_on(self) -> dt.date:
        return due_on(self.closed_on, self.years)

    @property
    def purge_by(self) -> dt.date:
        return purge_by(self.closed_on, self.years)

    def overdue(self, today: dt.date) -> bool:
        """Past the year the purge should have been carried out in."""
        return today > self.purge_by


def is_due(closed_on: dt.date, years: int, today: dt.date) -> bool:
    return today >= due_on(closed_on, years)


def counts_by_kind(cases: Iterable[DueCase]) -> dict[CaseKind, int]:
    """How many cases of each kind, in the kinds' order (kinds without a case left out)."""
    counted = Counter(case.kind for case in cases)
    return {kind: counted[kind] for kind in CaseKind if counted[kind]}


def purge_details(counts: Mapping[CaseKind, int]) -> str:
    """The purge's audit entry: how many cases of each kind, nothing that names one."""
    total = sum(counts.values())
    parts = ", ".join(f"{kind.value}={count}" for kind, count in counts.items() if count)
    return f"gallrade ärenden: {total} ({parts})"


def check_selection(requested: Iterable[int], due: Iterable[int]) -> list[int]:
    """The requested case ids, each once and in order, if every one is due now.

    A case that was reopened, changed kind or had its rule lengthened since the list was read
    is no longer due: the whole purge is refused and nothing is deleted.
    """
    chosen = list(dict.fromkeys(requested))
    if not chosen:
        raise RuleViolation(Text("Markera minst ett ärende att gallra."))
    still_due = set(due)
    missing = [case_id for case_id in chosen if case_id not in still_due]
    if missing:
        raise RuleViolation(
            Text(
                "{0} av de markerade ärendena ska inte gallras längre (de har öppnats igen, "
                "ändrats eller fått en längre gallringstid). Läs in listan igen; inget har "
                "gallrats.",
                len(missing),
            )
        )
    return chosen


def confirmation_matches(typed: str, count: int) -> bool:
    """The administrator confirmed by typing how many cases are to be purged."""
    text = typed.strip()
    return text.isdigit() and text.isascii() and int(text) == count > 0
