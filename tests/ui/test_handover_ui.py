"""Sealed hand-over on screen: a case sealed to a file in one vault (Överlämna till annat valv),
previewed and imported in a second vault (Ta emot överlämning) — two vaults in one test — and
every refused package shown with its own message and nothing stored. Real widgets, qtbot."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents_support import FakeDialogs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from shell_support import UI_TODAY, ControllerFactory, controller_factory, no_sleep

from skyddsapp.domain.identity_card import card, card_text, parse_card
from skyddsapp.services import cases, demo, handover, identities
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.handover_receive_dialog import HandoverReceiveDialog
from skyddsapp.ui.cases.handover_seal_dialog import HandoverSealDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.main_window import MainWindow
from skyddsapp.vault.vault import Vault

NEXUS, UPPSALAHEM = "Nexus, Uppsala kommun", "Uppsalahem <i>AB</i>"


def _counts(session: Session) -> tuple[int, int, int]:
    conn = session.conn
    return tuple(  # type: ignore[return-value]
        int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("cases", "audit_log", "handover_packages")
    )


@pytest.fixture
def other(demo_template: Path, tmp_path: Path) -> Iterator[Session]:
    """A second vault (a copy of the demo vault, with an identity of its own)."""
    folder = tmp_path / "uppsalahem"
    shutil.copytree(demo_template, folder)
    vault = Vault.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
    try:
        yield Session(vault, lambda: UI_TODAY)
    finally:
        if not vault.is_locked:
            vault.lock()


def _trust(session: Session, other: Session) -> None:
    text = identities.own_card_text(other.vault)
    identities.import_peer(session.vault, text, parse_card(text).fingerprint)


@pytest.fixture
def pair(session: Session, other: Session) -> tuple[Session, Session]:
    """`session` (Nexus) and `other` (Uppsalahem) trust each other."""
    identities.create_identity(session.vault, NEXUS)
    identities.create_identity(other.vault, UPPSALAHEM)
    _trust(session, other)
    _trust(other, session)
    return session, other


def _a_case(session: Session) -> int:
    return search_cases(session, limit=1).rows[0].id


def _seal(qtbot: QtBot, session: Session, case_id: int, folder: Path) -> HandoverSealDialog:
    dialog = HandoverSealDialog(
        session, case_id, reference="KV-1", dialogs=FakeDialogs(save=folder)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.workers.busy)
    return dialog


def _receive(qtbot: QtBot, session: Session, path: Path) -> HandoverReceiveDialog:
    dialog = HandoverReceiveDialog(session, dialogs=FakeDialogs(open_=path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.workers.busy)
    return dialog


def test_a_case_is_sealed_in_one_vault_and_imported_in_the_other(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, uppsalahem = pair
    media = tmp_path / "usb"
    media.mkdir()
    case_id = _a_case(nexus)
    sent = cases.get_case(nexus, case_id)

    sealing = _seal(qtbot, nexus, case_id, media)

    assert sealing.peer_combo.currentText() == UPPSALAHEM
    written = sealing.written
    assert written is not None
    assert written.parent == media
    assert written.name.startswith("overlamning-")
    assert written.suffix == ".skydd"
    assert sealing.result_label.isVisible()
    result = sealing.result_label.text()
    assert UPPSALAHEM in result
    assert "krypterad" in result
    assert str(written) in result
    assert not sealing.seal_button.isVisible()
    assert sealing.cancel_button.text() == "&Stäng"

    before = _counts(uppsalahem)
    receiving = _receive(qtbot, uppsalahem, written)

    preview = receiving.preview
    assert preview is not None
    assert _counts(uppsalahem) == before  # a preview stores and logs nothing
    assert receiving.values["sender"].text() == NEXUS
    assert (
        receiving.values["fingerprint"].text()
        == parse_card(identities.own_card_text(nexus.vault)).fingerprint
    )
    assert receiving.values["reference"].text() == str(sent.reference)
    assert receiving.values["outcome"].text() == "Skapar ett nytt ärende"
    assert receiving.values["documents"].text() == str(preview.documents)
    assert receiving.persons.rowCount() == len(preview.persons) == len(sent.parties)
    assert receiving.import_button.isEnabled()
    assert receiving.preview_box.isVisible()
    imported: list[int] = []
    receiving.case_imported.connect(imported.append)

    qtbot.mouseClick(receiving.import_button, Qt.MouseButton.LeftButton)

    assert receiving.imported is not None
    assert imported == [receiving.imported.case_id]
    assert receiving.result() == receiving.DialogCode.Accepted
    made = cases.get_case(uppsalahem, imported[0])
    assert made.kind is sent.kind
    assert len(made.parties) == len(sent.parties)
    assert receiving.data is None  # forgotten once closed

    # The same file again: a replay, refused with its own message, nothing stored.
    before = _counts(uppsalahem)
    again = _receive(qtbot, uppsalahem, written)
    assert again.error.text() == handover.PackageReplayed.message
    assert again.error.isVisible()
    assert not again.import_button.isEnabled()
    assert again.preview is None
    assert _counts(uppsalahem) == before


def test_every_refused_package_shows_its_own_message(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, uppsalahem = pair
    media = tmp_path / "usb"
    media.mkdir()
    written = _seal(qtbot, nexus, _a_case(nexus), media).written
    assert written is not None
    data = written.read_bytes()
    damaged = tmp_path / "damaged.skydd"
    damaged.write_bytes(data[:200] + bytes([data[200] ^ 1]) + data[201:])
    truncated = tmp_path / "truncated.skydd"
    truncated.write_bytes(data[: len(data) // 2])
    letter = tmp_path / "brev.skydd"
    letter.write_text("Hej! Det här är inget paket.", "utf-8")

    for session, path, refusal in (
        (uppsalahem, damaged, handover.PackageDamaged),
        (uppsalahem, truncated, handover.PackageTruncated),
        (uppsalahem, letter, handover.NotAPackage),
        (nexus, written, handover.UnknownSender),  # the sender's own vault does not trust itself
    ):
        before = _counts(session)
        dialog = _receive(qtbot, session, path)
        assert dialog.error.text() == refusal.message, path.name
        assert dialog.preview is None
        assert not dialog.import_button.isEnabled()
        assert not dialog.preview_box.isVisible()
        assert _counts(session) == before, path.name


def test_a_missing_file_is_named_and_nothing_changes(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    _nexus, uppsalahem = pair
    dialog = _receive(qtbot, uppsalahem, tmp_path / "borta.skydd")

    assert dialog.error.isVisible()
    assert dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_without_trusted_vaults_the_dialog_says_who_to_ask(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = HandoverSealDialog(session, _a_case(session), dialogs=FakeDialogs(save=tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.no_peers_label.isVisible()
    assert "administratör" in dialog.no_peers_label.text()
    assert not dialog.seal_button.isEnabled()
    assert dialog.cancel_button.hasFocus() or not dialog.isActiveWindow()


def test_without_an_identity_sealing_is_refused_with_the_services_message(
    session: Session, other: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    identities.create_identity(other.vault, UPPSALAHEM)
    _trust(session, other)  # a peer, but this vault has no identity of its own
    media = tmp_path / "usb"
    media.mkdir()
    before = _counts(session)

    dialog = _seal(qtbot, session, _a_case(session), media)

    assert "ingen egen identitet" in dialog.error.text()
    assert dialog.error.isVisible()
    assert dialog.written is None
    assert list(media.iterdir()) == []
    assert _counts(session) == before


def test_a_failed_write_keeps_the_sealed_package_for_a_second_try(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, _uppsalahem = pair
    missing = tmp_path / "ej-monterad" / "usb"  # a stick not (yet) mounted
    dialogs = FakeDialogs(save=missing)
    dialog = HandoverSealDialog(nexus, _a_case(nexus), dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    before = _counts(nexus)

    qtbot.mouseClick(dialog.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.workers.busy)
    assert "inte sparat" in dialog.error.text()
    first = dialog.package
    assert first is not None
    seals = _seals(nexus)
    assert _counts(nexus) == before  # not written: not recorded, not logged

    missing.mkdir(parents=True)
    qtbot.mouseClick(dialog.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.workers.busy)

    assert dialog.written == missing / first.file_name
    assert dialog.written.read_bytes() == first.data
    assert _seals(nexus) == seals + 1  # the same package, logged once: when it was written


def test_a_lock_during_the_write_waits_for_the_file_and_its_record(
    pair: tuple[Session, Session],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nexus, _uppsalahem = pair
    started, release = threading.Event(), threading.Event()
    real_write = handover._write_file

    def held_write(package: handover.SealedPackage, target: Path) -> Path:
        started.set()
        release.wait(10)
        return real_write(package, target)

    monkeypatch.setattr(handover, "_write_file", held_write)
    dialog = HandoverSealDialog(nexus, _a_case(nexus), dialogs=FakeDialogs(save=tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    before = _counts(nexus)
    qtbot.mouseClick(dialog.seal_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    release.set()

    # What the controller does to every dialog at a lock, before it closes the vault.
    QDialog.done(dialog, QDialog.DialogCode.Rejected)

    [written] = tmp_path.glob("overlamning-*.skydd")
    assert _counts(nexus)[2] == before[2] + 1  # recorded before the vault may close
    assert _seals(nexus) >= 1
    qtbot.waitUntil(lambda: not dialog.workers.busy)
    assert written.stat().st_size > 0


def _seals(session: Session) -> int:
    return int(
        session.conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'handover.seal'"
        ).fetchone()[0]
    )


def test_package_text_is_shown_as_plain_text(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, uppsalahem = pair
    written = _seal(qtbot, uppsalahem, _a_case(uppsalahem), tmp_path).written
    assert written is not None

    dialog = _receive(qtbot, nexus, written)

    sender = dialog.values["sender"]
    assert sender.text() == UPPSALAHEM  # markup in a vault's name stays as typed
    assert sender.textFormat() == Qt.TextFormat.PlainText
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText


def test_the_case_view_offers_the_hand_over(session: Session, qtbot: QtBot) -> None:
    view = CaseView(session, _a_case(session), SecretClipboard())
    qtbot.addWidget(view)
    view.show()
    assert view.handover_action.shortcut().toString() == "Ctrl+Shift+H"

    qtbot.mouseClick(view.handover_button, Qt.MouseButton.LeftButton)

    dialog = view.active_dialog
    assert isinstance(dialog, HandoverSealDialog)
    assert dialog.windowTitle() == "Överlämna till annat valv"
    assert view.reference not in dialog.windowTitle()
    dialog.reject()


# ----------------------------------------------------------------- from the main window


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def test_an_imported_package_opens_its_case_in_the_main_window(
    pair: tuple[Session, Session],
    make_controller: ControllerFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    nexus, uppsalahem = pair
    written = _seal(qtbot, nexus, _a_case(nexus), tmp_path).written
    assert written is not None
    controller: AppController = make_controller(uppsalahem.vault.folder)
    controller.open_session(uppsalahem)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    window.handover_dialogs = FakeDialogs(open_=written)
    assert window.receive_action in window.menuBar().actions()[0].menu().actions()

    window.receive_action.trigger()
    dialog = window.receive_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.imported is not None
    assert window.open_case_ids() == [dialog.imported.case_id]


def test_a_lock_closes_the_preview_and_forgets_the_package(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, uppsalahem = pair
    written = _seal(qtbot, nexus, _a_case(nexus), tmp_path).written
    assert written is not None
    dialog = _receive(qtbot, uppsalahem, written)
    assert dialog.preview is not None

    # What the controller does to every dialog at a lock: the base class's done().
    QDialog.done(dialog, QDialog.DialogCode.Rejected)

    assert dialog.data is None
    assert dialog.preview is None
    assert dialog.persons.rowCount() == 0
    assert all(label.text() == "" for label in dialog.values.values())


def test_the_keyboard_opens_the_hand_over_from_the_case(session: Session, qtbot: QtBot) -> None:
    view = CaseView(session, _a_case(session), SecretClipboard())
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.tabs.setFocus()

    qtbot.keyClick(
        view.tabs,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert isinstance(view.active_dialog, HandoverSealDialog)
    view.active_dialog.reject()


def test_an_answer_goes_back_and_updates_the_senders_case(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, uppsalahem = pair
    case_id = _a_case(nexus)
    first = _seal(qtbot, nexus, case_id, tmp_path).written
    assert first is not None
    receiving = _receive(qtbot, uppsalahem, first)
    qtbot.mouseClick(receiving.import_button, Qt.MouseButton.LeftButton)
    assert receiving.imported is not None
    theirs = receiving.imported.case_id

    answers = tmp_path / "svar"
    answers.mkdir()
    answering = HandoverSealDialog(uppsalahem, theirs, dialogs=FakeDialogs(save=answers))
    qtbot.addWidget(answering)
    answering.show()
    # The case came in a package: the answer goes back to its sender, as an answer.
    assert answering.answer_check.isVisible()
    assert answering.answer_check.isChecked()
    assert NEXUS in answering.answer_check.text()
    assert answering.peer_name == NEXUS
    qtbot.mouseClick(answering.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not answering.workers.busy)
    assert answering.written is not None
    assert "svar" in answering.result_label.text()

    back = _receive(qtbot, nexus, answering.written)
    reference = str(cases.get_case(nexus, case_id).reference)
    assert back.values["outcome"].text() == f"Uppdaterar ärende {reference}"
    qtbot.mouseClick(back.import_button, Qt.MouseButton.LeftButton)
    assert back.imported is not None
    assert back.imported.case_id == case_id
    assert back.imported.created is False


def test_a_case_that_came_from_nowhere_is_no_answer(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, _uppsalahem = pair
    dialog = HandoverSealDialog(nexus, _a_case(nexus), dialogs=FakeDialogs(save=tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()

    assert not dialog.answer_check.isVisible()
    assert dialog.reply_to is None


def test_an_answer_can_only_go_back_to_the_sender(
    pair: tuple[Session, Session], qtbot: QtBot, tmp_path: Path
) -> None:
    nexus, uppsalahem = pair
    first = _seal(qtbot, nexus, _a_case(nexus), tmp_path).written
    assert first is not None
    receiving = _receive(qtbot, uppsalahem, first)
    qtbot.mouseClick(receiving.import_button, Qt.MouseButton.LeftButton)
    assert receiving.imported is not None
    third = card("Länsstyrelsen", bytes(range(1, 33)), bytes(range(33, 65)))
    identities.import_peer(uppsalahem.vault, card_text(third), third.fingerprint)
    dialog = HandoverSealDialog(uppsalahem, receiving.imported.case_id, dialogs=FakeDialogs())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reply_to is not None

    dialog.peer_combo.setCurrentIndex(dialog.peer_combo.findText(third.name))
    assert not dialog.answer_check.isChecked()
    assert not dialog.answer_check.isEnabled()
    assert dialog.reply_to is None

    dialog.peer_combo.setCurrentIndex(dialog.peer_combo.findText(NEXUS))
    assert dialog.answer_check.isChecked()
    assert dialog.reply_to is not None


def test_a_read_only_vault_offers_no_hand_over(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CaseView(session, _a_case(session), SecretClipboard())
    qtbot.addWidget(view)
    # Skrivskyddat: sealing writes (the log, the package sent), so it is not offered.
    monkeypatch.setattr(Session, "read_only", property(lambda _self: True))
    read_only = CaseView(session, _a_case(session), SecretClipboard())
    qtbot.addWidget(read_only)

    assert view.handover_button.isEnabled()
    assert not read_only.handover_button.isEnabled()
    assert not read_only.handover_action.isEnabled()
    read_only.hand_over()
    assert read_only.active_dialog is None
