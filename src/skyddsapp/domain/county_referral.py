"""Länskompotten: referrals to another municipality in Uppsala län, and their yearly count.

Under the county's collaboration agreement, a client who needs a flat outside Uppsala
kommun but inside the county is referred to one of the other municipalities. A case of the
kind `CaseKind.COUNTY_REFERRAL` holds one referral or more (a new one after a refusal); its
workflow follows the latest. The yearly follow-up counts them apart from customer care.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.fields import clean_text
from skyddsapp.domain.text import Text


class Municipality(Enum):
    """Kommun i Uppsala län utom Uppsala (Länskompottens övriga kommuner)."""

    ENKOPING = "enkoping"
    HEBY = "heby"
    HABO = "habo"
    KNIVSTA = "knivsta"
    TIERP = "tierp"
    ALVKARLEBY = "alvkarleby"
    OSTHAMMAR = "osthammar"

    @property
    def label(self) -> str:
        return _MUNICIPALITY_LABELS[self]


_MUNICIPALITY_LABELS = {
    Municipality.ENKOPING: "Enköping",
    Municipality.HEBY: "Heby",
    Municipality.HABO: "Håbo",
    Municipality.KNIVSTA: "Knivsta",
    Municipality.TIERP: "Tierp",
    Municipality.ALVKARLEBY: "Älvkarleby",
    Municipality.OSTHAMMAR: "Östhammar",
}


class ReferralResult(Enum):
    """Svar på förfrågan till kommunen."""

    FLAT_OFFERED = "flat_offered"
    MOVED = "moved"
    DECLINED = "declined"
    NO_FLAT = "no_flat"

    @property
    def label(self) -> str:
        return _RESULT_LABELS[self]

    @property
    def flat_offered(self) -> bool:
        return self in (ReferralResult.FLAT_OFFERED, ReferralResult.MOVED)


_RESULT_LABELS = {
    ReferralResult.FLAT_OFFERED: "Lägenhet erbjuden",
    ReferralResult.MOVED: "Flyttat till lägenhet i kommunen",
    ReferralResult.DECLINED: "Klienten tackade nej",
    ReferralResult.NO_FLAT: "Ingen lägenhet i kommunen",
}


@dataclass(frozen=True, slots=True)
class CountyReferral:
    """Förfrågan genom Länskompotten: to which municipality, when, and its answer."""

    id: int | None
    case_id: int
    referred_on: dt.date
    municipality: Municipality | None
    """None only in a masked copy (`municipality_masked`) or a form left without a choice."""
    result: ReferralResult | None = None
    """None while the municipality has not answered."""
    result_on: dt.date | None = None
    notes: str = ""
    municipality_masked: bool = False
    """This copy does not carry the municipality (`masked_referral`): someone in the case lives
    at a protected address, and the municipality tells where the client may live. Only the
    reveal use case gives it."""

    @property
    def is_pending(self) -> bool:
        return self.result is None


def masked_referral(referral: CountyReferral) -> CountyReferral:
    """A copy without the municipality, for a case that hides where its client lives (the
    rule that hides a flat's street, `rules.hides_flat_address`)."""
    if referral.municipality_masked:
        return referral
    return replace(referral, municipality=None, municipality_masked=True)


def with_masked_municipality(
    referral: CountyReferral, stored: CountyReferral | None
) -> CountyReferral:
    """``referral`` (an edited masked copy) with the stored municipality where it was
    withheld; a new referral (no ``stored``) has none to keep."""
    if not referral.municipality_masked:
        return referral
    kept = stored.municipality if stored is not None else None
    return replace(referral, municipality=kept, municipality_masked=False)


def latest_referral(referrals: Iterable[CountyReferral]) -> CountyReferral | None:
    """The referral the case's workflow follows: the latest sent (of one day, the last made)."""
    ordered = sorted(referrals, key=lambda r: (r.referred_on, r.id or 0))
    return ordered[-1] if ordered else None


def checked_referral(
    referral: CountyReferral,
    *,
    case: Case,
    terminal: bool,
    others: Iterable[CountyReferral],
    today: dt.date,
) -> CountyReferral:
    """The referral with its notes normalised, as it is to be stored; raises ValidationError.

    ``case`` is the case it belongs to, ``terminal`` whether the case has reached an end step,
    ``others`` the case's other referrals (the referral itself left out).
    """
    errors: list[FieldError] = []
    notes = clean_text(
        referral.notes, field="notes", label="Anteckningar", errors=errors, max_length=2000
    )
    if case.kind is not CaseKind.COUNTY_REFERRAL:
        errors.append(
            FieldError(
                "case_id",
                Text(
                    "En förfrågan genom Länskompotten hör till ett ärende av typen {0}.",
                    CaseKind.COUNTY_REFERRAL.label,
                ),
            )
        )
    if referral.id is None and terminal:
        errors.append(
            FieldError("case_id", "Ärendet är avslutat; ingen ny förfrågan kan registreras.")
        )
    if referral.municipality is None:
        errors.append(FieldError("municipality", "Välj kommunen som förfrågan skickades till."))
    pending = [r for r in others if r.is_pending and r.id != referral.id]
    if referral.id is None and pending:
        # The date, not the municipality: the message may be read where the case hides it.
        errors.append(
            FieldError(
                "municipality",
                Text(
                    "Förfrågan som skickades {0} väntar fortfarande på svar; registrera svaret "
                    "innan en ny förfrågan skickas.",
                    pending[0].referred_on.isoformat(),
                ),
            )
        )
    if referral.referred_on > today:
        errors.append(
            FieldError("referred_on", "Förfrågan kan inte vara skickad ett datum i framtiden.")
        )
    errors += _result_errors(referral, today)
    raise_if_errors(errors)
    return replace(referral, notes=notes)


def _result_errors(referral: CountyReferral, today: dt.date) -> list[FieldError]:
    answered = referral.result_on
    if referral.result is None:
        if answered is not None:
            return [FieldError("result", "Ange kommunens svar, eller ta bort datumet för svaret.")]
        return []
    if answered is None:
        return [FieldError("result_on", "Ange när kommunen svarade.")]
    if answered < referral.referred_on:
        return [FieldError("result_on", "Svaret kan inte komma före förfrågan.")]
    if answered > today:
        return [FieldError("result_on", "Svaret kan inte vara daterat i framtiden.")]
    return []


@dataclass(frozen=True)
class CountyReferralYear:
    """Länskompotten in one calendar year, for the yearly follow-up (numbers only).

    Referrals are counted in the year they were sent; moves in the year the answer came.
    """

    year: int
    referrals: int = 0
    cases: int = 0
    by_municipality: Counter[Municipality] = field(default_factory=Counter)
    by_result: Counter[ReferralResult | None] = field(default_factory=Counter)
    """None: still waiting for an answer."""
    moved: int = 0


def count_year(referrals: Iterable[CountyReferral], year: int) -> CountyReferralYear:
    """How many referrals were sent in ``year``, to which municipality, with which answer,
    and how many clients moved that year through Länskompotten."""
    listed = list(referrals)
    sent = [r for r in listed if r.referred_on.year == year]
    moved = [
        r
        for r in listed
        if r.result is ReferralResult.MOVED and r.result_on is not None and r.result_on.year == year
    ]
    return CountyReferralYear(
        year=year,
        referrals=len(sent),
        cases=len({r.case_id for r in sent}),
        by_municipality=Counter(r.municipality for r in sent if r.municipality is not None),
        by_result=Counter(r.result for r in sent),
        moved=len(moved),
    )
