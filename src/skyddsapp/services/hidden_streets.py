"""Whether a flat's street is withheld: someone in one of its cases (a party, or a tenant of a
lease in the case) lives at a protected address (`rules.hides_flat_address`)."""

from __future__ import annotations

from skyddsapp.domain.rules import hides_flat_address
from skyddsapp.vault import (
    access_repository,
    cases_repository,
    leases_repository,
    persons_repository,
)
from skyddsapp.vault.database import Connection


def street_hidden(conn: Connection, apartment_id: int) -> bool:
    people: set[int] = set()
    for case_id in access_repository.cases_of_apartment(conn, apartment_id):
        case = cases_repository.get(conn, case_id)
        if case is None:
            continue
        people |= {p.person_id for p in case.parties}
        for lease in leases_repository.get_many(conn, case.lease_ids).values():
            people |= set(lease.tenant_ids)
    return hides_flat_address(persons_repository.get_many(conn, list(people)).values())
