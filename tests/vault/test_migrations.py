"""Schema migrations: a backup before any change, all-or-nothing per migration, too-new refused,
and a real schema-v1 vault (fixtures/v1) that the current code must open."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from vault_kit import (
    TODAY,
    Template,
    add_person,
    connect,
    no_sleep,
    session_of,
    tree_hashes,
    unlock,
)

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.person import CaseRole, ProtectionLevel
from skyddsapp.services import cases, documents, housing
from skyddsapp.services.search import search_cases
from skyddsapp.vault import audit, database, persons_repository, users_repository
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import MigrationFailed, SchemaTooNew, VaultError
from skyddsapp.vault.migrations import Migration, bundled_migrations, migrate, schema_version
from skyddsapp.vault.vault import BACKUP_DIRNAME, Vault

LATEST = bundled_migrations()[-1].number
NOW = dt.datetime(2026, 3, 2, 9, 30, 0)
FIXTURE_V1 = Path(__file__).with_name("fixtures") / "v1"


def _tables(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture
def with_data(vault_dir: Path, template: Template) -> Iterator[tuple[Path, Connection]]:
    """A copy holding a person, opened straight with the data key."""
    vault = unlock(vault_dir)
    add_person(session_of(vault), "Före", "Migreringsson")
    vault.lock()
    conn = connect(vault_dir, template.data_key)
    yield vault_dir, conn
    conn.close()


def test_new_vault_is_at_the_latest_schema(template: Template) -> None:
    conn = connect(template.folder, template.data_key)
    try:
        assert schema_version(conn) == LATEST
        assert migrate(conn, data_key=template.data_key, backup_dir=template.folder / "x") == []
    finally:
        conn.close()
    assert not (template.folder / BACKUP_DIRNAME).exists()
    assert not (template.folder / "x").exists()


def test_migration_is_preceded_by_a_backup_that_opens_with_the_key(
    with_data: tuple[Path, Connection], template: Template
) -> None:
    folder, conn = with_data
    extra = Migration(
        LATEST + 1,
        f"{LATEST + 1:03d}_extra",
        "CREATE TABLE extra (x TEXT); INSERT INTO extra VALUES ('ny');"
        "UPDATE persons SET notes = 'migrerad';",
    )
    applied = migrate(
        conn,
        data_key=template.data_key,
        backup_dir=folder / BACKUP_DIRNAME,
        migrations=[*bundled_migrations(), extra],
        now=NOW,
    )

    assert applied == [LATEST + 1]
    assert schema_version(conn) == LATEST + 1
    assert conn.execute("SELECT x FROM extra").fetchall() == [("ny",)]
    backups = sorted((folder / BACKUP_DIRNAME).iterdir())
    assert [b.name for b in backups] == [f"before-{LATEST + 1:03d}-20260302T093000.db"]
    # The backup is the state from before the change, still encrypted under the same key.
    backup = database.connect(backups[0], template.data_key)
    try:
        assert schema_version(backup) == LATEST
        assert "extra" not in _tables(backup)
        assert backup.execute("SELECT first_name, notes FROM persons").fetchall() == [("Före", "")]
        assert audit.verify(backup, template.data_key).ok
    finally:
        backup.close()
    assert b"Migreringsson" not in backups[0].read_bytes()


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE extra (x TEXT); UPDATE persons SET notes = 'halvvägs'; "
        "INSERT INTO finns_inte VALUES (1);",
        "CREATE TABLE extra (x TEXT; -- syntaxfel",
        "DROP TABLE persons; SELECT RAISE(ABORT, 'avbruten');",
    ],
    ids=["fails-half-way", "syntax-error", "destructive-then-fails"],
)
def test_failing_migration_changes_nothing_and_names_the_backup(
    with_data: tuple[Path, Connection], template: Template, sql: str
) -> None:
    folder, conn = with_data
    persons_before = conn.execute("SELECT * FROM persons").fetchall()
    tables_before = _tables(conn)
    bad = Migration(LATEST + 1, f"{LATEST + 1:03d}_bad", sql)

    with pytest.raises(MigrationFailed) as caught:
        migrate(
            conn,
            data_key=template.data_key,
            backup_dir=folder / BACKUP_DIRNAME,
            migrations=[*bundled_migrations(), bad],
            now=NOW,
        )

    backup = folder / BACKUP_DIRNAME / f"before-{LATEST + 1:03d}-20260302T093000.db"
    assert str(backup) in str(caught.value)
    assert f"Uppgraderingen {LATEST + 1:03d} misslyckades" in str(caught.value)
    assert not conn.in_transaction
    assert schema_version(conn) == LATEST
    assert _tables(conn) == tables_before
    assert conn.execute("SELECT * FROM persons").fetchall() == persons_before
    assert audit.verify(conn, template.data_key).ok
    database.connect(backup, template.data_key).close()


def test_a_retry_in_the_same_second_gets_its_own_backup(
    with_data: tuple[Path, Connection], template: Template
) -> None:
    folder, conn = with_data
    number = LATEST + 1
    bad = Migration(number, f"{number:03d}_bad", "INSERT INTO finns_inte VALUES (1);")
    good = Migration(number, f"{number:03d}_good", "CREATE TABLE extra (x TEXT);")
    for migration in (bad, bad):
        with pytest.raises(MigrationFailed):
            migrate(
                conn,
                data_key=template.data_key,
                backup_dir=folder / BACKUP_DIRNAME,
                migrations=[*bundled_migrations(), migration],
                now=NOW,
            )
    assert migrate(
        conn,
        data_key=template.data_key,
        backup_dir=folder / BACKUP_DIRNAME,
        migrations=[*bundled_migrations(), good],
        now=NOW,
    ) == [number]
    names = sorted(p.name for p in (folder / BACKUP_DIRNAME).iterdir())
    stem = f"before-{number:03d}-20260302T093000"
    assert names == [f"{stem}-2.db", f"{stem}-3.db", f"{stem}.db"]


def test_later_migrations_stop_at_the_first_failure(
    with_data: tuple[Path, Connection], template: Template
) -> None:
    folder, conn = with_data
    first = Migration(LATEST + 1, "x_first", "CREATE TABLE first_extra (x);")
    second = Migration(LATEST + 2, "x_second", "CREATE TABLE first_extra (x);")  # exists
    with pytest.raises(MigrationFailed, match=f"{LATEST + 2:03d}"):
        migrate(
            conn,
            data_key=template.data_key,
            backup_dir=folder / BACKUP_DIRNAME,
            migrations=[*bundled_migrations(), first, second],
            now=NOW,
        )
    # Each migration is its own transaction: the first is kept, the schema is consistent.
    assert schema_version(conn) == LATEST + 1
    assert "first_extra" in _tables(conn)
    # One backup, from before the first of them.
    assert [p.name for p in (folder / BACKUP_DIRNAME).iterdir()] == [
        f"before-{LATEST + 1:03d}-20260302T093000.db"
    ]


def test_vault_from_a_newer_program_is_refused_untouched(
    vault_dir: Path, template: Template
) -> None:
    conn = connect(vault_dir, template.data_key)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    before = tree_hashes(vault_dir)

    with pytest.raises(SchemaTooNew) as caught:
        unlock(vault_dir)
    assert f"schemaversion {LATEST + 5}" in str(caught.value)
    assert "Uppdatera skyddsapp" in str(caught.value)
    assert tree_hashes(vault_dir) == before

    conn = connect(vault_dir, template.data_key)
    try:
        with pytest.raises(SchemaTooNew):
            migrate(conn, data_key=template.data_key, backup_dir=vault_dir / BACKUP_DIRNAME)
    finally:
        conn.close()
    assert not (vault_dir / BACKUP_DIRNAME).exists()


# --- the committed schema-v1 vault --------------------------------------------------------------


def test_schema_v1_fixture_opens_with_the_current_code(tmp_path: Path) -> None:
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE_V1, folder)
    # Real Argon2id: the slots were made by the program that wrote schema 1.
    vault = Vault.unlock(folder, "admin", "v1-fixturvalv bara påhittat", sleep=no_sleep)
    try:
        session = session_of(vault)
        conn = vault.connection
        assert schema_version(conn) == LATEST
        if LATEST > 1:
            # An upgrade from v1 leaves a backup of the v1 file.
            assert list((folder / BACKUP_DIRNAME).glob("before-002-*.db"))
            indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            assert {"cases_kind_sort", "cases_state_sort"} <= indexes
        assert LATEST >= 3
        # 003: the document register, empty in a vault from before it existed.
        assert {"documents", "document_scans"} <= _tables(conn)
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (0,)
        assert database.integrity_problems(conn) == []
        result = audit.verify(conn, vault.data_key)
        assert result.ok, result.problem

        assert [u.name for u in users_repository.all(conn)] == ["admin", "hugo.h"]
        rows = search_cases(session, limit=10).rows
        assert [r.reference for r in rows] == ["KV-2026-0001"]
        # The search index of v1 still answers, by personal number and by name.
        assert [r.id for r in search_cases(session, "19811218-9876").rows] == [rows[0].id]
        assert [r.id for r in search_cases(session, "Versionsdotter").rows] == [rows[0].id]
        case = cases.get_case(session, rows[0].id)
        assert case.kind is CaseKind.CUSTOMER_CARE
        assert case.handlers == ("hugo.h",)
        assert case.notes == "Fixturärende för schema 1."
        assert [d.text for d in case.decisions] == ["Behov styrkt."]
        client_id = next(p.person_id for p in case.parties if p.role is CaseRole.CLIENT)
        # The stored person (services hand out a protected person masked).
        client = persons_repository.get(conn, client_id)
        assert client is not None
        assert client.full_name == "Fixtura Versionsdotter"
        assert client.protection is ProtectionLevel.PROTECTED_REGISTRATION
        assert client.personal_number is not None
        assert client.personal_number.digits == "198112189876"
        assert client.real_address is not None
        assert client.real_address.street == "Schemagatan 1"
        assert [c.first_name for c in client.children] == ["Alva"]
        (lease_id,) = case.lease_ids
        lease = housing.get_lease(session, lease_id)
        assert lease.contract_number == "K1234-5678-01"
        assert lease.start_date == TODAY
        apartment = housing.get_apartment(session, lease.apartment_id)
        assert apartment.street_masked  # the client's address is protected, so is the flat's
        shown = housing.reveal_apartment_address(session, lease.apartment_id, "Kontroll.")
        assert shown.splitlines()[0] == "Migreringsvägen 7"
        assert str(apartment.area_m2) == "74.5"
        assert documents.register(session, case.id or 0) == []
        # The current code can keep working in it, paperwork included.
        add_person(session, "Efter", "Uppgraderingsson")
        values = {"lease": str(lease_id), "notice_date": TODAY}
        made = documents.generate(session, case.id or 0, "uppsagning", values)
        assert (made.record.number, made.record.protected) == ("UH-2026-000001", True)
    finally:
        vault.lock()
    assert (FIXTURE_V1 / "vault.db").stat().st_size < 200 * 1024


def test_schema_v1_fixture_opens_with_its_recovery_key(tmp_path: Path) -> None:
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE_V1, folder)
    key = "ZPD59-71Y3S-FYJJT-JNQCV-FASX4-YHWRY-R1P30-SFW0K"  # from fixtures/README.md
    vault = Vault.unlock_with_recovery_key(folder, key, sleep=no_sleep)
    try:
        assert audit.verify(vault.connection, vault.data_key).ok
    finally:
        vault.lock()


def test_a_crash_after_the_first_commit_of_an_upgraded_vault_is_no_false_alarm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The upgrade adds the head; a crash after the unlock's commit, before its head write,
    # must leave a vault that opens (the database one commit ahead of its head).
    from skyddsapp.vault import head

    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE_V1, folder)

    def crash(self: object, new: object) -> None:
        raise OSError(5, "simulerad krasch")

    monkeypatch.setattr(head.HeadWriter, "write", crash)
    with pytest.raises(VaultError, match=r"vault\.head kunde inte uppdateras"):
        Vault.unlock(folder, "admin", "v1-fixturvalv bara påhittat", sleep=no_sleep)
    monkeypatch.undo()
    vault = Vault.unlock(folder, "admin", "v1-fixturvalv bara påhittat", sleep=no_sleep)
    try:
        assert vault.verify_audit().ok
    finally:
        vault.lock()


def test_006_puts_everyone_in_their_organisations_team_and_cases_where_they_belong(
    tmp_path: Path,
) -> None:
    """A vault from before teams: administrators and handlers handled cases together, so they
    land in Uppsalahem's team; a case only Nexus handled is Nexus's; one handled by both is
    shared."""
    key = bytearray(range(32))
    conn = database.connect(tmp_path / "v5.db", key, create=True)
    try:
        migrate(conn, data_key=key, backup_dir=tmp_path / "b", migrations=bundled_migrations()[:5])
        now = "2026-01-01T00:00:00+00:00"
        for name, role in (
            ("admin", "admin"),
            ("hanna", "handler"),
            ("nora", "social_worker"),
            ("gun", "auditor"),
        ):
            conn.execute(
                "INSERT INTO users (name, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                (name, name, role, now),
            )
        handled = {1: ("hanna",), 2: ("nora",), 3: ("admin", "nora"), 4: ("gone",), 5: ()}
        for case_id, names in handled.items():
            conn.execute(
                "INSERT INTO cases (id, reference, kind, state, opened_on, updated_at) "
                "VALUES (?, ?, 'priority', 'received', '2026-01-01', ?)",
                (case_id, f"FT-2026-000{case_id}", now),
            )
            for name in names:
                conn.execute("INSERT INTO case_handlers VALUES (?, ?)", (case_id, name))
        conn.commit()
        migrate(conn, data_key=key, backup_dir=tmp_path / "b", now=NOW)
        assert schema_version(conn) == LATEST
        teams = dict(conn.execute("SELECT name, team FROM users").fetchall())
        assert teams == {"admin": "Uppsalahem", "hanna": "Uppsalahem", "nora": "Nexus", "gun": None}
        placed = conn.execute("SELECT id, organisation, shared_with FROM cases ORDER BY id")
        assert [tuple(r) for r in placed] == [
            (1, "uppsalahem", None),
            (2, "nexus", None),
            (3, "uppsalahem", "nexus"),
            (4, "uppsalahem", None),  # a name that is no user: left with Uppsalahem
            (5, "uppsalahem", None),
        ]
        with pytest.raises(Exception, match="CHECK"):
            conn.execute("UPDATE cases SET shared_with = 'uppsalahem' WHERE id = 1")
    finally:
        conn.close()
