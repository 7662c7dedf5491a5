"""Arkiv → Valvets identitet…: the vault's identity made and its card shown, printed and
exported; a peer vault added only with its fingerprint typed as read aloud, refused otherwise
with nothing stored. Real widgets, driven with qtbot."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents_support import FakeDialogs, MemoryPrinter, ink
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shell_support import UI_TODAY, ControllerFactory, controller_factory, no_sleep

from skyddsapp.domain.identity_card import card, card_text, parse_card
from skyddsapp.services import demo, identities
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.identity_dialog import IdentityDialog, fingerprint_rows
from skyddsapp.ui.admin.identity_peer_dialog import AddPeerDialog
from skyddsapp.ui.paperwork.pdf_printing import PrintOutcome
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.main_window import MainWindow
from skyddsapp.vault.vault import Vault

VAULT_NAME = "Nexus, Uppsala kommun"
# A peer's card as another vault would export it (fixed keys: the fingerprint is stable).
PEER = card("Uppsalahem <b>AB</b>", bytes(range(32)), bytes(range(32, 64)))


def _audit_count(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _peer_count(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM peer_vaults").fetchone()[0])


@pytest.fixture
def card_file(tmp_path: Path) -> Path:
    path = tmp_path / "uppsalahem-kort.txt"
    path.write_text(card_text(PEER), "utf-8")
    return path


def _dialog(session: Session, qtbot: QtBot, dialogs: FakeDialogs | None = None) -> IdentityDialog:
    dialog = IdentityDialog(session, dialogs=dialogs or FakeDialogs())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _with_identity(session: Session, qtbot: QtBot, **kwargs: object) -> IdentityDialog:
    identities.create_identity(session.vault, VAULT_NAME)
    return _dialog(session, qtbot, **kwargs)  # type: ignore[arg-type]


def test_the_identity_is_made_from_the_dialog_and_its_card_shown(
    session: Session, qtbot: QtBot
) -> None:
    dialog = _dialog(session, qtbot)
    assert dialog.create_box.isVisible()
    assert not dialog.card_box.isVisible()
    before = _audit_count(session)

    qtbot.keyClicks(dialog.name_edit, "  Nexus,   Uppsala kommun ")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    made = identities.own_card(session.vault)
    assert made is not None
    assert made.name == VAULT_NAME
    assert not dialog.create_box.isVisible()
    assert dialog.card_box.isVisible()
    assert dialog.name_label.text() == VAULT_NAME
    shown = dialog.fingerprint_label.text()
    assert shown == fingerprint_rows(made.fingerprint)
    assert shown.split() == made.fingerprint.split()
    assert [len(g) for g in shown.split()] == [5] * 6
    assert _audit_count(session) == before + 1
    assert "skapad" in dialog.status.text()


def test_an_empty_name_is_named_under_the_field_and_nothing_is_made(
    session: Session, qtbot: QtBot
) -> None:
    dialog = _dialog(session, qtbot)
    before = _audit_count(session)

    qtbot.keyClicks(dialog.name_edit, "   ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert dialog.create_errors.message("name") == "Ange valvets namn."
    assert identities.own_card(session.vault) is None
    assert _audit_count(session) == before
    assert dialog.create_box.isVisible()


def test_the_card_is_exported_as_text_that_reads_back(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "vårt-kort.txt"
    dialog = _with_identity(session, qtbot, dialogs=FakeDialogs(save=target))

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert parse_card(target.read_text("utf-8")) == identities.own_card(session.vault)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert str(target) in dialog.status.text()


def test_the_card_is_previewed_and_printed_as_one_page(session: Session, qtbot: QtBot) -> None:
    dialog = _with_identity(session, qtbot)
    printer = MemoryPrinter()
    dialog.card_flow.printer = printer
    before = _audit_count(session)

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog.card_flow.preview
    assert preview is not None
    assert preview.source is not None
    assert preview.source.page_count == 1
    assert dialog.card_flow.print_sheet(preview) is PrintOutcome.PRINTED
    [sheet] = printer.sheets
    assert ink(sheet) > 500
    assert printer.printer.docName() == "identitetskort"
    assert _audit_count(session) == before  # public keys only: nothing to log
    preview.reject()


def test_a_peer_is_added_with_the_fingerprint_typed_as_read_aloud(
    session: Session, qtbot: QtBot, card_file: Path
) -> None:
    dialog = _with_identity(session, qtbot, dialogs=FakeDialogs(open_=card_file))
    assert dialog.empty_label.isVisible()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    adding = dialog.peer_dialog
    assert adding is not None
    qtbot.mouseClick(adding.file_button, Qt.MouseButton.LeftButton)
    # The name on the card is shown as it is written, markup and all (plain text).
    assert adding.name_label.text() == "Uppsalahem <b>AB</b>"
    assert adding.name_label.textFormat() == Qt.TextFormat.PlainText
    assert adding.fingerprint_edit.text() == ""  # never filled in from the file
    qtbot.keyClicks(adding.fingerprint_edit, PEER.fingerprint.replace(" ", "-"))
    qtbot.mouseClick(
        adding.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    assert adding.result() == adding.DialogCode.Accepted
    [peer] = identities.peers(session.vault)
    assert peer.card == PEER
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == PEER.name
    assert dialog.table.item(0, 1).text() == PEER.fingerprint
    assert dialog.table.item(0, 3).text() == session.user_name
    assert not dialog.empty_label.isVisible()


def test_a_wrong_fingerprint_is_refused_under_the_field_and_nothing_stored(
    session: Session, qtbot: QtBot
) -> None:
    identities.create_identity(session.vault, VAULT_NAME)
    adding = AddPeerDialog(session, dialogs=FakeDialogs())
    qtbot.addWidget(adding)
    adding.show()
    before = _audit_count(session)
    adding.card_edit.setPlainText(card_text(PEER))
    digits = PEER.fingerprint.replace(" ", "")
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)

    qtbot.keyClicks(adding.fingerprint_edit, wrong)
    qtbot.keyClick(adding.fingerprint_edit, Qt.Key.Key_Return)

    assert "stämmer inte med kortet" in adding.errors.message("fingerprint")
    assert adding.isVisible()
    assert _peer_count(session) == 0
    assert _audit_count(session) == before


def test_a_damaged_card_is_named_under_the_card_at_once(session: Session, qtbot: QtBot) -> None:
    adding = AddPeerDialog(session, dialogs=FakeDialogs())
    qtbot.addWidget(adding)
    adding.show()
    damaged = card_text(PEER).replace("namn: Uppsalahem", "namn: Uppsalahen")

    adding.card_edit.setPlainText(damaged)

    assert "kortet är skadat" in adding.card_error.text()
    assert adding.card_error.isVisible()
    assert adding.name_label.text() == "–"
    adding.card_edit.setPlainText("ett brev, inte ett kort")
    assert adding.card_error.text() == "Filen är inte ett identitetskort."


def test_a_file_that_is_not_a_card_is_not_read_whole(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    big = tmp_path / "film.txt"
    big.write_bytes(b"skyddsapp identitetskort v1\n" + b"x" * 100_000)
    adding = AddPeerDialog(session, dialogs=FakeDialogs(open_=big))
    qtbot.addWidget(adding)
    adding.show()

    qtbot.mouseClick(adding.file_button, Qt.MouseButton.LeftButton)

    assert adding.card_edit.toPlainText() == ""
    assert adding.card_error.text() == "Filen är inte ett identitetskort."


# ----------------------------------------------------------------- from the main window


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def window(make_controller: ControllerFactory, session: Session) -> MainWindow:
    controller: AppController = make_controller(session.vault.folder)
    controller.open_session(session)
    assert controller.main_window is not None
    return controller.main_window


def test_the_file_menu_opens_the_identity_for_an_administrator(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.identity_action in file_menu.actions()
    assert window.identity_action.isVisible()
    assert window.identity_action.shortcut().toString() == "Ctrl+Shift+D"

    window.identity_action.trigger()

    assert isinstance(window.identity_dialog, IdentityDialog)
    assert window.identity_dialog.windowTitle() == "Valvets identitet"
    window.identity_dialog.reject()


def test_a_handler_receives_hand_overs_but_trusts_no_vault(
    vault_folder: Path, make_controller: ControllerFactory
) -> None:
    vault = Vault.unlock(vault_folder, demo.DEMO_TEAMMATE, "nexus-demo-fras!", sleep=no_sleep)
    handler = Session(vault, lambda: UI_TODAY)
    controller: AppController = make_controller(vault_folder)
    controller.open_session(handler)
    window = controller.main_window
    assert window is not None

    assert not window.identity_action.isVisible()
    assert not window.identity_action.isEnabled()
    window.open_identity()
    assert getattr(window, "identity_dialog", None) is None
    assert window.receive_action.isEnabled()
    assert window.receive_action.isVisible()
