"""Record history: each change to a case, person, flat or lease kept as a version; read,
compared, and an earlier value restored (as a new, logged change).

Protected values stay masked in what leaves here: a person with skyddade personuppgifter (in
any version) has their personal number, addresses and phone hidden, and a flat whose case hides
its address has its street hidden, until `reveal_history` is asked with a reason (logged).
"""

from __future__ import annotations

from collections.abc import Callable

from skyddsapp.domain import history as rule
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.fields import reveal_reason
from skyddsapp.domain.history import FIRST_ACTION, Record, RecordKind, Version
from skyddsapp.domain.person import Person, ProtectionLevel
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.services.hidden_streets import street_hidden
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    history_repository,
    leases_repository,
    persons_repository,
)
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.database import Connection

__all__ = ["RecordKind", "Version", "note", "record_history", "reveal_history", "stored_record"]


def note(session: Session, record: Record, action: str, *, before: Record | None = None) -> None:
    """Keep `record` (as stored, never a masked copy) as its next version, inside the caller's
    transaction. A record changed for the first time since history began gets `before` (as it
    was stored) first, so that its first change has a before as well."""
    kind = rule.kind_of(record)
    assert record.id is not None
    conn = session.conn
    at = utc_now()
    kept = [(action, record)]
    if before is not None and history_repository.count(conn, kind, record.id) == 0:
        kept.insert(0, (FIRST_ACTION, before))
    for what, state in kept:
        history_repository.append(
            conn,
            kind,
            record.id,
            at=at,
            user_name=session.user_name,
            action=what,
            values=rule.snapshot(state),
        )


_READ: dict[RecordKind, Callable[[Connection, int], Record | None]] = {
    RecordKind.CASE: cases_repository.get,
    RecordKind.PERSON: persons_repository.get,
    RecordKind.APARTMENT: apartments_repository.get,
    RecordKind.LEASE: leases_repository.get,
}


def stored_record(session: Session, kind: RecordKind, object_id: int) -> Record:
    """The record as stored, once the user may see it (through its cases)."""
    if kind is RecordKind.CASE:
        session.require_case(object_id)
    stored = _READ[kind](session.conn, object_id)
    if stored is None:
        raise NotFound(kind.label, object_id)
    if kind is not RecordKind.CASE:
        {
            RecordKind.PERSON: session.require_person,
            RecordKind.APARTMENT: session.require_apartment,
            RecordKind.LEASE: session.require_lease,
        }[kind](object_id)
    return stored


def _hides(session: Session, stored: Record, versions: list[Version]) -> bool:
    """Whether the record's protected fields are masked in its history."""
    if isinstance(stored, Person):
        levels = {ProtectionLevel(v.values["protection"]) for v in versions} | {stored.protection}
        return any(level.is_protected for level in levels)
    if isinstance(stored, Apartment):
        assert stored.id is not None
        return street_hidden(session.conn, stored.id)
    return False


def record_history(session: Session, kind: RecordKind, object_id: int) -> list[Version]:
    """Every kept version of the record, oldest first, protected values masked (not logged:
    nothing protected leaves here)."""
    session.require_read()
    stored = stored_record(session, kind, object_id)
    versions = history_repository.versions(session.conn, kind, object_id)
    return rule.masked_versions(versions, kind, _hides(session, stored, versions))


def reveal_history(
    session: Session, kind: RecordKind, object_id: int, reason: str
) -> list[Version]:
    """Every version with its protected values shown; the look is logged with its reason
    (`<kind>.history_reveal`). A record with nothing protected needs no reveal: it is returned
    as `record_history` gives it, and nothing is written."""
    session.require_read()
    reason = reveal_reason(reason)
    stored = stored_record(session, kind, object_id)
    versions = history_repository.versions(session.conn, kind, object_id)
    if not _hides(session, stored, versions):
        return versions
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            f"{kind.value}.history_reveal",
            kind.value,
            object_id,
            reason=reason,
            details=f"{len(versions)} versioner",
        )
    return versions
