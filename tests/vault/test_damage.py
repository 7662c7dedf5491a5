"""Damage is named, never used and never made worse (DESIGN.md promise 4; issue 8).

Each test damages a vault the way a failing disk, a careless copy or a hostile tester would,
then checks that unlock and `vault check` name the damage (which file, how many changes) and
that not one byte of the damaged files changed.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from damage_kit import crash_image, flip, frame_offset, wal_frames
from vault_kit import (
    ADMIN,
    ADMIN_PASSPHRASE,
    HANDLER,
    HANDLER_PASSPHRASE,
    add_person,
    connect,
    session_of,
    tree_hashes,
    unlock,
)

from skyddsapp.services import audit as audit_service
from skyddsapp.vault import audit, head, wal
from skyddsapp.vault.errors import StorageError, VaultDamaged, VaultInUse
from skyddsapp.vault.keyslots import KeySlotFile, WrongSecret
from skyddsapp.vault.vault import Vault


def _persons(folder: Path) -> set[int]:
    vault = unlock(folder)
    try:
        return {row[0] for row in vault.connection.execute("SELECT id FROM persons")}
    finally:
        vault.lock()


@pytest.fixture
def crashed(vault_dir: Path, tmp_path: Path) -> tuple[Path, set[int]]:
    """A crash image holding 12 acknowledged commits in its WAL, and their person ids."""
    vault = unlock(vault_dir)
    session = session_of(vault)
    ids = {add_person(session, last_name="Kraschsson").id for _ in range(12)}
    image = crash_image(vault, tmp_path / "krasch")
    vault.lock()
    return image, {i for i in ids if i is not None}


def _unchanged_after(folder: Path, action: object) -> str:
    """Run `action`, which must raise VaultDamaged; return its message; the files are as found."""
    before = tree_hashes(folder, ignore=("vault.db-shm", "unlock-failures.json"))
    with pytest.raises(VaultDamaged) as caught:
        action()  # type: ignore[operator]
    assert tree_hashes(folder, ignore=("vault.db-shm", "unlock-failures.json")) == before
    return str(caught.value)


# --- the WAL ---------------------------------------------------------------------------------


def test_a_crash_image_opens_whole_with_every_acknowledged_commit(
    crashed: tuple[Path, set[int]],
) -> None:
    image, ids = crashed
    scan = wal.scan(image / "vault.db-wal")
    assert scan is not None
    assert scan.commits >= 12
    assert not scan.loses_commits
    assert ids <= _persons(image)


@pytest.mark.parametrize("seed", range(12))
def test_a_flipped_byte_in_any_committed_wal_frame_is_named_with_a_count(
    crashed: tuple[Path, set[int]], seed: int
) -> None:
    image, _ = crashed
    wal_path = image / "vault.db-wal"
    rng = random.Random(seed)
    frames = wal_frames(wal_path)
    frame = rng.randrange(1, frames + 1)
    flip(wal_path, frame_offset(frame) + rng.randrange(24 + 4096), rng)

    message = _unchanged_after(image, lambda: unlock(image))

    assert "vault.db-wal" in message or "bekräftade ändringar" in message
    assert "sparade ändringar" in message or "saknar" in message


def test_a_flip_in_the_wal_header_is_named(crashed: tuple[Path, set[int]]) -> None:
    image, _ = crashed
    flip(image / "vault.db-wal", 20)  # salt-2: SQLite would ignore the whole log
    message = _unchanged_after(image, lambda: unlock(image))
    assert "vault.db-wal har ett skadat huvud" in message


def test_a_shortened_wal_is_named_with_what_is_missing(crashed: tuple[Path, set[int]]) -> None:
    image, _ = crashed
    wal_path = image / "vault.db-wal"
    keep = frame_offset(wal_frames(wal_path) // 2)
    wal_path.write_bytes(wal_path.read_bytes()[:keep])

    message = _unchanged_after(image, lambda: unlock(image))

    assert "saknar" in message
    assert "bekräftade ändringar" in message
    assert "granskningsloggens poster" in message


def test_repair_accepts_the_loss_keeps_a_copy_and_logs_it(crashed: tuple[Path, set[int]]) -> None:
    image, ids = crashed
    wal_path = image / "vault.db-wal"
    flip(wal_path, frame_offset(wal_frames(wal_path) // 2) + 100)
    damaged_wal = wal_path.read_bytes()

    accepted = Vault.repair(image, ADMIN, ADMIN_PASSPHRASE)

    assert any("vault.db-wal" in a for a in accepted)
    copies = list(image.glob("damaged-*"))
    assert len(copies) == 1
    assert (copies[0] / "vault.db-wal").read_bytes() == damaged_wal
    vault = unlock(image)
    try:
        assert vault.verify_audit().ok
        actions = [e.action for e in audit.entries(vault.connection)]
        assert "vault.repair" in actions
        kept = {row[0] for row in vault.connection.execute("SELECT id FROM persons")}
        assert not ids <= kept  # some were lost, and that was accepted
    finally:
        vault.lock()
    assert audit_service.check_folder(image, ADMIN, ADMIN_PASSPHRASE) == []


def test_a_commit_whose_head_was_not_yet_written_is_accepted(vault_dir: Path) -> None:
    # A crash between COMMIT and the head write leaves the database one ahead: that is fine.
    vault = unlock(vault_dir)
    old_head = (vault_dir / head.HEAD_FILENAME).read_bytes()
    add_person(session_of(vault))
    vault.lock()
    (vault_dir / head.HEAD_FILENAME).write_bytes(old_head)
    unlock(vault_dir).lock()


# --- rollback --------------------------------------------------------------------------------


def test_an_older_copy_of_the_database_is_named(vault_dir: Path, tmp_path: Path) -> None:
    shutil.copy2(vault_dir / "vault.db", tmp_path / "old.db")
    vault = unlock(vault_dir)
    for _ in range(3):
        add_person(session_of(vault))
    vault.lock()
    shutil.copy2(tmp_path / "old.db", vault_dir / "vault.db")

    message = _unchanged_after(vault_dir, lambda: unlock(vault_dir))

    assert "vault.db saknar" in message
    assert "en äldre kopia av databasen" in message
    problems = audit_service.check_folder(vault_dir, ADMIN, ADMIN_PASSPHRASE)
    assert any("saknar" in p for p in problems)


def test_an_older_key_file_is_named_so_an_old_passphrase_opens_nothing(
    vault_dir: Path, tmp_path: Path
) -> None:
    shutil.copy2(vault_dir / "keyslots.json", tmp_path / "old.json")
    vault = unlock(vault_dir)
    vault.change_passphrase(HANDLER, "en helt ny lösenfras för hugo")
    vault.lock()
    shutil.copy2(tmp_path / "old.json", vault_dir / "keyslots.json")

    message = _unchanged_after(vault_dir, lambda: unlock(vault_dir, HANDLER, HANDLER_PASSPHRASE))

    assert "keyslots.json är äldre än databasen" in message


def test_a_database_from_another_moment_is_named(vault_dir: Path, tmp_path: Path) -> None:
    # Same length of history, different entries: a copy that went its own way.
    shutil.copytree(vault_dir, tmp_path / "gren")
    for folder in (vault_dir, tmp_path / "gren"):
        vault = unlock(folder)
        add_person(session_of(vault), last_name="Grensson" if folder != vault_dir else "Testsson")
        vault.lock()
    shutil.copy2(tmp_path / "gren" / "vault.db", vault_dir / "vault.db")
    message = _unchanged_after(vault_dir, lambda: unlock(vault_dir))
    assert "är inte den som" in message


def test_a_missing_head_file_is_named(vault_dir: Path) -> None:
    (vault_dir / head.HEAD_FILENAME).unlink()
    message = _unchanged_after(vault_dir, lambda: unlock(vault_dir))
    assert "vault.head saknas" in message


def test_one_damaged_head_record_is_a_warning_and_check_names_it(vault_dir: Path) -> None:
    path = vault_dir / head.HEAD_FILENAME
    state = head.read(path, _integrity_key(vault_dir), _vault_id(vault_dir))
    assert state is not None
    assert state.newest is not None
    older = 1 - state.newest.generation % 2  # the record not holding the newest head
    flip(path, older * head.RECORD_SIZE + 40)

    problems = audit_service.check_folder(vault_dir, ADMIN, ADMIN_PASSPHRASE)
    assert any("vault.head är skadad (post" in p for p in problems)
    vault = unlock(vault_dir)
    try:
        assert any("vault.head" in w for w in vault.warnings)
    finally:
        vault.lock()


# --- the key file ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slot_kind", "field"),
    [("recovery", "wrapped_private_key"), ("user", "wrapped"), ("user", "salt")],
)
def test_check_names_a_damaged_slot_that_unlock_does_not_read(
    vault_dir: Path, slot_kind: str, field: str
) -> None:
    path = vault_dir / "keyslots.json"
    slots = KeySlotFile.load(path)
    # Damage a slot the administrator's unlock does not open: the recovery slot or Hugo's.
    target = next(s for s in slots.slots if s.kind.value == slot_kind and s.user in ("", HANDLER))
    value = bytearray(getattr(target, field))
    value[3] ^= 0x01
    text = path.read_text("ascii")
    text = text.replace(_b64(getattr(target, field)), _b64(bytes(value)))
    path.write_text(text, "ascii")
    before = tree_hashes(vault_dir)

    problems = audit_service.check_folder(vault_dir, ADMIN, ADMIN_PASSPHRASE)

    who = "återställningsnyckelns plats" if slot_kind == "recovery" else f"användaren ”{HANDLER}”"
    assert any(who in p and "skadad eller ändrad" in p for p in problems)
    assert tree_hashes(vault_dir, ignore=("unlock-failures.json",)) == before
    vault = unlock(vault_dir)  # the administrator's own slot still opens, with a warning
    try:
        assert any(who in w for w in vault.warnings)
    finally:
        vault.lock()


# --- pages of the database -------------------------------------------------------------------


def test_check_names_a_damaged_data_page_and_writes_nothing(vault_dir: Path) -> None:
    vault = unlock(vault_dir)
    for _ in range(30):
        add_person(session_of(vault), notes="x" * 400)
    vault.lock()
    db = vault_dir / "vault.db"
    pages = db.stat().st_size // 4096
    flip(db, (pages - 2) * 4096 + 200)  # a page of the persons table, not page 1
    before = tree_hashes(vault_dir)

    problems = audit_service.check_folder(vault_dir, ADMIN, ADMIN_PASSPHRASE)

    assert problems == [f"Databasfilen {db} har en skadad sida (sida {pages - 1})."]
    assert tree_hashes(vault_dir) == before  # no audit entry, no WAL, nothing


def test_a_damaged_first_page_is_named_as_such_not_as_a_wrong_key_file(vault_dir: Path) -> None:
    flip(vault_dir / "vault.db", 100)
    message = _unchanged_after(vault_dir, lambda: unlock(vault_dir))
    assert "skadad på sin första sida" in message
    assert "nyckelfilen" not in message.lower()


# --- helpers ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _data_key(folder: Path) -> bytes:
    vault = unlock(folder)
    try:
        return vault.data_key
    finally:
        vault.lock()


def _integrity_key(folder: Path) -> bytes:
    conn = connect(folder, _data_key(folder))
    try:
        return bytes(conn.execute("SELECT integrity_key FROM vault_state").fetchone()[0])
    finally:
        conn.close()


def _vault_id(folder: Path) -> str:
    return KeySlotFile.load(folder / "keyslots.json").vault_id


# --- the witness on the user's own medium --------------------------------------------------


def test_a_whole_folder_put_back_is_named_only_with_a_witness(
    vault_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    first = unlock_with_witness(vault_dir, usb)
    assert any("Vittnesfilen" in w and "skapas nu" in w for w in first.warnings)
    first.lock()
    shutil.copytree(vault_dir, tmp_path / "kopia")  # the whole folder, as a backup tool would
    vault = unlock_with_witness(vault_dir, usb)
    assert vault.warnings == ()
    add_person(session_of(vault))
    vault.lock()
    shutil.rmtree(vault_dir)
    shutil.copytree(tmp_path / "kopia", vault_dir)

    unlock(vault_dir).lock()  # without the witness nothing outside the folder can tell

    shutil.rmtree(vault_dir)
    shutil.copytree(tmp_path / "kopia", vault_dir)
    message = _unchanged_after(vault_dir, lambda: unlock_with_witness(vault_dir, usb))
    assert "hela valvmappen har ersatts med en äldre kopia" in message
    problems = audit_service.check_folder(vault_dir, ADMIN, ADMIN_PASSPHRASE, witness_dir=usb)
    assert any("vittnesfilen" in p for p in problems)


def test_a_missing_witness_folder_is_a_warning(vault_dir: Path, tmp_path: Path) -> None:
    vault = unlock_with_witness(vault_dir, tmp_path / "ingen-usb")
    try:
        assert any("är USB-nyckeln isatt?" in w for w in vault.warnings)
    finally:
        vault.lock()


def unlock_with_witness(folder: Path, witness: Path) -> Vault:
    return Vault.unlock(folder, ADMIN, ADMIN_PASSPHRASE, sleep=lambda _s: None, witness_dir=witness)


def test_everything_the_vault_creates_is_private(vault_dir: Path, tmp_path: Path) -> None:
    # Schema backups (made before a migration) and a rekey's files included.
    vault = unlock(vault_dir)
    vault.deactivate_user(HANDLER)
    add_person(session_of(vault))
    (vault_dir / "backups").mkdir(mode=0o700, exist_ok=True)
    from skyddsapp.vault.database import export_to

    export_to(vault.connection, vault_dir / "backups" / "extra.db", vault.data_key)
    vault.lock()
    modes = {str(p.relative_to(vault_dir)): p.stat().st_mode & 0o777 for p in vault_dir.rglob("*")}
    assert modes
    assert {name: mode for name, mode in modes.items() if mode not in (0o600, 0o700)} == {}


# --- rekey -----------------------------------------------------------------------------------


def test_a_rekey_that_fails_before_the_new_database_is_whole_writes_no_key_file(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skyddsapp.vault import database

    vault = unlock(vault_dir)

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError("simulerad krasch")

    monkeypatch.setattr(database, "export_to", crash)
    with pytest.raises(StorageError, match=r"vault\.db\.next"):
        vault.deactivate_user(HANDLER)
    monkeypatch.undo()
    vault.lock()
    assert sorted(p.name for p in vault_dir.iterdir() if ".next" in p.name) == []
    vault = unlock(vault_dir)  # nothing was swapped: the old key still opens everything
    try:
        vault.deactivate_user(HANDLER)  # and the deactivation is finished now
    finally:
        vault.lock()
    with pytest.raises(WrongSecret):
        unlock(vault_dir, HANDLER, HANDLER_PASSPHRASE)


def test_a_rekey_waits_for_every_other_session_to_lock(vault_dir: Path) -> None:
    other = unlock(vault_dir, HANDLER, HANDLER_PASSPHRASE)  # another program has it open
    admin = unlock(vault_dir)
    before = tree_hashes(vault_dir, ignore=("vault.db-wal", "vault.db-shm"))
    try:
        with pytest.raises(VaultInUse, match="öppet i ett annat program"):
            admin.deactivate_user(HANDLER)
        assert (vault_dir / "keyslots.json").read_bytes() == _bytes(before, vault_dir)
        other.lock()
        admin.deactivate_user(HANDLER)
    finally:
        admin.lock()
        other.lock()
    with pytest.raises(WrongSecret):
        unlock(vault_dir, HANDLER, HANDLER_PASSPHRASE)


def _bytes(hashes: dict[str, str], folder: Path) -> bytes:
    data = (folder / "keyslots.json").read_bytes()
    import hashlib

    assert hashlib.sha256(data).hexdigest() == hashes["keyslots.json"]
    return data


def test_a_damaged_salt_is_named_as_such_not_as_a_wrong_key_file(vault_dir: Path) -> None:
    flip(vault_dir / "vault.db", 5)  # inside the 16-byte salt every page's MAC key comes from
    message = _unchanged_after(vault_dir, lambda: unlock(vault_dir))
    assert "Saltet i början av databasfilen" in message
    problems = audit_service.check_folder(vault_dir, ADMIN, ADMIN_PASSPHRASE)
    assert problems == [
        f"Saltet i början av databasfilen {vault_dir / 'vault.db'} (dess första 16 byte) är "
        "skadat; resten av filen hör till det här valvet."
    ]


def test_repair_removes_only_damaged_slots_never_all_of_them(vault_dir: Path) -> None:
    slots = KeySlotFile.load(vault_dir / "keyslots.json")
    right = _integrity_key(vault_dir)
    # Under another key every slot looks damaged: that is a changed key, not damage.
    kept, removed = slots.split_damaged(bytes(32))
    assert (kept, removed) == (slots, [])
    kept, removed = slots.split_damaged(right, keep=ADMIN)
    assert removed == []
    assert [s.user for s in kept.slots] == [s.user for s in slots.slots]
