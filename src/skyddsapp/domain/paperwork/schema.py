"""How a form asks for the facts the case does not hold, and says what is missing.

A form lists its `OptionField`s (computed from the case, with defaults); the desktop builds a
dialog from that list and hands the values back as a plain mapping; the form's own ``parse``
validates them here in the domain and raises one ValidationError naming every bad field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from skyddsapp.domain.errors import DomainError, FieldError
from skyddsapp.domain.fields import clean_line, clean_text
from skyddsapp.domain.text import Text

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


class FieldKind(Enum):
    """Fälttyp: which widget the desktop shows and what type of value it hands back."""

    TEXT = "text"  # str, one line
    LONG_TEXT = "long_text"  # str, several lines
    DATE = "date"  # dt.date
    OPTIONAL_DATE = "optional_date"  # dt.date | None
    CHOICE = "choice"  # str: one of choices' values
    MULTI_CHOICE = "multi_choice"  # tuple[str, ...]: some of choices' values
    NUMBER = "number"  # int
    FLAG = "flag"  # bool
    PERSON = "person"  # int | None: a person id out of choices (values are str(id))
    KEY_ROWS = "key_rows"  # tuple[KeyRow, ...] (see domain.paperwork.keys)


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class OptionField:
    """Ett uppgiftsfält i en blankett."""

    name: str
    label: str
    kind: FieldKind
    default: Any = None
    choices: tuple[Choice, ...] = ()
    help: str = ""
    minimum: int = 0
    maximum: int = 100


class MissingData(DomainError):
    """Uppgifter saknas: the case lacks what the form needs; nothing is generated."""

    def __init__(self, title: str, items: Iterable[str]) -> None:
        self.title = title
        self.items: tuple[str, ...] = tuple(dict.fromkeys(items))
        if not self.items:
            raise ValueError("MissingData needs at least one item")
        super().__init__(Text("{0} kan inte skapas. Det saknas: {1}", title, "; ".join(self.items)))


class Needs:
    """Collects what a form misses, so that the handler sees the whole list at once."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.items: list[str] = []

    def require(self, value: T | None, what: str) -> T | None:
        if value is None or (isinstance(value, (str, Sequence)) and not value):
            self.items.append(what)
        return value

    def add(self, what: str) -> None:
        self.items.append(what)

    def check(self) -> None:
        """Raise MissingData when anything was missed."""
        if self.items:
            raise MissingData(self.title, self.items)


# --- reading option values -----------------------------------------------------------------------


def text_value(
    values: Mapping[str, Any],
    name: str,
    label: str,
    errors: list[FieldError],
    *,
    required: bool = False,
    max_length: int = 200,
) -> str:
    return clean_line(
        str(values.get(name) or ""),
        field=name,
        label=label,
        errors=errors,
        required=required,
        max_length=max_length,
    )


def long_text_value(
    values: Mapping[str, Any],
    name: str,
    label: str,
    errors: list[FieldError],
    *,
    required: bool = False,
    max_length: int = 2000,
) -> str:
    """Several lines, normalised as `clean_text` does: newlines kept, other control characters
    refused."""
    return clean_text(
        str(values.get(name) or ""),
        field=name,
        label=label,
        errors=errors,
        required=required,
        max_length=max_length,
    )


NOT_AN_ID = -1
"""What `chosen_id` gives for a value that is not a number: never the id of anything."""


def chosen_id(values: Mapping[str, Any], name: str) -> int | None:
    """The id chosen in a CHOICE or PERSON field (values are ``str(id)``): None when nothing is
    chosen, `NOT_AN_ID` when the value cannot be read as one."""
    raw = values.get(name)
    if raw in (None, ""):
        return None
    if isinstance(raw, bool):
        return NOT_AN_ID
    try:
        return int(str(raw))
    except ValueError:
        return NOT_AN_ID


def date_value(
    values: Mapping[str, Any], name: str, label: str, errors: list[FieldError]
) -> dt.date | None:
    value = values.get(name)
    if isinstance(value, dt.date):
        return value
    errors.append(FieldError(name, Text("{0} saknas.", label)))
    return None


def choice_values(
    values: Mapping[str, Any], name: str, enum: type[E], label: str, errors: list[FieldError]
) -> tuple[E, ...]:
    """Some members of ``enum`` by value; unknown values are an error, order is the enum's."""
    raw = values.get(name) or ()
    chosen = {str(item) for item in raw} if not isinstance(raw, str) else {raw}
    known = {member.value for member in enum}
    if chosen - known:
        errors.append(FieldError(name, Text("{0}: okänt val.", label)))
    return tuple(member for member in enum if member.value in chosen)


def choice_value(
    values: Mapping[str, Any], name: str, enum: type[E], label: str, errors: list[FieldError]
) -> E | None:
    raw = values.get(name)
    for member in enum:
        if member.value == raw:
            return member
    errors.append(FieldError(name, Text("Välj {0}.", label.lower())))
    return None


def format_date(day: dt.date | None) -> str:
    """Dates on paper: ÅÅÅÅ-MM-DD (Swedish standard SS-ISO 8601)."""
    return day.isoformat() if day else ""
