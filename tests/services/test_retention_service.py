"""Gallring through the use cases: rules per kind, the list of due cases, and the purge with
its refusals (nothing changes) and its one non-personal audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
import sqlcipher3
from service_support import Factory, audit_entries, snapshot

from skyddsapp.domain.case import Case, Decision, DecisionKind, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.person import Person
from skyddsapp.domain.retention import PURGE_ACTION, RULE_ACTION
from skyddsapp.domain.users import Role
from skyddsapp.services import cases, history, persons, retention
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import retention_repository
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

TODAY = dt.date(2026, 3, 2)


@dataclass
class Clock:
    day: dt.date = TODAY

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def admin(fresh_vault: Vault, clock: Clock) -> Session:
    return Session(fresh_vault, clock)


def closed_case(
    session: Session,
    clock: Clock,
    closed_on: dt.date,
    *,
    kind: CaseKind = CaseKind.CUSTOMER_CARE,
    client: Person | None = None,
    notes: str = "",
) -> Case:
    """A case opened a month before `closed_on` and cancelled (a terminal step) on it."""
    clock.day = closed_on - dt.timedelta(days=30)
    made = Factory(session)
    case = made.case(kind, client=client or made.person("Gallra", "Testsson"), notes=notes)
    assert case.id is not None
    clock.day = closed_on
    closed = cases.take_step(session, case.id, "cancel", reason="Klienten har flyttat.")
    clock.day = TODAY
    return closed


def ids(found: list[retention.DueCase]) -> list[int]:
    return [case.case_id for case in found]


# --- rules ------------------------------------------------------------------------------------


def test_every_kind_has_the_default_of_five_years_until_changed(admin: Session) -> None:
    rules = retention.rules(admin)

    assert [rule.kind for rule in rules] == list(CaseKind)
    assert {rule.years for rule in rules} == {5}
    assert not any(rule.changed for rule in rules)


def test_a_changed_rule_is_stored_and_logged_without_personal_data(admin: Session) -> None:
    retention.set_rule(admin, CaseKind.PRIORITY, "10")

    rules = {rule.kind: rule for rule in retention.rules(admin)}
    assert rules[CaseKind.PRIORITY].years == 10
    assert rules[CaseKind.PRIORITY].changed
    assert rules[CaseKind.CUSTOMER_CARE].years == 5
    entry = audit_entries(admin.conn)[-1]
    assert (entry.action, entry.object_type, entry.object_id) == (
        RULE_ACTION,
        "case_kind",
        "priority",
    )
    assert entry.details == "5 -> 10 år"


@pytest.mark.parametrize("years", [0, 101, -3, "", "fem", "5.5", "٣"])
def test_years_out_of_range_are_refused_and_nothing_changes(
    session: Session, years: object
) -> None:
    before = snapshot(session.conn)
    rules = retention.rules(session)

    with pytest.raises(ValidationError, match="mellan 1 och 100"):
        retention.set_rule(session, CaseKind.PRIORITY, years)  # type: ignore[arg-type]

    assert snapshot(session.conn) == before
    assert retention.rules(session) == rules


def test_only_an_administrator_sees_or_changes_the_rules(
    admin: Session, login: Callable[[Vault, str, Role], Session]
) -> None:
    handler = login(admin.vault, "hanna", Role.HANDLER)

    for call in (
        lambda: retention.rules(handler),
        lambda: retention.set_rule(handler, CaseKind.PRIORITY, 7),
        lambda: retention.due_cases(handler),
        lambda: retention.purge(handler, []),
    ):
        with pytest.raises(NotAllowed):
            call()


# --- the list ---------------------------------------------------------------------------------


def test_a_case_is_due_from_january_first_after_the_kept_years(
    admin: Session, clock: Clock
) -> None:
    case = closed_case(admin, clock, dt.date(2020, 6, 10))
    assert case.id is not None

    clock.day = dt.date(2025, 12, 31)
    assert retention.due_cases(admin) == []
    clock.day = dt.date(2026, 1, 1)
    (due,) = retention.due_cases(admin)
    assert (due.case_id, due.reference, due.kind) == (case.id, str(case.reference), case.kind)
    assert due.closed_on == dt.date(2020, 6, 10)
    assert due.due_on == dt.date(2026, 1, 1)
    assert due.purge_by == dt.date(2026, 12, 31)
    assert not due.overdue(dt.date(2026, 12, 31))
    assert due.overdue(dt.date(2027, 1, 1))


def test_a_case_is_closed_on_its_last_step_not_on_a_later_note(
    admin: Session, clock: Clock
) -> None:
    """The closing day is read from the step's event kind (EventKind.TRANSITION), whatever
    that kind's stored value: a note after the closing does not move it."""
    case = closed_case(admin, clock, dt.date(2020, 6, 10))
    assert case.id is not None
    clock.day = dt.date(2021, 3, 1)
    cases.add_note(admin, case.id, "Efterhandsanteckning.")
    assert any(e.kind is EventKind.NOTE for e in cases.get_case(admin, case.id).events)

    clock.day = dt.date(2026, 1, 1)
    (due,) = retention.due_cases(admin)
    assert (due.case_id, due.closed_on) == (case.id, dt.date(2020, 6, 10))


def test_an_open_case_is_never_due(admin: Session, clock: Clock) -> None:
    clock.day = dt.date(2001, 2, 3)
    made = Factory(admin)
    made.case(client=made.person())
    clock.day = dt.date(2090, 1, 1)

    assert retention.due_cases(admin) == []


def test_the_rule_of_the_case_kind_decides(admin: Session, clock: Clock) -> None:
    care = closed_case(admin, clock, dt.date(2022, 3, 1))
    priority = closed_case(admin, clock, dt.date(2022, 3, 1), kind=CaseKind.PRIORITY)
    clock.day = dt.date(2025, 1, 1)
    assert retention.due_cases(admin) == []

    retention.set_rule(admin, CaseKind.PRIORITY, 2)

    assert ids(retention.due_cases(admin)) == [priority.id]
    assert care.id not in ids(retention.due_cases(admin))


def test_the_list_holds_no_names(admin: Session, clock: Clock) -> None:
    made = Factory(admin)
    closed_case(admin, clock, dt.date(2019, 1, 5), client=made.person("Zelmira", "Qvistrom"))

    (due,) = retention.due_cases(admin)

    assert "Zelmira" not in repr(due)
    assert "Qvistrom" not in repr(due)


# --- the purge --------------------------------------------------------------------------------


def test_purge_deletes_the_cases_and_their_only_persons_and_logs_counts(
    admin: Session, clock: Clock
) -> None:
    made = Factory(admin)
    shared = made.person("Delad", "Personsson")
    gone = closed_case(admin, clock, dt.date(2019, 5, 1), client=shared)
    also_gone = closed_case(admin, clock, dt.date(2019, 8, 1), kind=CaseKind.PRIORITY)
    kept = made.case(client=shared)  # open: stays, and keeps the shared person
    assert gone.id is not None
    assert also_gone.id is not None
    assert kept.id is not None
    only_person = also_gone.parties[0].person_id
    entries_before = len(audit_entries(admin.conn))

    result = retention.purge(admin, [gone.id, also_gone.id])

    assert result.cases == 2
    assert result.counts == {CaseKind.CUSTOMER_CARE: 1, CaseKind.PRIORITY: 1}
    assert result.persons == 1
    conn = admin.conn
    assert conn.execute("SELECT id FROM cases ORDER BY id").fetchall() == [(kept.id,)]
    assert (
        conn.execute("SELECT count(*) FROM persons WHERE id = ?", (only_person,)).fetchone()[0] == 0
    )
    assert persons.get_person(admin, shared.id).last_name == "Personsson"  # type: ignore[arg-type]
    assert retention.due_cases(admin) == []
    new = audit_entries(conn)[entries_before:]
    assert [entry.action for entry in new] == [PURGE_ACTION]
    assert new[0].details == "gallrade ärenden: 2 (customer_care=1, priority=1)"
    assert new[0].object_id == ""
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert admin.vault.verify_audit().ok


def test_purge_takes_the_record_history_of_what_it_deletes_only(
    admin: Session, clock: Clock
) -> None:
    made = Factory(admin)
    kept_person = made.person("Kvar", "Historiksson")
    gone = closed_case(admin, clock, dt.date(2018, 2, 2))
    assert gone.id is not None
    gone_person = gone.parties[0].person_id

    retention.purge(admin, [gone.id])

    count = "SELECT count(*) FROM record_versions WHERE object_type = ? AND object_id = ?"
    assert admin.conn.execute(count, ("case", gone.id)).fetchone()[0] == 0
    assert admin.conn.execute(count, ("person", gone_person)).fetchone()[0] == 0
    assert history.record_history(admin, history.RecordKind.PERSON, kept_person.id)  # type: ignore[arg-type]
    # The allowance ends with the purge: history is append-only again.
    assert admin.conn.execute("SELECT purging FROM vault_state").fetchone()[0] == 0
    with pytest.raises(Exception, match="append-only"):
        admin.conn.execute("DELETE FROM record_versions")


def test_a_case_not_due_is_refused_and_nothing_changes(admin: Session, clock: Clock) -> None:
    due = closed_case(admin, clock, dt.date(2019, 5, 1))
    recent = closed_case(admin, clock, dt.date(2024, 5, 1))
    made = Factory(admin)
    open_case = made.case(client=made.person())
    before = snapshot(admin.conn)

    for chosen in ([due.id, recent.id], [open_case.id], [424242], []):
        with pytest.raises(RuleViolation):
            retention.purge(admin, chosen)  # type: ignore[list-item]

    assert snapshot(admin.conn) == before
    assert admin.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_case_whose_rule_was_lengthened_meanwhile_is_refused(
    admin: Session, clock: Clock
) -> None:
    case = closed_case(admin, clock, dt.date(2019, 5, 1))
    reviewed = ids(retention.due_cases(admin))
    assert reviewed == [case.id]
    retention.set_rule(admin, CaseKind.CUSTOMER_CARE, 20)
    before = snapshot(admin.conn)

    with pytest.raises(RuleViolation, match="1 av de markerade ärendena"):
        retention.purge(admin, reviewed)

    assert snapshot(admin.conn) == before


def test_purge_takes_decisions_events_and_leases_of_the_case(admin: Session, clock: Clock) -> None:
    made = Factory(admin)
    client = made.person("Hyra", "Kontraktsson")
    assert client.id is not None
    lease = made.lease((client.id,))
    clock.day = dt.date(2018, 1, 10)
    case = made.case(client=client, leases=[lease])
    assert case.id is not None
    cases.add_decision(
        admin,
        case.id,
        Decision(clock.day, DecisionKind.SOCIAL_CONTRACT, "Beviljas.", "Nexus", True),
    )
    clock.day = dt.date(2018, 3, 1)
    cases.take_step(admin, case.id, "cancel", reason="Flyttat.")
    clock.day = TODAY

    retention.purge(admin, [case.id])

    conn = admin.conn
    for table in ("case_events", "case_decisions", "case_parties", "case_leases", "lease_tenants"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert conn.execute("SELECT count(*) FROM leases").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM apartments").fetchone()[0] == 1  # flats stay


def test_a_failed_rebuild_after_the_commit_is_told_as_such(
    admin: Session, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = closed_case(admin, clock, dt.date(2019, 5, 1))
    assert case.id is not None

    def disk_full(conn: object) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(retention_repository, "compact", disk_full)
    with pytest.raises(retention.PurgeUnfinished, match="gallrade ur valvet, men databasfilen"):
        retention.purge(admin, [case.id])

    assert admin.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0

    monkeypatch.undo()
    assert retention.finish_purge(admin) == 0  # no migration backups in a new vault
    wal = admin.vault.folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_case_opened_again_after_review_is_refused(admin: Session, clock: Clock) -> None:
    case = closed_case(admin, clock, dt.date(2019, 5, 1))
    reviewed = ids(retention.due_cases(admin))
    # As a restore of an earlier state from the record history would do.
    with admin.vault.transaction():
        admin.conn.execute("UPDATE cases SET state = 'received' WHERE id = ?", (case.id,))
    before = snapshot(admin.conn)

    with pytest.raises(RuleViolation, match="öppnats igen"):
        retention.purge(admin, reviewed)

    assert snapshot(admin.conn) == before


def test_purging_every_due_demo_case_leaves_a_whole_vault(fresh_vault: Vault) -> None:
    """The demo's closed cases have keys handed out under powers of attorney, placements,
    decisions and flats shared with open cases: all of theirs goes, nothing dangles."""
    import random

    from skyddsapp.services import demo

    opened = Session(fresh_vault, lambda: dt.date(2026, 11, 27))
    with fresh_vault.transaction():
        demo.fill(opened, 40, random.Random(7))
    later = Session(fresh_vault, lambda: dt.date(2033, 3, 1))
    chosen = ids(retention.due_cases(later))
    conn = fresh_vault.connection
    hanging = ("key_events", "powers_of_attorney", "placements", "case_parties")
    ids_json = str(chosen)
    count = "SELECT count(*) FROM {0} WHERE case_id IN (SELECT value FROM json_each(?))"
    before = {t: conn.execute(count.format(t), (ids_json,)).fetchone()[0] for t in hanging}
    assert all(before.values()), before
    orphans_before = _orphans(conn)

    retention.purge(later, chosen)

    after = {t: conn.execute(count.format(t), (ids_json,)).fetchone()[0] for t in hanging}
    assert set(after.values()) == {0}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert fresh_vault.examine() == []
    assert retention.due_cases(later) == []
    # Every person left still belongs to something that stayed: no new orphans.
    assert _orphans(conn) == orphans_before


def _orphans(conn: Connection) -> int:
    """Persons that belong to no case, lease, power of attorney or key event."""
    return int(
        conn.execute(
            "SELECT count(*) FROM persons p WHERE NOT EXISTS "
            "(SELECT 1 FROM case_parties WHERE person_id = p.id) AND NOT EXISTS "
            "(SELECT 1 FROM lease_tenants WHERE person_id = p.id) AND NOT EXISTS "
            "(SELECT 1 FROM powers_of_attorney WHERE p.id IN (principal_id, agent_id)) "
            "AND NOT EXISTS (SELECT 1 FROM key_events WHERE p.id IN (person_id, holder_id))"
        ).fetchone()[0]
    )


def test_purge_of_a_handed_over_case_keeps_its_package_id_but_not_the_case(
    admin: Session, clock: Clock
) -> None:
    """A case that came in a sealed package: its person mapping goes, the package id stays (so
    a replay of the old file is still refused) without pointing at the purged case."""
    gone = closed_case(admin, clock, dt.date(2019, 5, 1))
    assert gone.id is not None
    person_id = gone.parties[0].person_id
    conn = admin.conn
    with admin.vault.transaction():
        peer = conn.execute(
            "INSERT INTO peer_vaults (name, seal_key, verify_key, fingerprint, imported_at, "
            "imported_by) VALUES ('Nexus', ?, ?, '1', '2019-01-01', 'admin')",
            (bytes(32), bytes([1]) * 32),
        ).lastrowid
        conn.execute(
            "INSERT INTO handover_packages (package_id, direction, peer_id, case_id, created_at, "
            "expires_at, recorded_at, recorded_by) VALUES (?, 'received', ?, ?, 'a', 'b', 'c', "
            "'admin')",
            (bytes(16), peer, gone.id),
        )
        conn.execute(
            "INSERT INTO handover_persons (package_id, their_person_id, person_id) "
            "VALUES (?, 7, ?)",
            (bytes(16), person_id),
        )

    retention.purge(admin, [gone.id])

    assert conn.execute("SELECT package_id, case_id FROM handover_packages").fetchall() == [
        (bytes(16), None)
    ]
    assert conn.execute("SELECT count(*) FROM handover_persons").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
