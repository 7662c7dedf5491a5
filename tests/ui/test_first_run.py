"""First run: the wizard creates a vault, enforces the passphrase minimum, shows the key once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from shell_support import UI_TODAY, ControllerFactory, controller_factory, no_sleep

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.crypto.recovery import normalize_recovery_key
from skyddsapp.services import sessions
from skyddsapp.ui.shell.first_run_wizard import FirstRunWizard

STRONG = "Kanelbulle-Fyrisan-7-Tranbar"  # ASCII: QTest types no å, ä, ö
Button = QWizard.WizardButton


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def calibration(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Vault.create calibrates with MINIMUM_KDF, and waits until the event is set."""
    release = threading.Event()

    def calibrate(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return MINIMUM_KDF

    monkeypatch.setattr("skyddsapp.vault.vault.calibrate", calibrate)
    return release


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(tmp_path / "nytt-valv", today=lambda: UI_TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _enabled(wizard: FirstRunWizard, button: Button) -> bool:
    return wizard.button(button).isEnabled() and wizard.button(button).isVisible()


def _fill_administrator(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    qtbot.keyClicks(wizard.admin_page.user_edit, "Anna S")
    assert "Användarnamnet ska vara" in wizard.admin_page.user_error.text()
    qtbot.keyClicks(wizard.admin_page.display_edit, "Anna Svensson")
    assert not _enabled(wizard, Button.NextButton)
    wizard.admin_page.user_edit.setText("anna.s")
    assert wizard.admin_page.user_error.text() == ""
    assert _enabled(wizard, Button.NextButton)
    wizard.next()


def _type_passphrase(wizard: FirstRunWizard, qtbot: QtBot, first: str, second: str) -> None:
    widget = wizard.passphrase_page.passphrase
    widget.clear()
    qtbot.keyClicks(widget.passphrase_edit, first)
    qtbot.keyClicks(widget.confirm_edit, second)


def test_the_wizard_creates_a_vault_that_then_unlocks(
    wizard: FirstRunWizard, qtbot: QtBot, calibration: threading.Event, tmp_path: Path
) -> None:
    folder = tmp_path / "nytt-valv"
    assert wizard.location_page.folder() == folder
    _fill_administrator(wizard, qtbot)
    assert wizard.currentPage() is wizard.passphrase_page

    # The minimum is enforced: too short, too guessable, not confirmed.
    for first, second in [
        ("kort", "kort"),
        ("uppsalahem2026", "uppsalahem2026"),
        ("svenssonanna.s", "svenssonanna.s"),  # her own names, given to zxcvbn as context
        (STRONG, STRONG + "x"),
    ]:
        _type_passphrase(wizard, qtbot, first, second)
        assert not _enabled(wizard, Button.NextButton), first
    assert wizard.passphrase_page.passphrase.mismatch_label.text() == "Lösenfraserna är inte lika."
    _type_passphrase(wizard, qtbot, STRONG, STRONG)
    assert "godkänd" in wizard.passphrase_page.passphrase.strength_label.text()
    assert _enabled(wizard, Button.NextButton)
    wizard.next()

    # Creating runs on a worker: busy bar shown, no way back or out meanwhile.
    assert wizard.currentPage() is wizard.create_page
    qtbot.mouseClick(wizard.button(Button.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.create_page.busy_bar.isVisible()
    assert not wizard.button(Button.CommitButton).isEnabled()
    assert not wizard.button(Button.BackButton).isEnabled()
    assert not wizard.button(Button.CancelButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()
    calibration.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=10_000)

    # The key is shown once, in groups; Finish waits for the confirmation; no Cancel, no Back.
    shown = wizard.key_page.key_label.text()
    key = normalize_recovery_key(shown)
    assert len(shown.split()) == 8
    assert wizard.passphrase_page.passphrase.passphrase() == ""
    assert not _enabled(wizard, Button.FinishButton)
    assert not wizard.button(Button.CancelButton).isVisible()
    assert not wizard.button(Button.BackButton).isVisible()
    wizard.reject()  # Escape or the window's close button must not lose the key
    assert wizard.isVisible()
    wizard.key_page.confirm_check.setChecked(True)
    assert _enabled(wizard, Button.FinishButton)
    qtbot.mouseClick(wizard.button(Button.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.key_page.key_label.text() == ""
    assert wizard.create_page.recovery_key == ""

    session = wizard.session
    assert session is not None
    assert session.vault.user.name == "anna.s"
    assert session.vault.user.display_name == "Anna Svensson"
    sessions.lock(session)
    again = sessions.unlock(folder, "anna.s", STRONG, sleep=no_sleep)
    sessions.lock(again)
    by_key = sessions.unlock_with_recovery_key(folder, key, sleep=no_sleep)
    sessions.lock(by_key)


def test_the_location_must_be_new_or_empty(
    wizard: FirstRunWizard, vault_folder: Path, tmp_path: Path
) -> None:
    page = wizard.location_page
    page.folder_edit.setText(str(vault_folder))
    assert not page.validatePage()
    assert "redan ett valv" in page.error_label.text()
    busy = tmp_path / "annat"
    busy.mkdir()
    (busy / "brev.txt").write_text("x", "utf-8")
    page.folder_edit.setText(str(busy))
    assert not page.validatePage()
    assert "inte tom" in page.error_label.text()
    page.folder_edit.setText("relativ/mapp")
    assert not page.validatePage()
    page.folder_edit.setText("")
    assert not page.isComplete()
    page.folder_edit.setText(str(tmp_path / "ny"))
    assert page.validatePage()
    assert page.error_label.text() == ""


def test_a_failed_creation_is_shown_and_can_be_retried(
    wizard: FirstRunWizard, qtbot: QtBot, calibration: threading.Event, tmp_path: Path
) -> None:
    calibration.set()
    _fill_administrator(wizard, qtbot)
    _type_passphrase(wizard, qtbot, STRONG, STRONG)
    wizard.next()
    # Someone made a vault there meanwhile: the vault's own message, and nothing overwritten.
    other = sessions.create_vault(tmp_path / "nytt-valv", "eva", "Eva", STRONG)
    sessions.lock(other.session)
    qtbot.mouseClick(wizard.button(Button.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.create_page.error_label.text() != "", timeout=10_000)
    assert "redan ett valv" in wizard.create_page.error_label.text()
    assert wizard.currentPage() is wizard.create_page
    assert wizard.session is None
    assert wizard.button(Button.BackButton).isEnabled()


def test_the_controller_starts_with_the_wizard_when_there_is_no_vault(
    make_controller: ControllerFactory, qtbot: QtBot, tmp_path: Path, calibration: threading.Event
) -> None:
    calibration.set()
    controller = make_controller(tmp_path / "tomt")
    controller.start()
    wizard = controller.first_run_wizard
    assert wizard is not None
    assert wizard.isVisible()
    assert controller.unlock_dialog is None
    _fill_administrator(wizard, qtbot)
    _type_passphrase(wizard, qtbot, STRONG, STRONG)
    wizard.next()
    wizard.button(Button.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=10_000)
    wizard.key_page.confirm_check.setChecked(True)
    wizard.button(Button.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=5000)
    assert controller.session is not None
    assert controller.session.vault.user.name == "anna.s"
    assert controller.folder == tmp_path / "tomt"
