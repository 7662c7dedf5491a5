"""Locking at any moment: idle auto-lock even inside a modal dialog, and Ctrl+L."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from manual_timer import ManualTimer
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, no_sleep
from shiboken6 import Shiboken

from skyddsapp.services import demo, sessions
from skyddsapp.services.context import Session
from skyddsapp.ui.shell.auto_lock import AutoLock
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.reset_passphrase_dialog import ResetPassphraseDialog
from skyddsapp.ui.shell.settings_dialog import SettingsDialog

SECRET = "19800101-9980"


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def _visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _assert_locked(controller: AppController, session: Session, window: QWidget, qtbot: QtBot):
    qtbot.waitUntil(lambda: not Shiboken.isValid(window), timeout=5000)
    assert session.vault.is_locked
    assert controller.session is None
    assert controller.main_window is None
    assert controller.unlock_dialog is not None
    assert controller.unlock_dialog.isVisible()
    assert _visible_dialogs() == [controller.unlock_dialog]
    assert QGuiApplication.clipboard().text() == ""
    assert not controller.clipboard.pending
    assert not controller.auto_lock.running
    assert controller.unlock_dialog.user_edit.text() == session.vault.user.name


def _idle_lock(qapp: QApplication) -> tuple[AutoLock, ManualTimer]:
    """The controller's idle lock on a test clock: it locks when the test moves the clock."""
    clock = ManualTimer()
    return AutoLock(qapp, 400, timer=clock), clock


def _when(ready: Callable[[], bool], then: Callable[[], None]) -> None:
    """Run `then` from the event loop (a dialog's own, once it is open) when `ready`."""

    def look() -> None:
        if ready():
            then()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def test_auto_lock_fires_while_a_modal_dialog_is_open(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot, qapp: QApplication
) -> None:
    auto_lock, clock = _idle_lock(qapp)
    controller = make_controller(session.vault.folder, auto_lock_ms=400, auto_lock=auto_lock)
    controller.open_session(session)
    window = controller.main_window
    page = window.case_list
    window.open_case(page.case_ids[0])
    controller.clipboard.copy(SECRET)
    assert QGuiApplication.clipboard().text() == SECRET
    seen: list[QDialog] = []
    returned: list[bool] = []

    def open_settings() -> None:
        window.settings_action.trigger()  # runs SettingsDialog.exec(): a nested event loop
        returned.append(True)

    def settings_open() -> bool:
        seen[:] = [d for d in _visible_dialogs() if isinstance(d, SettingsDialog)]
        return bool(seen)

    def idle_too_long() -> None:  # runs inside the dialog's exec()
        assert controller.auto_lock.running
        clock.advance(399)
        assert controller.session is session
        clock.advance(1)

    QTimer.singleShot(0, open_settings)
    _when(settings_open, idle_too_long)
    qtbot.waitUntil(lambda: bool(returned), timeout=10_000)
    assert seen, "the settings dialog was open when the lock came"
    assert not Shiboken.isValid(seen[0]) or not seen[0].isVisible()
    _assert_locked(controller, session, window, qtbot)
    assert not Shiboken.isValid(page)  # the hosted pages (and their models) are gone too


def test_auto_lock_closes_nested_modal_dialogs(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot, qapp: QApplication
) -> None:
    auto_lock, clock = _idle_lock(qapp)
    controller = make_controller(session.vault.folder, auto_lock_ms=400, auto_lock=auto_lock)
    controller.open_session(session)
    window = controller.main_window
    answers: list[int] = []

    def settings() -> SettingsDialog | None:
        return next((d for d in _visible_dialogs() if isinstance(d, SettingsDialog)), None)

    def ask_inside_settings() -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "skyddsapp", "Säker?", parent=settings())
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        _when(box.isVisible, lambda: clock.advance(400))  # inside the box's exec()
        answers.append(box.exec())

    QTimer.singleShot(0, window.settings_action.trigger)
    _when(lambda: settings() is not None, ask_inside_settings)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    _assert_locked(controller, session, window, qtbot)


def test_ctrl_l_locks(make_controller: ControllerFactory, session: Session, qtbot: QtBot) -> None:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    controller.clipboard.copy(SECRET)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(controller, session, window, qtbot)


def test_unlocking_again_builds_a_fresh_window(
    make_controller: ControllerFactory, session: Session, vault_folder, qtbot: QtBot
) -> None:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    first = controller.main_window
    first.lock_action.trigger()
    dialog = controller.unlock_dialog
    dialog.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert controller.main_window is not first
    assert not Shiboken.isValid(first)
    assert not Shiboken.isValid(dialog) or not dialog.isVisible()
    second = controller.session
    assert second is not None
    assert second is not session
    assert not second.vault.is_locked
    assert controller.auto_lock.running
    controller.lock()
    assert second.vault.is_locked
    sessions.lock(
        sessions.unlock(vault_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
    )


def _type_and_move(target: QWidget) -> None:
    QApplication.sendEvent(
        target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    )
    QApplication.sendEvent(
        target,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(1, 1),
            QPointF(1, 1),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


def test_input_restarts_the_idle_countdown(qapp: QApplication, qtbot: QtBot) -> None:
    clock = ManualTimer()
    lock = AutoLock(qapp, 300, timer=clock)
    fired: list[int] = []
    lock.timed_out.connect(lambda: fired.append(1))
    target = QWidget()
    qtbot.addWidget(target)
    try:
        _type_and_move(target)  # input while stopped starts nothing
        assert not lock.running
        lock.start()
        assert lock.remaining_seconds() == 1
        for _ in range(4):  # 4 × 150 ms of typing and mouse: longer than the interval
            clock.advance(150)
            _type_and_move(target)
        assert fired == []
        clock.advance(299)
        assert fired == []
        assert lock.running
        clock.advance(1)
        assert fired == [1]
        assert not lock.running
        assert lock.remaining_seconds() == 0
        lock.set_minutes(5)
        lock.start()
        assert lock.remaining_seconds() == 300
        clock.advance(1)
        assert lock.remaining_seconds() == 300  # rounded up
        lock.set_interval_ms(2_000)  # a new interval counts from now
        assert lock.remaining_seconds() == 2
    finally:
        lock.detach()


def test_the_real_timer_fires_once(qapp: QApplication, qtbot: QtBot) -> None:
    """Without a test clock the lock counts on a QTimer of its own (only waited for here)."""
    lock = AutoLock(qapp, 300)
    try:
        lock.start()
        assert lock.running
        assert lock.remaining_seconds() == 1
        lock.set_interval_ms(20)
        with qtbot.waitSignal(lock.timed_out, timeout=10_000):
            pass
        assert not lock.running
        lock.set_minutes(5)
        lock.start()
        assert 299 <= lock.remaining_seconds() <= 300
    finally:
        lock.detach()


def test_auto_lock_watches_the_recovery_key_session_too(
    make_controller: ControllerFactory,
    vault_folder: Path,
    recovery_key: str,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    # Unlocked with the recovery key, the passphrase dialog waits; nobody answers it.
    auto_lock, clock = _idle_lock(qapp)
    controller = make_controller(vault_folder, auto_lock_ms=400, auto_lock=auto_lock)
    controller.start()
    dialog = controller.unlock_dialog
    dialog.set_recovery_mode(True)
    dialog.key_edit.setText(recovery_key)
    sessions_seen: list[Session] = []
    controller.unlocked.connect(lambda: sessions_seen.append(controller.session))
    resets: list[QDialog] = []
    open_sessions: list[Session | None] = []

    def reset_open() -> bool:
        resets[:] = [d for d in _visible_dialogs() if isinstance(d, ResetPassphraseDialog)]
        return bool(resets)

    def idle_too_long() -> None:  # runs inside the reset dialog's exec()
        open_sessions.append(controller.session)
        assert controller.auto_lock.running
        clock.advance(400)

    _when(reset_open, idle_too_long)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: controller.unlock_dialog not in (None, dialog), timeout=10_000)
    assert resets
    session = open_sessions[0]
    assert session is not None
    assert session.vault.user.name == "återställningsnyckel"
    assert session.vault.is_locked
    # Closed by the lock: hidden, or already deleted once the event loop ran its deleteLater.
    assert not Shiboken.isValid(resets[0]) or not resets[0].isVisible()
    assert controller.main_window is None
    assert sessions_seen == []  # the workspace never opened


def test_a_lock_drops_the_case_data_the_real_screens_held(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    from skyddsapp.ui.shell.main_window import real_screens

    controller = make_controller(session.vault.folder, screens=real_screens())
    controller.open_session(session)
    window = controller.main_window
    model = window.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    case_id = model.case_id(0)
    window.open_case(case_id)
    view = window._case_tabs[case_id]
    assert view.data is not None
    controller.lock()
    # Dropped at the lock itself, before Qt gets round to deleting the widgets.
    assert model.rowCount() == 0
    assert view.data is None
    qtbot.waitUntil(lambda: controller._retired == [], timeout=3000)
