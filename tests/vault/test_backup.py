"""Backups (issue 12 part 1): a round trip equals the original, damage is caught file by file,
nothing is half written, old backups go, restores land beside the vault and never over it."""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vault_kit import (
    ADMIN,
    ADMIN_PASSPHRASE,
    HANDLER,
    HANDLER_PASSPHRASE,
    Template,
    add_case,
    add_person,
    connect,
    no_sleep,
    session_of,
    tree_hashes,
    unlock,
)

from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.services import backups
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault import backup as backup_files
from skyddsapp.vault import database
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import BackupDamaged, BackupExists, DiskFull, RestoreLeftover
from skyddsapp.vault.keyslots import WrongSecret
from skyddsapp.vault.vault import Vault

LAST_NAME = "Zyxbackupsson"
STREET = "Kopiegränd 17"
PERSONAL_NUMBER = "198112189876"
NOTES = "Backupmarkör Qjxw om flytten."


@pytest.fixture
def filled(opened: Vault) -> Vault:
    """The administrator's open vault holding a person and a case with recognisable text."""
    session = session_of(opened)
    person = add_person(
        session,
        "Qöxbärta",
        LAST_NAME,
        personal_number=PERSONAL_NUMBER,
        street=STREET,
        notes=NOTES,
        protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
    )
    assert person.id is not None
    add_case(session, person.id, notes=NOTES)
    return opened


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    return tmp_path / "usb"


def _tables(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {n: sorted(map(tuple, conn.execute(f'SELECT * FROM "{n}"')), key=_order) for n in names}


def _order(row: tuple[object, ...]) -> tuple[tuple[int, object], ...]:
    return tuple((0, x) if isinstance(x, int | float) else (1, repr(x)) for x in row)


# --- the round trip ------------------------------------------------------------------------


def test_backup_then_restore_equals_the_original(filled: Vault, usb: Path) -> None:
    before = _tables(filled.connection)
    generation = before["vault_state"][0][1]
    made = backups.create_backup(filled, usb)
    assert (made.cases, made.persons, made.audit_entries) == (
        1,
        1,
        len(before["audit_log"]),
    )
    assert made.made_by == ADMIN
    assert made.summary.generation == generation
    # Recorded and logged in the vault, after the files were checked.
    conn = filled.connection
    row = conn.execute("SELECT folder_name, made_by, generation FROM backups").fetchall()
    assert row == [(made.summary.path.name, ADMIN, generation)]
    last = list(audit_log.entries(conn))[-1]
    assert (last.action, last.object_id) == ("backup.create", made.summary.path.name)
    filled.lock()

    restored = backups.restore_beside(made.summary.path, filled.folder, ADMIN, ADMIN_PASSPHRASE)
    assert restored.parent == filled.folder.parent
    assert restored.name.startswith(f"{filled.folder.name}-aterstalld-")
    assert sorted(p.name for p in restored.iterdir()) == ["keyslots.json", "vault.db", "vault.head"]
    vault = unlock(restored)
    try:
        after = _tables(vault.connection)
        assert vault.verify_audit().ok
        assert vault.examine() == []
        assert vault.warnings == ()
        entries = list(audit_log.entries(vault.connection))
    finally:
        vault.lock()
    # Every table holds what the original held, but for what the restore itself added: its own
    # entry in the log (and the unlock's), and a generation above the original's.
    for name in before:
        if name in {"audit_log", "vault_state"}:
            continue
        assert after[name] == before[name], name
    assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
    restore_entry = entries[len(before["audit_log"])]
    assert restore_entry.action == "vault.restore"
    assert restore_entry.details == (
        f"säkerhetskopia {made.summary.made_at}; generation {generation}"
    )
    assert after["vault_state"][0][1] > generation
    assert after["vault_state"][0][2:] == before["vault_state"][0][2:]


def test_progress_runs_forward_to_the_end(made: backups.BackupManifest, opened: Vault) -> None:
    folder = opened.folder
    opened.lock()
    seen: list[tuple[int, int]] = []
    backups.restore_beside(
        made.summary.path,
        folder,
        ADMIN,
        ADMIN_PASSPHRASE,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert len(seen) > 2
    assert len({total for _, total in seen}) == 1
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1]


def test_the_restored_vault_opens_with_the_recovery_key_too(
    opened: Vault, usb: Path, template: Template, tmp_path: Path
) -> None:
    made = backups.create_backup(opened, usb)
    opened.lock()
    preview = backups.preview_restore(
        made.summary.path, "", template.recovery_key, recovery_key=True
    )
    assert preview.made_by == ADMIN
    restored = backups.restore_beside(
        made.summary.path,
        opened.folder,
        "",
        template.recovery_key,
        recovery_key=True,
        into=tmp_path / "nytt",
    )
    vault = Vault.unlock_with_recovery_key(restored, template.recovery_key, sleep=no_sleep)
    vault.lock()
    vault = unlock(restored, HANDLER, HANDLER_PASSPHRASE)
    vault.lock()


def test_the_copy_is_one_moment_even_when_the_vault_commits_during_it(
    filled: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_files, "_KERNEL_CHUNK", 4096)  # a progress report per page
    session = session_of(filled)
    count = filled.connection.execute("SELECT count(*) FROM persons").fetchone()[0]
    done: list[tuple[int, int]] = []
    checkpoints: list[tuple[int, int, int]] = []

    def meanwhile(pages: int, total: int) -> None:
        if len(done) in (1, 5):  # commits (and a key-file save) while the file is copied
            add_person(session, "Efter", "Kopian")
            filled.add_user(f"sen{len(done)}", "Sen", filled.user.role, "en helt ny lösenfras")
            # A checkpoint now would write those commits into the file being copied: it must
            # find the copy's reader in its way and leave the file alone.
            row = filled.connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            checkpoints.append(tuple(row))
        done.append((pages, total))

    made = backups.create_backup(filled, usb, progress=meanwhile)
    assert done[-1][0] == done[-1][1] > 2
    assert all(log > copied for _, log, copied in checkpoints), checkpoints
    assert made.persons == count
    assert backups.verify_backup(filled, made.summary.path).problems == []
    # The vault itself has all of it.
    assert filled.connection.execute("SELECT count(*) FROM persons").fetchone()[0] == count + 2


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_the_copy_works_with_and_without_the_kernels_copy(
    opened: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch, kernel_copy: bool
) -> None:
    calls: list[int] = []

    def not_here(*args: object) -> int:
        calls.append(1)
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    if not kernel_copy:
        monkeypatch.setattr(backup_files.os, "copy_file_range", not_here, raising=False)
    monkeypatch.setattr(backup_files, "_CHUNK", 4096 * 7)
    made = backups.create_backup(opened, usb)
    assert calls == ([] if kernel_copy else [1])
    assert backups.verify_backup(opened, made.summary.path).problems == []


def test_a_reader_in_the_way_of_the_checkpoint_gets_a_page_by_page_copy(
    filled: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_files, "_CHECKPOINT_TRIES", 2)
    online: list[Path] = []
    real = backup_files._copy_online

    def spy(reader: Connection, target: Path, key: bytes, progress: object) -> None:
        online.append(target)
        real(reader, target, key, progress)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_files, "_copy_online", spy)
    other = connect(filled.folder, filled.data_key)
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM persons").fetchone()  # an older snapshot, held
        add_person(session_of(filled), "Efter", "Lasaren")
        count = filled.connection.execute("SELECT count(*) FROM persons").fetchone()[0]
        made = backups.create_backup(filled, usb)
    finally:
        other.close()
    assert len(online) == 1
    assert made.persons == count
    assert backups.verify_backup(filled, made.summary.path).problems == []


# --- damage is caught, and nothing is written --------------------------------------------------


@pytest.fixture
def made(opened: Vault, usb: Path) -> backups.BackupManifest:
    return backups.create_backup(opened, usb)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", ["vault.db", "keyslots.json", "backup.json"])
@pytest.mark.parametrize("where", [0.0, 0.5, 0.999])
def test_a_flipped_byte_in_any_file_is_caught_and_nothing_is_written(
    opened: Vault, made: backups.BackupManifest, name: str, where: float, tmp_path: Path
) -> None:
    path = made.summary.path / name
    _flip(path, int(path.stat().st_size * where))
    found = backups.verify_backup(opened, made.summary.path)
    assert found.problems
    assert any(name in p for p in found.problems), found.problems
    folder = opened.folder
    opened.lock()
    before = tree_hashes(tmp_path)
    with pytest.raises(BackupDamaged) as caught:
        backups.preview_restore(made.summary.path, ADMIN, ADMIN_PASSPHRASE)
    assert name in str(caught.value)
    with pytest.raises(BackupDamaged):
        backups.restore_beside(made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE)
    assert tree_hashes(tmp_path) == before
    assert not any(p.name.startswith("valv-aterstalld") for p in tmp_path.iterdir())


def test_every_byte_of_the_header_is_covered(opened: Vault, made: backups.BackupManifest) -> None:
    """Flip each byte of backup.json in turn: the header, the hashes or the manifest says so."""
    path = made.summary.path / "backup.json"
    original = path.read_bytes()
    key = opened.data_key
    # The files are not touched, so file_problems would find damage exactly when the sizes
    # and hashes the header names differ from the true ones (hashing each time is slow).
    true_files = backup_files.read(made.summary.path).header.files
    for offset in range(len(original)):
        data = bytearray(original)
        data[offset] ^= 0x01
        path.write_bytes(bytes(data))
        try:
            found = backup_files.read(made.summary.path)
        except BackupDamaged as exc:
            problems = exc.problems
            assert len(problems) == 1
            assert "backup.json" in problems[0]
            continue
        caught = found.header.files != true_files or backup_files.open_manifest(found, key) is None
        assert caught, f"byte {offset} ({chr(original[offset])!r}) not caught"
    path.write_bytes(original)
    assert backups.verify_backup(opened, made.summary.path).problems == []


def test_a_damaged_page_is_named_by_number(opened: Vault, made: backups.BackupManifest) -> None:
    _flip(made.summary.path / "vault.db", 4096 * 2 + 100)
    problems = backups.verify_backup(opened, made.summary.path).problems
    assert any("har ändrats sedan säkerhetskopian gjordes" in p for p in problems)
    assert any("en skadad sida (sida 3)" in p for p in problems)


def test_a_key_file_from_another_moment_is_caught(
    opened: Vault, made: backups.BackupManifest
) -> None:
    # A header rewritten to match a newer key file (serial two ahead) is still caught: the key
    # file does not belong to the database in the backup.
    opened.add_user("ny", "Ny Användare", opened.user.role, "en helt ny lösenfras")
    opened.add_user("ny2", "Ny Användare", opened.user.role, "en helt ny lösenfras")
    slot_path = made.summary.path / "keyslots.json"
    slot_path.write_bytes(Vault.keyslot_path(opened.folder).read_bytes())
    problems = backups.verify_backup(opened, made.summary.path).problems
    assert any("hör inte ihop med databasen" in p for p in problems), problems


def test_a_backup_of_another_vault_is_named(
    opened: Vault, other_template: Template, usb: Path, tmp_path: Path
) -> None:
    other = unlock(other_template.copy_to(tmp_path / "annat"))
    try:
        made = backups.create_backup(other, usb)
    finally:
        other.lock()
    assert backups.list_backups(opened, usb) == []
    problems = backups.verify_backup(opened, made.summary.path).problems
    assert problems == [
        f"Säkerhetskopian i {made.summary.path} är gjord av ett annat valv än det som är öppet."
    ]


# --- written whole or not at all --------------------------------------------------------------


def test_a_failure_while_writing_leaves_no_folder(
    opened: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes, *, mode: int = 0o600) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(backup_files, "atomic_write", full)
    before = opened.connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(DiskFull) as caught:
        backups.create_backup(opened, usb)
    assert str(usb) in str(caught.value)
    # The first error, not a cleanup's.
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.__cause__.errno == errno.ENOSPC
    assert list(usb.iterdir()) == []
    assert opened.connection.execute("SELECT count(*) FROM backups").fetchone()[0] == 0
    after = opened.connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert after == before


def test_damage_found_after_writing_leaves_no_folder(
    opened: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = backup_files.check

    def damaged(
        found: backup_files.Backup, key: bytes, **kwargs: object
    ) -> tuple[object, list[str]]:
        assert found.folder.name.endswith(".partial")  # checked before it gets its name
        _flip(found.folder / "vault.db", 5000)
        return real_check(found, key, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_files, "check", damaged)
    with pytest.raises(BackupDamaged):
        backups.create_backup(opened, usb)
    assert list(usb.iterdir()) == []


def test_files_are_private(made: backups.BackupManifest, usb: Path) -> None:
    assert stat.S_IMODE(usb.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.summary.path.stat().st_mode) == 0o700
    for path in made.summary.path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert sorted(p.name for p in made.summary.path.iterdir()) == [
        "backup.json",
        "keyslots.json",
        "vault.db",
    ]


def test_no_plaintext_personal_data_in_any_file(filled: Vault, usb: Path) -> None:
    made = backups.create_backup(filled, usb)
    # Markers long enough not to turn up by chance in a few hundred KiB of ciphertext.
    markers = [LAST_NAME, "Qöxbärta", PERSONAL_NUMBER, PERSONAL_NUMBER[2:], "Kopiegränd", NOTES]
    markers += ["Anna Administratör", "Hugo Handläggare"]
    names = [ADMIN, HANDLER]  # user names: the key file's slot labels, as in the vault
    for path in made.summary.path.iterdir():
        data = path.read_bytes()
        for marker in markers + (names if path.name != "keyslots.json" else []):
            for text in {marker, marker.lower(), marker.upper()}:
                for encoding in ("utf-8", "utf-16-le", "latin-1"):
                    assert text.encode(encoding) not in data, (path.name, marker)
    header = json.loads((made.summary.path / "backup.json").read_text())
    assert set(header["header"]) == {
        "format",
        "version",
        "vault_id",
        "made_at",
        "generation",
        "schema",
        "files",
    }
    # The markers are in the backup all the same, under the data key.
    copy = database.connect(
        made.summary.path / "vault.db", filled.data_key, read_only=True, immutable=True
    )
    try:
        assert copy.execute("SELECT last_name FROM persons").fetchall() == [(LAST_NAME,)]
    finally:
        copy.close()


# --- keep the newest N of this vault ----------------------------------------------------------


def test_only_the_newest_backups_of_this_vault_are_kept(
    opened: Vault, other_template: Template, usb: Path, tmp_path: Path
) -> None:
    other = unlock(other_template.copy_to(tmp_path / "annat"))
    try:
        foreign = backups.create_backup(other, usb, keep=1).summary.path
    finally:
        other.lock()
    made = [backups.create_backup(opened, usb, keep=2).summary.path for _ in range(2)]
    leftover = usb / (made[0].name + "-9.partial")
    leftover.mkdir()
    unreadable = usb / (made[0].name + "-8")
    unreadable.mkdir()
    newest = backups.create_backup(opened, usb, keep=2).summary.path
    kept = {p.name for p in usb.iterdir()}
    assert kept == {
        foreign.name,
        made[1].name,
        newest.name,
        leftover.name,
        unreadable.name,
    }
    listed = backups.list_backups(opened, usb)
    assert [c.summary.path if c.summary else None for c in listed] == [newest, made[1], None]
    assert [bool(c.problems) for c in listed] == [False, False, True]


def test_newest_good_backup_skips_a_damaged_one(opened: Vault, usb: Path) -> None:
    older = backups.create_backup(opened, usb).summary
    newer = backups.create_backup(opened, usb).summary
    assert backups.vault_id_of(opened.folder) == opened.vault_id
    Vault.keyslot_path(opened.folder).write_bytes(b"{ skadad")  # still named by vault.head
    assert backups.vault_id_of(opened.folder) == opened.vault_id
    assert backups.vault_id_of(usb) is None
    assert backups.newest_good_backup(usb, opened.vault_id) == newer
    _flip(newer.path / "keyslots.json", 10)
    assert backups.newest_good_backup(usb, opened.vault_id) == older
    assert backups.newest_good_backup(usb, "0" * 32) is None
    assert backups.newest_good_backup(usb / "finns-inte", opened.vault_id) is None


# --- restore beside, never over ---------------------------------------------------------------


def test_restore_never_writes_into_an_existing_folder(
    made: backups.BackupManifest, opened: Vault, tmp_path: Path
) -> None:
    folder = opened.folder
    opened.lock()
    taken = tmp_path / "upptagen"
    taken.mkdir()
    for into in (taken, folder):
        before = tree_hashes(tmp_path)
        with pytest.raises(BackupExists):
            backups.restore_beside(made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE, into=into)
        assert tree_hashes(tmp_path) == before
    assert list(taken.iterdir()) == []


@pytest.fixture(params=["renameat2", "claim"])
def rename_way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The final rename as Linux does it (renameat2, no replace), and the fallback elsewhere
    (the name claimed with mkdir, then renamed over)."""
    if request.param == "claim":
        monkeypatch.setattr(backup_files, "_renameat2", lambda source, target: False)
    return str(request.param)


def test_a_folder_made_between_the_check_and_the_rename_is_never_replaced(
    made: backups.BackupManifest,
    opened: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    rename_way: str,
) -> None:
    # The window between the existence check and the rename: an empty folder appears at the
    # target at the last moment, just before the call that puts the restored folder there
    # (renameat2, the claim's mkdir, or a rename), whichever comes first.
    folder = opened.folder
    opened.lock()
    target = tmp_path / "ny"

    real_renameat2, real_mkdir, real_rename = backup_files._renameat2, os.mkdir, os.rename

    def appear(destination: object) -> None:
        if Path(str(destination)) == target and not target.exists():
            real_mkdir(target)

    def renameat2(source: Path, destination: Path) -> bool:
        appear(destination)
        return real_renameat2(source, destination)

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        appear(path)
        real_mkdir(path, *args, **kwargs)

    def rename(source: Any, destination: Any, *args: Any, **kwargs: Any) -> None:
        appear(destination)
        real_rename(source, destination, *args, **kwargs)

    if rename_way == "renameat2":
        monkeypatch.setattr(backup_files, "_renameat2", renameat2)
    monkeypatch.setattr(backup_files.os, "mkdir", mkdir)
    monkeypatch.setattr(backup_files.os, "rename", rename)
    with pytest.raises(BackupExists) as caught:
        backups.restore_beside(made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE, into=target)
    assert str(target) in str(caught.value)
    assert target.is_dir()
    assert list(target.iterdir()) == []  # the other folder is still there, and still empty
    assert not (tmp_path / ".ny.partial").exists()  # ours is gone


def test_a_backup_never_takes_over_a_folder_made_under_its_name_meanwhile(
    opened: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch, rename_way: str
) -> None:
    # The same window when a backup gets its final name: an empty folder of that name appears
    # just before the rename. The backup is refused, the stranger's folder stays empty, and no
    # partial folder is left.
    del rename_way
    real_mkdir = os.mkdir
    real_rename = backup_files.rename_exclusive
    appeared: list[Path] = []

    def racing(source: Path, target: Path) -> None:
        real_mkdir(target)
        appeared.append(target)
        real_rename(source, target)

    monkeypatch.setattr(backup_files, "rename_exclusive", racing)
    with pytest.raises(BackupExists):
        backups.create_backup(opened, usb)
    assert [p.name for p in usb.iterdir()] == [appeared[0].name]
    assert list(appeared[0].iterdir()) == []


def test_the_fallback_never_removes_a_claimed_folder_that_got_contents(
    made: backups.BackupManifest, opened: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without renameat2 the name is claimed with mkdir; something written into the claim before
    # the rename makes the rename fail, and the claim with its contents stays as it is.
    monkeypatch.setattr(backup_files, "_renameat2", lambda source, target: False)
    folder = opened.folder
    opened.lock()
    target = tmp_path / "ny"
    real_rename = backup_files.os.rename

    def racing(source: object, destination: object) -> None:
        if Path(str(destination)) == target:
            (target / "annans-fil").write_text("x", "utf-8")
        real_rename(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_files.os, "rename", racing)
    with pytest.raises(BackupExists):
        backups.restore_beside(made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE, into=target)
    assert [p.name for p in target.iterdir()] == ["annans-fil"]
    assert not (tmp_path / ".ny.partial").exists()


def test_a_restore_that_succeeds_either_way_leaves_only_the_new_vault(
    made: backups.BackupManifest, opened: Vault, tmp_path: Path, rename_way: str
) -> None:
    folder = opened.folder
    opened.lock()
    target = tmp_path / "ny"
    restored = backups.restore_beside(
        made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE, into=target
    )
    assert restored == target
    assert sorted(p.name for p in target.iterdir()) == ["keyslots.json", "vault.db", "vault.head"]
    assert not (tmp_path / ".ny.partial").exists()
    unlock(target).lock()


def test_a_partial_folder_left_by_an_earlier_restore_is_named_and_left_alone(
    made: backups.BackupManifest, opened: Vault, tmp_path: Path
) -> None:
    folder = opened.folder
    opened.lock()
    leftover = tmp_path / ".ny.partial"
    leftover.mkdir()
    (leftover / "vault.db").write_bytes(b"halv")
    before = tree_hashes(tmp_path)
    with pytest.raises(RestoreLeftover) as caught:
        backups.restore_beside(
            made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE, into=tmp_path / "ny"
        )
    assert str(caught.value).startswith(
        f"En ofullständig återställning ligger kvar i mappen {leftover} "
    )
    assert "inget har skrivits" in str(caught.value)
    assert tree_hashes(tmp_path) == before
    assert not (tmp_path / "ny").exists()


def test_a_wrong_passphrase_is_refused_as_at_unlock(made: backups.BackupManifest) -> None:
    with pytest.raises(WrongSecret):
        backups.preview_restore(made.summary.path, ADMIN, "fel lösenfras helt och hållet")
    with pytest.raises(WrongSecret):
        backups.preview_restore(made.summary.path, "ingen-sadan", ADMIN_PASSPHRASE)


def test_only_an_administrator_backs_up_or_restores(
    vault_dir: Path, usb: Path, made: backups.BackupManifest
) -> None:
    handler = unlock(vault_dir, HANDLER, HANDLER_PASSPHRASE)
    try:
        with pytest.raises(NotAllowed):
            backups.create_backup(handler, usb)
        with pytest.raises(NotAllowed):
            backups.list_backups(handler, usb)
        with pytest.raises(NotAllowed):
            backups.verify_backup(handler, made.summary.path)
    finally:
        handler.lock()
    with pytest.raises(NotAllowed):
        backups.preview_restore(made.summary.path, HANDLER, HANDLER_PASSPHRASE)


def test_a_restored_vault_is_not_taken_for_a_rolled_back_copy(
    vault_dir: Path, usb: Path, tmp_path: Path
) -> None:
    witness = tmp_path / "vittne"
    witness.mkdir()
    vault = Vault.unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE, sleep=no_sleep, witness_dir=witness)
    made = backups.create_backup(vault, usb)
    for n in range(3):  # the vault moves on past the backup
        add_person(session_of(vault), "Senare", "Person" + "abc"[n])
    vault.lock()
    restored = backups.restore_beside(
        made.summary.path, vault_dir, ADMIN, ADMIN_PASSPHRASE, witness_dir=witness
    )
    again = Vault.unlock(restored, ADMIN, ADMIN_PASSPHRASE, sleep=no_sleep, witness_dir=witness)
    try:
        assert again.warnings == ()
        assert again.examine() == []
    finally:
        again.lock()
    # Without the witness the restored vault opens all the same.
    unlock(restored).lock()


def test_backup_status_warns_when_old_or_missing(opened: Vault, usb: Path) -> None:
    status = backups.backup_status(opened, max_age_days=7)
    assert status == backups.BackupStatus(None, None, True)
    made = backups.create_backup(opened, usb)
    made_on = backups.dt.datetime.fromisoformat(made.summary.made_at).date()
    fresh = backups.backup_status(opened, max_age_days=7, today=made_on)
    assert fresh == backups.BackupStatus(made.summary.made_at, 0, False)
    late = made_on + backups.dt.timedelta(days=8)
    assert backups.backup_status(opened, max_age_days=7, today=late).too_old


def test_a_backup_inside_the_vault_folder_is_refused(opened: Vault) -> None:
    from skyddsapp.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        backups.create_backup(opened, opened.folder / "kopior")
    assert not (opened.folder / "kopior").exists()


def test_a_backup_from_before_a_rekey_is_named_as_such_and_still_restores(
    opened: Vault, made: backups.BackupManifest, tmp_path: Path
) -> None:
    opened.deactivate_user(HANDLER)  # the vault gets a new data key
    problems = backups.verify_backup(opened, made.summary.path).problems
    assert len(problems) == 1
    assert "krypterad med en annan nyckel än valvets nuvarande" in problems[0]
    folder = opened.folder
    opened.lock()
    restored = backups.restore_beside(
        made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE, into=tmp_path / "före"
    )
    # The backup's own key slots: the handler deactivated since is active in it again.
    unlock(restored, HANDLER, HANDLER_PASSPHRASE).lock()


# --- the header parser takes any bytes ----------------------------------------------------------

_HEADER_SAMPLE = json.dumps(
    {
        "header": {
            "format": "skyddsapp-backup",
            "version": 1,
            "vault_id": "0" * 32,
            "made_at": "2026-03-02T09:30:00+00:00",
            "generation": 7,
            "schema": 19,
            "files": {
                "vault.db": {"size": 4096, "sha256": "a" * 64},
                "keyslots.json": {"size": 10, "sha256": "b" * 64},
            },
        },
        "manifest": "AAAA",
    }
).encode()


@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.builds(
            lambda cut, flip, junk: (
                _HEADER_SAMPLE[:cut]
                + bytes([_HEADER_SAMPLE[cut] ^ flip])
                + _HEADER_SAMPLE[cut + 1 :]
                + junk
            ),
            st.integers(0, len(_HEADER_SAMPLE) - 1),
            st.integers(1, 255),
            st.binary(max_size=8),
        ),
    )
)
@settings(max_examples=300, deadline=None)
def test_any_bytes_in_backup_json_read_or_are_named_damaged(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "backup.json").write_bytes(data)
        problems = _read_problems(folder)
        # Damage is named in one message naming the file; what still reads as a header (a
        # digit of a value changed) names no file that matches it.
        assert len(problems) == 1
        assert "backup.json" in problems[0] or "vault.db" in problems[0]


def _read_problems(folder: Path) -> list[str]:
    try:
        found = backup_files.read(folder)
    except BackupDamaged as exc:
        return exc.problems
    return backup_files.file_problems(found)[:1]


def test_the_sample_header_reads() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "backup.json").write_bytes(_HEADER_SAMPLE)
        assert backup_files.read(Path(scratch)).header.generation == 7


def test_a_restore_cut_short_leaves_no_folder(
    made: backups.BackupManifest, opened: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = opened.folder
    opened.lock()

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_files.head_file, "create", full)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DiskFull):
        backups.restore_beside(
            made.summary.path, folder, ADMIN, ADMIN_PASSPHRASE, into=tmp_path / "ny"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no folder, no .partial


def test_a_vault_kept_busy_is_named_busy(
    opened: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skyddsapp.vault.errors import VaultBusy

    monkeypatch.setattr(backup_files, "_CHECKPOINT_TRIES", 1)
    other = connect(opened.folder, opened.data_key)
    try:
        other.execute("PRAGMA busy_timeout = 0")
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        real_connect = backup_files.database.connect

        def impatient(*args: object, **kwargs: object) -> Connection:
            conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
            conn.execute("PRAGMA busy_timeout = 50")
            return conn

        monkeypatch.setattr(backup_files.database, "connect", impatient)
        with pytest.raises(VaultBusy):
            backups.create_backup(opened, usb)
    finally:
        other.close()
    assert list(usb.iterdir()) == []
