"""Instruktion för post via Skatteverket: to whom the staff sends mail.

The recipient is the client or another party with protected personal data; the address itself
always comes from the printable-address rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, RuleViolation, raise_if_errors
from skyddsapp.domain.paperwork.schema import Choice, FieldKind, OptionField, chosen_id
from skyddsapp.domain.person import Person
from skyddsapp.domain.printable_address import printable_address


@dataclass(frozen=True, slots=True)
class MailRecipient:
    person_id: int | None
    """None only when the case has no one to choose (the form then says what is missing)."""


def candidates(file: CaseFile) -> list[Person]:
    """The client first, then every other party with protected personal data (each once)."""
    client = file.client()
    ids = dict.fromkeys(party.person_id for party in file.case.parties)
    persons = [file.persons[i] for i in ids if i in file.persons]
    chosen = [client] if client is not None else []
    chosen += [p for p in persons if p is not client and p.protection.is_protected]
    return [p for p in chosen if p.id is not None]


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    people = candidates(file)
    return (
        OptionField(
            "person",
            "Mottagare",
            FieldKind.PERSON,
            default=str(people[0].id) if people else None,
            choices=tuple(Choice(str(p.id), p.full_name) for p in people),
            help="Klienten eller en annan part i ärendet med skyddade personuppgifter.",
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> MailRecipient:
    errors: list[FieldError] = []
    allowed = {p.id for p in candidates(file)}
    person_id = chosen_id(values, "person")
    if person_id is None:
        if allowed:
            errors.append(FieldError("person", "Välj mottagare."))
    elif person_id not in allowed:
        errors.append(
            FieldError(
                "person",
                "Mottagaren måste vara klienten eller en part i ärendet med skyddade "
                "personuppgifter.",
            )
        )
    raise_if_errors(errors)
    return MailRecipient(person_id)


def missing_address(person: Person, whose: str) -> str | None:
    """What a form misses before it may print an address for ``person`` (None: nothing).

    ``whose`` is the genitive that starts the phrase, e.g. "klientens".
    """
    try:
        printable_address(person)
    except RuleViolation:
        if person.protection.hides_real_address:
            return f"{whose} personnummer eller kontaktadress"
        return f"{whose} adress"
    return None
