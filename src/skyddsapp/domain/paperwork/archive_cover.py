"""Försättsblad för arkivering: the list of documents in an archive packet, and nothing personal.

The cover lies on top of the packet, so whatever is written on it can be read by anyone who
handles the packet: the list of contents may not name the parties, their personal numbers or
addresses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.paperwork.schema import FieldKind, OptionField, long_text_value
from skyddsapp.domain.person import Person
from skyddsapp.domain.text import Text

MAX_ITEMS = 30
MAX_LENGTH = 2000
BLANK_LINES = 10
"""Ruled lines to fill in by hand when no contents are given."""

# Ten digits with an optional century and separator: a personnummer or samordningsnummer.
_PERSONAL_NUMBER = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")


@dataclass(frozen=True, slots=True)
class ArchiveCover:
    contents: tuple[str, ...] = ()
    """One document per line; empty: ruled lines to fill in."""


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    return (
        OptionField(
            "contents",
            "Innehåll",
            FieldKind.LONG_TEXT,
            default="",
            help=(
                "En handling per rad, t.ex. ”Uppsägning av hyresavtal, 2026-11-20”. Skriv inga "
                "namn, personnummer eller adresser. Lämna tomt för att fylla i för hand."
            ),
        ),
    )


def _forbidden(file: CaseFile) -> set[str]:
    """Name words and street names of the case (casefolded) that may not appear on the cover."""
    found: set[str] = set()
    for person in file.persons.values():
        for name in (person.first_name, person.last_name):
            # Initials and two-letter names would refuse ordinary words.
            found.update(word for word in re.findall(r"\w+", name.casefold()) if len(word) > 2)
        for address in (person.real_address, person.delivery_address):
            if address is not None:
                found.add(_street(address.street))
    for apartment in file.apartments.values():
        found.add(_street(apartment.address.street))
    found.discard("")
    return found


def _street(street: str) -> str:
    """The street name without its number ("Kvarngatan 77 B" → "kvarngatan")."""
    return re.sub(r"[\s\d]+[a-z]?$", "", " ".join(street.casefold().split()))


def _mentions(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def parse(values: Mapping[str, Any], file: CaseFile) -> ArchiveCover:
    errors: list[FieldError] = []
    text = long_text_value(values, "contents", "Innehåll", errors, max_length=MAX_LENGTH)
    items = tuple(line.strip() for line in text.splitlines() if line.strip())
    if len(items) > MAX_ITEMS:
        errors.append(
            FieldError("contents", Text("Innehållet får vara högst {0} rader.", MAX_ITEMS))
        )
    if _PERSONAL_NUMBER.search(text):
        errors.append(FieldError("contents", "Innehållet får inte innehålla personnummer."))
    folded = " ".join(text.casefold().split())
    found = sorted(phrase for phrase in _forbidden(file) if _mentions(folded, phrase))
    if found:
        # Naming the word lets the handler see why an ordinary word (a name like "Stig") hit.
        errors.append(
            FieldError(
                "contents",
                Text(
                    "Innehållet får inte innehålla namn eller adresser till personer i ärendet "
                    "(här: {0}).",
                    ", ".join(f"”{phrase}”" for phrase in found),
                ),
            )
        )
    raise_if_errors(errors)
    return ArchiveCover(contents=items)


def protected_persons(file: CaseFile) -> list[Person]:
    """The parties of the case who have protected personal data (each once)."""
    ids = dict.fromkeys(party.person_id for party in file.case.parties)
    persons = [file.persons[i] for i in ids if i in file.persons]
    return [person for person in persons if person.protection.is_protected]
