"""Opening a case: which pages each kind of case asks for, and what is stored when it opens."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person


class NewCasePage(IntEnum):
    """Sida i guiden Nytt ärende (the values are the Qt wizard's page ids)."""

    KIND = 0
    CLIENT = 1
    PERPETRATOR = 2
    OTHERS = 3
    FLAT = 4
    DETAILS = 5
    SUMMARY = 6


# The pages each kind of case asks for after the kind itself: a navigation table, as data.
ROUTES: Mapping[CaseKind, tuple[NewCasePage, ...]] = MappingProxyType(
    {
        CaseKind.CUSTOMER_CARE: (
            NewCasePage.CLIENT,
            NewCasePage.PERPETRATOR,
            NewCasePage.OTHERS,
            NewCasePage.FLAT,
            NewCasePage.DETAILS,
        ),
        CaseKind.KVINNOJOUR_SUBLET: (
            NewCasePage.CLIENT,
            NewCasePage.OTHERS,
            NewCasePage.FLAT,
            NewCasePage.DETAILS,
        ),
        CaseKind.HOUSING_CHAIN: (
            NewCasePage.CLIENT,
            NewCasePage.OTHERS,
            NewCasePage.FLAT,
            NewCasePage.DETAILS,
        ),
        CaseKind.SHELTER_EXIT: (NewCasePage.CLIENT, NewCasePage.OTHERS, NewCasePage.DETAILS),
        CaseKind.LEASE_TAKEOVER: (
            NewCasePage.CLIENT,
            NewCasePage.PERPETRATOR,
            NewCasePage.OTHERS,
            NewCasePage.FLAT,
            NewCasePage.DETAILS,
        ),
        CaseKind.PRIORITY: (NewCasePage.CLIENT, NewCasePage.OTHERS, NewCasePage.DETAILS),
        CaseKind.PERPETRATOR_MOVE: (
            NewCasePage.CLIENT,
            NewCasePage.PERPETRATOR,
            NewCasePage.OTHERS,
            NewCasePage.FLAT,
            NewCasePage.DETAILS,
        ),
        CaseKind.COUNTY_REFERRAL: (NewCasePage.CLIENT, NewCasePage.OTHERS, NewCasePage.DETAILS),
        # The flat comes later, when one is offered: the wait for it is the point.
        CaseKind.HOUSING_FIRST: (NewCasePage.CLIENT, NewCasePage.OTHERS, NewCasePage.DETAILS),
    }
)

# Kinds whose flat is the one the case lets out, not the one the client lives in now.
FLAT_TO_LET = frozenset({CaseKind.KVINNOJOUR_SUBLET, CaseKind.HOUSING_CHAIN})
# The lease a new case of this kind most often registers (a first-hand lease otherwise).
DEFAULT_LEASE_KIND: Mapping[CaseKind, LeaseKind] = MappingProxyType(
    {
        CaseKind.KVINNOJOUR_SUBLET: LeaseKind.SECOND_HAND_KVINNOJOUR,
        CaseKind.HOUSING_CHAIN: LeaseKind.SOCIAL_CONTRACT,
    }
)
# A perpetrator move is about the perpetrator: the case cannot open without one.
PERPETRATOR_REQUIRED = frozenset({CaseKind.PERPETRATOR_MOVE})


def route(kind: CaseKind) -> tuple[NewCasePage, ...]:
    """Every page a new case of ``kind`` visits, in order: the kind first, the summary last."""
    return (NewCasePage.KIND, *ROUTES[kind], NewCasePage.SUMMARY)


def next_page(kind: CaseKind, current: NewCasePage) -> NewCasePage | None:
    """The page after ``current`` for ``kind``; None after the last (or off the route)."""
    pages = route(kind)
    if current not in pages:
        return None
    index = pages.index(current)
    return pages[index + 1] if index + 1 < len(pages) else None


def asks_for(kind: CaseKind, page: NewCasePage) -> bool:
    return page in route(kind)


def default_lease_kind(kind: CaseKind) -> LeaseKind:
    return DEFAULT_LEASE_KIND.get(kind, LeaseKind.FIRST_HAND)


@dataclass(frozen=True)
class NewParty:
    """En part i det nya ärendet: a registered person (``person_id``) or a new one (``person``),
    stored with the case."""

    role: CaseRole
    person_id: int | None = None
    person: Person | None = None
    lives_in_flat: bool = False


@dataclass(frozen=True)
class NewCase:
    """Everything the new-case wizard collected; stored all at once, or not at all.

    ``lease``'s ``apartment_id`` and ``tenant_ids`` are filled in when it is stored: the flat is
    ``apartment`` and the tenants are named by ``lease_tenants``, positions in ``parties``.
    """

    kind: CaseKind
    parties: tuple[NewParty, ...] = ()
    apartment: Apartment | None = None
    lease: Lease | None = None
    lease_tenants: tuple[int, ...] = ()
    handlers: tuple[str, ...] = ()
    share: bool = False
    """Share the case with the other organisation from the start (its handlers may then be
    assigned)."""
    children_count: int = 0
    notes: str = ""
    override_reason: str | None = None
    """Why the Kvinnojour quota may be exceeded by this case's lease."""

    def validate(self) -> None:
        """Raise one ValidationError for what does not hold together (each part is validated
        on its own as it is stored)."""
        raise_if_errors(new_case_errors(self))


def new_case_errors(new: NewCase) -> list[FieldError]:
    errors: list[FieldError] = []
    for party in new.parties:
        if (party.person_id is None) == (party.person is None):
            errors.append(
                FieldError("parties", "En part ska vara antingen en ny eller en befintlig person.")
            )
    if new.kind in PERPETRATOR_REQUIRED and not any(
        party.role is CaseRole.PERPETRATOR for party in new.parties
    ):
        errors.append(FieldError("parties", "Ärendet behöver en våldsutövare."))
    if (new.apartment is not None or new.lease is not None) and not asks_for(
        new.kind, NewCasePage.FLAT
    ):
        errors.append(FieldError("apartment", "Den här ärendetypen registrerar ingen lägenhet."))
    if new.lease is not None and new.apartment is None:
        errors.append(
            FieldError("lease", "Ett hyresavtal behöver en lägenhet: registrera lägenheten också.")
        )
    if any(not 0 <= index < len(new.parties) for index in new.lease_tenants):
        errors.append(FieldError("tenant_ids", "En hyresgäst på avtalet är inte part i ärendet."))
    return errors
