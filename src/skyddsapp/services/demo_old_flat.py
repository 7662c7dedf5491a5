"""Demo customer-care cases that show the old flat: one still under notice (its embargo
computed, the case not yet closable) and one settled and closed with each outcome.

Everything is invented and reads as invented; the personal numbers are in the 98x–99x birth
number series with valid check digits, as in `services.demo`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.old_flat_outcome import OldFlatOutcome, OldFlatOutcomeKind
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.services import cases, housing, old_flat, persons
from skyddsapp.services.context import Session
from skyddsapp.vault import apartments_repository

OBJECT_PREFIX = "9610-"
"""The demo's old and new flats have object numbers 9610-NNNN-0x (no random demo flat does)."""
FROM_CASES = 10
"""A demo vault of at least this many cases holds these (`demo.ensure_demo_vault`)."""
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Story:
    first_name: str
    last_name: str
    serial: int
    started: int
    """Days before today the case was opened."""
    outcome: OldFlatOutcomeKind | None
    vacant_days: int | None = None
    assessment: str = ""


STORIES = (
    _Story("Greta", "Uppsägningsson", 981, 25, None),
    _Story(
        "Vera",
        "Vakansdahl",
        983,
        300,
        OldFlatOutcomeKind.RELET,
        41,
        "Demo: klienten bor långt härifrån och våldsutövaren saknar koppling till området; "
        "Nexus bedömer att ny uthyrning är trygg (påhittat).",
    ),
    _Story("Klara", "Kvotavtalsson", 987, 280, OldFlatOutcomeKind.SOCIAL_CONTRACT, 19),
    _Story("Tora", "Tomgren", 991, 200, OldFlatOutcomeKind.VACANT),
)


def add_old_flat_cases(session: Session) -> list[int]:
    """Add the four demo cases, once (a vault that has them is left as it is); their ids."""
    if apartments_repository.id_by_object_number(session.conn, f"{OBJECT_PREFIX}0001-01"):
        return []
    return [_story(session, number, story) for number, story in enumerate(STORIES, start=1)]


def _on(session: Session, day: dt.date) -> Session:
    """The same vault and user, on another day (the cases' steps are dated as they happened)."""
    return Session(session.vault, lambda: day)


def _story(session: Session, number: int, story: _Story) -> int:
    today = session.today()
    opened = today - story.started * _DAY
    then = _on(session, opened)
    birth = dt.date(1979 + number * 3, number * 2, 10 + number)
    nine = f"{birth:%y%m%d}{story.serial:03d}"
    client = persons.create_person(
        then,
        Person(
            id=None,
            first_name=story.first_name,
            last_name=story.last_name,
            personal_number=PersonalNumber.parse(
                f"{birth:%Y}{nine[2:]}{check_digit(nine)}", today=opened
            ),
            real_address=Address(f"Gamlagränd {number}", "75320", "Uppsala"),
        ),
    )
    assert client.id is not None
    old_flat_id = _flat(then, f"{OBJECT_PREFIX}{number:04d}-01", f"Gamlagränd {number}", 7450)
    new_flat_id = _flat(then, f"{OBJECT_PREFIX}{number:04d}-02", f"Nyvägen {number}", 7900)
    old_lease = housing.create_lease(
        then,
        Lease(
            None,
            f"KG-{OBJECT_PREFIX}{number}",
            old_flat_id,
            (client.id,),
            LeaseKind.FIRST_HAND,
            opened - 2000 * _DAY,
        ),
    )
    assert old_lease.id is not None
    case = cases.create_case(
        then,
        CaseKind.CUSTOMER_CARE,
        parties=[CaseParty(client.id, CaseRole.CLIENT)],
        notes="Demo: den gamla lägenheten (påhittat ärende).",
        apartment_ids=[old_flat_id, new_flat_id],
        lease_ids=[old_lease.id],
    )
    assert case.id is not None
    for kind in (DecisionKind.NEED_CONFIRMATION, DecisionKind.CUSTOMER_CARE_GROUP):
        cases.add_decision(
            then, case.id, Decision(opened, kind, "Demobeslut (påhittat).", "Demo Chef", True)
        )
    cases.add_risk_assessment(
        then,
        case.id,
        RiskAssessment(opened, "Demo Bedömare", RiskLevel.LOW, False, opened + 90 * _DAY),
    )
    for action in ("confirm_need", "grant", "offer_flat"):
        cases.take_step(then, case.id, action)
    noticed = housing.register_notice(then, old_lease.id, opened + 2 * _DAY)
    cases.add_new_lease(
        then,
        case.id,
        Lease(
            None,
            f"KN-{OBJECT_PREFIX}{number}",
            new_flat_id,
            (client.id,),
            LeaseKind.FIRST_HAND,
            opened + 10 * _DAY,
        ),
    )
    cases.take_step(_on(session, opened + 10 * _DAY), case.id, "register_move")
    if story.outcome is None:
        return case.id
    end = noticed.end_date
    assert end is not None
    settled = _on(session, min(today, end + 60 * _DAY))
    occupied = end + (1 + story.vacant_days) * _DAY if story.vacant_days is not None else None
    old_flat.record_outcome(
        settled,
        OldFlatOutcome(
            case.id,
            old_flat_id,
            story.outcome,
            vacant_from=end + _DAY,
            occupied_from=occupied,
            safety_assessment=story.assessment,
            no_disturbances=True if story.outcome is OldFlatOutcomeKind.SOCIAL_CONTRACT else None,
        ),
    )
    cases.take_step(settled, case.id, "close")
    return case.id


def _flat(session: Session, number: str, street: str, rent: int) -> int:
    flat = housing.create_apartment(
        session,
        Apartment(
            id=None,
            object_number=number,
            address=Address(street, "75428", "Uppsala"),
            rooms=2,
            area_m2=Decimal("58"),
            monthly_rent_sek=rent,
            key_system="ASSA d12",
            key_series="S610",
        ),
    )
    assert flat.id is not None
    return flat.id
