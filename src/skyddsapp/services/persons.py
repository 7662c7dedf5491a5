"""Use cases for persons: register, edit, look up, and reveal protected fields (logged)."""

from __future__ import annotations

from enum import Enum

from skyddsapp.domain.fields import reveal_reason
from skyddsapp.domain.person import Person
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.services.context import Session, reindex_cases
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import cases_repository, persons_repository
from skyddsapp.vault.audit import utc_now


class ProtectedField(Enum):
    """Fält som maskeras för personer med skyddade personuppgifter."""

    PERSONAL_NUMBER = "personal_number"
    REAL_ADDRESS = "real_address"
    DELIVERY_ADDRESS = "delivery_address"
    PHONE = "phone"


def create_person(session: Session, person: Person) -> Person:
    """Register a person; what is stored, and returned, is the validated, normalised copy."""
    session.require_write()
    person = person.validated(session.today())
    with session.vault.transaction() as audit:
        person.id = persons_repository.insert(session.conn, person, utc_now())
        audit.append(session.user_name, "person.create", "person", person.id)
    return person


def update_person(session: Session, person: Person) -> Person:
    session.require_write()
    person_id = person.id
    if person_id is None or persons_repository.get(session.conn, person_id) is None:
        raise NotFound("Personen", person_id)
    person = person.validated(session.today())
    with session.vault.transaction() as audit:
        persons_repository.update(session.conn, person, utc_now())
        audit.append(session.user_name, "person.update", "person", person_id)
        reindex_cases(session.conn, cases_repository.case_ids_of_persons(session.conn, [person_id]))
    return person


def get_person(session: Session, person_id: int) -> Person:
    """The person for display; the UI masks protected fields until `reveal` is called."""
    session.require_read()
    person = persons_repository.get(session.conn, person_id)
    if person is None:
        raise NotFound("Personen", person_id)
    return person


def reveal(session: Session, person_id: int, field: ProtectedField, reason: str) -> str:
    """Show one masked field; the look is written to the audit log with its reason."""
    session.require_read()
    reason = reveal_reason(reason)
    person = get_person(session, person_id)
    value = field_text(person, field)
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "person.reveal",
            "person",
            person_id,
            reason=reason,
            details=field.value,
        )
    return value


def field_text(person: Person, field: ProtectedField) -> str:
    """The text of one protected field, as `reveal` returns it and the UI shows it."""
    if field is ProtectedField.PERSONAL_NUMBER:
        return person.personal_number.formatted() if person.personal_number else ""
    if field is ProtectedField.PHONE:
        return person.phone or ""
    address = (
        person.real_address if field is ProtectedField.REAL_ADDRESS else person.delivery_address
    )
    return "\n".join(address.lines()) if address else ""


def find_by_personal_number(session: Session, number: PersonalNumber) -> list[Person]:
    session.require_read()
    ids = persons_repository.ids_by_personal_number(session.conn, number)
    return list(persons_repository.get_many(session.conn, ids).values())


def find_by_name_prefix(session: Session, prefix: str, *, limit: int = 50) -> list[Person]:
    session.require_read()
    ids = persons_repository.ids_by_name_prefix(session.conn, prefix, limit=limit)
    found = persons_repository.get_many(session.conn, ids)
    return [found[i] for i in ids if i in found]
