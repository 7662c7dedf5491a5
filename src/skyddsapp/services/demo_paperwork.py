"""One complete, plainly fictitious case in memory (no vault), for previewing every form.

`demo_case_file()` holds everything a form may draw on: client, co-tenant, a perpetrator who
lives in the flat, an agent and a contact person; the old flat with its noticed first-hand
lease, the new flat with a first-hand lease, a flat let on a social contract; every kind of
decision granted (the tenant approval under the exception for rent debt caused by the violence);
a risk assessment; children; handler names. Names follow `services.demo`
(invented, reading as invented) and every personal number is in the 98x–99x birth-number
series with a valid check digit, so no real person is meant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.attorney import AttorneyScope, PowerOfAttorneyRecord
from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.key_registry import (
    IdKind,
    KeyEvent,
    KeyEventKind,
    KeyItem,
    KeyMovement,
    KeyRegister,
)
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.paperwork.keys import default_key_rows
from skyddsapp.domain.person import CaseRole, Child, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference, TenantApproval
from skyddsapp.services.demo import DEMO_COLLEAGUE, DEMO_USER

if TYPE_CHECKING:
    from skyddsapp.documents.forms import FormSpec

DEMO_TODAY = dt.date(2026, 11, 27)
"""A fixed day, so that previews look the same from one run to the next."""

CLIENT_ID, CO_TENANT_ID, PERPETRATOR_ID, AGENT_ID, CONTACT_ID = 1, 2, 3, 4, 5
OLD_FLAT_ID, NEW_FLAT_ID, SOCIAL_FLAT_ID = 10, 11, 12
OLD_LEASE_ID, NEW_LEASE_ID, SOCIAL_LEASE_ID = 20, 21, 22


def _personal_number(birth: dt.date, serial: int, today: dt.date) -> PersonalNumber:
    """A personal number with birth number ``serial`` (980–999) and a valid check digit."""
    if not 980 <= serial <= 999:
        raise ValueError("demo birth numbers are 980–999")
    nine = f"{birth:%y%m%d}{serial:03d}"
    return PersonalNumber.parse(f"{birth:%Y}{nine[2:]}{check_digit(nine)}", today=today)


def demo_case_file(
    protection: ProtectionLevel = ProtectionLevel.PROTECTED_REGISTRATION,
    *,
    today: dt.date = DEMO_TODAY,
) -> CaseFile:
    """A customer-care case with everything any form needs; the client has ``protection``."""

    def days(n: int) -> dt.date:
        return today + dt.timedelta(days=n)

    def person(
        pid: int, first: str, last: str, birth: dt.date, serial: int, **extra: Any
    ) -> Person:
        number = _personal_number(birth, serial, today)
        return Person(id=pid, first_name=first, last_name=last, personal_number=number, **extra)

    old_address = Address("Demogatan 14", "753 20", "Uppsala")
    client = person(
        CLIENT_ID,
        "Sara",
        "Exempelström",
        dt.date(1988, 3, 14),
        982,
        protection=protection,
        real_address=Address("Låtsasallén 3", "754 28", "Uppsala"),
        uses_skatteverket_forwarding=protection.hides_real_address,
        phone="070-555 01 23",
        children=[Child("Alva", 2017), Child("Noah", 2021)],
    )
    co_tenant = person(
        CO_TENANT_ID,
        "Jonas",
        "Provlund",
        dt.date(1985, 9, 2),
        985,
        real_address=old_address,
    )
    perpetrator = person(
        PERPETRATOR_ID,
        "Mikael",
        "Fiktivsson",
        dt.date(1983, 6, 21),
        991,
        real_address=old_address,
    )
    agent = person(
        AGENT_ID,
        "Karin",
        "Övningsqvist",
        dt.date(1970, 1, 30),
        988,
        real_address=Address("Testvägen 8", "755 97", "Uppsala"),
        phone="070-555 04 56",
    )
    contact = person(
        CONTACT_ID,
        "Petra",
        "Skisslund",
        dt.date(1979, 11, 5),
        994,
        real_address=Address("Exempelgränd 21", "756 46", "Uppsala"),
        phone="018-555 07 89",
    )
    apartments = {
        OLD_FLAT_ID: Apartment(
            id=OLD_FLAT_ID,
            object_number="4711-2034-11",
            address=old_address,
            rooms=3,
            area_m2=Decimal("74.5"),
            monthly_rent_sek=8650,
            key_system="ASSA d12",
            key_series="S-4711",
        ),
        NEW_FLAT_ID: Apartment(
            id=NEW_FLAT_ID,
            object_number="5820-1107-42",
            address=Address("Provstigen 5", "752 37", "Uppsala"),
            rooms=3,
            area_m2=Decimal("71"),
            monthly_rent_sek=8920,
            key_system="ASSA d12",
            key_series="S-5820",
            embargo_until=days(35),
        ),
        SOCIAL_FLAT_ID: Apartment(
            id=SOCIAL_FLAT_ID,
            object_number="6930-0415-07",
            address=Address("Övningsbacken 2", "757 52", "Uppsala"),
            rooms=2,
            area_m2=Decimal("52"),
            monthly_rent_sek=6940,
            key_system="ASSA d12",
            key_series="S-6930",
        ),
    }
    leases = {
        OLD_LEASE_ID: Lease(
            id=OLD_LEASE_ID,
            contract_number="K4711-2034",
            apartment_id=OLD_FLAT_ID,
            tenant_ids=(CLIENT_ID, CO_TENANT_ID),
            kind=LeaseKind.FIRST_HAND,
            start_date=dt.date(today.year - 6, 4, 1),
            notice_date=days(-5),
            status=LeaseStatus.NOTICE_GIVEN,
        ),
        NEW_LEASE_ID: Lease(
            id=NEW_LEASE_ID,
            contract_number="K5820-1107",
            apartment_id=NEW_FLAT_ID,
            tenant_ids=(CLIENT_ID,),
            kind=LeaseKind.FIRST_HAND,
            start_date=days(35),
        ),
        SOCIAL_LEASE_ID: Lease(
            id=SOCIAL_LEASE_ID,
            contract_number="B6930-0415",
            apartment_id=SOCIAL_FLAT_ID,
            tenant_ids=(CLIENT_ID,),
            kind=LeaseKind.SOCIAL_CONTRACT,
            start_date=days(20),
        ),
    }
    decisions = [
        Decision(
            date=days(-14),
            kind=kind,
            text=f"Beviljas: {kind.label}.",
            decided_by="Demo Beslutsfattare",
            granted=True,
            valid_until=days(-14 + 365) if kind is DecisionKind.PRIORITY else None,
        )
        for kind in DecisionKind
    ]
    case = Case(
        id=100,
        reference=CaseReference(CaseKind.CUSTOMER_CARE, today.year, 42),
        kind=CaseKind.CUSTOMER_CARE,
        state="flat_offered",
        opened_on=days(-30),
        handlers=(DEMO_USER, DEMO_COLLEAGUE),
        parties=[
            CaseParty(CLIENT_ID, CaseRole.CLIENT),
            CaseParty(CO_TENANT_ID, CaseRole.CO_TENANT),
            CaseParty(PERPETRATOR_ID, CaseRole.PERPETRATOR, lives_in_flat=True),
            CaseParty(AGENT_ID, CaseRole.AGENT),
            CaseParty(CONTACT_ID, CaseRole.CONTACT_PERSON),
        ],
        apartment_ids=list(apartments),
        lease_ids=list(leases),
        decisions=decisions,
        risk_assessments=[
            RiskAssessment(
                date=days(-20),
                assessor="Nexus Demo",
                level=RiskLevel.HIGH,
                seeks_out_victim=True,
                next_review=days(10),
            )
        ],
        children_count=2,
        notes="Påhittat demoärende för förhandsvisning av blanketter.",
    )
    people = (client, co_tenant, perpetrator, agent, contact)
    return CaseFile(
        case=case,
        persons={p.id: p for p in people if p.id is not None},
        apartments=apartments,
        leases=leases,
        handler_names={DEMO_USER: "Demo Handläggare", DEMO_COLLEAGUE: "Nexus Demo"},
        today=today,
        user_name=DEMO_USER,
        keys=_demo_keys(apartments.values(), today),
        tenant_approvals=(
            TenantApproval(
                next(d for d in decisions if d.kind is DecisionKind.TENANT_APPROVAL),
                CreditCheck.REMARKS,
                HousingReference.APPROVED,
                exception_used=True,
                exception_reason="Hyresskulden uppstod när våldsutövaren styrde hushållets "
                "ekonomi; Nexus har styrkt sambandet med våldet.",
            ),
        ),
    )


# What the handler always chooses in the dialog (there is no default): made for the previews.
DEMO_CHOICES = {"id_kind": IdKind.DRIVING_LICENCE.value}


def demo_values(spec: FormSpec, file: CaseFile) -> dict[str, Any]:
    """A form's default option values for ``file``, with the choices that have no default made."""
    values: dict[str, Any] = {field.name: field.default for field in spec.fields(file)}
    for name, value in DEMO_CHOICES.items():
        if name in values and values[name] is None:
            values[name] = value
    return values


def _demo_keys(apartments: Iterable[Apartment], today: dt.date) -> KeyRegister:
    """Every flat's key set registered; the client holds the old flat's keys; the agent has a
    signed fullmakt that covers everything for three months."""
    return demo_key_register(
        list(apartments),
        case_id=100,
        holder=CLIENT_ID,
        agent=AGENT_ID,
        held_flat=OLD_FLAT_ID,
        day=today,
        valid=(today - dt.timedelta(days=7), today + dt.timedelta(days=90)),
        document_number="NX-2026-000003",
    )


def demo_key_register(
    flats: Sequence[Apartment],
    *,
    case_id: int,
    holder: int,
    agent: int,
    held_flat: int,
    day: dt.date,
    valid: tuple[dt.date, dt.date],
    document_number: str,
) -> KeyRegister:
    """Each flat's default key set registered (item ids: flat id × 10 + row); ``holder`` holds
    ``held_flat``'s keys since ``day``; ``agent`` has a signed fullmakt for everything, valid
    over ``valid``, made as document ``document_number``."""
    items = tuple(
        KeyItem(flat.id * 10 + n, flat.id, r.kind, r.marking, r.system, r.series, r.count)
        for flat in flats
        if flat.id is not None
        for n, r in enumerate(default_key_rows(flat))
    )
    held = tuple(KeyMovement(i.id or 0, i.count) for i in items if i.apartment_id == held_flat)
    event = KeyEvent(1, held_flat, case_id, KeyEventKind.ISSUE, day, holder, held, holder_id=holder)
    power = PowerOfAttorneyRecord(
        1,
        case_id,
        holder,
        agent,
        tuple(AttorneyScope),
        *valid,
        signed=True,
        document_number=document_number,
    )
    return KeyRegister(items=items, events=(event,), powers=(power,))
