"""Bostad först: the wait from the grant to the move (the number to watch while flats are
scarce), exchanges of cases with other municipalities that use Bostad först, and the note that
the client must live outside Uppsala for safety."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.case import Case, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_text
from skyddsapp.domain.text import Text
from skyddsapp.domain.workflow import CANCEL_ACTION

# The workflow's action ids that start and end the wait (domain/flows.py uses them).
START_WAITING_ACTION = "start_waiting"
MOVE_IN_ACTION = "move_in"
WAIT_ENDING_ACTIONS = (MOVE_IN_ACTION, CANCEL_ACTION)

HOME_MUNICIPALITY = "Uppsala"
MAX_MUNICIPALITY = 60
MAX_NOTES = 2000
MAX_REASON = 1000


@dataclass(frozen=True, slots=True)
class WaitingDates:
    """Väntetid: what the wait for a flat is counted from and to."""

    granted_on: dt.date | None = None
    """The day of the latest decision on Bostad först, when it granted the intervention."""
    waiting_from: dt.date | None = None
    """The first day the case stood in "Väntar på lägenhet"."""
    ended_on: dt.date | None = None
    """The day the client moved in (or the case was cancelled): the wait stops there."""

    @property
    def start(self) -> dt.date | None:
        """From the grant decision; without one, from the day the case began to wait."""
        return self.granted_on or self.waiting_from

    @property
    def running(self) -> bool:
        return self.start is not None and self.ended_on is None

    def days(self, today: dt.date) -> int | None:
        """Whole days waited until the move (or today); None before the wait has begun."""
        start = self.start
        if start is None:
            return None
        return max(0, ((self.ended_on or today) - start).days)


def waiting_dates(case: Case) -> WaitingDates:
    """The wait of a Bostad först case, read from its decisions and recorded workflow steps."""
    decision = case.latest_decision(DecisionKind.HOUSING_FIRST)
    granted_on = decision.date if decision is not None and decision.granted is True else None
    waiting_from = next((e.date for e in case.events if e.action == START_WAITING_ACTION), None)
    ended_on = next((e.date for e in case.events if e.action in WAIT_ENDING_ACTIONS), None)
    return WaitingDates(granted_on, waiting_from, ended_on)


@dataclass(frozen=True, slots=True)
class WaitSummary:
    """Längsta väntetider: how long the open Bostad först cases have waited, in days."""

    count: int
    median_days: float | None
    longest_days: int | None


def summarise_waits(days: Iterable[int]) -> WaitSummary:
    waits = sorted(days)
    if not waits:
        return WaitSummary(0, None, None)
    return WaitSummary(len(waits), float(statistics.median(waits)), waits[-1])


def require_housing_first(kind: CaseKind, field: str = "case_id") -> None:
    if kind is not CaseKind.HOUSING_FIRST:
        raise ValidationError.single(field, "Det här registreras bara i ärenden om Bostad först.")


class ExchangeDirection(Enum):
    """Riktning för ett byte av ärende med en annan kommun."""

    TO_OTHER = "to_other"
    FROM_OTHER = "from_other"

    @property
    def label(self) -> str:
        return _DIRECTION_LABELS[self]


_DIRECTION_LABELS = {
    ExchangeDirection.TO_OTHER: "Till annan kommun",
    ExchangeDirection.FROM_OTHER: "Från annan kommun",
}


class ExchangeStatus(Enum):
    """Status för ett byte med en annan kommun."""

    REQUESTED = "requested"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def final(self) -> bool:
        return not _NEXT_STATUS[self]


_STATUS_LABELS = {
    ExchangeStatus.REQUESTED: "Förfrågan skickad",
    ExchangeStatus.ACCEPTED: "Accepterad",
    ExchangeStatus.REFUSED: "Avslagen",
    ExchangeStatus.COMPLETED: "Genomförd",
}
_NEXT_STATUS: dict[ExchangeStatus, frozenset[ExchangeStatus]] = {
    ExchangeStatus.REQUESTED: frozenset({ExchangeStatus.ACCEPTED, ExchangeStatus.REFUSED}),
    ExchangeStatus.ACCEPTED: frozenset({ExchangeStatus.COMPLETED, ExchangeStatus.REFUSED}),
    ExchangeStatus.REFUSED: frozenset(),
    ExchangeStatus.COMPLETED: frozenset(),
}


def next_statuses(status: ExchangeStatus) -> tuple[ExchangeStatus, ...]:
    """The statuses an exchange may move on to from ``status``, in the enum's order."""
    return tuple(s for s in ExchangeStatus if s in _NEXT_STATUS[status])


@dataclass(frozen=True, slots=True)
class Exchange:
    """Byte av ärende med en annan kommun som också tillämpar Bostad först."""

    id: int | None
    case_id: int
    municipality: str
    direction: ExchangeDirection
    requested_on: dt.date
    status: ExchangeStatus = ExchangeStatus.REQUESTED
    notes: str = ""

    def validated(self, today: dt.date) -> Exchange:
        """A copy with its texts normalised, as it is to be stored; raises ValidationError."""
        errors: list[FieldError] = []
        municipality = clean_municipality(self.municipality, errors)
        notes = clean_text(
            self.notes, field="notes", label="Anteckningar", errors=errors, max_length=MAX_NOTES
        )
        if self.requested_on > today:
            errors.append(
                FieldError("requested_on", "Förfrågan kan inte vara skickad ett datum i framtiden.")
            )
        raise_if_errors(errors)
        return replace(self, municipality=municipality, notes=notes)


def clean_municipality(value: str, errors: list[FieldError]) -> str:
    """A Swedish municipality's name other than Uppsala: letters, spaces and hyphens."""
    own: list[FieldError] = []
    text = clean_line(
        value, field="municipality", label="Kommunen", errors=own, max_length=MAX_MUNICIPALITY
    )
    if text and not own:
        if any(not (char.isalpha() or char in " -") for char in text):
            own.append(
                FieldError(
                    "municipality",
                    "Kommunens namn får bara innehålla bokstäver, mellanslag och bindestreck.",
                )
            )
        elif text.casefold() in {HOME_MUNICIPALITY.casefold(), "uppsala kommun"}:
            own.append(
                FieldError(
                    "municipality",
                    "Ett byte görs med en annan kommun än Uppsala: ange den andra kommunen.",
                )
            )
    errors.extend(own)
    return text


def check_exchange_change(stored: Exchange, changed: Exchange) -> None:
    """An exchange keeps its case and direction, and its status only moves forward:
    Förfrågan skickad → Accepterad or Avslagen, Accepterad → Genomförd or Avslagen."""
    errors: list[FieldError] = []
    if changed.case_id != stored.case_id:
        errors.append(FieldError("case_id", "Ett byte kan inte flyttas till ett annat ärende."))
    if changed.direction is not stored.direction:
        errors.append(
            FieldError("direction", "Riktningen kan inte ändras; registrera ett nytt byte.")
        )
    if changed.status is not stored.status and changed.status not in _NEXT_STATUS[stored.status]:
        if stored.status.final:
            message = Text(
                "Bytet är redan avslutat ({0}); registrera ett nytt byte i stället.",
                stored.status.label.lower(),
            )
        else:
            message = Text(
                "Ett byte med status {0} kan inte få status {1}.",
                stored.status.label.lower(),
                changed.status.label.lower(),
            )
        errors.append(FieldError("status", message))
    raise_if_errors(errors)


@dataclass(frozen=True, slots=True)
class OutsideUppsala:
    """Klienten behöver bo utanför Uppsala av säkerhetsskäl (shown on the case, never printed)."""

    reason: str
    noted_on: dt.date
    noted_by: str


def outside_uppsala_note(reason: str, today: dt.date, by: str) -> OutsideUppsala:
    """The note with its reason normalised; the reason is required."""
    errors: list[FieldError] = []
    text = clean_text(reason, field="reason", label="Skälet", errors=errors, max_length=MAX_REASON)
    if not text and not errors:
        errors.append(
            FieldError("reason", "Ange skälet till att klienten behöver bo utanför Uppsala.")
        )
    raise_if_errors(errors)
    return OutsideUppsala(text, today, by)
