"""The new-case wizard's route table and what a new case must hold together, without a window."""

from __future__ import annotations

from collections import deque
from decimal import Decimal

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.new_case import (
    FLAT_TO_LET,
    PERPETRATOR_REQUIRED,
    ROUTES,
    NewCase,
    NewCasePage,
    NewParty,
    asks_for,
    default_lease_kind,
    new_case_errors,
    next_page,
    route,
)
from skyddsapp.domain.person import CaseRole, Person


def walk(kind: CaseKind) -> list[NewCasePage]:
    """Follow next_page from the first page, as the wizard's Next button does."""
    pages: deque[NewCasePage] = deque([NewCasePage.KIND])
    while (following := next_page(kind, pages[-1])) is not None:
        pages.append(following)
        assert len(pages) <= len(NewCasePage), "the route loops"
    return list(pages)


def test_every_kind_has_a_route() -> None:
    assert set(ROUTES) == set(CaseKind)


@pytest.mark.parametrize("kind", list(CaseKind), ids=lambda k: k.value)
def test_every_route_starts_with_the_kind_and_the_client_and_ends_with_details_and_summary(
    kind: CaseKind,
) -> None:
    pages = walk(kind)
    assert pages == list(route(kind))
    assert pages[:2] == [NewCasePage.KIND, NewCasePage.CLIENT]
    assert pages[-2:] == [NewCasePage.DETAILS, NewCasePage.SUMMARY]
    assert NewCasePage.OTHERS in pages
    assert len(set(pages)) == len(pages)
    assert pages == sorted(pages)  # the pages keep one order; a kind only leaves some out
    assert next_page(kind, NewCasePage.SUMMARY) is None


def test_the_table() -> None:
    asked = {
        kind: (asks_for(kind, NewCasePage.PERPETRATOR), asks_for(kind, NewCasePage.FLAT))
        for kind in CaseKind
    }
    assert asked == {
        CaseKind.CUSTOMER_CARE: (True, True),
        CaseKind.KVINNOJOUR_SUBLET: (False, True),
        CaseKind.HOUSING_CHAIN: (False, True),
        CaseKind.SHELTER_EXIT: (False, False),
        CaseKind.LEASE_TAKEOVER: (True, True),
        CaseKind.PRIORITY: (False, False),
        CaseKind.PERPETRATOR_MOVE: (True, True),
        CaseKind.COUNTY_REFERRAL: (False, False),
        CaseKind.HOUSING_FIRST: (False, False),
    }
    assert all(asks_for(kind, NewCasePage.PERPETRATOR) for kind in PERPETRATOR_REQUIRED)
    assert all(asks_for(kind, NewCasePage.FLAT) for kind in FLAT_TO_LET)


def test_a_page_off_the_route_leads_nowhere() -> None:
    assert next_page(CaseKind.PRIORITY, NewCasePage.FLAT) is None
    assert next_page(CaseKind.PRIORITY, NewCasePage.OTHERS) is NewCasePage.DETAILS


def test_the_lease_a_kind_suggests() -> None:
    assert default_lease_kind(CaseKind.KVINNOJOUR_SUBLET) is LeaseKind.SECOND_HAND_KVINNOJOUR
    assert default_lease_kind(CaseKind.HOUSING_CHAIN) is LeaseKind.SOCIAL_CONTRACT
    assert default_lease_kind(CaseKind.CUSTOMER_CARE) is LeaseKind.FIRST_HAND


def test_a_new_case_that_holds_together_has_no_errors() -> None:
    new = NewCase(
        CaseKind.PERPETRATOR_MOVE,
        (
            NewParty(CaseRole.CLIENT, person=Person(None, "Ny", "Klient")),
            NewParty(CaseRole.PERPETRATOR, person_id=7),
        ),
    )
    assert new_case_errors(new) == []
    new.validate()


def test_what_does_not_hold_together_is_named_all_at_once() -> None:
    flat = Apartment(None, "100-1", Address("Gatan 1", "75320", "Uppsala"), 1, Decimal(30), 5000)
    new = NewCase(CaseKind.PERPETRATOR_MOVE, (NewParty(CaseRole.CLIENT),), lease_tenants=(1,))
    with pytest.raises(ValidationError) as caught:
        new.validate()
    assert caught.value.fields == ("parties", "parties", "tenant_ids")
    priority = NewCase(CaseKind.PRIORITY, apartment=flat)
    assert [e.field for e in new_case_errors(priority)] == ["apartment"]
