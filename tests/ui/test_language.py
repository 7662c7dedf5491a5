"""Switching language at run time changes the visible texts, Qt's own included, and back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory

from skyddsapp.services.context import Session
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.main_window import MainWindow
from skyddsapp.ui.shell.settings import LANGUAGE
from skyddsapp.ui.shell.settings_dialog import SettingsDialog
from skyddsapp.ui.shell.unlock_dialog import UnlockDialog


@pytest.fixture
def translations(qapp: QApplication, qm_dir: Path) -> Iterator[Translations]:
    translations = Translations(qapp, qm_dir)
    assert translations.install("sv")
    yield translations
    translations.uninstall()


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def _texts(window: MainWindow) -> dict[str, object]:
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "tabs": [window.tabs.tabText(i) for i in range(2)],
        "user": window.user_label.text(),
        "vault": window.vault_label.text(),
        "lock": window.lock_label.text().split(" ")[0],
        "lock_action": window.lock_action.text(),
    }


def _choose_language(controller: AppController, code: str) -> dict[str, str]:
    """Pick the language in the settings dialog and press OK; returns what the dialog showed."""
    shown: dict[str, str] = {}

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        shown["cancel"] = cancel.text()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))
        dialog.accept()

    QTimer.singleShot(0, choose)
    controller.main_window.settings_action.trigger()
    return shown


def test_switching_language_changes_the_visible_texts(
    make_controller: ControllerFactory,
    session: Session,
    translations: Translations,
    qtbot: QtBot,
) -> None:
    controller = make_controller(session.vault.folder, translations=translations)
    controller.open_session(session)
    first = controller.main_window
    case_id = first.case_list.case_ids[0]
    first.open_case(case_id)
    assert _texts(first) == {
        "menus": ["&Arkiv", "&Visa", "&Uppföljning", "&Hjälp"],
        "tabs": ["Ärenden", "Att göra"],
        "user": "Inloggad: Demo Handläggare (Administratör)",
        "vault": "Valv: valv",
        "lock": "Låses",
        "lock_action": "&Lås",
    }

    shown = _choose_language(controller, "en")
    assert shown["cancel"] == "Avbryt"  # Qt's own Swedish (qtbase_sv.qm) while Swedish
    window = controller.main_window
    assert window is not first
    assert controller.settings.get(LANGUAGE) == "en"
    assert _texts(window) == {
        "menus": ["&File", "&View", "F&ollow-up", "&Help"],
        "tabs": ["Cases", "To do"],
        "user": "Signed in: Demo Handläggare (Administrator)",
        "vault": "Vault: valv",
        "lock": "Locks",
        "lock_action": "&Lock",
    }
    assert window.open_case_ids() == [case_id]  # the open case survived the rebuild
    assert window.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: not _valid(first), timeout=2000)

    shown = _choose_language(controller, "sv")
    assert shown["cancel"] == "Cancel"
    assert _texts(controller.main_window)["menus"] == ["&Arkiv", "&Visa", "&Uppföljning", "&Hjälp"]
    assert _texts(controller.main_window)["user"].endswith("(Administratör)")


def test_the_unlock_dialog_follows_the_language(
    make_controller: ControllerFactory,
    session: Session,
    translations: Translations,
) -> None:
    translations.install("en")
    controller = make_controller(session.vault.folder, translations=translations)
    controller.open_session(session)
    controller.lock()
    dialog = controller.unlock_dialog
    assert dialog.unlock_button.text() == "&Unlock"
    assert dialog.mode_button.text() == "Use &recovery key…"
    translations.install("sv")
    assert UnlockDialog(session.vault.folder).unlock_button.text() == "Lås &upp"


def _valid(widget: object) -> bool:
    from shiboken6 import Shiboken

    return Shiboken.isValid(widget)
