"""The witness folder: chosen in Inställningar, used at every unlock from the desktop."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, ini_settings

from skyddsapp.services import demo
from skyddsapp.ui.shell.settings import WITNESS_FOLDER
from skyddsapp.ui.shell.settings_dialog import SettingsDialog
from skyddsapp.ui.shell.unlock_dialog import UnlockDialog


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def test_the_witness_folder_is_chosen_saved_and_cleared(qtbot: QtBot, tmp_path: Path) -> None:
    settings = ini_settings(tmp_path / "inst.ini")
    usb = tmp_path / "usb"

    def ask(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path:
        return usb

    dialog = SettingsDialog(settings, capture_protected=False, ask_folder=ask)
    qtbot.addWidget(dialog)
    assert dialog.witness_edit.text() == ""
    assert dialog.witness_edit.placeholderText() == "Ingen vittnesmapp"
    dialog._choose_witness()
    dialog.save(settings)
    assert settings.witness_folder() == usb
    assert settings.get(WITNESS_FOLDER) == str(usb)

    dialog = SettingsDialog(settings, capture_protected=False, ask_folder=ask)
    qtbot.addWidget(dialog)
    assert dialog.witness_edit.text() == str(usb)
    dialog.witness_edit.clear()
    dialog.save(settings)
    assert settings.witness_folder() is None


def _unlock(qtbot: QtBot, dialog: UnlockDialog) -> None:
    dialog.user_edit.setText(demo.DEMO_USER)
    dialog.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    dialog.unlock_button.click()


def test_a_whole_vault_folder_put_back_is_refused_at_unlock(
    qtbot: QtBot, make_controller: ControllerFactory, vault_folder: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    settings = ini_settings(tmp_path / "witness.ini")
    settings.set(WITNESS_FOLDER, str(usb))
    shutil.copytree(vault_folder, tmp_path / "kopia")

    controller = make_controller(vault_folder, settings=settings)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        _unlock(qtbot, dialog)
    controller.lock()
    witness = list(usb.iterdir())
    assert len(witness) == 1
    assert witness[0].name.startswith("skyddsapp-")
    assert witness[0].name.endswith(".head")
    assert witness[0].stat().st_mode & 0o777 == 0o600

    shutil.rmtree(vault_folder)
    shutil.copytree(tmp_path / "kopia", vault_folder)
    dialog = controller.unlock_dialog
    assert dialog is not None
    _unlock(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert "hela valvmappen har ersatts med en äldre kopia" in dialog.error_label.text()
    assert controller.session is None
