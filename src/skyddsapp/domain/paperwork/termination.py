"""Uppsägning av hyresavtal: which lease, and the day the notice is given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.notice import notice_end_date
from skyddsapp.domain.paperwork.lease_choice import chosen_lease, lease_field
from skyddsapp.domain.paperwork.schema import FieldKind, OptionField, date_value


@dataclass(frozen=True, slots=True)
class Termination:
    lease: Lease
    notice_date: dt.date

    @property
    def end_date(self) -> dt.date:
        return notice_end_date(self.notice_date)


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    own = file.lease_of_client()
    notice = own.notice_date if own and own.notice_date else file.today
    return (
        lease_field(file, label="Hyresavtal som sägs upp"),
        OptionField(
            "notice_date",
            "Uppsägningsdatum",
            FieldKind.DATE,
            default=notice,
            help="Dagen då uppsägningen lämnas till eller tas emot av hyresvärden.",
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> Termination:
    errors: list[FieldError] = []
    lease = chosen_lease(values, file, errors)
    notice = date_value(values, "notice_date", "Uppsägningsdatum", errors)
    if lease is not None:
        if lease.status is LeaseStatus.ENDED:
            errors.append(FieldError("lease", "Avtalet har redan upphört."))
        if notice is not None and notice < lease.start_date:
            errors.append(
                FieldError(
                    "notice_date", "Uppsägningsdatumet kan inte ligga före avtalets startdatum."
                )
            )
        if notice is not None and lease.notice_date is not None and notice != lease.notice_date:
            errors.append(
                FieldError(
                    "notice_date",
                    "Avtalet är redan uppsagt med ett annat datum; använd det registrerade "
                    "uppsägningsdatumet.",
                )
            )
    raise_if_errors(errors)
    assert lease is not None
    assert notice is not None
    return Termination(lease, notice)
