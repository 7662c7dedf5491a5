"""The vault as a whole: create, unlock, lock, users, failed unlocks, bad files, deactivation."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from vault_kit import (
    ADMIN,
    ADMIN_PASSPHRASE,
    HANDLER,
    HANDLER_PASSPHRASE,
    Template,
    add_case,
    add_person,
    connect,
    fast_kdf,
    no_sleep,
    session_of,
    tree_hashes,
    unlock,
)

from skyddsapp.crypto.kdf import MINIMUM_KDF, encode_passphrase
from skyddsapp.crypto.recovery import generate_recovery_key
from skyddsapp.domain.users import Role
from skyddsapp.services import cases, persons
from skyddsapp.vault import (
    audit,
    database,
    keyslots,
    lockout,
    persons_repository,
    users_repository,
)
from skyddsapp.vault import vault as vault_module
from skyddsapp.vault.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    LastAdministrator,
    NotAVault,
    UnknownUser,
    UserExists,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    WrongKey,
)
from skyddsapp.vault.keyslots import (
    KeySlotError,
    KeySlotFile,
    KeySlotFileCorrupt,
    KeySlotFileMissing,
    WrongSecret,
    open_slot,
)
from skyddsapp.vault.vault import BACKUP_DIRNAME, Vault

FAILURES = lockout.FAILURES_FILENAME
WRONG = "Fel användarnamn eller lösenfras."


def _actions(conn: database.Connection) -> list[str]:
    return [e.action for e in audit.entries(conn)]


# --- round trip -----------------------------------------------------------------------------


def test_data_survives_lock_and_unlock(real_dir: Path) -> None:
    vault_dir = real_dir
    vault = unlock(vault_dir)
    session = session_of(vault)
    person = add_person(session, "Maja", "Provlund", personal_number="198112189876")
    assert person.id is not None
    case = add_case(session, person.id, notes="Önskar markplan.")
    assert case.id is not None
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        vault.connection  # noqa: B018 - the property is what is tested

    again = session_of(unlock(vault_dir))
    try:
        stored = persons.get_person(again, person.id)
        assert stored.full_name == "Maja Provlund"
        assert stored.personal_number is not None
        assert stored.personal_number.digits == "198112189876"
        stored_case = cases.get_case(again, case.id)
        assert stored_case.reference == case.reference
        assert stored_case.notes == "Önskar markplan."
        assert [p.person_id for p in stored_case.parties] == [person.id]
    finally:
        again.vault.lock()


def test_create_refuses_an_existing_vault(vault_dir: Path) -> None:
    before = tree_hashes(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(
            vault_dir, ADMIN, "Ny Admin", "en helt annan lösenfras", kdf_params=MINIMUM_KDF
        )
    assert tree_hashes(vault_dir) == before


def test_recovery_key_unlocks_as_administrator(real_dir: Path, real_template: Template) -> None:
    # Typed in lower case with spaces: the key is normalised before use.
    typed = real_template.recovery_key.lower().replace("-", " ")
    vault = Vault.unlock_with_recovery_key(real_dir, typed, sleep=no_sleep)
    try:
        assert vault.user.role is Role.ADMIN
        assert _actions(vault.connection)[-1] == "unlock.recovery_key"
    finally:
        vault.lock()


def test_change_passphrase_old_fails_new_works(opened: Vault) -> None:
    folder = opened.folder
    new = "en ny och längre lösenfras"
    opened.change_passphrase(ADMIN, new)
    assert _actions(opened.connection)[-1] == "user.passwd"
    opened.lock()

    with pytest.raises(WrongSecret):
        unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    vault = unlock(folder, ADMIN, new)
    assert vault.user.name == ADMIN
    # An administrator may reset another user's passphrase.
    vault.change_passphrase(HANDLER, "hugos nya lösenfras")
    assert _actions(vault.connection)[-1] == "user.passwd_reset"
    with pytest.raises(UnknownUser):
        vault.change_passphrase("finns.inte", "spelar ingen roll")
    vault.lock()
    with pytest.raises(WrongSecret):
        unlock(folder, HANDLER, HANDLER_PASSPHRASE)
    unlock(folder, HANDLER, "hugos nya lösenfras").lock()


def test_added_user_unlocks_with_own_passphrase_and_role(opened: Vault) -> None:
    opened.add_user("sara.s", "Sara Socialsekreterare", Role.SOCIAL_WORKER, "saras lösenfras 1")
    with pytest.raises(UserExists):
        opened.add_user("sara.s", "Sara Igen", Role.HANDLER, "en annan lösenfras")
    opened.lock()

    vault = unlock(opened.folder, "sara.s", "saras lösenfras 1")
    try:
        assert vault.user.role is Role.SOCIAL_WORKER
        assert {u.name for u in vault.users()} == {ADMIN, HANDLER, "sara.s"}
    finally:
        vault.lock()


def test_user_names_are_per_vault(
    template: Template, other_template: Template, tmp_path: Path, kdf_is_fast: None
) -> None:
    ours = template.copy_to(tmp_path / "vårt")
    theirs = other_template.copy_to(tmp_path / "deras")
    vault = unlock(ours)
    vault.add_user("kim", "Kim i vårt valv", Role.HANDLER, "kims lösenfras här")
    vault.lock()

    # The same name does not exist in the other vault: the user of one vault opens only that one.
    with pytest.raises(WrongSecret):
        unlock(theirs, "kim", "kims lösenfras här")
    other = unlock(theirs)
    other.add_user("kim", "Kim i deras valv", Role.AUDITOR, "kims andra lösenfras")
    other.lock()
    with pytest.raises(WrongSecret):
        unlock(theirs, "kim", "kims lösenfras här")
    in_theirs = unlock(theirs, "kim", "kims andra lösenfras")
    assert in_theirs.user.role is Role.AUDITOR
    in_theirs.lock()


# --- failed unlocks -------------------------------------------------------------------------


def test_wrong_passphrase_and_unknown_user_look_alike_and_touch_nothing(real_dir: Path) -> None:
    # Real Argon2id: an unknown user must cost a derivation (with a real slot's parameters) too.
    vault_dir = real_dir
    before = tree_hashes(vault_dir, ignore=(FAILURES,))
    assert set(before) == {"vault.db", "keyslots.json", "vault.head", "vault.lock"}

    with pytest.raises(WrongSecret) as wrong_passphrase:
        unlock(vault_dir, ADMIN, "inte rätt lösenfras alls")
    with pytest.raises(WrongSecret) as unknown_user:
        unlock(vault_dir, "finns.inte", ADMIN_PASSPHRASE)

    assert type(wrong_passphrase.value) is type(unknown_user.value)
    assert str(wrong_passphrase.value) == str(unknown_user.value) == WRONG
    assert tree_hashes(vault_dir, ignore=(FAILURES,)) == before
    assert len(lockout.pending_failures(vault_dir)) == 2


def test_wrong_passphrase_leaves_an_open_vaults_files_alone(opened: Vault) -> None:
    # While another session holds the vault open, the WAL and shm files exist too.
    session = session_of(opened)
    add_person(session)
    folder = opened.folder
    before = tree_hashes(folder, ignore=(FAILURES,))
    assert "vault.db-wal" in before

    with pytest.raises(WrongSecret):
        unlock(folder, HANDLER, "fel lösenfras för hugo")
    assert tree_hashes(folder, ignore=(FAILURES,)) == before


def _fast_wrong_derive(secret: bytes | bytearray, salt: bytes, params: object) -> bytearray:
    # Only for failures: a key that never opens a slot, without spending Argon2id's time.
    return bytearray(32)


def test_failures_are_counted_delayed_and_logged_at_next_unlock(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    delays: list[float] = []
    with monkeypatch.context() as patched:
        patched.setattr(keyslots, "derive_key", _fast_wrong_derive)
        patched.setattr(vault_module, "derive_key", _fast_wrong_derive)
        for attempt in range(7):
            user = ADMIN if attempt % 2 else "zyxwvutsson.user"
            with pytest.raises(WrongSecret):
                Vault.unlock(vault_dir, user, f"fel lösenfras nr {attempt}", sleep=delays.append)
        with pytest.raises(WrongSecret):
            Vault.unlock_with_recovery_key(vault_dir, generate_recovery_key(), sleep=delays.append)

    assert delays == [0, 0, 0, 1, 2, 4, 8, 16]
    raw = (vault_dir / FAILURES).read_bytes()
    assert b"zyxwvutsson" not in raw
    assert ADMIN.encode() not in raw
    document = json.loads(raw)
    assert set(document) == {"failures"}
    assert len(document["failures"]) == 8

    vault = unlock(vault_dir)
    try:
        actions = _actions(vault.connection)
        assert actions[-9:] == ["unlock.failed"] * 8 + ["unlock"]
        logged = [e.details for e in audit.entries(vault.connection) if e.action == "unlock.failed"]
        assert logged == document["failures"]
    finally:
        vault.lock()
    assert not (vault_dir / FAILURES).exists()
    # The counter starts again from zero after a successful unlock.
    with monkeypatch.context() as patched:
        patched.setattr(keyslots, "derive_key", _fast_wrong_derive)
        with pytest.raises(WrongSecret):
            Vault.unlock(vault_dir, ADMIN, "fel igen", sleep=delays.append)
    assert delays[-1] == 0
    assert len(lockout.pending_failures(vault_dir)) == 1


def test_delay_sequence_is_capped() -> None:
    assert [lockout.delay_after(n) for n in range(1, 8)] == [0, 0, 0, 1, 2, 4, 8]
    assert lockout.delay_after(100) == lockout.MAX_DELAY_SECONDS
    # A huge counter (damage or a hostile file) must still give an answer, not OverflowError.
    assert lockout.delay_after(5000) == lockout.MAX_DELAY_SECONDS


def test_damaged_failure_counter_does_not_lock_anyone_out(vault_dir: Path) -> None:
    (vault_dir / FAILURES).write_text("{inte json")
    vault = unlock(vault_dir)
    try:
        entries = list(audit.entries(vault.connection))
        assert [e.action for e in entries[-2:]] == ["unlock.failed", "unlock"]
        assert entries[-2].details == "okänd tidpunkt"
    finally:
        vault.lock()


# --- missing, damaged and foreign files -------------------------------------------------------


def _truncate(folder: Path, template: Template) -> None:
    db = folder / "vault.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 1000])


def _truncate_to_zero(folder: Path, template: Template) -> None:
    (folder / "vault.db").write_bytes(b"")


def _random_bytes(folder: Path, template: Template) -> None:
    db = folder / "vault.db"
    db.write_bytes(os.urandom(db.stat().st_size))


def _flip_byte_in_users_page(folder: Path, template: Template) -> None:
    # A page read at every unlock whose MAC no longer holds.
    conn = connect(folder, template.data_key)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'users'").fetchone()[0]
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[(page - 1) * size + size // 2] ^= 0xFF
    db.write_bytes(bytes(data))


def _plain_sqlite(folder: Path, template: Template) -> None:
    db = folder / "vault.db"
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE persons (name TEXT)")
    conn.commit()
    conn.close()


def _garbage_keyslots(folder: Path, template: Template) -> None:
    (folder / "keyslots.json").write_bytes(b'{"format": "skyddsapp-keyslots", "slots": [')


def _remove(name: str) -> Callable[[Path, Template], None]:
    return lambda folder, template: (folder / name).unlink()


@pytest.mark.parametrize(
    ("damage", "error", "words"),
    [
        pytest.param(_remove("vault.db"), DatabaseMissing, "Databasfilen saknas", id="no-d"),
        pytest.param(_remove("keyslots.json"), KeySlotFileMissing, "Nyckelfilen saknas", id="no-k"),
        pytest.param(_truncate, VaultDamaged, "en skadad sida", id="truncated-db"),
        pytest.param(_truncate_to_zero, VaultDamaged, "filen är tom", id="empty-db"),
        pytest.param(_random_bytes, WrongKey, "hör inte ihop med nyckelfilen", id="random-db"),
        pytest.param(_flip_byte_in_users_page, DatabaseCorrupt, "är skadad", id="bad-page"),
        pytest.param(_plain_sqlite, VaultDamaged, "okrypterad SQLite", id="plain-sqlite"),
        pytest.param(_garbage_keyslots, KeySlotFileCorrupt, "avkortad", id="garbage-keyslots"),
    ],
)
def test_damaged_files_get_a_specific_error_and_stay_untouched(
    vault_dir: Path,
    template: Template,
    damage: Callable[[Path, Template], None],
    error: type[Exception],
    words: str,
) -> None:
    damage(vault_dir, template)
    before = tree_hashes(vault_dir)

    with pytest.raises(error) as caught:
        unlock(vault_dir)

    assert isinstance(caught.value, VaultError | KeySlotError)
    assert words in str(caught.value)
    assert tree_hashes(vault_dir) == before
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted(before)


def test_database_of_another_vault_is_named_as_foreign(
    vault_dir: Path, other_template: Template
) -> None:
    shutil.copyfile(other_template.folder / "vault.db", vault_dir / "vault.db")
    before = tree_hashes(vault_dir)

    with pytest.raises(WrongKey, match="hör inte ihop med nyckelfilen"):
        unlock(vault_dir)
    assert tree_hashes(vault_dir) == before


def test_folder_without_vault_files_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match="inget valv"):
        unlock(tmp_path)
    with pytest.raises(NotAVault):
        unlock(tmp_path / "finns-inte")


# --- deactivating a user: the rekey -----------------------------------------------------------


@pytest.fixture
def deactivated(
    template: Template, tmp_path: Path, kdf_is_fast: None
) -> tuple[Path, bytearray, KeySlotFile]:
    """A copy where the administrator deactivated the handler; with the handler's OLD data key
    (opened from a copy of keyslots.json taken before) and that old slot file."""
    folder = template.copy_to(tmp_path / "valv")
    old_slots = KeySlotFile.load(folder / "keyslots.json")
    # Some work by the handler, so there is history to keep.
    handler = unlock(folder, HANDLER, HANDLER_PASSPHRASE)
    add_person(session_of(handler), "Hugos", "Klient")
    handler.lock()
    vault = unlock(folder)
    # A migration backup as an upgrade leaves it (migrations.migrate exports the same way):
    # it is under the data key, so it must be re-encrypted too.
    backups = folder / BACKUP_DIRNAME
    backups.mkdir()
    database.export_to(vault.connection, backups / "before-002-20260302T120000.db", vault.data_key)
    vault.deactivate_user(HANDLER)
    vault.lock()
    slot = old_slots.user_slot(HANDLER)
    assert slot is not None
    old_key = open_slot(slot, old_slots.vault_id, encode_passphrase(HANDLER_PASSPHRASE))
    return folder, old_key, old_slots


def test_old_slot_copy_no_longer_opens_the_rekeyed_files(
    deactivated: tuple[Path, bytearray, KeySlotFile],
) -> None:
    folder, old_key, _ = deactivated
    with pytest.raises(WrongKey):
        database.connect(folder / "vault.db", old_key)
    backups = sorted((folder / BACKUP_DIRNAME).glob("*.db"))
    assert len(backups) == 1
    with pytest.raises(WrongKey):
        database.connect(backups[0], old_key)
    assert sorted(p.name for p in folder.iterdir()) == [
        BACKUP_DIRNAME,
        "keyslots.json",
        "vault.db",
        "vault.head",
        "vault.lock",
    ]


def test_others_still_unlock_after_rekey_and_history_stays(
    deactivated: tuple[Path, bytearray, KeySlotFile], template: Template
) -> None:
    folder, _, _ = deactivated
    with pytest.raises(WrongSecret, match=WRONG):
        unlock(folder, HANDLER, HANDLER_PASSPHRASE)

    vault = Vault.unlock_with_recovery_key(folder, template.recovery_key, sleep=no_sleep)
    try:
        conn = vault.connection
        handler = users_repository.get(conn, HANDLER)
        assert handler is not None
        assert not handler.active
        handler_did = [e.action for e in audit.entries(conn) if e.user_name == HANDLER]
        assert handler_did == ["unlock", "person.create", "lock"]
        # The recovery key handles no cases; what the handler registered is still there.
        assert persons_repository.ids_by_name_prefix(conn, "Klient")
        result = audit.verify(conn, vault.data_key)
        assert result.ok, result.problem
        epochs = [row[0] for row in conn.execute("SELECT epoch FROM audit_epochs ORDER BY 1")]
        assert epochs == [1, 2]
        rekey = [e for e in audit.entries(conn) if e.action == "vault.rekey"]
        assert [(e.epoch, e.details) for e in rekey] == [(2, f"user.deactivate:{HANDLER}")]
        # The backup opens with the new key and still holds what was exported.
        backup = next((folder / BACKUP_DIRNAME).glob("*.db"))
        backup_conn = database.connect(backup, vault.data_key)
        try:
            assert [u.name for u in users_repository.all(backup_conn)] == [ADMIN, HANDLER]
        finally:
            backup_conn.close()
    finally:
        vault.lock()
    assert KeySlotFile.load(folder / "keyslots.json").user_slot(HANDLER) is None
    admin = unlock(folder)
    assert admin.user.name == ADMIN
    admin.lock()


def test_last_administrator_cannot_be_deactivated(opened: Vault) -> None:
    before = _actions(opened.connection)
    with pytest.raises(LastAdministrator, match="sista aktiva administratören"):
        opened.deactivate_user(ADMIN)
    with pytest.raises(UnknownUser):
        opened.deactivate_user("finns.inte")
    assert _actions(opened.connection) == before
    admin = users_repository.get(opened.connection, ADMIN)
    assert admin is not None
    assert admin.active


def _fail_rename_of(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(src).name == name:
            raise OSError("simulerad krasch")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def _crash_before_slot_rename(patched: pytest.MonkeyPatch) -> None:
    # The database is swapped, then the crash comes before keyslots.json.next is renamed.
    _fail_rename_of(patched, "keyslots.json.next")


def _crash_after_both_renames(patched: pytest.MonkeyPatch) -> None:
    # Both files are swapped; the crash comes before the new audit epoch is written.
    def crash(*args: object) -> None:
        raise OSError("simulerad krasch")

    patched.setattr(vault_module, "_rekey_backups", crash)


@pytest.mark.parametrize(
    "crash", [_crash_before_slot_rename, _crash_after_both_renames], ids=["between", "after"]
)
def test_crash_after_the_database_swap_is_completed_at_next_unlock(
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    template: Template,
    crash: Callable[[pytest.MonkeyPatch], None],
) -> None:
    old_slots = (vault_dir / "keyslots.json").read_bytes()
    vault = unlock(vault_dir)
    add_person(session_of(vault))
    with monkeypatch.context() as patched:
        crash(patched)
        with pytest.raises(OSError, match="simulerad krasch"):
            vault.deactivate_user(HANDLER)
    assert not (vault_dir / "vault.db.next").exists()
    if crash is _crash_before_slot_rename:
        assert (vault_dir / "keyslots.json.next").exists()
        assert (vault_dir / "keyslots.json").read_bytes() == old_slots

    again = unlock(vault_dir)
    try:
        assert not (vault_dir / "keyslots.json.next").exists()
        conn = again.connection
        result = audit.verify(conn, again.data_key)
        assert result.ok, result.problem
        epochs = [row[0] for row in conn.execute("SELECT epoch FROM audit_epochs ORDER BY 1")]
        assert epochs == [1, 2]
        assert ("vault.rekey", 2) in [(e.action, e.epoch) for e in audit.entries(conn)]
        assert persons.find_by_name_prefix(session_of(again), "Testsson")
    finally:
        again.lock()
    with pytest.raises(WrongSecret):
        unlock(vault_dir, HANDLER, HANDLER_PASSPHRASE)
    slot = KeySlotFile.from_bytes(old_slots).user_slot(HANDLER)
    assert slot is not None
    old_key = open_slot(slot, template.vault_id, encode_passphrase(HANDLER_PASSPHRASE))
    with pytest.raises(WrongKey):
        database.connect(vault_dir / "vault.db", old_key)


def test_crash_before_the_swap_is_undone_and_deactivation_can_be_finished(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, template: Template
) -> None:
    old_slots = (vault_dir / "keyslots.json").read_bytes()
    vault = unlock(vault_dir)
    with monkeypatch.context() as patched:
        _fail_rename_of(patched, "vault.db.next")
        with pytest.raises(OSError, match="simulerad krasch"):
            vault.deactivate_user(HANDLER)
    vault.lock()  # the crashed process is gone, and its lock on the vault with it
    assert (vault_dir / "vault.db.next").exists()
    assert (vault_dir / "keyslots.json.next").exists()

    again = unlock(vault_dir)
    try:
        # Undone: the old pair is back and consistent, the .next files are gone.
        assert sorted(p.name for p in vault_dir.iterdir() if ".next" in p.name) == []
        assert (vault_dir / "keyslots.json").read_bytes() == old_slots
        assert audit.verify(again.connection, again.data_key).ok
        # The handler is inactive in the database, so the slot left behind opens no session...
        with pytest.raises(WrongSecret, match=WRONG):
            unlock(vault_dir, HANDLER, HANDLER_PASSPHRASE)
        # ...but it still opens the data key, so the administrator finishes the rekey.
        again.deactivate_user(HANDLER)
        assert audit.verify(again.connection, again.data_key).ok
    finally:
        again.lock()
    slot = KeySlotFile.from_bytes(old_slots).user_slot(HANDLER)
    assert slot is not None
    old_key = open_slot(slot, template.vault_id, encode_passphrase(HANDLER_PASSPHRASE))
    with pytest.raises(WrongKey):
        database.connect(vault_dir / "vault.db", old_key)
    assert KeySlotFile.load(vault_dir / "keyslots.json").user_slot(HANDLER) is None


def test_stale_next_database_from_a_crashed_export_is_removed(vault_dir: Path) -> None:
    (vault_dir / "vault.db.next").write_bytes(os.urandom(4096))
    before = tree_hashes(vault_dir, ignore=("vault.db.next",))
    with pytest.raises(WrongSecret):
        unlock(vault_dir, ADMIN, "fel lösenfras här")
    assert not (vault_dir / "vault.db.next").exists()
    assert tree_hashes(vault_dir, ignore=(FAILURES,)) == before


def test_connection_opened_directly_sees_the_same_data(vault_dir: Path, template: Template) -> None:
    conn = connect(vault_dir, template.data_key)
    try:
        assert [u.name for u in users_repository.all(conn)] == [ADMIN, HANDLER]
        assert database.integrity_problems(conn) == []
    finally:
        conn.close()


@pytest.mark.parametrize("failing_call", [1, 2])
def test_a_creation_cut_short_leaves_no_half_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: int
) -> None:
    """Crash at the first rename (nothing in place) or the second (database in place)."""
    folder = tmp_path / "valv"
    real_replace = os.replace
    calls = []

    def crashing_replace(src: object, dst: object) -> None:
        if Path(str(dst)).name in ("vault.db", "keyslots.json"):  # the two swaps, not temp files
            calls.append(dst)
        if len(calls) == failing_call and Path(str(dst)) == calls[-1]:
            raise OSError("simulerad krasch")
        real_replace(src, dst)  # type: ignore[arg-type]

    with fast_kdf(), monkeypatch.context() as patched:
        patched.setattr(vault_module.os, "replace", crashing_replace)
        with pytest.raises(OSError, match="simulerad krasch"):
            Vault.create(folder, ADMIN, "Admin", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF)
    with fast_kdf():
        if failing_call == 1:
            # Nothing was swapped in: the leftovers are cleared and creation runs again.
            created = Vault.create(folder, ADMIN, "Admin", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF)
            created.vault.lock()
        vault = unlock(folder)
        try:
            assert audit.verify(vault.connection, vault.data_key).ok
        finally:
            vault.lock()
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".next")) == []
