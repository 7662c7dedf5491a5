"""Picking which of a case's leases a form is about (shared by several forms)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.paperwork.schema import Choice, FieldKind, OptionField, chosen_id


def lease_field(
    file: CaseFile, *, label: str = "Hyresavtal", include_ended: bool = False
) -> OptionField:
    """A choice among the case's leases; the client's own lease is the default."""
    leases = [
        lease
        for lease in file.case_leases()
        if include_ended or lease.status is not LeaseStatus.ENDED
    ]
    own = file.lease_of_client(ended=include_ended)
    default = own if own in leases else (leases[0] if leases else None)
    return OptionField(
        "lease",
        label,
        FieldKind.CHOICE,
        default=str(default.id) if default else None,
        choices=tuple(Choice(str(lease.id), _lease_label(lease, file)) for lease in leases),
    )


def _lease_label(lease: Lease, file: CaseFile) -> str:
    apartment = file.apartment_of(lease)
    where = f", objekt {apartment.object_number}" if apartment else ""
    return f"{lease.contract_number} ({lease.kind.label}{where})"


def chosen_lease(
    values: Mapping[str, Any], file: CaseFile, errors: list[FieldError]
) -> Lease | None:
    """The lease named by ``values["lease"]``; an error when none is chosen or it is unknown."""
    lease_id = chosen_id(values, "lease")
    if lease_id is None:
        errors.append(FieldError("lease", "Välj hyresavtal. Ärendet behöver ett kopplat avtal."))
        return None
    lease = file.leases.get(lease_id)
    if lease is None or lease_id not in file.case.lease_ids:
        errors.append(FieldError("lease", "Hyresavtalet hör inte till ärendet."))
        return None
    return lease
