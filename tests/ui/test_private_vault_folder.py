"""The desktop refuses a vault folder other users can reach: a message box, no unlock, exit 1."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory

from skyddsapp.ui.shell import app

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.mark.parametrize("mode", [0o755, 0o750])
def test_an_open_folder_gets_a_message_and_no_unlock_dialog(
    make_controller: ControllerFactory, vault_folder: Path, qtbot: QtBot, mode: int
) -> None:
    vault_folder.chmod(mode)
    controller = make_controller(vault_folder)

    controller.start()

    box = controller.refusal_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert controller.unlock_dialog is None
    assert controller.refused
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.textFormat().name == "PlainText"
    assert f"Valvets mapp {vault_folder}" in box.text()
    assert f"(rättigheter {mode:04o})" in box.text()
    assert box.text().endswith(f"chmod 700 {shlex.quote(str(vault_folder))}")
    assert controller.quits == []  # waits until the message is read

    box.button(QMessageBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: controller.quits == [1])
    assert controller.unlock_dialog is None


def test_an_open_file_is_named(
    make_controller: ControllerFactory, vault_folder: Path, qtbot: QtBot
) -> None:
    (vault_folder / "vault.db").chmod(0o644)
    controller = make_controller(vault_folder)

    controller.start()

    assert controller.refusal_box is not None
    assert f"chmod 600 {shlex.quote(str(vault_folder / 'vault.db'))}" in (
        controller.refusal_box.text()
    )
    assert controller.unlock_dialog is None


def test_the_refusal_is_in_english_when_english_is_chosen(
    make_controller: ControllerFactory, vault_folder: Path, qm_dir: Path, qapp: QApplication
) -> None:
    from skyddsapp.ui.i18n import Translations

    translations = Translations(qapp, qm_dir)
    assert translations.install("en")
    try:
        vault_folder.chmod(0o755)
        controller = make_controller(vault_folder, translations=translations)
        controller.start()
        assert controller.refusal_box is not None
        text = controller.refusal_box.text()
        assert "Valvets" not in text
        assert str(vault_folder) in text
        assert "chmod 700" in text
    finally:
        translations.uninstall()  # no translator of this test's left for the next one


def test_a_private_folder_goes_to_the_unlock_dialog(
    make_controller: ControllerFactory, vault_folder: Path, qtbot: QtBot
) -> None:
    assert vault_folder.stat().st_mode & 0o777 == 0o700
    controller = make_controller(vault_folder)

    controller.start()

    assert controller.refusal_box is None
    assert not controller.refused
    assert controller.unlock_dialog is not None
    qtbot.waitUntil(controller.unlock_dialog.isVisible)


def test_the_program_exits_1_after_a_refusal(
    monkeypatch: pytest.MonkeyPatch, vault_folder: Path, tmp_path: Path, qapp: QApplication
) -> None:
    vault_folder.chmod(0o755)
    monkeypatch.setattr(app, "harden_process", lambda: None)
    monkeypatch.setattr(app, "use_private_temp_dir", lambda: None)
    monkeypatch.setattr(app.error_guard, "install", lambda _window: None)
    monkeypatch.setattr(app, "QSettings", lambda: _ini(tmp_path))

    def close_the_box() -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.button(QMessageBox.StandardButton.Ok).click()
        return 0

    monkeypatch.setattr(qapp, "exec", close_the_box)
    real = app.Translations
    installed: list[app.Translations] = []

    def recorded(*args: Any, **kwargs: Any) -> app.Translations:
        installed.append(real(*args, **kwargs))
        return installed[-1]

    monkeypatch.setattr(app, "Translations", recorded)
    try:
        assert app.main(["--vault", str(vault_folder), "--language", "sv"]) == 1
    finally:
        for translations in installed:  # Qt's Swedish texts stay out of later tests
            translations.uninstall()


def _ini(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
