"""Övertagande av hyresrätt: who leaves the lease, from when the client holds it alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.notice import add_months
from skyddsapp.domain.paperwork.lease_choice import chosen_lease, lease_field
from skyddsapp.domain.paperwork.schema import (
    NOT_AN_ID,
    Choice,
    FieldKind,
    OptionField,
    chosen_id,
    date_value,
    long_text_value,
)
from skyddsapp.domain.person import Person
from skyddsapp.domain.text import Text

# An agreement about a takeover far in the future is likely to be overtaken by events.
MAX_MONTHS_AHEAD = 12
MAX_CONDITIONS = 1000


@dataclass(frozen=True, slots=True)
class Takeover:
    """Överenskommelse om övertagande: ``departing_id`` leaves, the client holds the lease."""

    lease: Lease
    departing_id: int
    takeover_date: dt.date
    conditions: str = ""


def first_of_next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def departing_candidates(lease: Lease, file: CaseFile) -> list[Person]:
    """The tenants on ``lease`` other than the client: who may leave it."""
    client = file.client()
    return [p for p in file.tenants(lease) if client is None or p.id != client.id]


def _open_leases(file: CaseFile) -> list[Lease]:
    return [lease for lease in file.case_leases() if lease.status is not LeaseStatus.ENDED]


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    lease_choice = lease_field(file, label="Hyresavtal som tas över")
    default_lease = file.leases.get(int(lease_choice.default)) if lease_choice.default else None
    # Every tenant who could leave one of the case's leases; parse checks the chosen lease.
    people: dict[int, Person] = {}
    for lease in _open_leases(file):
        for person in departing_candidates(lease, file):
            if person.id is not None:
                people.setdefault(person.id, person)
    leaving = departing_candidates(default_lease, file) if default_lease else []
    return (
        lease_choice,
        OptionField(
            "departing",
            "Hyresgäst som lämnar avtalet",
            FieldKind.PERSON,
            default=str(leaving[0].id) if leaving else None,
            choices=tuple(Choice(str(pid), p.full_name) for pid, p in people.items()),
            help="En annan hyresgäst på avtalet än klienten.",
        ),
        OptionField(
            "takeover_date",
            "Övertagandet gäller från",
            FieldKind.DATE,
            default=first_of_next_month(file.today),
        ),
        OptionField(
            "conditions",
            "Villkor (valfritt)",
            FieldKind.LONG_TEXT,
            default="",
            help="T.ex. villkor om hyresskuld eller nycklar. Skriv inget om våldet.",
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> Takeover:
    errors: list[FieldError] = []
    lease = chosen_lease(values, file, errors)
    if lease is not None and lease.status is LeaseStatus.ENDED:
        errors.append(FieldError("lease", "Avtalet har redan upphört och kan inte tas över."))
    departing_id = _departing(values, lease, file, errors)
    day = date_value(values, "takeover_date", "Datum för övertagandet", errors)
    if day is not None:
        _check_day(day, lease, file, errors)
    conditions = long_text_value(
        values, "conditions", "Villkoren", errors, max_length=MAX_CONDITIONS
    )
    raise_if_errors(errors)
    assert lease is not None
    assert departing_id is not None
    assert day is not None
    return Takeover(lease, departing_id, day, conditions)


def _check_day(day: dt.date, lease: Lease | None, file: CaseFile, errors: list[FieldError]) -> None:
    """One message for the takeover date: within the lease, at most a year ahead."""
    latest = add_months(file.today, MAX_MONTHS_AHEAD)
    end = lease.end_date if lease is not None else None
    if lease is not None and day < lease.start_date:
        message = Text(
            "Övertagandet kan inte gälla före avtalets startdatum {0}.",
            lease.start_date.isoformat(),
        )
    elif end is not None and day > end:
        message = Text(
            "Avtalet är uppsagt och upphör {0}; övertagandet måste gälla senast då.",
            end.isoformat(),
        )
    elif day > latest:
        message = Text(
            "Övertagandet kan ligga högst {0} månader fram i tiden (senast {1}).",
            MAX_MONTHS_AHEAD,
            latest.isoformat(),
        )
    else:
        return
    errors.append(FieldError("takeover_date", message))


def _departing(
    values: Mapping[str, Any], lease: Lease | None, file: CaseFile, errors: list[FieldError]
) -> int | None:
    person_id = chosen_id(values, "departing")
    if person_id is None:
        errors.append(FieldError("departing", "Välj hyresgästen som lämnar avtalet."))
        return None
    if person_id == NOT_AN_ID:
        errors.append(FieldError("departing", "Personen finns inte i ärendet."))
        return None
    client = file.client()
    if client is not None and person_id == client.id:
        errors.append(
            FieldError("departing", "Klienten tar över avtalet och kan inte vara den som lämnar.")
        )
    elif file.person(person_id) is None:
        errors.append(FieldError("departing", "Personen finns inte i ärendet."))
    elif lease is not None and not lease.has_tenant(person_id):
        errors.append(
            FieldError("departing", "Personen står inte som hyresgäst på det valda avtalet.")
        )
    return person_id
