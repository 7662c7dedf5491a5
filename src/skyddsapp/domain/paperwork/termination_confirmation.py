"""Bekräftelse av uppsägning: which of the case's leases Uppsalahem confirms as terminated."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.paperwork.lease_choice import chosen_lease, lease_field
from skyddsapp.domain.paperwork.schema import NOT_AN_ID, Choice, FieldKind, OptionField, chosen_id
from skyddsapp.domain.person import Person


@dataclass(frozen=True, slots=True)
class TerminationConfirmation:
    lease: Lease
    recipient_id: int
    """One letter per tenant: only the recipient's own address is printed on it."""


def noticed_lease_of_client(file: CaseFile) -> Lease | None:
    """The client's lease on which notice has been given (and that has not yet ended)."""
    client = file.client()
    if client is None or client.id is None:
        return None
    for lease in file.case_leases():
        if (
            lease.has_tenant(client.id)
            and lease.notice_date is not None
            and lease.status is not LeaseStatus.ENDED
        ):
            return lease
    return None


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    choice = lease_field(file, label="Uppsagt hyresavtal")
    noticed = noticed_lease_of_client(file)
    if noticed is not None and noticed.id is not None:
        choice = dataclasses.replace(choice, default=str(noticed.id))
    tenants: dict[int, Person] = {}
    for lease in file.case_leases():
        for person in file.tenants(lease):
            if person.id is not None:
                tenants.setdefault(person.id, person)
    client = file.client()
    default = (
        client.id if client is not None and client.id in tenants else next(iter(tenants), None)
    )
    recipient = OptionField(
        "recipient",
        "Mottagare",
        FieldKind.PERSON,
        default=str(default) if default is not None else None,
        choices=tuple(Choice(str(pid), person.full_name) for pid, person in tenants.items()),
        help=(
            "Bekräftelsen görs en gång per hyresgäst. Bara mottagarens egen adress skrivs ut, "
            "så att ingen ser en annan hyresgästs adress."
        ),
    )
    return (choice, recipient)


def parse(values: Mapping[str, Any], file: CaseFile) -> TerminationConfirmation:
    errors: list[FieldError] = []
    lease = chosen_lease(values, file, errors)
    recipient_id = chosen_id(values, "recipient")
    if recipient_id is None or recipient_id == NOT_AN_ID:
        errors.append(FieldError("recipient", "Välj vilken hyresgäst bekräftelsen ska till."))
    elif lease is not None and not lease.has_tenant(recipient_id):
        errors.append(FieldError("recipient", "Mottagaren står inte på det valda avtalet."))
    raise_if_errors(errors)
    assert lease is not None
    assert recipient_id is not None
    return TerminationConfirmation(lease, recipient_id)
