"""What became of the old flat: re-let, offered to the municipality, or empty; vacancy days,
lost rent and the yearly follow-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.fields import clean_text
from skyddsapp.domain.text import Text

MAX_ASSESSMENT_LENGTH = 2000
_DAY = dt.timedelta(days=1)


class OldFlatOutcomeKind(Enum):
    """Utfall för den gamla lägenheten."""

    RELET = "relet"
    SOCIAL_CONTRACT = "social_contract"
    VACANT = "vacant"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    OldFlatOutcomeKind.RELET: "Uthyrd på vanligt sätt efter bedömning att det är tryggt",
    OldFlatOutcomeKind.SOCIAL_CONTRACT: (
        "Erbjuden kommunen som bostadssocialt kontrakt (kvotavtal)"
    ),
    OldFlatOutcomeKind.VACANT: "Står tom",
}


def default_vacant_from(lease_end: dt.date | None) -> dt.date | None:
    """The first day the old flat stands empty when nothing else is known: the day after the
    old lease's last day (rent is paid up to and including it)."""
    return lease_end + _DAY if lease_end is not None else None


def vacancy_days(vacant_from: dt.date, occupied_from: dt.date | None, today: dt.date) -> int:
    """Vakansdagar: whole days from ``vacant_from`` (the first empty day) up to the day the flat
    is let again (re-let or the social contract starts; that day is not counted), or up to
    today while it stands empty. Never below 0 (a vacancy that has not begun)."""
    end = occupied_from if occupied_from is not None else today
    return max(0, (end - vacant_from).days)


def lost_rent_sek(monthly_rent_sek: int, days: int) -> int:
    """Hyresförlust = månadshyra × 12 / 365 × vakansdagar, rounded half up to whole kronor.

    The day rate is the same in a leap year (a year's rent over 365 days).
    """
    amount = Decimal(monthly_rent_sek) * 12 * days / 365
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class OldFlatOutcome:
    """Utfall för den gamla lägenheten: what became of the flat a client left, in one case."""

    case_id: int
    apartment_id: int
    outcome: OldFlatOutcomeKind
    vacant_from: dt.date
    """Vakant från: the first day the flat stands empty."""
    occupied_from: dt.date | None = None
    """Uthyrd från: the first day the flat is let again, normally or on the municipality's
    social contract; None while it stands empty (or the offer is still open)."""
    safety_assessment: str = ""
    """The assessment that re-letting the flat is safe for the client (required to re-let)."""
    no_disturbances: bool | None = None
    """The handler's answer whether the flat has had no disturbances (None: not answered);
    only a flat without disturbances may be offered under the quota agreement."""
    recorded_by: str = ""
    recorded_at: str = ""
    """When the outcome was first recorded (UTC, ISO 8601), set by the vault."""
    id: int | None = None

    def vacancy_days(self, today: dt.date) -> int:
        return vacancy_days(self.vacant_from, self.occupied_from, today)

    def lost_rent_sek(self, monthly_rent_sek: int, today: dt.date) -> int:
        return lost_rent_sek(monthly_rent_sek, self.vacancy_days(today))

    def validated(self, *, lease_end: dt.date | None) -> OldFlatOutcome:
        """A copy with the assessment normalised, as it is to be stored; raises
        ValidationError listing every problem. ``lease_end``: the old lease's last day, if
        notice has been given."""
        errors: list[FieldError] = []
        assessment = clean_text(
            self.safety_assessment,
            field="safety_assessment",
            label="Bedömningen",
            errors=errors,
            max_length=MAX_ASSESSMENT_LENGTH,
        )
        errors += _outcome_errors(self, assessment)
        errors += _date_errors(self, lease_end)
        raise_if_errors(errors)
        return replace(self, safety_assessment=assessment)


def outcome_event_text(outcome: OldFlatOutcome, contract_number: str, *, changed: bool) -> str:
    """The line the case's timeline gets when the outcome is recorded or changed: the old
    lease's contract number, the outcome and its dates. Never the safety assessment (free
    text that may name people) nor the flat's address."""
    dates = Text("vakant från {0}", outcome.vacant_from.isoformat())
    if outcome.occupied_from is not None:
        dates = Text("{0}, uthyrd från {1}", dates, outcome.occupied_from.isoformat())
    label = outcome.outcome.label
    if changed:
        return Text(
            "Utfallet för den gamla lägenheten ändrat (hyresavtal {0}): {1}; {2}.",
            contract_number,
            label,
            dates,
        )
    return Text(
        "Utfallet för den gamla lägenheten registrerat (hyresavtal {0}): {1}; {2}.",
        contract_number,
        label,
        dates,
    )


def _outcome_errors(outcome: OldFlatOutcome, assessment: str) -> list[FieldError]:
    errors: list[FieldError] = []
    kind = outcome.outcome
    if kind is OldFlatOutcomeKind.RELET:
        if not assessment:
            errors.append(
                FieldError(
                    "safety_assessment",
                    "Beskriv bedömningen att det är tryggt för klienten att lägenheten hyrs ut "
                    "på vanligt sätt igen.",
                )
            )
        if outcome.occupied_from is None:
            errors.append(FieldError("occupied_from", "Ange dagen då lägenheten hyrs ut igen."))
    if kind is OldFlatOutcomeKind.SOCIAL_CONTRACT:
        if outcome.no_disturbances is None:
            errors.append(
                FieldError(
                    "no_disturbances",
                    "Svara på om lägenheten har varit fri från störningar: bara en lägenhet "
                    "utan störningar kan erbjudas kommunen enligt kvotavtalet.",
                )
            )
        elif not outcome.no_disturbances:
            errors.append(
                FieldError(
                    "no_disturbances",
                    "Lägenheten kan inte erbjudas kommunen som bostadssocialt kontrakt: den har "
                    "haft störningar, och kvotavtalet gäller bara lägenheter utan störningar.",
                )
            )
    if kind is OldFlatOutcomeKind.VACANT and outcome.occupied_from is not None:
        errors.append(
            FieldError(
                "occupied_from",
                "En lägenhet som står tom har inget datum för ny uthyrning: ta bort datumet "
                "eller välj ett annat utfall.",
            )
        )
    return errors


def _date_errors(outcome: OldFlatOutcome, lease_end: dt.date | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if lease_end is not None and outcome.vacant_from <= lease_end:
        errors.append(
            FieldError(
                "vacant_from",
                Text(
                    "Vakansen kan inte börja före {0}: det gamla hyresavtalet löper till och med "
                    "{1}.",
                    (lease_end + _DAY).isoformat(),
                    lease_end.isoformat(),
                ),
            )
        )
    occupied = outcome.occupied_from
    if occupied is not None and occupied < outcome.vacant_from:
        errors.append(
            FieldError(
                "occupied_from",
                Text(
                    "Lägenheten kan inte hyras ut före den dag vakansen börjar ({0}).",
                    outcome.vacant_from.isoformat(),
                ),
            )
        )
    return errors


@dataclass(frozen=True, slots=True)
class OldFlatYear:
    """Årsuppföljning av gamla lägenheter: figures only, never a case or a flat."""

    year: int
    counts: dict[OldFlatOutcomeKind, int] = field(default_factory=dict)
    vacancy_days: int = 0
    lost_rent_sek: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def year_summary(
    year: int, outcomes: Iterable[tuple[OldFlatOutcome, int]], today: dt.date
) -> OldFlatYear:
    """The outcomes whose vacancy began in ``year`` (by `vacant_from`), each given with its
    flat's monthly rent: how many of each kind, their vacancy days and lost rent in total
    (a vacancy still running counts up to ``today``, and all of it counts in the year it
    began)."""
    counts = dict.fromkeys(OldFlatOutcomeKind, 0)
    days = rent = 0
    for outcome, monthly_rent in outcomes:
        if outcome.vacant_from.year != year:
            continue
        counts[outcome.outcome] += 1
        vacant = outcome.vacancy_days(today)
        days += vacant
        rent += lost_rent_sek(monthly_rent, vacant)
    return OldFlatYear(year, counts, days, rent)
