"""Kontraktsunderlag för ny bostad: which new lease the manual contract is written for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.paperwork.lease_choice import chosen_lease
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    long_text_value,
)

MAX_NOTES = 1000


@dataclass(frozen=True, slots=True)
class NewContract:
    lease: Lease
    notes: str = ""


def new_leases(file: CaseFile) -> list[Lease]:
    """Leases a new contract may be written for: in force or not yet started, without notice.

    A lease with a notice date (the client's old home) or one that has ended is never new.
    """
    return [
        lease
        for lease in file.case_leases()
        if lease.status is LeaseStatus.ACTIVE and lease.notice_date is None
    ]


def _label(lease: Lease, file: CaseFile) -> str:
    apartment = file.apartment_of(lease)
    where = f", objekt {apartment.object_number}" if apartment else ""
    return f"{lease.contract_number} ({lease.kind.label}{where}, från {lease.start_date})"


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    leases = new_leases(file)
    newest = max(leases, key=lambda lease: lease.start_date, default=None)
    return (
        OptionField(
            "lease",
            "Nytt hyresavtal",
            FieldKind.CHOICE,
            default=str(newest.id) if newest else None,
            choices=tuple(Choice(str(lease.id), _label(lease, file)) for lease in leases),
            help="Registrera det nya avtalet i ärendet först (status Gällande).",
        ),
        OptionField(
            "notes",
            "Anteckningar för den manuella hanteringen (valfritt)",
            FieldKind.LONG_TEXT,
            default="",
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> NewContract:
    errors: list[FieldError] = []
    lease = chosen_lease(values, file, errors)
    if lease is not None and lease.id not in {new.id for new in new_leases(file)}:
        errors.append(
            FieldError(
                "lease",
                "Avtalet är uppsagt eller har upphört; välj det nya avtalet som ska skrivas.",
            )
        )
    notes = long_text_value(values, "notes", "Anteckningarna", errors, max_length=MAX_NOTES)
    raise_if_errors(errors)
    assert lease is not None
    return NewContract(lease, notes)
