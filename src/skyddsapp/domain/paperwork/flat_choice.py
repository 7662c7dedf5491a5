"""Picking which of a case's flats a key or lock form is about (nyckelkvittens, låsbyte)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.paperwork.schema import Choice, FieldKind, OptionField, chosen_id

FIELD = "flat"


def flat_field(
    file: CaseFile, default: Apartment | None, *, label: str = "Lägenhet", help: str = ""
) -> OptionField:
    """A choice among the case's flats (shown by object number, never by street)."""
    flats = [flat for flat in file.case_apartments() if flat.id is not None]
    chosen = default if default in flats else (flats[0] if flats else None)
    return OptionField(
        FIELD,
        label,
        FieldKind.CHOICE,
        default=str(chosen.id) if chosen else None,
        choices=tuple(Choice(str(flat.id), _flat_label(flat, file)) for flat in flats),
        help=help,
    )


def _flat_label(flat: Apartment, file: CaseFile) -> str:
    leases = [lease for lease in file.case_leases() if lease.apartment_id == flat.id]
    on = ", ".join(f"{lease.contract_number} ({lease.status.label.lower()})" for lease in leases)
    return f"Objekt {flat.object_number}, {flat.rooms} rum" + (f" – avtal {on}" if on else "")


def chosen_flat(
    values: Mapping[str, Any], file: CaseFile, errors: list[FieldError]
) -> Apartment | None:
    """The flat named by ``values["flat"]``; an error when none is chosen or it is unknown."""
    flat_id = chosen_id(values, FIELD)
    if flat_id is None:
        errors.append(FieldError(FIELD, "Välj lägenhet. Ärendet behöver en kopplad lägenhet."))
        return None
    flat = file.apartments.get(flat_id)
    if flat is None or flat_id not in file.case.apartment_ids:
        errors.append(FieldError(FIELD, "Lägenheten hör inte till ärendet."))
        return None
    return flat


def _client_leases(file: CaseFile) -> list[Lease]:
    client = file.client()
    if client is None or client.id is None:
        return []
    return [lease for lease in file.case_leases() if lease.has_tenant(client.id)]


def newest_lease_flat(file: CaseFile) -> Apartment | None:
    """The flat of the client's newest lease not yet ended (the one keys are handed out for)."""
    leases = [lease for lease in _client_leases(file) if lease.status is not LeaseStatus.ENDED]
    leases = leases or [
        lease for lease in file.case_leases() if lease.status is not LeaseStatus.ENDED
    ]
    if not leases:
        return None
    # max() keeps the first of equals: on the same start date the lease added first wins.
    newest = max(leases, key=lambda lease: lease.start_date)
    return file.apartment_of(newest)


def old_lease_flat(file: CaseFile) -> Apartment | None:
    """The flat of the client's old lease: the one given notice, else the oldest one."""
    leases = _client_leases(file) or file.case_leases()
    if not leases:
        return None
    old = min(
        leases,
        key=lambda lease: (lease.status is not LeaseStatus.NOTICE_GIVEN, lease.start_date),
    )
    return file.apartment_of(old)
