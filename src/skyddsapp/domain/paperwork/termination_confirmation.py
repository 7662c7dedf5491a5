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
from skyddsapp.domain.paperwork.schema import OptionField


@dataclass(frozen=True, slots=True)
class TerminationConfirmation:
    lease: Lease


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
    return (choice,)


def parse(values: Mapping[str, Any], file: CaseFile) -> TerminationConfirmation:
    errors: list[FieldError] = []
    lease = chosen_lease(values, file, errors)
    raise_if_errors(errors)
    assert lease is not None
    return TerminationConfirmation(lease)
