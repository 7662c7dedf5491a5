"""Everything a form or a report may draw on for one case, read once from the vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, Decision, DecisionKind
from skyddsapp.domain.key_registry import KeyRegister
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.rules import hides_flat_address
from skyddsapp.domain.tenant_approval import TenantApproval


@dataclass(frozen=True)
class CaseFile:
    """Akt: a case with the persons, flats and leases it links to (a read-only snapshot)."""

    case: Case
    persons: Mapping[int, Person] = field(default_factory=dict)
    apartments: Mapping[int, Apartment] = field(default_factory=dict)
    leases: Mapping[int, Lease] = field(default_factory=dict)
    handler_names: Mapping[str, str] = field(default_factory=dict)
    """User name → display name of the staff who may appear on a document."""
    today: dt.date = field(default_factory=dt.date.today)
    user_name: str = ""
    """The user who prepares the document (its "handläggare")."""
    keys: KeyRegister = field(default_factory=KeyRegister)
    """The key registry of the case's flats and the case's fullmakter."""
    tenant_approvals: tuple[TenantApproval, ...] = ()
    """The answers of the case's tenant approvals, oldest first (`domain.tenant_approval`)."""

    def people(self, role: CaseRole) -> list[Person]:
        """Persons in ``role``, in the order they were added to the case."""
        return [self.persons[i] for i in self.case.person_ids(role) if i in self.persons]

    def client(self) -> Person | None:
        clients = self.people(CaseRole.CLIENT)
        return clients[0] if clients else None

    def person(self, person_id: int) -> Person | None:
        return self.persons.get(person_id)

    def tenants(self, lease: Lease) -> list[Person]:
        return [self.persons[i] for i in lease.tenant_ids if i in self.persons]

    def case_leases(self) -> list[Lease]:
        return [self.leases[i] for i in self.case.lease_ids if i in self.leases]

    def case_apartments(self) -> list[Apartment]:
        return [self.apartments[i] for i in self.case.apartment_ids if i in self.apartments]

    def apartment_of(self, lease: Lease) -> Apartment | None:
        return self.apartments.get(lease.apartment_id)

    def lease_of_client(self, *, ended: bool = False) -> Lease | None:
        """The client's own lease in this case: the first not yet ended (or any if ``ended``)."""
        client = self.client()
        if client is None or client.id is None:
            return None
        for lease in self.case_leases():
            if lease.has_tenant(client.id) and (ended or lease.status is not LeaseStatus.ENDED):
                return lease
        return None

    def decision(self, kind: DecisionKind) -> Decision | None:
        return self.case.latest_decision(kind)

    @property
    def hides_flat_address(self) -> bool:
        """True when anyone in the case has skyddad folkbokföring or fingerade uppgifter."""
        return hides_flat_address(self.persons.values())

    def handler_display_name(self, user_name: str | None = None) -> str:
        """Display name of ``user_name`` (default: the preparing user, else the first handler)."""
        name = user_name or self.user_name or next(iter(self.case.handlers), "")
        return self.handler_names.get(name, name)
