"""SQL for gallring: the rules per case kind, the closed cases past their time, and the purge
that deletes a case with everything that belongs only to it.

What a purge deletes, table by table (every table of the schema is named in PURGED or KEPT, and
tests/vault/test_retention_purge.py fails for a table that is in neither, so a new migration
has to decide):

- the case's own rows: its events, decisions, risk assessments, handlers, links to parties,
  flats and leases, documents and their scans, key events and lock changes, powers of
  attorney, old-flat outcomes, placement, referrals, trial period and joint assessments,
  tenant approvals, stays in transition flats, Bostad först exchanges and notes, its search
  document;
- persons who belong to no case that stays (a party, a principal or agent, a key holder) and
  are no tenant of a lease that stays, with their children;
- leases linked to a purged case and to no case that stays, unless a person who stays rents
  them;
- which person here a received hand-over person became (handover_persons), and the purged
  case's id in the packages sent and received (the package ids stay, so replays are refused);
- the record history (record_versions) of each deleted case, person and lease: the only
  deletion its trigger allows, while vault_state.purging is 1 inside the purge's transaction.

Flats, key sets, agreements, transition flats, the client survey (anonymous answers, linked to
no case), users, teams and the audit log stay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from skyddsapp.domain.case import EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.vault.database import Connection
from skyddsapp.vault.todo_repository import terminal_clause

# Tables whose rows a purge deletes (those of the purged cases, persons and leases only).
PURGED = frozenset(
    {
        "cases",
        "case_handlers",
        "case_parties",
        "case_apartments",
        "case_leases",
        "case_events",
        "case_decisions",
        "risk_assessments",
        "case_search",
        "documents",
        "document_scans",
        "powers_of_attorney",
        "key_events",
        "key_event_items",
        "lock_changes",
        "old_flat_outcomes",
        "placements",
        "county_referrals",
        "trial_periods",
        "joint_assessments",
        "tenant_approvals",
        "transition_flat_stays",
        "housing_first_exchanges",
        "housing_first_outside_uppsala",
        "persons",
        "person_children",
        "leases",
        "lease_tenants",
        "record_versions",
        "handover_persons",  # 018: which person here a received person became
    }
)
# Tables a purge leaves alone: the vault's own bookkeeping, staff, shared flats and agreements.
KEPT = frozenset(
    {
        "meta",
        "users",
        "teams",
        "audit_epochs",
        "audit_log",
        "audit_reviews",
        "vault_state",
        "vault_identity",
        "peer_vaults",
        "retention_rules",
        # 018: package ids stay (a replayed old package is still refused); the purged case's
        # id is cleared from them.
        "handover_packages",
        "backups",  # 019: when and by whom a backup was made (no case data)
        "apartments",
        "apartment_embargo_by_hand",
        "key_items",
        "agreements",
        "transition_flats",
        # 020: the client survey; its answers are anonymous and linked to no case or person.
        "survey_questions",
        "survey_periods",
        "survey_answers",
        "survey_answer_values",
    }
)


@dataclass(frozen=True, slots=True)
class ClosedCase:
    case_id: int
    reference: str
    kind: CaseKind
    closed_on: dt.date


@dataclass(frozen=True, slots=True)
class Purged:
    """How many rows of the main kinds went (for the result shown; never names)."""

    cases: int
    persons: int
    leases: int
    documents: int
    versions: int


def stored_rules(conn: Connection) -> dict[CaseKind, int]:
    """The years an administrator set, per kind (kinds without a row use the default)."""
    known = {kind.value: kind for kind in CaseKind}
    return {
        known[kind]: int(years)
        for kind, years in conn.execute("SELECT kind, years FROM retention_rules")
        if kind in known
    }


def save_rule(conn: Connection, kind: CaseKind, years: int, *, now: str, user_name: str) -> None:
    conn.execute(
        "INSERT INTO retention_rules (kind, years, updated_at, updated_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (kind) DO UPDATE SET years = excluded.years, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (kind.value, years, now, user_name),
    )


# The day a case was closed: its last workflow step (a terminal step has no step after it);
# for a closed case without one (never made by the app), its last event, then its opening day.
# One parameter: the kind of a workflow step's event (_CLOSED_ON_PARAMS).
_CLOSED_ON = (
    "coalesce("
    "(SELECT max(e.on_date) FROM case_events e WHERE e.case_id = c.id AND e.kind = ?),"
    " (SELECT max(e.on_date) FROM case_events e WHERE e.case_id = c.id), c.opened_on)"
)
_CLOSED_ON_PARAMS = [EventKind.TRANSITION.value]
CLOSED_ON = _CLOSED_ON
"""The SQL for the closing day of a case ``c`` (the client survey counts closed clients by it);
its parameters are CLOSED_ON_PARAMS."""
CLOSED_ON_PARAMS = _CLOSED_ON_PARAMS


def closed_before(
    conn: Connection,
    terminal: Iterable[tuple[CaseKind, str]],
    last_day: Mapping[CaseKind, dt.date],
    *,
    case_ids: Sequence[int] | None = None,
) -> list[ClosedCase]:
    """Cases in a terminal state of their kind, closed on or before their kind's `last_day`,
    by closing day and reference; `case_ids`: only these."""
    finished, params = terminal_clause(terminal)
    if not finished or not last_day:
        return []
    whens = " ".join("WHEN ? THEN ?" for _ in last_day)
    cutoff: list[object] = [
        x for kind, day in last_day.items() for x in (kind.value, day.isoformat())
    ]
    only, only_params = "", []
    if case_ids is not None:
        only, only_params = " AND c.id IN (SELECT value FROM json_each(?))", [_json(case_ids)]
    rows = conn.execute(
        f"SELECT id, reference, kind, closed_on FROM ("
        f"SELECT c.id, c.reference, c.kind, {_CLOSED_ON} AS closed_on FROM cases c "
        f"WHERE {finished}{only}) "
        f"WHERE closed_on <= (CASE kind {whens} END) ORDER BY closed_on, reference",
        [*_CLOSED_ON_PARAMS, *params, *only_params, *cutoff],
    )
    return [
        ClosedCase(int(case_id), reference, CaseKind(kind), dt.date.fromisoformat(closed_on))
        for case_id, reference, kind, closed_on in rows
    ]


def _json(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


@contextmanager
def foreign_keys_checked_once(conn: Connection) -> Iterator[None]:
    """Foreign keys off for the purge's transaction (opened inside this block), on again after.

    With them on, SQLite looks for the children of every deleted case and person in each table
    that points to it, and several such columns have no index (key_events.holder_id, say): a
    scan of the table per row deleted. `purge` deletes every child itself and then checks all
    keys in one pass (PRAGMA foreign_key_check) before the commit.
    """
    if conn.in_transaction:
        raise RuntimeError("foreign keys can only be switched outside a transaction")
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def purge(conn: Connection, case_ids: Sequence[int]) -> Purged:
    """Delete the cases and what belongs only to them; run inside the caller's transaction,
    within `foreign_keys_checked_once` (it works with foreign keys on as well, only slower).

    Sets vault_state.purging for the deletions of record history and clears it again, so the
    flag is never committed as set. Raises RuntimeError, for the transaction to roll back, if
    anything left behind points to a deleted row.
    """
    ids = _json(case_ids)
    run = conn.execute
    run("CREATE TEMP TABLE purge_cases (id INTEGER PRIMARY KEY)")
    run("CREATE TEMP TABLE purge_leases (id INTEGER PRIMARY KEY)")
    run("CREATE TEMP TABLE purge_persons (id INTEGER PRIMARY KEY)")
    try:
        run("INSERT INTO purge_cases SELECT value FROM json_each(?)", (ids,))
        _choose_leases_and_persons(conn)
        counts = Purged(
            cases=_count(conn, "purge_cases"),
            persons=_count(conn, "purge_persons"),
            leases=_count(conn, "purge_leases"),
            documents=int(
                run(
                    "SELECT count(*) FROM documents WHERE case_id IN (SELECT id FROM purge_cases)"
                ).fetchone()[0]
            ),
            versions=0,
        )
        versions = _delete_history(conn)
        _delete_case_rows(conn)
        _delete_leases_and_persons(conn)
        # FTS5 keeps a deleted document's tokens in its older segments until they are merged:
        # one merge of everything leaves only the tokens of the cases that stay.
        run("INSERT INTO case_search (case_search) VALUES ('optimize')")
        dangling = run("PRAGMA foreign_key_check").fetchall()
        if dangling:
            tables = sorted({str(row[0]) for row in dangling})
            raise RuntimeError(f"the purge would leave rows pointing to deleted ones: {tables}")
    finally:
        for table in ("purge_cases", "purge_leases", "purge_persons"):
            run(f"DROP TABLE IF EXISTS temp.{table}")
    return Purged(counts.cases, counts.persons, counts.leases, counts.documents, versions)


def _count(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM temp.{table}").fetchone()[0])


_KEPT_CASE = "case_id NOT IN (SELECT id FROM purge_cases)"


def _choose_leases_and_persons(conn: Connection) -> None:
    run = conn.execute
    # Leases of the purged cases that no case that stays links to.
    run(
        "INSERT OR IGNORE INTO purge_leases "
        "SELECT lease_id FROM case_leases WHERE case_id IN (SELECT id FROM purge_cases) "
        "UNION SELECT lease_id FROM trial_periods WHERE case_id IN (SELECT id FROM purge_cases) "
        "UNION SELECT first_hand_lease_id FROM trial_periods "
        "WHERE case_id IN (SELECT id FROM purge_cases) AND first_hand_lease_id IS NOT NULL"
    )
    run(
        f"DELETE FROM purge_leases WHERE id IN (SELECT lease_id FROM case_leases WHERE {_KEPT_CASE}"
        f" UNION SELECT lease_id FROM trial_periods WHERE {_KEPT_CASE}"
        f" UNION SELECT first_hand_lease_id FROM trial_periods WHERE {_KEPT_CASE})"
    )
    # Persons of the purged cases (and tenants of their leases) whom no case that stays names.
    run(
        "INSERT OR IGNORE INTO purge_persons "
        "SELECT person_id FROM case_parties WHERE case_id IN (SELECT id FROM purge_cases) "
        "UNION SELECT principal_id FROM powers_of_attorney "
        "WHERE case_id IN (SELECT id FROM purge_cases) "
        "UNION SELECT agent_id FROM powers_of_attorney "
        "WHERE case_id IN (SELECT id FROM purge_cases) "
        "UNION SELECT person_id FROM key_events "
        "WHERE case_id IN (SELECT id FROM purge_cases) AND person_id IS NOT NULL "
        "UNION SELECT holder_id FROM key_events "
        "WHERE case_id IN (SELECT id FROM purge_cases) AND holder_id IS NOT NULL "
        "UNION SELECT person_id FROM lease_tenants WHERE lease_id IN (SELECT id FROM purge_leases)"
    )
    run(
        f"DELETE FROM purge_persons WHERE id IN ("
        f"SELECT person_id FROM case_parties WHERE {_KEPT_CASE}"
        f" UNION SELECT principal_id FROM powers_of_attorney WHERE {_KEPT_CASE}"
        f" UNION SELECT agent_id FROM powers_of_attorney WHERE {_KEPT_CASE}"
        f" UNION SELECT person_id FROM key_events WHERE {_KEPT_CASE}"
        f" UNION SELECT holder_id FROM key_events WHERE {_KEPT_CASE})"
    )
    # A lease a person who stays rents stays too, and so does everyone else who rents it (and
    # their other leases, and so on).
    while (
        run(
            "DELETE FROM purge_leases WHERE id IN (SELECT lease_id FROM lease_tenants "
            "WHERE person_id NOT IN (SELECT id FROM purge_persons))"
        ).rowcount
        + run(
            "DELETE FROM purge_persons WHERE id IN (SELECT person_id FROM lease_tenants "
            "WHERE lease_id NOT IN (SELECT id FROM purge_leases))"
        ).rowcount
    ):
        pass


def _delete_history(conn: Connection) -> int:
    run = conn.execute
    run("UPDATE vault_state SET purging = 1 WHERE id = 1")
    deleted = 0
    for object_type, table in (
        ("case", "purge_cases"),
        ("person", "purge_persons"),
        ("lease", "purge_leases"),
    ):
        deleted += run(
            f"DELETE FROM record_versions WHERE object_type = ? "
            f"AND object_id IN (SELECT id FROM temp.{table})",
            (object_type,),
        ).rowcount
    run("UPDATE vault_state SET purging = 0 WHERE id = 1")
    return deleted


# Rows that hang on a purged case, children before the rows they point to.
_CASE_ROWS = (
    "DELETE FROM case_search WHERE rowid IN (SELECT id FROM purge_cases)",
    "DELETE FROM key_event_items WHERE event_id IN "
    "(SELECT id FROM key_events WHERE case_id IN (SELECT id FROM purge_cases))",
    "DELETE FROM key_events WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM lock_changes WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM powers_of_attorney WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM joint_assessments WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM tenant_approvals WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM transition_flat_stays WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM housing_first_exchanges WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM housing_first_outside_uppsala WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM old_flat_outcomes WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM placements WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM county_referrals WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM trial_periods WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM case_events WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM case_decisions WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM risk_assessments WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM case_handlers WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM case_parties WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM case_apartments WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM case_leases WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM document_scans WHERE document_id IN "
    "(SELECT id FROM documents WHERE case_id IN (SELECT id FROM purge_cases))",
    "DELETE FROM documents WHERE case_id IN (SELECT id FROM purge_cases)",
    "UPDATE handover_packages SET case_id = NULL WHERE case_id IN (SELECT id FROM purge_cases)",
    "DELETE FROM cases WHERE id IN (SELECT id FROM purge_cases)",
)


def _delete_case_rows(conn: Connection) -> None:
    for statement in _CASE_ROWS:
        conn.execute(statement)


def _delete_leases_and_persons(conn: Connection) -> None:
    run = conn.execute
    run("DELETE FROM lease_tenants WHERE lease_id IN (SELECT id FROM purge_leases)")
    run("DELETE FROM leases WHERE id IN (SELECT id FROM purge_leases)")
    run("DELETE FROM handover_persons WHERE person_id IN (SELECT id FROM purge_persons)")
    run("DELETE FROM person_children WHERE person_id IN (SELECT id FROM purge_persons)")
    run("DELETE FROM persons WHERE id IN (SELECT id FROM purge_persons)")


def compact(conn: Connection) -> None:
    """Leave no deleted byte in the files: the WAL copied into the database and cut to nothing,
    then the database rebuilt without free pages (VACUUM), and its WAL cut again.

    Outside any transaction; `PRAGMA secure_delete` already zeroed the deleted cells.
    """
    _checkpoint(conn)
    conn.execute("VACUUM")
    _checkpoint(conn)


def _checkpoint(conn: Connection) -> None:
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise RuntimeError("the WAL could not be checkpointed: another connection reads")
