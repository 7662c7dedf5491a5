"""Persons as stored, unmasked: what a test compares the screen with, read past the services
(which hand protected values out only through `reveal`, with a logged reason)."""

from __future__ import annotations

from skyddsapp.domain.person import Person
from skyddsapp.services.context import Session
from skyddsapp.vault import persons_repository


def stored_person(session: Session, person_id: int) -> Person:
    person = persons_repository.get(session.conn, person_id)
    assert person is not None
    return person
