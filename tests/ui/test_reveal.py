"""Revealing a protected field: a reason is required, the look is logged, copying is secret."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from manual_timer import ManualTimer
from person_support import stored_person
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from skyddsapp.domain.person import CaseRole
from skyddsapp.services import audit, cases, persons, sessions
from skyddsapp.services.context import Session
from skyddsapp.services.persons import ProtectedField
from skyddsapp.services.search import search_cases
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.masked_field import MASK, MaskedField


def when_modal(qtbot, act: Callable[[RevealDialog], None]) -> None:
    """Run ``act`` on the reveal dialog once its exec() loop is running."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RevealDialog):
            act(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def reveal_entries(session: Session, person_id: int) -> list:
    return [
        e
        for e in audit.entries(session.vault)
        if e.action == "person.reveal" and e.object_id == str(person_id)
    ]


@pytest.fixture
def case_id(session: Session) -> int:
    for row in search_cases(session, limit=100).rows:
        case = cases.get_case(session, row.id)
        client = stored_person(session, case.person_ids(CaseRole.CLIENT)[0])
        if client.protection.is_protected and client.personal_number and client.phone:
            return row.id
    raise AssertionError("no case with a protected client")


@pytest.fixture
def clipboard_clock(qtbot) -> ManualTimer:
    return ManualTimer()


@pytest.fixture
def clipboard(clipboard_clock: ManualTimer) -> Iterator[SecretClipboard]:
    secret = SecretClipboard(clear_after_ms=200, timer=clipboard_clock)
    yield secret
    secret.clear()


def open_view(qtbot, session, case_id, clipboard) -> CaseView:
    view = CaseView(session, case_id, clipboard)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.persons)
    return view


def field_of(view: CaseView, session: Session, field: ProtectedField) -> MaskedField:
    client_id = view.data.case.person_ids(CaseRole.CLIENT)[0]
    return next(
        f for f in view.persons.masked_fields if f.person_id == client_id and f.field is field
    )


def test_reveal_needs_a_reason_is_logged_and_copies_secretly(
    qtbot, session, case_id, clipboard, clipboard_clock
):
    view = open_view(qtbot, session, case_id, clipboard)
    field = field_of(view, session, ProtectedField.PERSONAL_NUMBER)
    person = stored_person(session, field.person_id)
    expected = person.personal_number.formatted()
    assert field.text() == MASK
    assert not field.copy_button.isEnabled()
    assert reveal_entries(session, person.id) == []
    seen: dict[str, object] = {}

    def refuse_then_give_reason(dialog: RevealDialog) -> None:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.errors.message("reason")
        seen["still_open"] = dialog.isVisible()
        seen["logged_without_reason"] = len(reveal_entries(session, person.id))
        dialog.reason_choice.setCurrentIndex(dialog.reason_choice.findText("Kontroll av uppgift"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, refuse_then_give_reason)
    qtbot.mouseClick(field.reveal_button, Qt.MouseButton.LeftButton)

    assert seen == {
        "error": "Ange varför uppgiften behöver visas.",
        "still_open": True,
        "logged_without_reason": 0,
    }
    assert field.text() == expected
    assert field.reveal_button.text() == "Dölj"
    [entry] = reveal_entries(session, person.id)
    assert entry.reason == "Kontroll av uppgift"
    assert entry.details == "personal_number"
    assert entry.user_name == "demo"

    qtbot.mouseClick(field.copy_button, Qt.MouseButton.LeftButton)
    system = QGuiApplication.clipboard()
    assert system.text() == expected
    assert bytes(system.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    clipboard_clock.advance(199)
    assert system.text() == expected
    clipboard_clock.advance(1)
    assert system.text() == ""  # cleared after the delay
    assert not clipboard.pending

    field.mask()
    assert field.text() == MASK
    assert expected not in field.text()


def test_cancelled_reveal_shows_nothing_and_logs_nothing(qtbot, session, case_id, clipboard):
    view = open_view(qtbot, session, case_id, clipboard)
    field = field_of(view, session, ProtectedField.PHONE)
    when_modal(qtbot, lambda dialog: dialog.reject())
    assert field.reveal() is False
    assert field.text() == MASK
    assert reveal_entries(session, field.person_id) == []


def test_free_text_reason_and_keyboard_shortcut(qtbot, session, case_id, clipboard):
    view = open_view(qtbot, session, case_id, clipboard)
    field = field_of(view, session, ProtectedField.PHONE)
    person = stored_person(session, field.person_id)

    def own_reason(dialog: RevealDialog) -> None:
        qtbot.keyClicks(dialog.reason_text, "Ringa om nyckelutlamning")
        qtbot.keyClick(dialog.reason_text, Qt.Key.Key_Return)

    when_modal(qtbot, own_reason)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts only reach the active window
    field.reveal_button.setFocus()
    qtbot.keyClick(
        field.reveal_button,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert field.text() == person.phone
    [entry] = reveal_entries(session, person.id)
    assert entry.reason == "Ringa om nyckelutlamning"
    assert entry.details == "phone"


def test_a_new_view_and_a_reload_show_the_field_masked_again(qtbot, session, case_id, clipboard):
    view = open_view(qtbot, session, case_id, clipboard)
    field = field_of(view, session, ProtectedField.PERSONAL_NUMBER)
    when_modal(qtbot, lambda d: (d.reason_choice.setCurrentIndex(1), d.try_reveal()))
    assert field.reveal()
    assert field.text() != MASK

    view.reload()  # what every saved change does
    assert field_of(view, session, ProtectedField.PERSONAL_NUMBER).text() == MASK
    other = open_view(qtbot, session, case_id, clipboard)
    assert field_of(other, session, ProtectedField.PERSONAL_NUMBER).text() == MASK


def test_unprotected_person_shows_values_without_reveal(qtbot, session, case_id, clipboard):
    view = open_view(qtbot, session, case_id, clipboard)
    perpetrator_id = view.data.case.person_ids(CaseRole.PERPETRATOR)[0]
    person = persons.get_person(session, perpetrator_id)
    assert not person.protection.is_protected
    fields = {f.field: f for f in view.persons.masked_fields if f.person_id == perpetrator_id}
    number = fields[ProtectedField.PERSONAL_NUMBER]
    assert number.text() == person.personal_number.formatted()
    assert number.reveal_button.isHidden()
    qtbot.mouseClick(number.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == person.personal_number.formatted()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert reveal_entries(session, perpetrator_id) == []


def test_a_lock_while_the_reason_dialog_is_open_reveals_nothing(qtbot, session, case_id, clipboard):
    view = open_view(qtbot, session, case_id, clipboard)
    field = field_of(view, session, ProtectedField.PERSONAL_NUMBER)

    def lock_now(dialog: RevealDialog) -> None:
        # What the app's lock does: reject every dialog, then lock the vault.
        dialog.reason_choice.setCurrentIndex(1)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        sessions.lock(session)

    when_modal(qtbot, lock_now)
    assert field.reveal() is False
    assert field.text() == MASK
