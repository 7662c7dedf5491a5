"""Whether a flat's street is withheld: someone in one of its cases (a party, or a tenant of a
lease in the case) lives at a protected address (`rules.hides_flat_address`). A flat of the
register of transition flats also counts every case that lives, or has lived, in it."""

from __future__ import annotations

from skyddsapp.domain.case import Case
from skyddsapp.domain.rules import hides_flat_address
from skyddsapp.vault import (
    access_repository,
    cases_repository,
    leases_repository,
    persons_repository,
    transition_flats_repository,
)
from skyddsapp.vault.database import Connection


def street_hidden(conn: Connection, apartment_id: int) -> bool:
    people: set[int] = set()
    case_ids = access_repository.cases_of_apartment(conn, apartment_id)
    case_ids += transition_flats_repository.cases_staying_in(conn, apartment_id)
    for case_id in dict.fromkeys(case_ids):
        case = cases_repository.get(conn, case_id)
        if case is None:
            continue
        people |= {p.person_id for p in case.parties}
        for lease in leases_repository.get_many(conn, case.lease_ids).values():
            people |= set(lease.tenant_ids)
    return hides_flat_address(persons_repository.get_many(conn, list(people)).values())


def case_hides_address(conn: Connection, case: Case) -> bool:
    """Whether someone in the case (a party, or a tenant of a lease in the case) lives at a
    protected address: then what tells where the client lives is withheld like a flat's
    street — the provider of a placement in sheltered housing and the municipality of a
    Länskompotten referral."""
    people = {p.person_id for p in case.parties}
    for lease in leases_repository.get_many(conn, case.lease_ids).values():
        people |= set(lease.tenant_ids)
    return hides_flat_address(persons_repository.get_many(conn, list(people)).values())
