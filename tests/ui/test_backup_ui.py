"""Säkerhetskopiera, Säkerhetskopior and the status bar's warning, driven through real widgets
on a real (small, fast-KDF) demo vault."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from backup_support import flip
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, ini_settings

from skyddsapp.services import backups, sessions
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.backup_common import PROGRESS_STEPS, ProgressRelay, state_text
from skyddsapp.ui.admin.backup_dialog import BackupDialog
from skyddsapp.ui.admin.backup_list_dialog import BackupListDialog, BackupTableModel
from skyddsapp.ui.admin.backup_status import BackupStatusLabel
from skyddsapp.ui.paperwork.file_dialogs import PathAsker
from skyddsapp.ui.shell.settings import BACKUP_FOLDER, BACKUP_KEEP, BACKUP_WARN_DAYS, Settings
from skyddsapp.ui.shell.settings_dialog import SettingsDialog
from skyddsapp.ui.widgets.field_errors import (
    ERROR_COLOR,
    ERROR_COLOR_ON_DARK,
    ERROR_STYLE,
    error_color,
)

WAIT_MS = 20_000


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return ini_settings(tmp_path / "backup.ini")


def _asker(folder: Path) -> PathAsker:
    def ask(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path:
        return folder

    return ask


def _backups_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("skyddsapp-backup-"))


# --------------------------------------------------------------------------- Säkerhetskopiera


def test_a_backup_is_made_with_progress_verified_and_its_folder_remembered(
    qtbot: QtBot, session: Session, settings: Settings, usb: Path
) -> None:
    dialog = BackupDialog(session, settings, ask_folder=_asker(usb))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder_edit.text() == ""  # nothing chosen before
    assert dialog.start_button.isDefault()
    dialog.choose_button.click()
    assert dialog.folder_edit.text() == str(usb)
    dialog.keep_spin.setValue(3)
    steps: list[tuple[int, int]] = []
    dialog._relay.progressed.connect(lambda done, total: steps.append((done, total)))

    with qtbot.waitSignal(dialog.backup_made, timeout=WAIT_MS) as made:
        qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Return)  # Enter starts it
        assert dialog.busy
        assert not dialog.close_button.isEnabled()
        dialog.reject()  # cannot be closed under the copy
        assert dialog.isVisible()

    manifest = made.args[0]
    assert isinstance(manifest, backups.BackupManifest)
    assert _backups_in(usb) == [manifest.summary.path]
    assert not any(p.name.endswith(".partial") for p in usb.iterdir())
    assert steps
    assert steps[-1][0] == steps[-1][1]
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()  # … and shows it
    text = dialog.status_label.text()
    assert "skriven och kontrollerad" in text
    assert f"Ärenden: {manifest.cases}" in text
    assert str(manifest.summary.path) in text
    assert manifest.cases > 0
    assert settings.get(BACKUP_FOLDER) == str(usb)
    assert settings.get(BACKUP_KEEP) == 3
    assert dialog.close_button.isEnabled()
    assert dialog.close_button.isDefault()  # Enter now closes rather than backing up again
    assert not dialog.start_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_last_folder_is_offered_again_and_a_missing_one_is_named(
    qtbot: QtBot, session: Session, settings: Settings, tmp_path: Path
) -> None:
    gone = tmp_path / "utdragen-usb"
    settings.set(BACKUP_FOLDER, str(gone))
    settings.set(BACKUP_KEEP, 2)
    dialog = BackupDialog(session, settings)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(gone)
    assert dialog.keep_spin.value() == 2
    dialog.start()
    assert not dialog.busy
    assert str(gone) in dialog.status_label.text()
    assert "finns inte" in dialog.status_label.text()
    assert not gone.exists()
    dialog.folder_edit.clear()
    dialog.start()
    assert dialog.status_label.text() == "Välj en mapp för säkerhetskopian."


def test_a_backup_into_the_vaults_own_folder_is_refused_with_the_cores_message(
    qtbot: QtBot, session: Session, settings: Settings
) -> None:
    dialog = BackupDialog(session, settings, ask_folder=_asker(session.vault.folder))
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert "valvets egen mapp" in dialog.status_label.text()
    assert dialog.manifest is None
    assert settings.get(BACKUP_FOLDER) == ""  # only a folder that worked is remembered


def test_a_lock_during_the_copy_waits_for_it_and_leaves_no_half_backup(
    make_controller: ControllerFactory, session: Session, usb: Path, qtbot: QtBot
) -> None:
    controller = make_controller(session.vault.folder)
    controller.settings.set(BACKUP_FOLDER, str(usb))
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    window.backup_action.trigger()
    dialog = window.backup_dialog
    dialog.start()
    assert dialog.busy
    controller.lock()  # closes the dialog past reject(): the copy ends first

    assert session.vault.is_locked
    assert not any(p.name.endswith(".partial") for p in usb.iterdir())
    assert len(_backups_in(usb)) == 1
    qtbot.wait(50)  # the worker's late answer finds a locked vault and does nothing


# --------------------------------------------------------------------------- Säkerhetskopior


def test_the_list_shows_this_vaults_backups_checks_one_and_names_a_damaged_one(
    qtbot: QtBot, session: Session, settings: Settings, usb: Path
) -> None:
    older = backups.create_backup(session.vault, usb)
    newer = backups.create_backup(session.vault, usb)
    settings.set(BACKUP_FOLDER, str(usb))
    dialog = BackupListDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)

    def cell(row: int, column: int) -> str:
        return str(dialog.model.index(row, column).data())

    assert dialog.model.rows[0].summary.path == newer.summary.path  # newest first
    assert dialog.model.rows[1].summary.path == older.summary.path
    assert cell(0, BackupTableModel.STATE) == "Hel"
    assert cell(0, BackupTableModel.GENERATION) == str(newer.summary.generation)
    assert cell(0, BackupTableModel.FOLDER) == newer.summary.path.name
    assert dialog.status_label.text() == "2 säkerhetskopior."
    assert dialog.check_button.isEnabled()

    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Kontrollera is the default button
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert "kontrollerad och hel" in dialog.status_label.text()
    assert older.summary.path.name in dialog.status_label.text()

    flip(older.summary.path / "vault.db", 5000)
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.model.rowCount() == 2
    state = cell(1, BackupTableModel.STATE)
    assert state.startswith("Skadad: ")
    assert "vault.db" in state
    damaged = dialog.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert damaged.color() == error_color(dialog)  # the shared error red, as on every screen
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert dialog.status_label.text() == "2 säkerhetskopior, varav 1 skadade."
    dialog.table.selectRow(1)
    assert not dialog.restore_button.isEnabled()  # a damaged one is not offered for restore
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restore_requested) as asked:
        dialog.restore_button.click()
    assert asked.args == [newer.summary.path]


def test_an_empty_or_missing_folder_says_so(
    qtbot: QtBot, session: Session, settings: Settings, usb: Path, tmp_path: Path
) -> None:
    dialog = BackupListDialog(session, settings, ask_folder=_asker(usb))
    qtbot.addWidget(dialog)
    assert dialog.empty_label.text() == "Välj mappen där säkerhetskopiorna finns."
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.text() == (
        f"Det finns inga säkerhetskopior av det här valvet i {usb}."
    )
    assert not dialog.check_button.isEnabled()
    dialog.folder_edit.setText(str(tmp_path / "borta"))
    dialog.refresh()
    assert "finns inte" in dialog.empty_label.text()


def test_the_error_red_follows_the_theme(qtbot: QtBot) -> None:
    """Dark red on a light theme, the lighter red on a dark one: the contrast stays."""
    widget = QWidget()
    qtbot.addWidget(widget)
    assert error_color(widget) == QColor(ERROR_COLOR)
    dark = widget.palette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    widget.setPalette(dark)
    assert error_color(widget) == QColor(ERROR_COLOR_ON_DARK)
    assert ERROR_COLOR in ERROR_STYLE


def test_state_text_names_each_problem() -> None:
    assert state_text([]) == "Hel"
    assert state_text(["A är fel.", "B saknas."]) == "Skadad: A är fel. B saknas."


def test_the_progress_relay_delivers_only_visible_steps_on_the_gui_thread(qtbot: QtBot) -> None:
    relay = ProgressRelay()
    seen: list[int] = []
    threads: set[int] = set()

    def record(done: int, total: int) -> None:
        seen.append(done)
        threads.add(threading.get_ident())

    relay.progressed.connect(record)
    worker = threading.Thread(target=lambda: [relay(d, 100_000) for d in range(100_001)])
    worker.start()
    worker.join()
    assert seen == []  # nothing runs on the worker: it is queued for the GUI thread
    qtbot.waitUntil(lambda: len(seen) == PROGRESS_STEPS + 1, timeout=WAIT_MS)
    assert seen[-1] == 100_000
    assert threads == {threading.get_ident()}


# --------------------------------------------------------------------------- the status bar


def test_the_status_label_warns_of_no_backup_and_of_an_old_one(
    qtbot: QtBot, session: Session, settings: Settings, usb: Path
) -> None:
    clicks: list[int] = []
    label = BackupStatusLabel(session, settings, lambda: clicks.append(1))
    qtbot.addWidget(label)
    label.show()
    assert label.isVisible()
    assert label.text() == "Ingen säkerhetskopia ännu"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert clicks == [1]

    made = backups.create_backup(session.vault, usb)
    label.refresh()
    assert not label.isVisible()  # made today: nothing to warn of

    made_on = dt.datetime.fromisoformat(made.summary.made_at.replace("Z", "+00:00")).date()
    later = Session(session.vault, lambda: made_on + dt.timedelta(days=12))
    old = BackupStatusLabel(later, settings, lambda: None)
    qtbot.addWidget(old)
    old.show()
    assert old.isVisible()
    assert old.text() == "Senaste säkerhetskopian är 12 dagar gammal"
    settings.set(BACKUP_WARN_DAYS, 14)
    old.refresh()
    assert not old.isVisible()


def test_the_window_shows_the_warning_and_a_backup_from_it_clears_it(
    make_controller: ControllerFactory, session: Session, usb: Path, qtbot: QtBot
) -> None:
    controller = make_controller(session.vault.folder)
    controller.settings.set(BACKUP_FOLDER, str(usb))
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    assert window.backup_action.isVisible()
    assert window.backup_action.shortcut().toString() == "Ctrl+Shift+B"
    assert window.backups_action.isVisible()
    assert window.restore_action.isVisible()
    label = window.backup_label
    assert label is not None
    assert label.isVisible()
    assert label.text() == "Ingen säkerhetskopia ännu"

    label.click()  # opens Säkerhetskopiera
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog)
    assert dialog.isVisible()
    assert dialog.folder_edit.text() == str(usb)
    with qtbot.waitSignal(dialog.backup_made, timeout=WAIT_MS):
        dialog.start_button.click()
    assert not label.isVisible()
    dialog.close_button.click()

    window.backups_action.trigger()
    listing = window.backups_dialog
    assert isinstance(listing, BackupListDialog)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=WAIT_MS)
    user = session.vault.user
    controller.lock()
    controller.settings.sync()

    # What the backup screens remember is a folder and two numbers, never who or what.
    stored = Path(controller.settings.file_name).read_text("utf-8")
    assert "backup" in stored
    for private in (user.name, user.display_name, manifest_folder_name(usb)):
        assert private not in stored


def manifest_folder_name(usb: Path) -> str:
    [made] = _backups_in(usb)
    return made.name


def test_a_handler_has_no_backup_actions_and_no_warning(
    make_controller: ControllerFactory, session: Session
) -> None:
    from shell_support import no_sleep

    from skyddsapp.services import demo

    folder = session.vault.folder
    sessions.lock(session)
    handler = sessions.unlock(folder, demo.DEMO_TEAMMATE, "nexus-demo-fras!", sleep=no_sleep)
    controller = make_controller(folder)
    controller.open_session(handler)
    window = controller.main_window
    assert window is not None
    for action in (window.backup_action, window.backups_action, window.restore_action):
        assert not action.isVisible()
    assert window.backup_label is None
    window.open_backup()
    assert window.backup_dialog is None  # none was made


# --------------------------------------------------------------------------- Inställningar


def test_the_backup_settings_are_chosen_and_saved(
    qtbot: QtBot, settings: Settings, usb: Path
) -> None:
    dialog = SettingsDialog(settings, capture_protected=False, ask_folder=_asker(usb))
    qtbot.addWidget(dialog)
    assert dialog.backup_edit.text() == ""
    assert dialog.keep_spin.value() == 5
    assert dialog.warn_spin.value() == 7
    dialog._choose_backup()
    dialog.keep_spin.setValue(10)
    dialog.warn_spin.setValue(3)
    dialog.save(settings)
    assert settings.backup_folder() == usb
    assert settings.get(BACKUP_KEEP) == 10
    assert settings.get(BACKUP_WARN_DAYS) == 3
