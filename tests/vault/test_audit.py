"""The audit log: an entry for every unlock, lock and change, written in the change's
transaction; append-only by trigger; and a chain whose first broken entry `verify` names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from vault_kit import (
    ADMIN,
    TODAY,
    Template,
    add_case,
    add_person,
    connect,
    no_sleep,
    session_of,
    unlock,
)

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.services import cases
from skyddsapp.vault import audit, database
from skyddsapp.vault.audit import AuditLog
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault


class Boom(Exception):
    pass


def _last(conn: Connection, n: int = 1) -> list[audit.AuditEntry]:
    return list(audit.entries(conn))[-n:]


def _count(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --- what is written --------------------------------------------------------------------------


def test_every_unlock_and_lock_writes_an_entry(vault_dir: Path, template: Template) -> None:
    vault = unlock(vault_dir)
    assert [(e.action, e.user_name) for e in _last(vault.connection)] == [("unlock", ADMIN)]
    vault.lock()
    vault = Vault.unlock_with_recovery_key(vault_dir, template.recovery_key, sleep=no_sleep)
    vault.lock()

    conn = connect(vault_dir, template.data_key)
    try:
        assert [e.action for e in _last(conn, 4)] == [
            "unlock",
            "lock",
            "unlock.recovery_key",
            "lock",
        ]
        assert all(e.object_id == template.vault_id for e in _last(conn, 4))
        assert audit.verify(conn, template.data_key).ok
    finally:
        conn.close()


def test_a_service_change_and_its_entry_commit_together(opened: Vault) -> None:
    session = session_of(opened)
    person = add_person(session)
    entry = _last(opened.connection)[0]
    assert (entry.action, entry.object_type, entry.object_id) == (
        "person.create",
        "person",
        str(person.id),
    )
    assert entry.user_name == ADMIN


def test_failure_after_the_change_stores_neither_change_nor_entry(
    opened: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of(opened)
    conn = opened.connection
    persons_before, entries_before = _count(conn, "persons"), _count(conn, "audit_log")
    real_append = AuditLog.append

    def append_then_fail(self: AuditLog, *args: object, **kwargs: object) -> int:
        real_append(self, *args, **kwargs)  # type: ignore[arg-type]
        raise Boom

    # The person is inserted and its entry appended, then the transaction fails.
    monkeypatch.setattr(AuditLog, "append", append_then_fail)
    with pytest.raises(Boom):
        add_person(session)
    monkeypatch.undo()

    assert _count(conn, "persons") == persons_before
    assert _count(conn, "audit_log") == entries_before
    assert not conn.in_transaction
    assert audit.verify(conn, opened.data_key).ok


def test_failure_late_in_a_case_change_rolls_back_the_change_and_entry(
    opened: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of(opened)
    person = add_person(session)
    assert person.id is not None
    case = add_case(session, person.id, notes="före")
    assert case.id is not None
    entries_before = _count(opened.connection, "audit_log")

    def fail(*args: object) -> None:
        raise Boom

    # update_case writes the row and the entry, then rebuilds the search index: fail there.
    monkeypatch.setattr(cases, "reindex_cases", fail)
    case.notes = "efter"
    with pytest.raises(Boom):
        cases.update_case(session, case)
    monkeypatch.undo()

    assert cases.get_case(session, case.id).notes == "före"
    assert _count(opened.connection, "audit_log") == entries_before


def test_failure_in_an_outer_batch_rolls_back_every_nested_use_case(opened: Vault) -> None:
    session = session_of(opened)
    conn = opened.connection
    persons_before, entries_before = _count(conn, "persons"), _count(conn, "audit_log")
    decision = Decision(TODAY, DecisionKind.NEED_CONFIRMATION, "Styrkt.", "Beslutsfattare", True)

    def batch() -> None:
        with opened.transaction():
            person = add_person(session)
            assert person.id is not None
            case = add_case(session, person.id)
            assert case.id is not None
            cases.add_decision(session, case.id, decision)
            assert _count(conn, "case_decisions") == 1
            raise Boom

    with pytest.raises(Boom):
        batch()
    assert _count(conn, "persons") == persons_before
    assert _count(conn, "cases") == _count(conn, "case_decisions") == 0
    assert _count(conn, "audit_log") == entries_before


def test_append_outside_a_transaction_is_refused(opened: Vault) -> None:
    log = AuditLog(opened.connection, opened.data_key)
    with pytest.raises(RuntimeError, match="inside the change's transaction"):
        log.append(ADMIN, "person.reveal", "person", 1)


# --- append-only ------------------------------------------------------------------------------


@pytest.fixture
def conn(vault_dir: Path, template: Template) -> Iterator[Connection]:
    """The copy opened with its data key, with some entries from a working session."""
    vault = unlock(vault_dir)
    session = session_of(vault)
    for name in ("Ett", "Två", "Tre"):
        add_person(session, name, "Testsson")
    vault.lock()
    connection = connect(vault_dir, template.data_key)
    assert _count(connection, "audit_log") >= 10
    yield connection
    connection.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET details = 'ändrad' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 2",
        "DELETE FROM audit_log",
        "UPDATE audit_epochs SET mac_key = zeroblob(32)",
        "DELETE FROM audit_epochs",
    ],
)
def test_update_and_delete_are_refused_by_triggers(conn: Connection, sql: str) -> None:
    before = [tuple(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY id")]
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute(sql)
    assert [tuple(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY id")] == before


# --- an attacker with the key who drops the triggers ------------------------------------------


def _drop_triggers(conn: Connection) -> None:
    for (name,) in list(conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")):
        conn.execute(f"DROP TRIGGER {name}")


def _row(conn: Connection, entry_id: int) -> tuple[object, ...]:
    return tuple(conn.execute("SELECT * FROM audit_log WHERE id = ?", (entry_id,)).fetchone())


def test_intact_chain_verifies(conn: Connection, template: Template) -> None:
    result = audit.verify(conn, template.data_key)
    assert result.ok
    assert result.checked == _count(conn, "audit_log")


def test_changed_text_is_named(conn: Connection, template: Template) -> None:
    _drop_triggers(conn)
    conn.execute("UPDATE audit_log SET user_name = 'någon.annan' WHERE id = 5")
    result = audit.verify(conn, template.data_key)
    assert (result.broken_id, result.checked) == (5, 4)
    assert "ändrats" in result.problem


def test_changed_reason_of_last_entry_is_named(conn: Connection, template: Template) -> None:
    _drop_triggers(conn)
    last = _count(conn, "audit_log")
    conn.execute("UPDATE audit_log SET reason = 'efterhandskonstruktion' WHERE id = ?", (last,))
    assert audit.verify(conn, template.data_key).broken_id == last


def test_deleted_entry_is_named(conn: Connection, template: Template) -> None:
    _drop_triggers(conn)
    conn.execute("DELETE FROM audit_log WHERE id = 4")
    result = audit.verify(conn, template.data_key)
    assert result.broken_id == 5
    assert "post 4 saknas" in result.problem


def test_deleted_entry_with_ids_closed_up_is_named(conn: Connection, template: Template) -> None:
    _drop_triggers(conn)
    conn.execute("DELETE FROM audit_log WHERE id = 4")
    conn.execute("UPDATE audit_log SET id = id - 1 WHERE id > 4")
    assert audit.verify(conn, template.data_key).broken_id == 4


def test_swapped_contents_are_named(conn: Connection, template: Template) -> None:
    _drop_triggers(conn)
    columns = "at, user_name, action, object_type, object_id, reason, details, epoch, prev_mac, mac"
    three, four = _row(conn, 3)[1:], _row(conn, 4)[1:]
    setter = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
    conn.execute(f"UPDATE audit_log SET {setter} WHERE id = 3", four)
    conn.execute(f"UPDATE audit_log SET {setter} WHERE id = 4", three)
    assert audit.verify(conn, template.data_key).broken_id == 3


def test_reordered_ids_are_named(conn: Connection, template: Template) -> None:
    _drop_triggers(conn)
    conn.execute("UPDATE audit_log SET id = -6 WHERE id = 6")
    conn.execute("UPDATE audit_log SET id = 6 WHERE id = 7")
    conn.execute("UPDATE audit_log SET id = 7 WHERE id = -6")
    assert audit.verify(conn, template.data_key).broken_id == 6


def test_forged_entry_with_a_made_up_mac_is_named(conn: Connection, template: Template) -> None:
    last = _count(conn, "audit_log")
    mac = conn.execute("SELECT mac FROM audit_log WHERE id = ?", (last,)).fetchone()[0]
    conn.execute(
        "INSERT INTO audit_log (id, at, user_name, action, epoch, prev_mac, mac) "
        "VALUES (?, '2026-03-02T00:00:00+00:00', 'admin', 'person.reveal', 1, ?, zeroblob(32))",
        (last + 1, mac),
    )
    assert audit.verify(conn, template.data_key).broken_id == last + 1


def test_replaced_epoch_key_is_named(conn: Connection, template: Template) -> None:
    _drop_triggers(conn)
    conn.execute("UPDATE audit_epochs SET mac_key = zeroblob(32)")
    result = audit.verify(conn, template.data_key)
    assert not result.ok
    assert result.broken_id == 0


def test_verify_through_the_service_is_logged(opened: Vault) -> None:
    from skyddsapp.services import audit as audit_service

    assert audit_service.verify(opened).ok
    entry = _last(opened.connection)[0]
    assert (entry.action, entry.details) == ("audit.verify", "ok")
    assert database.integrity_problems(opened.connection) == []
