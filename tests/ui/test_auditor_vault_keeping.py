"""The administrator outside every team has only the AuditorWindow, and keeps the vault from
its Arkiv menu: backups, restore, gallring and the vault's identity, as from the main window.
A granskare gets none of it."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, no_sleep
from shiboken6 import Shiboken

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.users import Role
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.auditor_window import AuditorWindow
from skyddsapp.ui.admin.backup_dialog import BackupDialog
from skyddsapp.ui.admin.backup_list_dialog import BackupListDialog
from skyddsapp.ui.admin.identity_dialog import IdentityDialog
from skyddsapp.ui.admin.retention_dialog import RetentionDialog
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.settings import BACKUP_FOLDER
from skyddsapp.vault import vault as vault_module
from skyddsapp.vault.vault import Vault

TODAY = dt.date(2026, 5, 4)
ADMIN_PHRASE = "korrekt-häst-batteri"
AUDITOR_PHRASE = "granska-loggen-noga!"
WAIT_MS = 20_000

KEEPING = {
    "retention_action": ("Ctrl+Shift+E", RetentionDialog, "retention_dialog"),
    "identity_action": ("Ctrl+Shift+D", IdentityDialog, "identity_dialog"),
    "backup_action": ("Ctrl+Shift+B", BackupDialog, "backup_dialog"),
    "backups_action": ("", BackupListDialog, "backups_dialog"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An administrator outside every team and a granskare, made once per module."""
    folder = tmp_path_factory.mktemp("keeping") / "valv"
    vault = Vault.create(
        folder, "admin", "Administratör", ADMIN_PHRASE, kdf_params=MINIMUM_KDF, team=None
    ).vault
    vault.add_user("gun", "Gun Granskare", Role.AUDITOR, AUDITOR_PHRASE)
    vault.lock()
    return folder


@pytest.fixture
def folder(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "valv"
    shutil.copytree(template, copy)
    return copy


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def _open(folder: Path, user: str, passphrase: str) -> Session:
    return Session(Vault.unlock(folder, user, passphrase, sleep=no_sleep), lambda: TODAY)


def _window(controller: AppController, session: Session) -> AuditorWindow:
    controller.open_session(session)
    window = controller.auditor_window
    assert window is not None
    assert controller.main_window is None
    return window


def _arkiv(window: AuditorWindow) -> list[QAction]:
    [arkiv] = [a for a in window.menuBar().actions() if a.text() == "&Arkiv"]
    menu = arkiv.menu()
    assert menu is not None
    return menu.actions()


@pytest.fixture
def admin_window(make_controller: ControllerFactory, folder: Path) -> AuditorWindow:
    controller = make_controller(folder)
    return _window(controller, _open(folder, "admin", ADMIN_PHRASE))


def test_a_teamless_administrator_has_the_keeping_actions_and_each_opens_its_dialog(
    admin_window: AuditorWindow,
) -> None:
    window = admin_window
    in_arkiv = _arkiv(window)
    for name, (keys, kind, attribute) in KEEPING.items():
        action = getattr(window, name)
        assert action is not None, name
        assert action in in_arkiv, name
        assert action.isVisible(), name
        assert action.isEnabled(), name
        assert action.shortcut() == QKeySequence(keys), name
        assert getattr(window, attribute) is None
        action.trigger()
        dialog = getattr(window, attribute)
        assert isinstance(dialog, kind), name
        assert dialog.isVisible(), name
        dialog.reject()
        assert not dialog.isVisible()
    assert window.restore_action is not None
    assert window.restore_action in in_arkiv
    assert [a.text() for a in in_arkiv if not a.isSeparator()] == [
        "&Gallring…",
        "Valvets i&dentitet…",
        "Säkerhets&kopiera…",
        "Säkerhetskopi&or…",
        "Åte&rställ från säkerhetskopia…",
        "&Lås",
        "&Avsluta",
    ]
    label = window.backup_label
    assert label is not None
    assert label.isVisible()
    assert label.text() == "Ingen säkerhetskopia ännu"


def test_a_backup_from_the_warning_clears_it(
    make_controller: ControllerFactory, folder: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    controller = make_controller(folder)
    controller.settings.set(BACKUP_FOLDER, str(usb))
    window = _window(controller, _open(folder, "admin", ADMIN_PHRASE))
    label = window.backup_label
    assert label is not None
    label.click()  # opens Säkerhetskopiera, as the main window's does
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog)
    assert dialog.folder_edit.text() == str(usb)
    with qtbot.waitSignal(dialog.backup_made, timeout=WAIT_MS):
        dialog.start_button.click()
    assert not label.isVisible()  # refreshed after the backup
    assert [p.name for p in usb.iterdir() if p.name.startswith("skyddsapp-backup-")]


def test_a_lock_closes_an_open_keeping_dialog_and_the_window(
    make_controller: ControllerFactory, folder: Path, qtbot: QtBot
) -> None:
    controller = make_controller(folder)
    window = _window(controller, _open(folder, "admin", ADMIN_PHRASE))
    window.open_retention()
    window.open_identity()
    dialogs = [window.retention_dialog, window.identity_dialog]
    assert all(d is not None and d.isVisible() for d in dialogs)
    window.lock_action.trigger()
    assert controller.session is None
    assert controller.auditor_window is None
    assert all(d is None or not Shiboken.isValid(d) or not d.isVisible() for d in dialogs)
    qtbot.waitUntil(lambda: not Shiboken.isValid(window), timeout=5000)
    assert controller.unlock_dialog is not None


def test_restore_from_arkiv_reaches_the_controllers_restore(
    make_controller: ControllerFactory, folder: Path, qtbot: QtBot
) -> None:
    controller = make_controller(folder)
    window = _window(controller, _open(folder, "admin", ADMIN_PHRASE))
    assert window.restore_action is not None
    window.restore_action.trigger()
    restore = controller.restore_dialog
    assert restore is not None
    assert restore.isVisible()
    assert restore.parent() is window
    assert restore.backup_edit.text() == ""  # from Arkiv: a backup is chosen in the dialog

    window.backups_action.trigger()  # … or picked in Säkerhetskopior
    listing = window.backups_dialog
    assert listing is not None
    listing.restore_requested.emit(folder.parent / "skyddsapp-backup-x")
    assert controller.restore_dialog is restore  # the shown one is raised, not a second one
    restore.close_button.click()


def test_a_read_only_session_cannot_back_up(
    make_controller: ControllerFactory, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As in test_read_only: the medium's write protection is played where the vault asks.
    monkeypatch.setattr(vault_module, "_writable", lambda folder: False)
    session = _open(folder, "admin", ADMIN_PHRASE)
    assert session.read_only
    controller = make_controller(folder)
    window = _window(controller, session)
    assert window.backup_action is not None
    assert not window.backup_action.isEnabled()
    assert window.backup_label is None
    window.open_backup()
    assert window.backup_dialog is None


def test_a_granskare_keeps_nothing(make_controller: ControllerFactory, folder: Path) -> None:
    controller = make_controller(folder)
    window = _window(controller, _open(folder, "gun", AUDITOR_PHRASE))
    assert window.keeping_actions == []
    for name in (*KEEPING, "restore_action"):
        assert getattr(window, name) is None, name
    assert window.backup_label is None
    assert [a.text() for a in _arkiv(window) if not a.isSeparator()] == ["&Lås", "&Avsluta"]
    all_keys = {a.shortcut().toString() for a in window.actions()}
    assert not all_keys & {"Ctrl+Shift+B", "Ctrl+Shift+E", "Ctrl+Shift+D"}
    for open_dialog in (
        window.open_backup,
        window.open_backups,
        window.open_retention,
        window.open_identity,
    ):
        open_dialog()
    assert window.backup_dialog is None
    assert window.backups_dialog is None
    assert window.retention_dialog is None
    assert window.identity_dialog is None
