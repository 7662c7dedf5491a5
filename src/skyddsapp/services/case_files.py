"""The case file: a case with every person, flat, lease, key and approval a form or the key
registry draws on, read in one go (`documents` and `keys` both start from it)."""

from __future__ import annotations

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    keys_repository,
    leases_repository,
    persons_repository,
    tenant_approvals_repository,
    users_repository,
)

__all__ = ["case_file"]


def case_file(session: Session, case_id: int) -> CaseFile:
    """The case with every person, flat and lease a form may draw on, read once."""
    session.require_case(case_id)
    conn = session.conn
    case = cases_repository.get(conn, case_id)
    if case is None:
        raise NotFound("Ärendet", case_id)
    leases = leases_repository.get_many(conn, case.lease_ids)
    person_ids = [p.person_id for p in case.parties]
    person_ids += [tenant for lease in leases.values() for tenant in lease.tenant_ids]
    apartment_ids = [*case.apartment_ids, *(lease.apartment_id for lease in leases.values())]
    # Every account (a handful): a form may name any colleague, active or not.
    handler_names = {user.name: user.display_name for user in users_repository.all(conn)}
    return CaseFile(
        case=case,
        persons=persons_repository.get_many(conn, person_ids),
        apartments=apartments_repository.get_many(conn, apartment_ids),
        leases=leases,
        handler_names=handler_names,
        today=session.today(),
        user_name=session.user_name,
        keys=keys_repository.register(conn, case_id, case.apartment_ids),
        tenant_approvals=tuple(tenant_approvals_repository.of_case(conn, case_id)),
    )
