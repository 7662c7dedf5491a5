"""A lost laptop restored on a fresh machine: the first-run wizard's "Återställ från
säkerhetskopia…" leads through the real restore dialog to the restored vault's unlock, driven
through real widgets on a real backup of the (small, fast-KDF) demo vault."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from backup_support import flip, tree
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory

from skyddsapp.services import backups, demo
from skyddsapp.ui.admin.restore_dialog import CHOOSE, DONE, PREVIEW, RestoreDialog
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.settings import VAULT_FOLDER
from skyddsapp.vault.keyslots import WRONG_USER_SECRET

WAIT_MS = 20_000
Button = QWizard.WizardButton
SHOTS = os.environ.get("SKYDDSAPP_SHOTS")  # a folder: the screens are saved there to look at


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def new_machine(tmp_path: Path) -> Path:
    """The default vault folder of a machine that has no vault yet (not even its parent)."""
    return tmp_path / "ny-dator" / "skyddsapp" / "valv"


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _open_restore(
    qtbot: QtBot, controller: AppController, backup: Path
) -> tuple[RestoreDialog, object]:
    controller.start()
    wizard = controller.first_run_wizard
    assert wizard is not None
    assert controller.unlock_dialog is None
    page = wizard.location_page
    assert wizard.currentPage() is page
    # Reachable from the keyboard: in the tab chain, with its own access key on the page.
    assert page.restore_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert page.restore_button.text() == "Åte&rställ från säkerhetskopia…"
    assert page.restore_button.shortcut() == QKeySequence("Alt+R")
    clashing = [page.browse_button.text(), "&Mapp:", wizard.buttonText(Button.NextButton)]
    assert not any("&r" in text.lower() for text in clashing)
    _shot(wizard, "first_run_restore_button")
    page.restore_button.setFocus()
    qtbot.keyClick(page.restore_button, Qt.Key.Key_Space)
    dialog = controller.restore_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.into == controller.folder
    dialog.backup_edit.setText(str(backup))
    return dialog, wizard


def _preview(qtbot: QtBot, dialog: RestoreDialog, passphrase: str = demo.DEMO_PASSPHRASE) -> None:
    dialog.user_edit.setText(demo.DEMO_USER)
    dialog.passphrase_edit.setText(passphrase)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)  # Förhandsgranska is the default
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_a_backup_is_restored_from_the_first_run_wizard_and_then_unlocked(
    make_controller: ControllerFactory,
    qtbot: QtBot,
    usb_backup: backups.BackupManifest,
    new_machine: Path,
) -> None:
    controller = make_controller(new_machine)
    dialog, wizard = _open_restore(qtbot, controller, usb_backup.summary.path)
    assert f"Valvet återställs i den nya mappen {new_machine}; ingenting" in (
        dialog.intro_label.text()
    )
    _preview(qtbot, dialog)

    assert dialog.pages.currentIndex() == PREVIEW, dialog.error_label.text()
    text = dialog.preview_label.text()
    assert "kontrollerad: Hel" in text
    assert f"av {demo.DEMO_USER}" in text
    assert f"Ärenden: {usb_backup.cases}, personer: {usb_backup.persons}" in text
    assert f"Generation: {usb_backup.summary.generation}" in text
    assert f"Valvet återställs i den nya mappen {new_machine}." in text
    assert dialog.restore_button.text() == "Återställ i den nya &mappen"
    assert not new_machine.parent.exists()  # a preview writes nothing
    _shot(dialog, "first_run_restore_preview")

    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.pages.currentIndex() == DONE, dialog.error_label.text()
    assert dialog.restored == new_machine
    assert str(new_machine) in dialog.done_label.text()
    assert sorted(p.name for p in new_machine.iterdir()) == [
        "keyslots.json",
        "vault.db",
        "vault.head",
    ]
    _shot(dialog, "first_run_restore_done")
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)

    # The wizard is gone without quitting, and the restored vault is the one the app opens.
    assert controller.first_run_wizard is None
    assert not wizard.isVisible()  # type: ignore[attr-defined]
    assert controller.quits == []  # type: ignore[attr-defined]
    assert controller.folder == new_machine
    assert controller.settings.get(VAULT_FOLDER) == str(new_machine)
    unlock = controller.unlock_dialog
    assert unlock is not None
    assert unlock.isVisible()
    assert str(new_machine) in unlock.vault_label.text()
    unlock.user_edit.setText(demo.DEMO_USER)
    unlock.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.session is not None, timeout=WAIT_MS)
    session = controller.session
    assert session is not None
    assert session.vault.folder == new_machine
    assert not session.warnings  # not taken for a rolled-back copy
    cases = session.vault.connection.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert cases == usb_backup.cases


def test_a_damaged_backup_is_named_and_no_folder_is_made(
    make_controller: ControllerFactory,
    qtbot: QtBot,
    usb_backup: backups.BackupManifest,
    new_machine: Path,
) -> None:
    flip(usb_backup.summary.path / "vault.db", 6000)
    usb_before = tree(usb_backup.summary.path.parent)
    controller = make_controller(new_machine)
    dialog, wizard = _open_restore(qtbot, controller, usb_backup.summary.path)
    _preview(qtbot, dialog)
    assert dialog.pages.currentIndex() == CHOOSE
    message = dialog.error_label.text()
    assert f"Säkerhetskopian i {usb_backup.summary.path} är skadad" in message
    assert "vault.db" in message
    assert "inget har skrivits" in message
    assert not new_machine.parent.exists()
    assert tree(usb_backup.summary.path.parent) == usb_before
    qtbot.wait(50)
    _shot(dialog, "first_run_restore_damaged")

    dialog.close_button.click()  # back to the wizard, which can still make a new vault
    assert controller.first_run_wizard is wizard
    assert wizard.isVisible()  # type: ignore[attr-defined]
    assert controller.quits == []  # type: ignore[attr-defined]


def test_a_wrong_passphrase_is_named_and_nothing_is_written(
    make_controller: ControllerFactory,
    qtbot: QtBot,
    usb_backup: backups.BackupManifest,
    new_machine: Path,
) -> None:
    controller = make_controller(new_machine)
    dialog, _ = _open_restore(qtbot, controller, usb_backup.summary.path)
    _preview(qtbot, dialog, "helt fel lösenfras här")
    assert dialog.pages.currentIndex() == CHOOSE
    assert dialog.error_label.text() == WRONG_USER_SECRET
    assert dialog.focusWidget() is dialog.passphrase_edit
    assert not new_machine.parent.exists()


def test_the_restore_refuses_a_folder_that_is_already_there(
    make_controller: ControllerFactory, qtbot: QtBot, vault_folder: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "tom"
    empty.mkdir()
    controller = make_controller(empty)
    controller.start()
    wizard = controller.first_run_wizard
    assert wizard is not None
    page = wizard.location_page
    page.restore_button.click()
    assert controller.restore_dialog is None
    assert page.error_label.text() == (
        f"Mappen {empty} finns redan. En återställning gör alltid en ny mapp och skriver "
        f"aldrig i en befintlig: ange en mapp som inte finns ännu, till exempel {empty / 'valv'}."
    )
    assert page.folder_edit.hasFocus() or page.focusWidget() is page.folder_edit
    page.folder_edit.setText(str(vault_folder))
    page.restore_button.click()
    assert "redan ett valv" in page.error_label.text()
    page.folder_edit.setText("relativ/mapp")
    page.restore_button.click()
    assert page.error_label.text() == "Ange hela sökvägen till mappen."
    page.folder_edit.setText(str(empty / "valv"))
    page.restore_button.click()
    assert page.error_label.text() == ""
    assert controller.restore_dialog is not None
    assert controller.restore_dialog.into == empty / "valv"
    assert list(empty.iterdir()) == []
