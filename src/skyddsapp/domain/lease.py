"""Leases: kind, tenants, notice and the end date the law gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line
from skyddsapp.domain.notice import notice_end_date
from skyddsapp.domain.text import Text


class LeaseKind(Enum):
    """Kontraktstyp."""

    FIRST_HAND = "first_hand"
    SECOND_HAND_KVINNOJOUR = "second_hand_kvinnojour"
    SOCIAL_CONTRACT = "social_contract"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    LeaseKind.FIRST_HAND: "Förstahandskontrakt",
    LeaseKind.SECOND_HAND_KVINNOJOUR: "Andrahandskontrakt till Uppsala Kvinnojour",
    LeaseKind.SOCIAL_CONTRACT: "Bostadssocialt kontrakt",
}


class LeaseStatus(Enum):
    """Avtalsstatus."""

    ACTIVE = "active"
    NOTICE_GIVEN = "notice_given"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    LeaseStatus.ACTIVE: "Gällande",
    LeaseStatus.NOTICE_GIVEN: "Uppsagt",
    LeaseStatus.ENDED: "Upphört",
}


@dataclass
class Lease:
    """Hyresavtal."""

    id: int | None
    contract_number: str
    apartment_id: int
    tenant_ids: tuple[int, ...]
    kind: LeaseKind
    start_date: dt.date
    notice_date: dt.date | None = None
    """The day the notice was received or posted (uppsägningsdatum)."""
    status: LeaseStatus = LeaseStatus.ACTIVE

    @property
    def end_date(self) -> dt.date | None:
        """Last day of the lease under 12 kap. 4 § JB, once notice has been given."""
        return notice_end_date(self.notice_date) if self.notice_date is not None else None

    def has_tenant(self, person_id: int) -> bool:
        return person_id in self.tenant_ids

    def validate(self) -> None:
        self.validated()

    def validated(self) -> Lease:
        """A copy with the contract number normalised, as it is to be stored; raises
        ValidationError listing every problem."""
        errors: list[FieldError] = []
        cleaned = _clean_lease(self, errors)
        raise_if_errors(errors)
        return cleaned


def lease_errors(lease: Lease) -> list[FieldError]:
    errors: list[FieldError] = []
    _clean_lease(lease, errors)
    return errors


def _clean_lease(lease: Lease, errors: list[FieldError]) -> Lease:
    """The lease with its contract number normalised; every problem goes to ``errors``."""
    contract_number = clean_line(
        lease.contract_number,
        field="contract_number",
        label="Kontraktsnummer",
        errors=errors,
        max_length=30,
    )
    if not lease.tenant_ids:
        errors.append(FieldError("tenant_ids", "Hyresavtalet måste ha minst en hyresgäst."))
    elif len(set(lease.tenant_ids)) != len(lease.tenant_ids):
        errors.append(FieldError("tenant_ids", "Samma hyresgäst står flera gånger på avtalet."))
    if lease.notice_date is not None and lease.notice_date < lease.start_date:
        errors.append(
            FieldError("notice_date", "Uppsägningsdatumet kan inte ligga före avtalets startdatum.")
        )
    if lease.status is LeaseStatus.NOTICE_GIVEN and lease.notice_date is None:
        errors.append(FieldError("notice_date", "Ett uppsagt avtal måste ha ett uppsägningsdatum."))
    if lease.status is LeaseStatus.ACTIVE and lease.notice_date is not None:
        errors.append(
            FieldError(
                "status",
                "Ett avtal med uppsägningsdatum kan inte ha status Gällande; "
                "välj Uppsagt eller Upphört.",
            )
        )
    return replace(lease, contract_number=contract_number)


def give_notice(lease: Lease, notice_date: dt.date) -> Lease:
    """A copy of ``lease`` with the notice registered; the end date follows from the law."""
    if lease.status is not LeaseStatus.ACTIVE:
        raise ValidationError.single(
            "notice_date",
            Text("Avtalet är redan {0} och kan inte sägas upp.", lease.status.label.lower()),
        )
    noticed = replace(lease, notice_date=notice_date, status=LeaseStatus.NOTICE_GIVEN)
    return noticed.validated()


def kvinnojour_leases_in_year(leases: Iterable[Lease], year: int) -> int:
    """How many flats have been let to Uppsala Kvinnojour with a start in ``year``."""
    return sum(
        1
        for lease in leases
        if lease.kind is LeaseKind.SECOND_HAND_KVINNOJOUR and lease.start_date.year == year
    )
