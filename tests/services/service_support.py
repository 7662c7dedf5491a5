"""Constants, row counts and small factories for the use-case tests.

Every vault uses the Argon2id floor (MINIMUM_KDF) so a vault costs about 0.3 s. Tests that only
add data share one vault per module; tests that need a clean slate (numbering, rekeys) ask for
`fresh_session`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.services import cases, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

TODAY = dt.date(2026, 5, 4)
ADMIN = "admin"
PASSPHRASE = "korrekt-häst-batteri"

COUNTED_TABLES = (
    "persons",
    "person_children",
    "apartments",
    "leases",
    "lease_tenants",
    "cases",
    "case_handlers",
    "case_parties",
    "case_events",
    "case_decisions",
    "risk_assessments",
    "case_search",
    "users",
    "audit_log",
    "documents",
    "document_scans",
    "key_items",
    "key_events",
    "key_event_items",
    "lock_changes",
    "powers_of_attorney",
)


def no_sleep(seconds: float) -> None:
    del seconds


def new_vault(folder: Path) -> Vault:
    return Vault.create(folder, ADMIN, "Administratör", PASSPHRASE, kdf_params=MINIMUM_KDF).vault


def letters(n: int) -> str:
    """A name part from a number, in letters (names hold no digits): 1 → "b", 27 → "bb"."""
    text = ""
    while True:
        n, rest = divmod(n, 26)
        text = "abcdefghijklmnopqrstuvwxyz"[rest] + text
        if not n:
            return text


def pnr(birth: str, serial: str = "982") -> str:
    """A valid twelve-digit personnummer (or samordningsnummer) for `birth` (ÅÅÅÅMMDD)."""
    nine = birth[2:] + serial
    return f"{birth}{serial}{check_digit(nine)}"


def snapshot(conn: Connection) -> dict[str, int]:
    """Row counts of every table a use case writes, the audit log included."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}


def audit_entries(conn: Connection) -> list[audit_log.AuditEntry]:
    return list(audit_log.entries(conn))


def last_audit(conn: Connection) -> audit_log.AuditEntry:
    return audit_entries(conn)[-1]


_serials = itertools.count(100)


@dataclass
class Factory:
    """Builds valid persons, flats, leases and cases through the use cases."""

    session: Session
    made: list[int] = field(default_factory=list)

    def person(
        self,
        first: str = "Anna",
        last: str = "Testsson",
        *,
        number: str | None = None,
        protection: ProtectionLevel = ProtectionLevel.NONE,
        street: str | None = "Provgatan 1",
        postal_code: str = "75320",
        delivery: Address | None = None,
    ) -> Person:
        hides = protection.hides_real_address
        if number is None and hides:
            number = pnr("19800101", f"{next(_serials) % 900 + 100:03d}")
        person = Person(
            id=None,
            first_name=first,
            last_name=last,
            personal_number=PersonalNumber(number) if number else None,
            protection=protection,
            real_address=Address(street, postal_code, "Uppsala") if street else None,
            delivery_address=delivery,
            uses_skatteverket_forwarding=hides,
        )
        return persons.create_person(self.session, person)

    def apartment(
        self, street: str = "Lägenhetsvägen 2", *, number: str | None = None
    ) -> Apartment:
        apartment = Apartment(
            id=None,
            object_number=number or f"{next(_serials)}-1001",
            address=Address(street, "75428", "Uppsala"),
            rooms=2,
            area_m2=Decimal("54.5"),
            monthly_rent_sek=7200,
        )
        return housing.create_apartment(self.session, apartment)

    def lease(
        self,
        tenants: tuple[int, ...],
        *,
        kind: LeaseKind = LeaseKind.FIRST_HAND,
        start: dt.date = dt.date(2020, 1, 1),
        apartment_id: int | None = None,
        override_reason: str | None = None,
    ) -> Lease:
        if apartment_id is None:
            made = self.apartment()
            assert made.id is not None
            apartment_id = made.id
        lease = Lease(None, f"K-{next(_serials)}", apartment_id, tenants, kind, start)
        return housing.create_lease(self.session, lease, override_reason=override_reason)

    def case(
        self,
        kind: CaseKind = CaseKind.CUSTOMER_CARE,
        *,
        client: Person | None = None,
        perpetrator: Person | None = None,
        apartments: list[Apartment] | None = None,
        leases: list[Lease] | None = None,
        notes: str = "",
        handlers: tuple[str, ...] = (),
    ) -> Case:
        parties = []
        if client is not None:
            assert client.id is not None
            parties.append(CaseParty(client.id, CaseRole.CLIENT))
        if perpetrator is not None:
            assert perpetrator.id is not None
            parties.append(CaseParty(perpetrator.id, CaseRole.PERPETRATOR))
        return cases.create_case(
            self.session,
            kind,
            parties=parties,
            handlers=handlers,
            notes=notes,
            apartment_ids=[a.id for a in apartments or [] if a.id is not None],
            lease_ids=[lease.id for lease in leases or [] if lease.id is not None],
        )

    def chain_case_in_trial(
        self, start: dt.date = dt.date(2025, 9, 1), *, client: Person | None = None
    ) -> tuple[Case, Lease]:
        """A housing-chain case whose social contract (from ``start``) has been signed: its
        trial period runs. Returns the case and the social contract."""
        client = client or self.person("Kedja", "Prövotidsson")
        assert client.id is not None
        flat = self.apartment()
        assert flat.id is not None
        social = self.lease(
            (client.id,), kind=LeaseKind.SOCIAL_CONTRACT, start=start, apartment_id=flat.id
        )
        case = self.case(CaseKind.HOUSING_CHAIN, client=client, apartments=[flat], leases=[social])
        assert case.id is not None
        decision = Decision(start, DecisionKind.SOCIAL_CONTRACT, "Beviljas.", "Nexus", True)
        cases.add_decision(self.session, case.id, decision)
        for action in ("approve", "offer_flat", "sign_social_contract"):
            case = cases.take_step(self.session, case.id, action)
        return case, social
