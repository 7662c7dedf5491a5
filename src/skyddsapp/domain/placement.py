"""Placements in sheltered housing (placering i skyddat boende) under a framework agreement.

A shelter-exit case has at most one placement. Where the client went when it ended (the
outcome, in the source report's categories) and the children who follow her stay the case's
own `Case.outcome` and `Case.children_count`; the placement holds the provider, the reason for
the call-off, the dates and whether a flat was offered before the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from skyddsapp.domain.agreement import Agreement, AgreementKind
from skyddsapp.domain.case import Case, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line
from skyddsapp.domain.text import Text

ENDED_STATE = "ended"
"""The shelter-exit workflow's step once the placement has ended (domain.flows)."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Placering i skyddat boende."""

    id: int | None
    case_id: int
    agreement_id: int | None
    """The framework agreement the placement was called off under."""
    provider: str
    """Leverantören (the provider under the framework agreement)."""
    provider_can_supply_lease: bool
    """Avropsgrund: the provider can supply a lease of a flat when the placement ends."""
    start_date: dt.date
    planned_end: dt.date
    actual_end: dt.date | None = None
    """None while the placement runs."""
    flat_offered_before_end: bool | None = None
    """Whether the client was offered a flat before the placement ended; None: not known yet."""
    provider_masked: bool = False
    """This copy does not carry the provider (`masked_placement`): someone in the case lives at
    a protected address, and the provider tells where the client lives. Only the reveal use
    case gives it."""

    @property
    def is_running(self) -> bool:
        return self.actual_end is None


def checked_placement(
    placement: Placement,
    *,
    case: Case,
    agreement: Agreement | None,
    outcome: ShelterOutcome | None,
    today: dt.date,
) -> Placement:
    """The placement with its provider normalised, as it is to be stored; raises
    ValidationError listing every problem.

    ``case`` is the case it belongs to (with the state it has now), ``agreement`` the one
    ``placement.agreement_id`` names (None when there is none), ``outcome`` the case's outcome
    as it will be saved with the placement.
    """
    errors: list[FieldError] = []
    provider = clean_line(
        placement.provider, field="provider", label="Leverantör", errors=errors, max_length=100
    )
    if case.kind is not CaseKind.SHELTER_EXIT:
        errors.append(
            FieldError(
                "case_id",
                Text(
                    "En placering i skyddat boende hör till ett ärende av typen {0}.",
                    CaseKind.SHELTER_EXIT.label,
                ),
            )
        )
    errors += _agreement_errors(placement, agreement)
    errors += _date_errors(placement, today)
    if placement.actual_end is not None:
        if outcome is None:
            errors.append(
                FieldError(
                    "outcome", "Ange utfallet: vart klienten flyttade när placeringen upphörde."
                )
            )
        if placement.flat_offered_before_end is None:
            errors.append(
                FieldError(
                    "flat_offered_before_end",
                    "Ange om klienten erbjöds en lägenhet innan placeringen upphörde.",
                )
            )
    elif case.state == ENDED_STATE:
        errors.append(
            FieldError(
                "actual_end",
                "Ärendet är avslutat; placeringens faktiska slutdatum kan inte tas bort.",
            )
        )
    raise_if_errors(errors)
    return replace(placement, provider=provider)


def _agreement_errors(placement: Placement, agreement: Agreement | None) -> list[FieldError]:
    if agreement is None:
        return [
            FieldError(
                "agreement_id",
                "Välj det ramavtal om skyddat boende som placeringen gjordes under.",
            )
        ]
    if agreement.kind is not AgreementKind.SHELTER_FRAMEWORK:
        return [
            FieldError(
                "agreement_id",
                Text("Avtalet ”{0}” är inget ramavtal om skyddat boende.", agreement.title),
            )
        ]
    if not agreement.is_in_force(placement.start_date):
        return [
            FieldError(
                "agreement_id",
                Text(
                    "Ramavtalet ”{0}” gällde inte på startdatumet {1}; välj det ramavtal som "
                    "gällde då.",
                    agreement.title,
                    placement.start_date.isoformat(),
                ),
            )
        ]
    return []


def _date_errors(placement: Placement, today: dt.date) -> list[FieldError]:
    errors: list[FieldError] = []
    if placement.start_date > today:
        errors.append(FieldError("start_date", "Placeringen kan inte börja ett datum i framtiden."))
    if placement.planned_end < placement.start_date:
        errors.append(
            FieldError("planned_end", "Det planerade slutet kan inte ligga före startdatumet.")
        )
    end = placement.actual_end
    if end is not None and end < placement.start_date:
        errors.append(FieldError("actual_end", "Placeringen kan inte upphöra före startdatumet."))
    if end is not None and end > today:
        errors.append(
            FieldError("actual_end", "Placeringen kan inte ha upphört ett datum i framtiden.")
        )
    return errors


def flat_offer_text(flat_offered_before_end: bool | None) -> str:
    """Whether a flat has been offered, as Att göra and the case view say it."""
    if flat_offered_before_end is None:
        return Text("Erbjudande om lägenhet inte registrerat")
    if flat_offered_before_end:
        return Text("Lägenhet erbjuden före slutet")
    return Text("Ingen lägenhet erbjuden")


def masked_placement(placement: Placement) -> Placement:
    """A copy without the provider, for a case that hides where its client lives (the rule
    that hides a flat's street, `rules.hides_flat_address`)."""
    if placement.provider_masked:
        return placement
    return replace(placement, provider="", provider_masked=True)


def with_masked_provider(placement: Placement, stored: Placement | None) -> Placement:
    """``placement`` (an edited masked copy) with the stored provider where it was withheld;
    a new placement (no ``stored``) has none to keep."""
    if not placement.provider_masked:
        return placement
    return replace(
        placement, provider=stored.provider if stored is not None else "", provider_masked=False
    )


def check_outcome_kept(
    placement: Placement | None, before: ShelterOutcome | None, after: ShelterOutcome | None
) -> None:
    """Refuse to clear the case's outcome once its placement has an actual end: where the
    client went is what the ended placement is counted by. Changing it to another outcome is
    fine; so is a case whose outcome was never set (there is nothing to clear)."""
    if after is not None or before is None or placement is None or placement.actual_end is None:
        return
    raise ValidationError.single(
        "outcome",
        Text(
            "Placeringen upphörde {0}; utfallet kan inte tas bort. Välj vart klienten "
            "flyttade när placeringen upphörde.",
            placement.actual_end.isoformat(),
        ),
    )
