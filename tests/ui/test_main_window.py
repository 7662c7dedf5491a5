"""The main window: generic title, shortcuts in menus, case tabs, status bar, clean settings."""

from __future__ import annotations

import configparser
from collections.abc import Iterator
from pathlib import Path

import pytest
from manual_timer import ManualTimer
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabBar
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, StandInWizard, controller_factory, no_sleep

from skyddsapp.domain.users import Role
from skyddsapp.services import accounts, sessions
from skyddsapp.services.context import Session
from skyddsapp.ui.shell.auto_lock import AutoLock
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.main_window import MainWindow
from skyddsapp.ui.shell.settings import AUTO_LOCK_MINUTES, OPTIONS, WINDOW_GEOMETRY
from skyddsapp.ui.shell.settings_dialog import SettingsDialog

SHORTCUTS = {
    "new_case_action": "Ctrl+N",
    "search_action": "Ctrl+F",
    "lock_action": "Ctrl+L",
    "cases_action": "Ctrl+1",
    "todo_action": "Ctrl+2",
    "flats_action": "Ctrl+3",
    "refresh_action": "F5",
    "close_case_action": "Ctrl+W",
    "settings_action": "Ctrl+,",
    "quit_action": "Ctrl+Q",
    "verify_action": "Ctrl+Shift+V",
    "information_sheet_action": "Ctrl+Shift+I",
    "agreements_action": "Ctrl+Shift+T",
    "backup_action": "Ctrl+Shift+B",
    "retention_action": "Ctrl+Shift+E",
    "identity_action": "Ctrl+Shift+D",
    "receive_action": "Ctrl+Shift+O",
    "client_survey_action": "Ctrl+Shift+M",
}


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def controller(make_controller: ControllerFactory, session: Session) -> AppController:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    return controller


@pytest.fixture
def window(controller: AppController, qtbot: QtBot) -> MainWindow:
    window = controller.main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_title_is_generic(window: MainWindow) -> None:
    window.open_case(window.case_list.case_ids[0])
    assert window.windowTitle() == "skyddsapp"
    assert window.windowFilePath() == ""
    assert window.isWindowModified() is False


def test_every_action_has_its_shortcut_shown_in_a_menu(window: MainWindow) -> None:
    in_menus = {
        action
        for top in window.menuBar().actions()
        if top.menu() is not None
        for action in top.menu().actions()
    }
    for name, keys in SHORTCUTS.items():
        action = getattr(window, name)
        assert action.shortcut() == QKeySequence(keys), name
        assert action in in_menus, name
        assert action.isShortcutVisibleInContextMenu()
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        assert shown in action.toolTip(), name


def test_keyboard_moves_between_tabs_and_to_search(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.todo
    qtbot.keyClick(window.tabs, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.case_list
    window.show_todo()
    qtbot.keyClick(window.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.case_list
    assert window.focusWidget() is window.case_list.search
    before = (window.case_list.refreshed, window.todo.refreshed)
    qtbot.keyClick(window.tabs, Qt.Key.Key_F5)
    assert (window.case_list.refreshed, window.todo.refreshed) == (before[0] + 1, before[1] + 1)


def test_cases_open_in_closable_tabs_once(window: MainWindow, qtbot: QtBot) -> None:
    first, second = window.case_list.case_ids[:2]
    for index in (0, 1):
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            assert window.tabs.tabBar().tabButton(index, side) is None
    assert not window.close_case_action.isEnabled()
    window.case_list.case_activated.emit(first)
    window.todo.case_activated.emit(second)
    window.case_list.case_activated.emit(first)  # again: the open tab comes forward
    assert window.tabs.count() == 4
    assert window.tabs.currentWidget().case_id == first
    assert window.tabs.tabText(2) == f"KV-2026-{first:04d}"
    assert window.close_case_action.isEnabled()

    view = window.tabs.widget(3)
    before = (window.case_list.refreshed, window.todo.refreshed)
    view.changed.emit(second)
    assert (window.case_list.refreshed, window.todo.refreshed) == (before[0] + 1, before[1] + 1)

    qtbot.keyClick(window.tabs, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.open_case_ids() == [second]
    window.close_tab(0)
    window.close_tab(1)
    assert window.tabs.count() == 3


def test_the_flats_open_in_a_closable_tab_of_their_own(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.flats_page
    assert page is not None
    assert window.tabs.currentWidget() is page
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Lägenheter"
    window.show_case_list()
    window.flats_action.trigger()  # brought forward, not made twice
    assert window.flats_page is page
    assert window.tabs.count() == 3
    window.case_list.case_activated.emit(window.case_list.case_ids[0])
    view = window.tabs.currentWidget()
    window.show_flats()
    before = (window.case_list.refreshed, view.refreshed)
    page.changed.emit()  # a move in or out: the lists and the open cases are read again
    assert (window.case_list.refreshed, view.refreshed) == (before[0] + 1, before[1] + 1)
    window.close_tab(window.tabs.indexOf(view))
    window.close_tab(window.tabs.indexOf(page))
    assert window.flats_page is None
    assert window.tabs.count() == 2


def test_a_new_case_opens_in_its_tab(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = window.case_list.case_ids[2]

    def finish_wizard() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StandInWizard))
        wizard.created_case_id = case_id
        wizard.accept()

    QTimer.singleShot(0, finish_wizard)
    window.new_case_action.trigger()
    assert window.tabs.currentWidget().case_id == case_id


def test_the_status_bar_shows_user_vault_and_time_to_lock(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot, qapp: QApplication
) -> None:
    clock = ManualTimer()  # the idle time moves only when the test says so
    auto_lock = AutoLock(qapp, 20_000, timer=clock)
    controller = make_controller(session.vault.folder, auto_lock_ms=20_000, auto_lock=auto_lock)
    controller.open_session(session)
    window = controller.main_window
    assert window.user_label.text() == "Inloggad: Demo Handläggare (Administratör)"
    assert window.vault_label.text() == "Valv: valv"
    assert window.lock_label.text() == "Låses om 0:20"
    clock.advance(1_500)
    # The label follows on the window's next one-second tick.
    qtbot.waitUntil(lambda: window.lock_label.text() == "Låses om 0:19", timeout=10_000)
    clock.advance(18_000)
    qtbot.waitUntil(lambda: window.lock_label.text() == "Låses om 0:01", timeout=10_000)
    assert window.statusBar().isVisible()


def test_settings_change_the_auto_lock_interval(
    controller: AppController, window: MainWindow, qtbot: QtBot
) -> None:
    assert controller.auto_lock.interval_ms == 5 * 60_000

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
        assert "endast Windows" in dialog.capture_label.text()
        dialog.minutes_spin.setValue(12)
        dialog.accept()

    QTimer.singleShot(0, choose)
    window.settings_action.trigger()
    assert controller.settings.get(AUTO_LOCK_MINUTES) == 12
    assert controller.auto_lock.interval_ms == 12 * 60_000
    assert controller.main_window is window  # same language: the window stays


def test_nothing_personal_reaches_the_settings_file(
    controller: AppController, window: MainWindow, session: Session, tmp_path: Path
) -> None:
    conn = session.conn
    personal = {
        value
        for row in conn.execute(
            "SELECT first_name, last_name, personal_number, real_street, phone FROM persons"
        )
        for value in row
        if value
    }
    personal |= {r for (r,) in conn.execute("SELECT reference FROM cases")}
    personal |= {session.vault.user.name, session.vault.user.display_name}
    assert len(personal) > 50
    for case_id in window.case_list.case_ids[:3]:
        window.open_case(case_id)
    controller.lock()
    controller.settings.sync()

    text = (tmp_path / "settings.ini").read_text("utf-8")
    leaked = sorted(p for p in personal if p in text)
    assert leaked == []
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    keys = {f"{section}/{key}" for section in parser.sections() for key in parser[section]}
    assert WINDOW_GEOMETRY.key in keys  # the file was written …
    assert keys <= {option.key for option in OPTIONS}  # … with declared options only


def test_closing_the_window_locks_and_quits(controller: AppController, qtbot: QtBot) -> None:
    session = controller.session
    controller.main_window.close()
    assert session is not None
    assert session.vault.is_locked
    assert controller.quits == [1]
    assert controller.unlock_dialog is None
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_an_auditor_gets_the_log_instead_of_the_workspace(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    phrase = "granska-loggen-noga!"
    accounts.add_user(session.vault, "granskare", "Gun Granskare", Role.AUDITOR, phrase)
    sessions.lock(session)
    auditor = sessions.unlock(session.vault.folder, "granskare", phrase, sleep=no_sleep)
    controller = make_controller(auditor.vault.folder)
    controller.open_session(auditor)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not [box for box in boxes if box.isVisible()]
    assert not auditor.vault.is_locked
    assert controller.main_window is None
    assert controller.auditor_window is not None
    assert controller.auditor_window.isVisible()


def test_uppfoljning_opens_the_client_survey(window: MainWindow) -> None:
    from skyddsapp.ui.followup.client_survey_dialog import ClientSurveyDialog

    menus = [top.text() for top in window.menuBar().actions()]
    assert "&Uppföljning" in menus
    window.client_survey_action.trigger()
    assert isinstance(window.client_survey_dialog, ClientSurveyDialog)
    window.client_survey_dialog.reject()
