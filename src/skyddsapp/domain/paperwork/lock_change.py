"""Beställning av låsbyte: which flat, why, how soon, and how many new keys.

The order goes to a locksmith or the property staff, who must not learn who lives in the flat:
it carries no person names, and a free-text detail that names a party of the case is refused.

Value types of the option fields: ``flat``, ``reason``, ``urgency`` – ``str`` (CHOICE);
``detail`` – ``str``; ``wanted_date`` – ``datetime.date | None``; ``new_keys`` – ``int``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.key_registry import LockChangeReason as LockChangeReason
from skyddsapp.domain.paperwork.flat_choice import chosen_flat, flat_field, old_lease_flat
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    choice_value,
    text_value,
)
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.text import Text

MIN_NEW_KEYS = 1
MAX_NEW_KEYS = 20
DEFAULT_NEW_KEYS = 3
MAX_DETAIL = 300
MAX_DAYS_AHEAD = 365
NEW_KEYS_ONLY_AGAINST_RECEIPT = "Nya nycklar lämnas endast ut mot nyckelkvittens."
ADDRESS_GIVEN_ORALLY = "Adress lämnas muntligt av handläggaren."


class Urgency(Enum):
    """Hur brådskande beställningen är."""

    ACUTE = "acute"
    WITHIN_A_WEEK = "within_a_week"
    PLANNED = "planned"

    @property
    def label(self) -> str:
        return _URGENCY_LABELS[self]


_URGENCY_LABELS = {
    Urgency.ACUTE: "Akut – inom 24 timmar",
    Urgency.WITHIN_A_WEEK: "Inom en vecka",
    Urgency.PLANNED: "Planerat datum",
}


@dataclass(frozen=True, slots=True)
class LockChange:
    """Låsbyte: the order as the handler gives it on ``ordered_on``."""

    apartment: Apartment
    reason: LockChangeReason
    detail: str
    urgency: Urgency
    wanted_date: dt.date | None
    new_keys: int
    ordered_on: dt.date

    @property
    def done_by(self) -> dt.date:
        """The last day the change should be done."""
        if self.urgency is Urgency.ACUTE:
            return self.ordered_on + dt.timedelta(days=1)
        if self.urgency is Urgency.WITHIN_A_WEEK:
            return self.ordered_on + dt.timedelta(days=7)
        assert self.wanted_date is not None
        return self.wanted_date


def perpetrator_lives_in_flat(file: CaseFile) -> bool:
    return any(
        party.role is CaseRole.PERPETRATOR and party.lives_in_flat for party in file.case.parties
    )


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    unauthorised = perpetrator_lives_in_flat(file)
    reason = LockChangeReason.UNAUTHORISED_KEYS if unauthorised else LockChangeReason.MISSING_KEY
    urgency = Urgency.ACUTE if unauthorised else Urgency.WITHIN_A_WEEK
    return (
        flat_field(file, old_lease_flat(file), label="Lägenhet där låset ska bytas"),
        OptionField(
            "reason",
            "Skäl",
            FieldKind.CHOICE,
            default=reason.value,
            choices=tuple(Choice(r.value, r.label) for r in LockChangeReason),
        ),
        OptionField(
            "detail",
            "Beskrivning",
            FieldKind.TEXT,
            default="",
            help="Krävs vid Annat skäl. Skriv inga namn: beställningen går till låssmeden.",
        ),
        OptionField(
            "urgency",
            "Brådskande",
            FieldKind.CHOICE,
            default=urgency.value,
            choices=tuple(Choice(u.value, u.label) for u in Urgency),
        ),
        OptionField(
            "wanted_date",
            "Önskat datum",
            FieldKind.OPTIONAL_DATE,
            default=None,
            help="Anges endast vid Planerat datum.",
        ),
        OptionField(
            "new_keys",
            "Antal nya nycklar",
            FieldKind.NUMBER,
            default=DEFAULT_NEW_KEYS,
            minimum=MIN_NEW_KEYS,
            maximum=MAX_NEW_KEYS,
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> LockChange:
    errors: list[FieldError] = []
    flat = chosen_flat(values, file, errors)
    reason = choice_value(values, "reason", LockChangeReason, "Skäl", errors)
    detail = text_value(values, "detail", "Beskrivningen", errors, max_length=MAX_DETAIL)
    if reason is LockChangeReason.OTHER and not detail:
        errors.append(FieldError("detail", "Beskriv skälet när du väljer Annat skäl."))
    if _names_in(detail, file):
        errors.append(
            FieldError(
                "detail",
                "Skriv inga namn i beställningen: den som byter låset får inte veta vem som "
                "bor i lägenheten.",
            )
        )
    urgency = choice_value(values, "urgency", Urgency, "Brådskande", errors)
    wanted = _wanted_date(values, urgency, file, errors)
    new_keys = _new_keys(values.get("new_keys"), errors)
    raise_if_errors(errors)
    assert flat is not None
    assert reason is not None
    assert urgency is not None
    assert new_keys is not None
    return LockChange(flat, reason, detail, urgency, wanted, new_keys, file.today)


def _names_in(text: str, file: CaseFile) -> bool:
    """Whether ``text`` holds a name (or part of a double name) of anyone in the case."""
    if not text:
        return False
    folded = text.casefold()
    for person in file.persons.values():
        for name in (person.first_name, person.last_name):
            for part in re.split(r"[\s\-‐–]+", name):
                if len(part) >= 2 and re.search(
                    rf"(?<!\w){re.escape(part.casefold())}(?!\w)", folded
                ):
                    return True
    return False


def _wanted_date(
    values: Mapping[str, Any],
    urgency: Urgency | None,
    file: CaseFile,
    errors: list[FieldError],
) -> dt.date | None:
    raw = values.get("wanted_date")
    if raw is not None and not isinstance(raw, dt.date):
        errors.append(FieldError("wanted_date", "Önskat datum kan inte läsas."))
        return None
    if urgency is not Urgency.PLANNED:
        if raw is not None and urgency is not None:
            errors.append(
                FieldError(
                    "wanted_date",
                    "Önskat datum anges bara när brådskande är Planerat datum; ta bort datumet "
                    "eller välj Planerat datum.",
                )
            )
        return None
    if raw is None:
        errors.append(FieldError("wanted_date", "Ange önskat datum för planerat låsbyte."))
        return None
    if raw < file.today:
        errors.append(FieldError("wanted_date", "Önskat datum har redan passerat."))
    elif (raw - file.today).days > MAX_DAYS_AHEAD:
        errors.append(
            FieldError(
                "wanted_date",
                Text("Önskat datum får ligga högst {0} dagar fram i tiden.", MAX_DAYS_AHEAD),
            )
        )
    return raw


def _new_keys(raw: object, errors: list[FieldError]) -> int | None:
    if isinstance(raw, int) and not isinstance(raw, bool) and MIN_NEW_KEYS <= raw <= MAX_NEW_KEYS:
        return raw
    errors.append(
        FieldError(
            "new_keys",
            Text(
                "Antal nya nycklar ska vara ett heltal från {0} till {1}.",
                MIN_NEW_KEYS,
                MAX_NEW_KEYS,
            ),
        )
    )
    return None
