"""What a search box query means, and what of a case may be found by it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import Person
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.rules import hides_flat_address

MAX_TERMS = 8
MAX_TERM_LENGTH = 64
_REFERENCE_PREFIX = re.compile(r"^[A-Za-z]{2}-\d{0,4}(-\d{0,4})?$")
_REFERENCE = re.compile(r"^[A-Za-z]{2}-\d{4}-\d{4}$")
_NUMBERISH = re.compile(r"^[\d\s+-]{10,15}$")


class QueryKind(Enum):
    EMPTY = "empty"
    PERSONAL_NUMBER = "personal_number"
    REFERENCE = "reference"
    REFERENCE_PREFIX = "reference_prefix"
    TEXT = "text"


@dataclass(frozen=True)
class SearchQuery:
    """Sökfråga: the search box text, read as a personal number, a case reference or words."""

    kind: QueryKind
    terms: tuple[str, ...] = ()
    personal_number: PersonalNumber | None = None
    reference: str = ""


def parse_search(text: str) -> SearchQuery:
    stripped = " ".join(text.split())
    if not stripped:
        return SearchQuery(QueryKind.EMPTY)
    if _NUMBERISH.match(stripped):
        try:
            number = PersonalNumber.parse(stripped.replace(" ", ""))
        except ValidationError:
            pass
        else:
            return SearchQuery(QueryKind.PERSONAL_NUMBER, personal_number=number)
    if _REFERENCE.match(stripped):
        return SearchQuery(QueryKind.REFERENCE, reference=stripped.upper())
    if _REFERENCE_PREFIX.match(stripped) and CaseKind.from_prefix(stripped[:2].upper()):
        return SearchQuery(QueryKind.REFERENCE_PREFIX, reference=stripped.upper())
    terms = []
    for word in stripped.split(" "):
        cleaned = "".join(ch for ch in word if ch.isalnum() or ch in "-'")
        cleaned = cleaned.strip("-'")[:MAX_TERM_LENGTH]
        if cleaned:
            terms.append(cleaned)
    if not terms:
        return SearchQuery(QueryKind.EMPTY)
    return SearchQuery(QueryKind.TEXT, terms=tuple(terms[:MAX_TERMS]))


def search_document(case: Case, persons: Iterable[Person], apartments: Iterable[Apartment]) -> str:
    """The text a case is found by: reference, party names, addresses that may be shown, notes.

    The real address of a person whose registration is protected is never indexed, so a search
    for it cannot confirm where the person lives; nor is the street of a flat in a case with such
    a person (it may be where they live now), nor then anyone's home address: the flat is
    found by its object number.
    """
    parts = [case.reference.formatted(), case.kind.label]
    persons = list(persons)
    hidden_home = hides_flat_address(persons)
    for person in persons:
        parts.append(f"{person.first_name} {person.last_name}")
        # In a case that hides its flat, nobody's home address is indexed: a co-resident's
        # is the hidden street.
        if person.real_address is not None and not hidden_home:
            parts.extend(person.real_address.lines())
        if person.delivery_address is not None:
            parts.extend(person.delivery_address.lines())
    for apartment in apartments:
        parts.append(apartment.object_number)
        if not hidden_home:
            parts.extend(apartment.address.lines())
    parts.append(case.notes)
    return "\n".join(p for p in parts if p)
