"""The unlock dialog: right and wrong passphrases, the busy worker, the recovery key."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_support import UI_TODAY, ControllerFactory, controller_factory, no_sleep
from shiboken6 import Shiboken

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.services import demo, sessions
from skyddsapp.ui.shell.reset_passphrase_dialog import ResetPassphraseDialog
from skyddsapp.ui.shell.unlock_dialog import UnlockDialog
from skyddsapp.vault.keyslots import WRONG_USER_SECRET
from skyddsapp.vault.vault import RECOVERY_USER

NEW_PASSPHRASE = "Blabarssoppa-Gottsunda-42-Mjolon"


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def _dialog(qtbot: QtBot, folder: Path, **kwargs: object) -> UnlockDialog:
    options: dict[str, object] = {"sleep": no_sleep, "today": lambda: UI_TODAY}
    options.update(kwargs)
    dialog = UnlockDialog(folder, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith("vault.db")}


def test_the_right_passphrase_unlocks(qtbot: QtBot, vault_folder: Path) -> None:
    dialog = _dialog(qtbot, vault_folder)
    qtbot.keyClicks(dialog.user_edit, demo.DEMO_USER)
    dialog.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    session, with_key = unlocked.args
    try:
        assert not with_key
        assert session.vault.user.name == demo.DEMO_USER
        assert not session.vault.is_locked
        assert session.today() == UI_TODAY
        assert dialog.passphrase_edit.text() == ""
        assert not dialog.busy_bar.isVisible()
    finally:
        sessions.lock(session)


@pytest.mark.parametrize("user", [demo.DEMO_USER, "ingen.sadan"])
def test_a_wrong_passphrase_or_user_gets_the_vaults_one_message(
    qtbot: QtBot, vault_folder: Path, user: str
) -> None:
    before = _files(vault_folder)
    dialog = _dialog(qtbot, vault_folder, user_name=user)
    assert dialog.focusWidget() is dialog.passphrase_edit  # the user name is filled in
    dialog.passphrase_edit.setText("fel lösenfras helt och hållet")
    dialog.unlock_button.click()
    assert dialog.passphrase_edit.text() == ""
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert dialog.error_label.text() == WRONG_USER_SECRET
    assert dialog.user_edit.text() == user
    assert dialog.pages.isEnabled()
    assert _files(vault_folder) == before


def test_the_dialog_stays_responsive_and_busy_while_the_worker_runs(
    qtbot: QtBot, vault_folder: Path
) -> None:
    # The vault's delay after a failure runs on the worker; here it waits for the test.
    release = threading.Event()
    dialog = _dialog(qtbot, vault_folder, user_name="demo", sleep=lambda s: release.wait(10))
    dialog.passphrase_edit.setText("fel lösenfras helt och hållet")
    dialog.unlock_button.click()
    try:
        qtbot.wait(50)  # the GUI thread keeps serving events meanwhile
        assert dialog.busy
        assert dialog.busy_bar.isVisible()
        assert dialog.busy_bar.maximum() == 0  # indeterminate
        assert not dialog.pages.isEnabled()
        assert not dialog.unlock_button.isEnabled()
        assert not dialog.quit_button.isEnabled()
        dialog.attempt()  # a second press while busy starts nothing
        dialog.reject()  # nor can the dialog be closed under the worker
        assert dialog.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert not dialog.busy_bar.isVisible()
    assert dialog.error_label.text() == WRONG_USER_SECRET
    assert dialog.pages.isEnabled()


class BusyWitness(QObject):
    """Looks at the dialog before every queued slot call (a worker's answer arrives as one):
    between two events, the busy bar and the controls must say what `busy` says."""

    def __init__(self, dialog: UnlockDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.looks = 0
        self.disagreements: list[tuple[bool, bool, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MetaCall and Shiboken.isValid(self.dialog):
            self.looks += 1
            busy = self.dialog.busy
            shown = (self.dialog.busy_bar.isVisible(), not self.dialog.pages.isEnabled())
            if shown != (busy, busy):
                self.disagreements.append((busy, *shown))
        return False


@pytest.mark.parametrize("passphrase", [demo.DEMO_PASSPHRASE, "fel lösenfras helt och hållet"])
def test_busy_and_the_busy_bar_never_disagree_between_events(
    qtbot: QtBot, qapp: QApplication, vault_folder: Path, passphrase: str
) -> None:
    # Deterministic: the answer and the end of busy were once two queued calls, and a look
    # between them found busy False under a visible bar. Every queued call is looked at here.
    dialog = _dialog(qtbot, vault_folder, user_name=demo.DEMO_USER)
    witness = BusyWitness(dialog)
    answers: list[object] = []
    dialog.unlocked.connect(lambda session, _key: answers.append(session))
    qapp.installEventFilter(witness)
    try:
        dialog.passphrase_edit.setText(passphrase)
        dialog.unlock_button.click()
        assert dialog.busy
        assert dialog.busy_bar.isVisible()
        qtbot.waitUntil(lambda: bool(answers) or dialog.error_label.text() != "", timeout=10_000)
        dialog._workers.wait()
        qapp.processEvents()
    finally:
        qapp.removeEventFilter(witness)
        for session in answers:
            sessions.lock(session)
    assert witness.looks > 0
    assert witness.disagreements == []
    assert not dialog.busy
    assert not dialog.busy_bar.isVisible()
    assert dialog.pages.isEnabled()


def test_empty_fields_are_answered_without_a_worker(qtbot: QtBot, vault_folder: Path) -> None:
    dialog = _dialog(qtbot, vault_folder)
    dialog.attempt()
    assert not dialog.busy
    assert "användarnamn och lösenfras" in dialog.error_label.text()


def test_the_recovery_key_unlocks(qtbot: QtBot, vault_folder: Path, recovery_key: str) -> None:
    dialog = _dialog(qtbot, vault_folder)
    qtbot.mouseClick(dialog.mode_button, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.isVisible()
    assert not dialog.passphrase_edit.isVisible()
    dialog.key_edit.setText(recovery_key.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        dialog.unlock_button.click()
    session, with_key = unlocked.args
    try:
        assert with_key
        assert session.vault.user.name == RECOVERY_USER
        assert dialog.key_edit.text() == ""
    finally:
        sessions.lock(session)


def test_a_mistyped_recovery_key_is_named_before_any_kdf(
    qtbot: QtBot, vault_folder: Path, recovery_key: str
) -> None:
    dialog = _dialog(qtbot, vault_folder)
    dialog.set_recovery_mode(True)
    # Swap two neighbouring symbols that differ (a random key may start "PP…").
    i = next(
        i
        for i in range(len(recovery_key) - 1)
        if "-" not in recovery_key[i : i + 2] and recovery_key[i] != recovery_key[i + 1]
    )
    swapped = recovery_key[:i] + recovery_key[i + 1] + recovery_key[i] + recovery_key[i + 2 :]
    assert swapped != recovery_key
    dialog.key_edit.setText(swapped)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert "felskriven" in dialog.error_label.text()


def test_after_the_recovery_key_a_new_passphrase_can_be_set(
    make_controller: ControllerFactory,
    qtbot: QtBot,
    vault_folder: Path,
    recovery_key: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The recovery slot has no Argon2id parameters to copy, so the vault calibrates anew.
    monkeypatch.setattr("skyddsapp.vault.vault.calibrate", lambda *a, **k: MINIMUM_KDF)
    controller = make_controller(vault_folder)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    assert dialog.isVisible()
    seen: list[ResetPassphraseDialog] = []

    def answer_reset_dialog() -> None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ResetPassphraseDialog) and w.isVisible()
        ]
        if not found:
            QTimer.singleShot(20, answer_reset_dialog)
            return
        reset = found[0]
        seen.append(reset)
        index = reset.user_combo.findData(demo.DEMO_USER)
        assert index >= 0
        reset.user_combo.setCurrentIndex(index)
        reset.passphrase.passphrase_edit.setText(NEW_PASSPHRASE)
        reset.passphrase.confirm_edit.setText(NEW_PASSPHRASE)
        reset.change_button.click()

    dialog.set_recovery_mode(True)
    dialog.key_edit.setText(recovery_key)
    QTimer.singleShot(0, answer_reset_dialog)
    dialog.unlock_button.click()
    # The recovery key opens the vault as an administrator who handles no cases: the log and
    # the accounts, not the case workspace.
    qtbot.waitUntil(lambda: controller.auditor_window is not None, timeout=10_000)
    assert controller.main_window is None
    assert seen
    assert controller.session is not None
    assert controller.session.vault.user.name == RECOVERY_USER
    controller.lock()
    session = sessions.unlock(vault_folder, demo.DEMO_USER, NEW_PASSPHRASE, sleep=no_sleep)
    sessions.lock(session)
    with pytest.raises(sessions.USER_ERRORS):
        sessions.unlock(vault_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
