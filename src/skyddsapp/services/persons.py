"""Use cases for persons: register, edit, look up, and reveal protected fields (logged).

Protected values leave here masked (`skyddsapp.domain.person.masked_person`): a person with
skyddade personuppgifter comes back without personal number, addresses and phone, and only
`reveal`/`reveal_person` give them, with a reason written to the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from skyddsapp.domain.fields import reveal_reason
from skyddsapp.domain.person import (
    Person,
    ProtectedField,
    field_text,
    masked_person,
    unmasked_fields,
    with_masked_values,
)
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.services import history
from skyddsapp.services.context import Session, reindex_cases
from skyddsapp.services.errors import NoAccess, NotFound
from skyddsapp.vault import cases_repository, persons_repository
from skyddsapp.vault.audit import utc_now

__all__ = [
    "ProtectedField",
    "create_person",
    "field_text",
    "find_by_name_prefix",
    "find_by_personal_number",
    "get_person",
    "reveal",
    "reveal_person",
    "update_person",
]


def create_person(session: Session, person: Person) -> Person:
    """Register a person; what is stored, and returned, is the validated, normalised copy of
    what the caller gave (nothing it did not already have)."""
    session.require_write()
    person = replace(person, masked=frozenset()).validated(session.today())
    with session.vault.transaction() as audit:
        person.id = persons_repository.insert(session.conn, person, utc_now())
        audit.append(session.user_name, "person.create", "person", person.id)
        history.note(session, person, "person.create")
    return person


def update_person(
    session: Session, person: Person, *, action: str = "person.update", details: str = ""
) -> Person:
    """Save an edited person. A field still masked in ``person`` keeps its stored value; the
    saved person is returned masked. (`action`, `details`: what the audit log and the history
    call the change; a restore from history gives its own.)"""
    session.require_write()
    person_id = person.id
    stored = persons_repository.get(session.conn, person_id) if person_id is not None else None
    if person_id is None or stored is None:
        raise NotFound("Personen", person_id)
    session.require_person(person_id)
    person = with_masked_values(person, stored).validated(session.today())
    with session.vault.transaction() as audit:
        persons_repository.update(session.conn, person, utc_now())
        audit.append(session.user_name, action, "person", person_id, details=details)
        history.note(session, person, action, before=stored)
        reindex_cases(session.conn, cases_repository.case_ids_of_persons(session.conn, [person_id]))
    return masked_person(person)


def get_person(session: Session, person_id: int) -> Person:
    """The person for display, protected fields masked (`Person.masked` names them)."""
    return masked_person(_stored(session, person_id))


def _stored(session: Session, person_id: int) -> Person:
    session.require_read()
    person = persons_repository.get(session.conn, person_id)
    if person is None:
        raise NotFound("Personen", person_id)
    session.require_person(person_id)
    return person


def reveal(session: Session, person_id: int, field: ProtectedField, reason: str) -> str:
    """Show one masked field; the look is written to the audit log with its reason."""
    return field_text(reveal_person(session, person_id, [field], reason), field)


def reveal_person(
    session: Session, person_id: int, fields: Iterable[ProtectedField], reason: str
) -> Person:
    """The person with ``fields`` unmasked (the others stay masked); one audit entry per field,
    each with the reason, written in one transaction."""
    session.require_read()
    reason = reveal_reason(reason)
    wanted = list(dict.fromkeys(fields))
    person = _stored(session, person_id)
    with session.vault.transaction() as audit:
        for field in wanted:
            audit.append(
                session.user_name,
                "person.reveal",
                "person",
                person_id,
                reason=reason,
                details=field.value,
            )
    return unmasked_fields(masked_person(person), person, wanted)


def find_by_personal_number(session: Session, number: PersonalNumber) -> list[Person]:
    """The registered persons with this number whom the user may see (through a case of
    theirs, or in no case yet)."""
    session.require_read()
    ids = _visible(session, persons_repository.ids_by_personal_number(session.conn, number))
    return [masked_person(p) for p in persons_repository.get_many(session.conn, ids).values()]


def find_by_name_prefix(session: Session, prefix: str, *, limit: int = 50) -> list[Person]:
    """Up to `limit` persons whose first or last name begins with `prefix`, of those the user
    may see."""
    session.require_read()
    ids = persons_repository.ids_by_name_prefix(session.conn, prefix, limit=limit * 4)
    ids = _visible(session, ids)[:limit]
    found = persons_repository.get_many(session.conn, ids)
    return [masked_person(found[i]) for i in ids if i in found]


def _visible(session: Session, person_ids: Iterable[int]) -> list[int]:
    shown = []
    for person_id in person_ids:
        try:
            session.require_person(person_id)
        except NoAccess:
            continue
        shown.append(person_id)
    return shown
