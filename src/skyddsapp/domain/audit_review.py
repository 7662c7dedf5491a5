"""Reviewing the audit log: what a search of it may ask, and what a signed-off review records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_text
from skyddsapp.domain.text import Text

# Actions that are a look at protected data: a reveal, a view, a print or an export of a paper,
# opening a case, and breaking the glass.
LOOK_ACTIONS = frozenset(
    {
        "person.reveal",
        "apartment.reveal",
        "document.view",
        "document.print",
        "document.export",
        "case.open",
        "case.break_glass",
        "placement.reveal",
        "county_referral.reveal",
    }
)
# Actions a reviewer must look at: someone opened a case that was not theirs.
FLAGGED_ACTIONS = frozenset({"case.break_glass"})
MAX_REMARKS = 4000
MAX_ROWS = 10_000


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Loggsökning: every filter is optional; all that are given must hold."""

    user: str = ""
    case_id: int | None = None
    person_id: int | None = None
    action: str = ""  # an exact action, or a prefix ending in "." ("document.")
    since: dt.date | None = None
    until: dt.date | None = None
    flagged_only: bool = False
    limit: int = MAX_ROWS


def audit_query(
    *,
    user: str | None = None,
    case_id: str | int | None = None,
    person_id: str | int | None = None,
    action: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    flagged_only: bool = False,
) -> AuditQuery:
    """A search from what a person typed: each bad filter named, nothing searched."""
    errors: list[FieldError] = []
    user_text = clean_line(user, field="user", label="Användare", errors=errors, required=False)
    action_text = clean_line(
        action, field="action", label="Händelse", errors=errors, required=False
    )
    if action_text and not all(c.islower() or c in "._" for c in action_text):
        errors.append(
            FieldError("action", Text("Händelsen skrivs med små bokstäver, t.ex. person.reveal."))
        )
    case = _number(case_id, "case_id", errors, label="Ärendets id")
    person = _number(person_id, "person_id", errors, label="Personens id")
    start = _date(since, "since", errors, label="Från och med")
    end = _date(until, "until", errors, label="Till och med")
    if start and end and start > end:
        errors.append(FieldError("until", Text("Perioden slutar innan den börjar.")))
    raise_if_errors(errors)
    return AuditQuery(user_text, case, person, action_text, start, end, flagged_only)


def seen_person(person_id: str | int | None) -> int:
    """The person whose every logged look is asked for ("vem har sett personen"): required."""
    errors: list[FieldError] = []
    number = _number(person_id, "person_id", errors, label="Personens id")
    raise_if_errors(errors)
    if number is None:
        raise ValidationError.single(
            "person_id", "Skriv personens id för att se vem som har sett personen."
        )
    return number


@dataclass(frozen=True, slots=True)
class AuditReview:
    """Granskning av loggen: who went through which period, what they found, and how far the log
    reached when they signed it off."""

    id: int | None
    since: dt.date
    until: dt.date
    reviewed_by: str
    reviewed_at: str
    remarks: str
    last_entry: int


def review_period(
    since: str | dt.date | None, until: str | dt.date | None, remarks: str | None
) -> tuple[dt.date, dt.date, str]:
    """The period and remarks of a review to sign off, validated."""
    errors: list[FieldError] = []
    start = _date(since, "since", errors, label="Från och med", required=True)
    end = _date(until, "until", errors, label="Till och med", required=True)
    if start and end and start > end:
        errors.append(FieldError("until", Text("Perioden slutar innan den börjar.")))
    text = clean_text(
        remarks, field="remarks", label="Anmärkningarna", errors=errors, max_length=MAX_REMARKS
    )
    raise_if_errors(errors)
    assert start is not None
    assert end is not None
    return start, end, text


def _number(
    value: str | int | None, field: str, errors: list[FieldError], *, label: str
) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        errors.append(FieldError(field, Text("{0} ska vara ett positivt heltal.", label)))
        return None
    return number


def _date(
    value: str | dt.date | None,
    field: str,
    errors: list[FieldError],
    *,
    label: str,
    required: bool = False,
) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    if not text:
        if required:
            errors.append(FieldError(field, Text("{0} saknas.", label)))
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        errors.append(FieldError(field, Text("{0} ska vara ett datum som ÅÅÅÅ-MM-DD.", label)))
        return None
