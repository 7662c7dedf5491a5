"""Gallring (administrators): the retention rule of each case kind, the list of closed cases past
their time, and the purge that deletes them from the vault's files for good.

The list shows references, kinds and dates only, never a name: reading it is no look at
protected data and is not logged. The purge is one transaction with one audit entry that counts
the cases per kind and names none; then the database is rebuilt (WAL checkpoint, VACUUM) so no
deleted byte stays in a free page or in the WAL, and the migration backups in the vault's
`backups/` folder, which still hold the purged cases, are removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.retention import (
    PURGE_ACTION,
    RULE_ACTION,
    DueCase,
    RetentionRule,
    check_selection,
    counts_by_kind,
    last_closing_day,
    purge_details,
    rules_with_defaults,
    validate_years,
)
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed, ServiceError
from skyddsapp.vault import database, retention_repository
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import VaultError
from skyddsapp.vault.files import fsync_dir
from skyddsapp.vault.vault import BACKUP_DIRNAME, Vault

__all__ = [
    "DueCase",
    "PurgeResult",
    "PurgeUnfinished",
    "RetentionRule",
    "due_cases",
    "finish_purge",
    "purge",
    "rules",
    "set_rule",
]


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a purge removed, to be named to the administrator (counts only)."""

    counts: dict[CaseKind, int]
    persons: int
    documents: int
    versions: int
    backups_removed: int

    @property
    def cases(self) -> int:
        return sum(self.counts.values())


class PurgeUnfinished(ServiceError):
    """The cases are deleted and the deletion committed, but a step after it failed (the file
    could not be rebuilt, a migration backup could not be removed): told as such, so that the
    administrator neither thinks nothing happened nor that every trace is gone."""

    def __init__(self, what: str) -> None:
        super().__init__(
            Text(
                "Ärendena är gallrade ur valvet, men {0} Välj Slutför gallringen när felet är "
                "åtgärdat.",
                what,
            )
        )


def _require_admin(session: Session, what: str) -> Vault:
    vault = session.vault
    if vault.user.role is not Role.ADMIN:
        raise NotAllowed(what)
    return vault


def rules(session: Session) -> list[RetentionRule]:
    """One rule per case kind, in the kinds' order (the default where none was set)."""
    vault = _require_admin(session, "se gallringsreglerna")
    return rules_with_defaults(retention_repository.stored_rules(vault.connection))


def set_rule(session: Session, kind: CaseKind, years: int | str) -> RetentionRule:
    """Keep cases of `kind` for `years` (1–100) years after their closing year; logged."""
    vault = _require_admin(session, "ändra gallringsreglerna")
    checked = validate_years(years)
    conn = vault.connection
    before = next(rule for rule in rules(session) if rule.kind is kind)
    with vault.transaction() as audit:
        retention_repository.save_rule(
            conn, kind, checked, now=utc_now(), user_name=vault.user.name
        )
        audit.append(
            vault.user.name,
            RULE_ACTION,
            "case_kind",
            kind.value,
            details=f"{before.years} -> {checked} år",
        )
    return RetentionRule(kind, checked, True)


def due_cases(session: Session) -> list[DueCase]:
    """Every closed case whose retention time has run out, by closing day and reference."""
    vault = _require_admin(session, "se ärenden som ska gallras")
    return _due(vault.connection, session.today())


def _due(conn: Connection, today: dt.date, case_ids: Sequence[int] | None = None) -> list[DueCase]:
    years = {
        rule.kind: rule.years
        for rule in rules_with_defaults(retention_repository.stored_rules(conn))
    }
    terminal = [
        (kind, step.id) for kind in CaseKind for step in workflow_for(kind).steps if step.terminal
    ]
    found = retention_repository.closed_before(
        conn,
        terminal,
        {kind: last_closing_day(today, n) for kind, n in years.items()},
        case_ids=case_ids,
    )
    return [DueCase(c.case_id, c.reference, c.kind, c.closed_on, years[c.kind]) for c in found]


def purge(session: Session, case_ids: Iterable[int]) -> PurgeResult:
    """Delete the reviewed cases (`case_ids`, each still due now) and everything that belongs
    only to them, in one transaction with one audit entry; then rebuild the file and remove the
    migration backups. Refused, with nothing changed, if any one of them is no longer due.
    """
    vault = _require_admin(session, "gallra ärenden")
    requested = list(case_ids)
    conn = vault.connection
    with retention_repository.foreign_keys_checked_once(conn), vault.transaction() as audit:
        due = {case.case_id: case for case in _due(conn, session.today(), requested)}
        chosen = check_selection(requested, due)
        purged = retention_repository.purge(conn, chosen)
        counts = counts_by_kind(due[case_id] for case_id in chosen)
        audit.append(vault.user.name, PURGE_ACTION, "retention", details=purge_details(counts))
    backups = finish_purge(session)
    return PurgeResult(counts, purged.persons, purged.documents, purged.versions, backups)


def finish_purge(session: Session) -> int:
    """Leave no purged byte behind: rebuild the database file and its WAL, and remove the
    migration backups; how many backups went. Part of every purge, and asked for again after
    one that reported PurgeUnfinished (a full disk, say, once space is freed). Writes no data.
    """
    vault = _require_admin(session, "gallra ärenden")
    first: PurgeUnfinished | None = None
    try:
        with database.errors_named(Vault.database_path(vault.folder)):
            retention_repository.compact(vault.connection)
    except Exception as exc:
        first = PurgeUnfinished(Text("databasfilen kunde inte byggas om ({0}).", _reason(exc)))
        first.__cause__ = exc
    try:
        backups = _remove_migration_backups(vault.folder / BACKUP_DIRNAME)
    except PurgeUnfinished as exc:
        raise first or exc from None
    if first is not None:
        raise first
    return backups


def _remove_migration_backups(folder: Path) -> int:
    """Remove the copies made before each schema migration: they hold every purged case."""
    if not folder.is_dir():
        return 0
    removed = 0
    try:
        for path in sorted(folder.iterdir()):
            if path.is_file() and ".db" in path.name:
                path.unlink()
                removed += 1
        fsync_dir(folder)
    except OSError as exc:
        raise PurgeUnfinished(
            Text(
                "säkerhetskopiorna från schemauppdateringar i {0} kunde inte tas bort ({1}).",
                folder,
                exc.strerror or type(exc).__name__,
            )
        ) from exc
    return removed


def _reason(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, ServiceError | VaultError) else type(exc).__name__
