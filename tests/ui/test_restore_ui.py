"""Återställ från säkerhetskopia and the damage offer at unlock, driven through real widgets on
a real (small, fast-KDF) demo vault: preview, restore beside, a damaged backup refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backup_support import flip, tree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, no_sleep

from skyddsapp.services import backups, demo, sessions
from skyddsapp.ui.admin.restore_dialog import CHOOSE, DONE, PREVIEW, RestoreDialog
from skyddsapp.ui.paperwork.file_dialogs import PathAsker, choose_folder
from skyddsapp.ui.shell.settings import BACKUP_FOLDER, VAULT_FOLDER
from skyddsapp.ui.shell.unlock_dialog import UnlockDialog
from skyddsapp.vault.keyslots import WRONG_USER_SECRET

WAIT_MS = 20_000


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def _folders(parent: Path) -> set[str]:
    return {p.name for p in parent.iterdir() if p.is_dir()}


def _dialog(
    qtbot: QtBot, folder: Path, backup: Path | None, ask_folder: PathAsker = choose_folder
) -> RestoreDialog:
    dialog = RestoreDialog(folder, backup=backup, ask_folder=ask_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _preview(qtbot: QtBot, dialog: RestoreDialog, passphrase: str = demo.DEMO_PASSPHRASE) -> None:
    dialog.user_edit.setText(demo.DEMO_USER)
    dialog.passphrase_edit.setText(passphrase)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)  # Förhandsgranska is the default
    assert dialog.passphrase_edit.text() == ""  # the field is emptied at once
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_a_backup_is_previewed_then_restored_beside_the_vault_never_over_it(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    before = tree(vault_folder)
    dialog = _dialog(qtbot, vault_folder, usb_backup.summary.path)
    assert dialog.pages.currentIndex() == CHOOSE
    assert dialog.focusWidget() is dialog.user_edit  # the backup is filled in
    _preview(qtbot, dialog)

    assert dialog.pages.currentIndex() == PREVIEW
    assert dialog.restore_button.isDefault()
    text = dialog.preview_label.text()
    assert "kontrollerad: Hel" in text
    assert f"av {demo.DEMO_USER}" in text
    assert f"Ärenden: {usb_backup.cases}, personer: {usb_backup.persons}" in text
    assert f"Generation: {usb_backup.summary.generation}" in text
    assert str(vault_folder) in text
    assert _folders(vault_folder.parent) == {"valv", "usb"}  # a preview writes nothing

    steps: list[int] = []
    dialog._relay.progressed.connect(lambda done, total: steps.append(done))
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)

    assert dialog.pages.currentIndex() == DONE, dialog.error_label.text()
    restored = dialog.restored
    assert restored is not None
    assert restored.parent == vault_folder.parent
    assert restored.name.startswith("valv-aterstalld-")
    assert str(restored) in dialog.done_label.text()
    assert tree(vault_folder) == before  # the current vault is untouched
    assert steps
    assert dialog.open_button.isDefault()
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.open_button.click()
    assert opened.args == [restored]

    # What was restored opens, with everything the backup had.
    reopened = sessions.unlock(restored, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
    try:
        cases = reopened.vault.connection.execute("SELECT count(*) FROM cases").fetchone()[0]
        assert cases == usb_backup.cases
    finally:
        sessions.lock(reopened)


def test_the_recovery_key_opens_the_backup_too(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest, recovery_key: str
) -> None:
    dialog = _dialog(qtbot, vault_folder, usb_backup.summary.path)
    dialog.mode_button.click()
    assert dialog.key_edit.isVisible()
    assert not dialog.passphrase_edit.isVisible()
    dialog.key_edit.setText(recovery_key)
    dialog.preview_button.click()
    assert dialog.key_edit.text() == ""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.pages.currentIndex() == PREVIEW, dialog.error_label.text()


def test_a_damaged_backup_is_named_as_damaged_and_nothing_changes(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    backup = usb_backup.summary.path
    flip(backup / "vault.db", 6000)
    before = tree(vault_folder.parent)
    dialog = _dialog(qtbot, vault_folder, backup)
    _preview(qtbot, dialog)
    assert dialog.pages.currentIndex() == CHOOSE
    message = dialog.error_label.text()
    assert "är skadad" in message
    assert "vault.db" in message
    assert "inget har skrivits" in message
    assert dialog.manifest is None
    assert tree(vault_folder.parent) == before


def test_a_wrong_passphrase_gets_the_unlocks_message(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    dialog = _dialog(qtbot, vault_folder, usb_backup.summary.path)
    _preview(qtbot, dialog, "helt fel lösenfras här")
    assert dialog.pages.currentIndex() == CHOOSE
    assert dialog.error_label.text() == WRONG_USER_SECRET
    assert dialog.focusWidget() is dialog.passphrase_edit


def test_going_back_forgets_the_secret(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    dialog = _dialog(qtbot, vault_folder, usb_backup.summary.path)
    _preview(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == CHOOSE
    assert dialog._secret is None
    dialog.restore()  # nothing to restore with
    assert not dialog.busy
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_missing_backup_folder_is_named(qtbot: QtBot, vault_folder: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "usb" / "skyddsapp-backup-borta"

    def ask(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path:
        return chosen

    dialog = _dialog(qtbot, vault_folder, None, ask_folder=ask)
    assert dialog.focusWidget() is dialog.backup_edit
    dialog.choose_button.click()
    assert dialog.backup_edit.text() == str(chosen)
    _preview(qtbot, dialog)
    assert "finns inte" in dialog.error_label.text()


# --------------------------------------------------------------------------- from the unlock


def _damage(folder: Path) -> None:
    (folder / "vault.head").unlink()  # unlock names this as damage and opens nothing


def _unlock(qtbot: QtBot, dialog: UnlockDialog) -> None:
    dialog.user_edit.setText(demo.DEMO_USER)
    dialog.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_unlock_of_a_damaged_vault_offers_the_newest_good_backup(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    usb = usb_backup.summary.path.parent
    _damage(vault_folder)
    dialog = UnlockDialog(vault_folder, sleep=no_sleep, backup_dir=usb)
    qtbot.addWidget(dialog)
    dialog.show()
    _unlock(qtbot, dialog)

    assert "vault.head saknas" in dialog.error_label.text()
    assert dialog.offer_label.isVisible()
    assert str(usb_backup.summary.path) in dialog.offer_label.text()
    assert f"generation {usb_backup.summary.generation}" in dialog.offer_label.text()
    assert dialog.restore_button.isDefault()
    assert dialog.restore_button.text() == "Återställ från &säkerhetskopian…"
    with qtbot.waitSignal(dialog.restore_requested) as asked:
        qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Return)
    assert asked.args == [usb_backup.summary.path]


def test_a_damaged_backup_is_not_offered_and_the_folder_looked_in_is_named(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    usb = usb_backup.summary.path.parent
    flip(usb_backup.summary.path / "vault.db", 6000)
    _damage(vault_folder)
    dialog = UnlockDialog(vault_folder, sleep=no_sleep, backup_dir=usb)
    qtbot.addWidget(dialog)
    dialog.show()
    _unlock(qtbot, dialog)
    assert dialog.offer_label.text().startswith(
        f"Ingen hel säkerhetskopia av valvet hittades i {usb}."
    )
    assert dialog.unlock_button.isDefault()
    with qtbot.waitSignal(dialog.restore_requested) as asked:
        dialog.restore_button.click()
    assert asked.args == [None]  # the restore flow opens without a backup chosen


def test_without_a_backup_folder_the_offer_says_none_was_chosen(
    qtbot: QtBot, vault_folder: Path
) -> None:
    _damage(vault_folder)
    dialog = UnlockDialog(vault_folder, sleep=no_sleep)
    qtbot.addWidget(dialog)
    dialog.show()
    _unlock(qtbot, dialog)
    assert "Ingen mapp för säkerhetskopior är vald" in dialog.offer_label.text()


def test_a_wrong_passphrase_offers_no_backup(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    dialog = UnlockDialog(vault_folder, sleep=no_sleep, backup_dir=usb_backup.summary.path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_edit.setText(demo.DEMO_USER)
    dialog.passphrase_edit.setText("fel fel fel fel fel")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.error_label.text() == WRONG_USER_SECRET
    assert not dialog.offer_label.isVisible()


def test_the_offer_leads_through_the_restore_to_the_restored_vault(
    make_controller: ControllerFactory,
    qtbot: QtBot,
    vault_folder: Path,
    usb_backup: backups.BackupManifest,
) -> None:
    usb = usb_backup.summary.path.parent
    _damage(vault_folder)
    controller = make_controller(vault_folder)
    controller.settings.set(BACKUP_FOLDER, str(usb))
    controller.start()
    unlock = controller.unlock_dialog
    assert unlock is not None
    _unlock(qtbot, unlock)
    unlock.restore_button.click()

    restore = controller.restore_dialog
    assert restore is not None
    assert restore.isVisible()
    assert restore.backup_edit.text() == str(usb_backup.summary.path)
    _preview(qtbot, restore)
    restore.restore_button.click()
    qtbot.waitUntil(lambda: not restore.busy, timeout=WAIT_MS)
    restored = restore.restored
    assert restored is not None, restore.error_label.text()
    restore.open_button.click()

    assert controller.folder == restored
    assert controller.settings.get(VAULT_FOLDER) == str(restored)
    new_unlock = controller.unlock_dialog
    assert new_unlock is not None
    assert new_unlock is not unlock
    assert str(restored) in new_unlock.vault_label.text()
    _unlock(qtbot, new_unlock)
    assert controller.session is not None, new_unlock.error_label.text()
    assert controller.session.vault.folder == restored
    assert not controller.session.warnings  # not taken for a rolled-back copy


def test_restore_from_the_window_switches_the_open_vault(
    make_controller: ControllerFactory, qtbot: QtBot, vault_folder: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb2"
    usb.mkdir()
    session = sessions.unlock(vault_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
    made = backups.create_backup(session.vault, usb)
    controller = make_controller(vault_folder)
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    window.restore_action.trigger()
    restore = controller.restore_dialog
    assert restore is not None
    assert restore.backup_edit.text() == ""  # from Arkiv: a backup is chosen in the dialog
    restore.close_button.click()
    qtbot.wait(10)  # deleted on close

    controller.settings.set(BACKUP_FOLDER, str(usb))
    window.backups_action.trigger()  # … or picked in Säkerhetskopior
    listing = window.backups_dialog
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not listing.busy, timeout=WAIT_MS)
    listing.restore_button.click()
    restore = controller.restore_dialog
    assert restore is not None
    assert restore.isVisible()
    assert restore.backup_edit.text() == str(made.summary.path)
    _preview(qtbot, restore)
    restore.restore_button.click()
    qtbot.waitUntil(lambda: not restore.busy, timeout=WAIT_MS)
    assert restore.restored is not None, restore.error_label.text()
    assert not session.vault.is_locked  # the restore did not need to close it
    restore.open_button.click()
    assert session.vault.is_locked  # opening the restored one locks the current vault
    assert controller.main_window is None
    assert controller.folder == restore.restored


def test_choosing_the_drive_instead_of_a_backup_names_the_backups_on_it(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    usb = usb_backup.summary.path.parent
    before = tree(usb)
    dialog = _dialog(qtbot, vault_folder, usb)
    _preview(qtbot, dialog)
    assert dialog.error_label.text() == (
        f"Mappen {usb} är ingen säkerhetskopia, men den innehåller säkerhetskopior (1 st). "
        f"Välj en av dem; den senaste är {usb_backup.summary.path.name}."
    )
    assert dialog.pages.currentIndex() == CHOOSE
    assert tree(usb) == before


def test_a_restored_older_backup_is_not_refused_as_rolled_back_by_the_witness(
    qtbot: QtBot, vault_folder: Path, tmp_path: Path
) -> None:
    # The vault moves on after the backup, and the witness on the user's key knows it; the
    # dialog hands the witness folder to the restore, which lifts the restored vault above it.
    witness, usb = tmp_path / "vittne", tmp_path / "usb"
    witness.mkdir()
    usb.mkdir()
    session = sessions.unlock(
        vault_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep, witness_dir=witness
    )
    made = backups.create_backup(session.vault, usb)
    backups.create_backup(session.vault, tmp_path)  # one more commit after the first backup
    sessions.lock(session)
    assert list(witness.iterdir())
    _damage(vault_folder)  # its head is gone: only the witness knows how far the vault came

    dialog = RestoreDialog(vault_folder, backup=made.summary.path, witness_dir=witness)
    qtbot.addWidget(dialog)
    dialog.show()
    _preview(qtbot, dialog)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    restored = dialog.restored
    assert restored is not None, dialog.error_label.text()
    assert dialog.preview_label.textFormat() == Qt.TextFormat.PlainText

    reopened = sessions.unlock(
        restored, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep, witness_dir=witness
    )
    sessions.lock(reopened)


def test_a_broken_key_file_is_offered_the_backup_found_by_the_heads_vault_id(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    (vault_folder / "keyslots.json").write_bytes(b"{ inte json")
    dialog = UnlockDialog(vault_folder, sleep=no_sleep, backup_dir=usb_backup.summary.path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    _unlock(qtbot, dialog)
    assert "keyslots.json är skadad" in dialog.error_label.text()
    assert dialog.offered_backup == usb_backup.summary.path


def test_a_vault_whose_id_cannot_be_read_says_so_instead_of_searching(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    (vault_folder / "keyslots.json").write_bytes(b"{ inte json")
    (vault_folder / "vault.head").unlink()
    dialog = UnlockDialog(vault_folder, sleep=no_sleep, backup_dir=usb_backup.summary.path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    _unlock(qtbot, dialog)
    assert "keyslots.json är skadad" in dialog.error_label.text()
    assert dialog.offer_label.text().startswith("Valvets id gick inte att läsa")
    assert dialog.offered_backup is None


def test_a_database_that_is_not_the_key_files_is_offered_the_backup_too(
    qtbot: QtBot, vault_folder: Path, usb_backup: backups.BackupManifest
) -> None:
    (vault_folder / "vault.db").write_bytes(bytes(8192))
    dialog = UnlockDialog(vault_folder, sleep=no_sleep, backup_dir=usb_backup.summary.path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    _unlock(qtbot, dialog)
    assert "vault.db" in dialog.error_label.text()
    assert dialog.offered_backup == usb_backup.summary.path
