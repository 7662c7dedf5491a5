"""Standing agreements (avtal): framework agreements, the Kvinnojour agreement, IOPs, Länskompotten.

Agreements between public organisations are public documents, not personal data. Placements
in sheltered housing point to the framework agreement they were called off under, and the
Kvinnojour quota is read from the Kvinnojour agreement in force on a lease's start date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_text, normalise_line
from skyddsapp.domain.text import Text

MAX_FLATS_PER_YEAR = 20


class AgreementKind(Enum):
    """Avtalstyp."""

    SHELTER_FRAMEWORK = "shelter_framework"
    KVINNOJOUR = "kvinnojour"
    IOP = "iop"
    LANSKOMPOTTEN = "lanskompotten"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def may_set_quota(self) -> bool:
        """Whether agreements of this kind may say how many flats a year they cover."""
        return self in (AgreementKind.KVINNOJOUR, AgreementKind.OTHER)

    @property
    def needs_end(self) -> bool:
        """Framework agreements and IOPs always run for a stated period."""
        return self in (AgreementKind.SHELTER_FRAMEWORK, AgreementKind.IOP)


_KIND_LABELS = {
    AgreementKind.SHELTER_FRAMEWORK: "Ramavtal om skyddat boende",
    AgreementKind.KVINNOJOUR: "Samarbetsavtal/tillsvidareavtal med Uppsala Kvinnojour",
    AgreementKind.IOP: "Idéburet offentligt partnerskap (IOP)",
    AgreementKind.LANSKOMPOTTEN: "Samverkansavtal Länskompotten",
    AgreementKind.OTHER: "Övrigt avtal",
}


@dataclass(frozen=True, slots=True)
class Agreement:
    """Avtal: who it is with, what it is called, when it holds, and a yearly quota if any."""

    id: int | None
    kind: AgreementKind
    counterpart: str
    title: str
    valid_from: dt.date
    valid_until: dt.date | None = None
    """The last day it holds; None: tills vidare (until further notice)."""
    flats_per_year: int | None = None
    """How many flats a year it covers (the Kvinnojour agreement); None: it sets no quota."""
    notes: str = ""

    def is_in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def overlaps(self, other: Agreement) -> bool:
        """Whether the two periods share at least one day."""
        starts_before_other_ends = other.valid_until is None or self.valid_from <= other.valid_until
        ends_after_other_starts = self.valid_until is None or other.valid_from <= self.valid_until
        return starts_before_other_ends and ends_after_other_starts

    def validated(self) -> Agreement:
        """A copy with its texts normalised, as it is to be stored; raises ValidationError
        listing every problem."""
        errors: list[FieldError] = []
        counterpart = clean_line(
            self.counterpart, field="counterpart", label="Motpart", errors=errors
        )
        title = clean_line(
            self.title, field="title", label="Avtalets benämning", errors=errors, max_length=150
        )
        notes = clean_text(
            self.notes, field="notes", label="Anteckningar", errors=errors, max_length=2000
        )
        if self.valid_until is not None and self.valid_until < self.valid_from:
            errors.append(
                FieldError("valid_until", "Avtalet kan inte upphöra före den dag det börjar gälla.")
            )
        if self.valid_until is None and self.kind.needs_end:
            errors.append(
                FieldError(
                    "valid_until",
                    Text(
                        "Ett avtal av typen {0} gäller en bestämd period; ange sista "
                        "giltighetsdag.",
                        self.kind.label,
                    ),
                )
            )
        if self.flats_per_year is not None:
            if not self.kind.may_set_quota:
                errors.append(
                    FieldError(
                        "flats_per_year",
                        "Bara avtal med Uppsala Kvinnojour och övriga avtal anger ett antal "
                        "lägenheter per år.",
                    )
                )
            elif not 0 <= self.flats_per_year <= MAX_FLATS_PER_YEAR:
                errors.append(
                    FieldError(
                        "flats_per_year",
                        Text(
                            "Antalet lägenheter per år ska vara mellan 0 och {0}.",
                            MAX_FLATS_PER_YEAR,
                        ),
                    )
                )
        raise_if_errors(errors)
        return replace(self, counterpart=counterpart, title=title, notes=notes)


def same_counterpart(first: str, second: str) -> bool:
    return normalise_line(first).casefold() == normalise_line(second).casefold()


def check_no_overlap(agreement: Agreement, others: Iterable[Agreement]) -> None:
    """Refuse an agreement whose period overlaps another of the same kind with the same
    counterpart: which one holds on a day would then be unclear (the quota, a placement)."""
    for other in others:
        if other.id is not None and other.id == agreement.id:
            continue
        if (
            other.kind is agreement.kind
            and same_counterpart(other.counterpart, agreement.counterpart)
            and agreement.overlaps(other)
        ):
            raise_if_errors(
                [
                    FieldError(
                        "valid_from",
                        Text(
                            "Perioden överlappar avtalet ”{0}” med {1} ({2}); två avtal av samma "
                            "slag med samma motpart kan inte gälla samtidigt.",
                            other.title,
                            other.counterpart,
                            period_text(other),
                        ),
                    )
                ]
            )


def check_covers_placements(agreement: Agreement, placement_starts: Iterable[dt.date]) -> None:
    """Refuse an edit that would leave placements made under the agreement outside it: it must
    stay a framework agreement in force on each placement's start date."""
    starts = sorted(placement_starts)
    if not starts:
        return
    if agreement.kind is not AgreementKind.SHELTER_FRAMEWORK:
        raise_if_errors(
            [
                FieldError(
                    "kind",
                    Text(
                        "{0} placeringar i skyddat boende hänvisar till avtalet; det måste "
                        "förbli ett ramavtal om skyddat boende.",
                        len(starts),
                    ),
                )
            ]
        )
    outside = [day for day in starts if not agreement.is_in_force(day)]
    if outside:
        raise_if_errors(
            [
                FieldError(
                    "valid_from",
                    Text(
                        "En placering under avtalet började {0}, utanför den nya perioden; "
                        "perioden måste täcka alla placeringar som gjorts under avtalet.",
                        outside[0].isoformat(),
                    ),
                )
            ]
        )


def in_force(agreements: Iterable[Agreement], kind: AgreementKind, day: dt.date) -> list[Agreement]:
    """The agreements of ``kind`` that hold on ``day``, the most recently begun first."""
    found = [a for a in agreements if a.kind is kind and a.is_in_force(day)]
    return sorted(found, key=lambda a: (a.valid_from, a.id or 0), reverse=True)


def agreement_in_force(
    agreements: Iterable[Agreement], kind: AgreementKind, day: dt.date
) -> Agreement | None:
    """The agreement of ``kind`` in force on ``day``: of several (with different
    counterparts), the one begun most recently; None when none holds."""
    found = in_force(agreements, kind, day)
    return found[0] if found else None


def period_text(agreement: Agreement) -> str:
    """ "2025-01-01 – 2027-12-31", or "från 2025-10-01, tills vidare"."""
    if agreement.valid_until is None:
        return Text("från {0}, tills vidare", agreement.valid_from.isoformat())
    return Text("{0} – {1}", agreement.valid_from.isoformat(), agreement.valid_until.isoformat())
