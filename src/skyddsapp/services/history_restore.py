"""Restoring an earlier value from a record's history: saved through the record's own use case
(validated like any edit), so it lives above `cases`, `persons` and `housing`, which all record
history through `services.history`."""

from __future__ import annotations

from collections.abc import Callable

from skyddsapp.domain import history as rule
from skyddsapp.domain.history import Record, RecordKind
from skyddsapp.domain.text import Text
from skyddsapp.services import cases, history, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import history_repository

__all__ = ["restore"]


def restore(session: Session, kind: RecordKind, object_id: int, number: int, key: str) -> Record:
    """Set field `key` back to its value in version `number`, saved through the record's own
    use case (validated like any edit) and logged as `<kind>.restore`."""
    session.require_write()
    stored = history.stored_record(session, kind, object_id)
    versions = history_repository.versions(session.conn, kind, object_id)
    chosen = next((v for v in versions if v.number == number), None)
    if chosen is None:
        raise NotFound(Text("Version {0} av", number), object_id)
    updates: dict[RecordKind, Callable[..., Record]] = {
        RecordKind.CASE: cases.update_case,
        RecordKind.PERSON: persons.update_person,
        RecordKind.APARTMENT: housing.update_apartment,
        RecordKind.LEASE: housing.update_lease,
    }
    update = updates[kind]
    changed = rule.restored(stored, chosen, key)
    return update(
        session, changed, action=f"{kind.value}.restore", details=f"{key} från version {number}"
    )
