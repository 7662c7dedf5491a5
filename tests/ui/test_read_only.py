"""A read-only vault: a clear "Skrivskyddat" state, no write actions, and unlock's warnings told."""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shell_support import UI_TODAY, ControllerFactory, controller_factory, no_sleep
from shiboken6 import Shiboken

from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases, demo, persons
from skyddsapp.services.context import Session
from skyddsapp.services.persons import ProtectedField
from skyddsapp.services.search import search_cases
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.shell import error_guard
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.main_window import MainWindow
from skyddsapp.ui.widgets.masked_field import MASK
from skyddsapp.ui.widgets.plain_text import PlainLabel
from skyddsapp.vault import vault as vault_module
from skyddsapp.vault.errors import VaultReadOnly
from skyddsapp.vault.keyslots import KEYSLOT_FILENAME
from skyddsapp.vault.vault import Vault

READ_ONLY_TITLE = "skyddsapp — skrivskyddat"
SLOT_DAMAGE = "återställningsnyckelns plats"

Unlock = Callable[..., Session]


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def unlock(vault_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Unlock]:
    """Unlocks the test vault, read-only when asked: as root, a chmod would not stop a write,
    so the medium's write protection is played where the vault asks for it."""
    opened: list[Vault] = []

    def open_vault(*, read_only: bool) -> Session:
        if read_only:
            monkeypatch.setattr(vault_module, "_writable", lambda folder: False)
        vault = Vault.unlock(vault_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
        opened.append(vault)
        return Session(vault, lambda: UI_TODAY)

    yield open_vault
    for vault in opened:
        if not vault.is_locked:
            vault.lock()


def damage_recovery_slot(folder: Path) -> None:
    """One byte of the recovery slot's sealed key changed: unlock goes on, with a warning."""
    path = folder / KEYSLOT_FILENAME
    document = json.loads(path.read_text("ascii"))
    [slot] = [s for s in document["slots"] if s["kind"] == "recovery"]
    wrapped = bytearray(base64.b64decode(slot["wrapped"]))
    wrapped[10] ^= 0x01
    slot["wrapped"] = base64.b64encode(bytes(wrapped)).decode("ascii")
    path.write_text(json.dumps(document, indent=2) + "\n", "ascii")


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def read_only_labels(window: MainWindow) -> list[PlainLabel]:
    return [
        label
        for label in window.statusBar().findChildren(PlainLabel)
        if label.text() == "Skrivskyddat"
    ]


def test_a_writable_vault_shows_no_read_only_state(
    make_controller: ControllerFactory, unlock: Unlock
) -> None:
    session = unlock(read_only=False)
    assert session.read_only is False
    assert session.warnings == ()
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window.windowTitle() == "skyddsapp"
    assert window.read_only_label is None
    assert read_only_labels(window) == []
    assert window.new_case_action.isEnabled()
    assert window.verify_action.isEnabled()
    assert controller.warnings_box is None


def test_a_read_only_vault_says_so_and_offers_no_write(
    make_controller: ControllerFactory, unlock: Unlock
) -> None:
    session = unlock(read_only=True)
    assert session.read_only is True
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window.windowTitle() == READ_ONLY_TITLE
    [label] = read_only_labels(window)
    assert label is window.read_only_label
    assert label.isVisible()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "font-weight: bold" in label.styleSheet()
    assert "läsa men inte ändra" in label.toolTip()
    assert "inte kan loggas" in label.toolTip()
    assert not window.new_case_action.isEnabled()
    assert not window.verify_action.isEnabled()
    for action in (window.lock_action, window.search_action, window.settings_action):
        assert action.isEnabled()
    # Nothing personal in the title, whatever is open.
    window.open_case(window.case_list.case_ids[0])
    assert window.windowTitle() == READ_ONLY_TITLE
    # The log can be read, but no review can be signed off in it.
    from skyddsapp.ui.admin.audit_review_panel import AuditReviewPanel

    panel = AuditReviewPanel(session)
    panel.deleteLater()
    assert not panel.sign_button.isEnabled()
    assert panel.sign_button.toolTip() == "Valvet är skrivskyddat."


def test_revealing_a_protected_field_is_refused_and_writes_nothing(
    qtbot: QtBot,
    unlock: Unlock,
    vault_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = file_hashes(vault_folder)
    session = unlock(read_only=True)
    case_id = next(
        row.id
        for row in search_cases(session, limit=100).rows
        if persons.get_person(
            session, cases.get_case(session, row.id).person_ids(CaseRole.CLIENT)[0]
        ).protection.is_protected
    )
    # As the app does (app.py): an error from a slot is told by the error guard.
    guard_shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: guard_shown.append(box.text()) or 0)
    error_guard.install()
    view = CaseView(session, case_id, SecretClipboard(clear_after_ms=200))
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.persons)
    client_id = view.data.case.person_ids(CaseRole.CLIENT)[0]
    field = next(
        f
        for f in view.persons.masked_fields
        if f.person_id == client_id and f.field is ProtectedField.PERSONAL_NUMBER
    )
    assert field.text() == MASK
    seen: dict[str, object] = {}

    def give_reason(dialog: RevealDialog) -> None:
        dialog.reason_choice.setCurrentIndex(dialog.reason_choice.findText("Kontroll av uppgift"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["refusals"] = [*guard_shown, dialog.errors.general_text]
        seen["values"] = dict(dialog.values)
        dialog.reject()

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RevealDialog):
            give_reason(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)
    assert field.reveal() is False
    assert str(VaultReadOnly(vault_folder)) in seen["refusals"]
    assert seen["values"] == {}
    assert field.text() == MASK
    session.vault.lock()
    assert file_hashes(vault_folder) == before  # no audit entry, no lock entry, no byte


def test_unlock_warnings_are_listed_once_without_blocking_the_auto_lock(
    make_controller: ControllerFactory, unlock: Unlock, vault_folder: Path, qtbot: QtBot
) -> None:
    damage_recovery_slot(vault_folder)
    session = unlock(read_only=True)
    assert len(session.warnings) == 2
    assert session.warnings[0] == str(VaultReadOnly(vault_folder))
    assert SLOT_DAMAGE in session.warnings[1]
    controller = make_controller(vault_folder, auto_lock_ms=600)
    controller.open_session(session)
    window = controller.main_window
    box = controller.warnings_box
    assert box is not None
    assert box.isVisible()
    assert box.windowTitle() == "skyddsapp"
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().splitlines() == [
        "Valvet är upplåst. Observera följande:",
        "",
        *("• " + warning for warning in session.warnings),
    ]
    assert controller.auto_lock.running  # opened, not exec'd: the idle lock still counts

    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)  # the idle lock fired
    assert controller.warnings_box is None
    qtbot.waitUntil(lambda: not Shiboken.isValid(window), timeout=5000)
    assert not Shiboken.isValid(box)
    assert session.vault.is_locked
    assert controller.unlock_dialog is not None
    assert controller.unlock_dialog.isVisible()


def test_a_writable_vault_with_a_damaged_slot_warns_but_stays_writable(
    make_controller: ControllerFactory, unlock: Unlock, vault_folder: Path
) -> None:
    damage_recovery_slot(vault_folder)
    session = unlock(read_only=False)
    assert session.read_only is False
    [warning] = session.warnings
    assert SLOT_DAMAGE in warning
    controller = make_controller(vault_folder)
    controller.open_session(session)
    window = controller.main_window
    assert window.windowTitle() == "skyddsapp"
    assert read_only_labels(window) == []
    assert window.new_case_action.isEnabled()
    box = controller.warnings_box
    assert box is not None
    assert box.isVisible()
    assert "• " + warning in box.text().splitlines()
    controller.lock()
    assert controller.warnings_box is None
    assert not Shiboken.isValid(box) or not box.isVisible()
