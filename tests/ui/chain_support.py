"""Cases for the trial-period and tenant-approval UI tests, made through the use cases in the
copied demo vault (names plainly invented)."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.services import cases, housing, persons
from skyddsapp.services.context import Session

_serials = itertools.count(1)


def _client_and_flat(session: Session) -> tuple[int, int]:
    serial = next(_serials)
    nine = f"870707{980 + serial % 20:03d}"
    number = PersonalNumber.parse(f"19{nine}{check_digit(nine)}", today=session.today())
    client = persons.create_person(session, Person(None, "Ulla", "Gränssnittsson", number))
    flat = housing.create_apartment(
        session,
        Apartment(
            None,
            f"7700-{serial:04d}-01",
            Address("Knappvägen 3", "75320", "Uppsala"),
            2,
            Decimal("50"),
            7000,
        ),
    )
    assert client.id is not None
    assert flat.id is not None
    return client.id, flat.id


def chain_case_in_trial(session: Session, start: dt.date) -> int:
    """A housing-chain case whose social contract (from ``start``) has been signed."""
    client, flat = _client_and_flat(session)
    lease = housing.create_lease(
        session,
        Lease(None, f"BK-UI-{flat}", flat, (client,), LeaseKind.SOCIAL_CONTRACT, start),
    )
    assert lease.id is not None
    case = cases.create_case(
        session,
        CaseKind.HOUSING_CHAIN,
        parties=[CaseParty(client, CaseRole.CLIENT)],
        apartment_ids=[flat],
        lease_ids=[lease.id],
    )
    assert case.id is not None
    decision = Decision(start, DecisionKind.SOCIAL_CONTRACT, "Beviljas.", "Nexus", True)
    cases.add_decision(session, case.id, decision)
    for action in ("approve", "offer_flat", "sign_social_contract"):
        cases.take_step(session, case.id, action)
    return case.id


def kvinnojour_case(session: Session) -> int:
    client, flat = _client_and_flat(session)
    lease = housing.create_lease(
        session,
        Lease(
            None,
            f"KJ-UI-{flat}",
            flat,
            (client,),
            LeaseKind.SECOND_HAND_KVINNOJOUR,
            session.today() + dt.timedelta(days=30),
        ),
        override_reason="Test i gränssnittet.",
    )
    assert lease.id is not None
    case = cases.create_case(
        session,
        CaseKind.KVINNOJOUR_SUBLET,
        parties=[CaseParty(client, CaseRole.CLIENT)],
        apartment_ids=[flat],
        lease_ids=[lease.id],
    )
    assert case.id is not None
    return case.id
