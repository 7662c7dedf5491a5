"""The case view's Historik tab: versions of each record, compare two, restore a value, and
protected values only after a logged reveal."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from skyddsapp.domain.history import RecordKind
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases, demo, persons
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.cases.case_history_tab import HIDDEN_TEXT
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard


def last_entry(session: Session) -> tuple[str, str, str]:
    row = session.conn.execute(
        "SELECT action, object_id, details FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return tuple(row)  # type: ignore[return-value]


def find_case(session: Session, protected_client: bool) -> int:
    for row in search_cases(session, limit=200).rows:
        case = cases.get_case(session, row.id)
        if demo.DEMO_USER not in case.handlers:
            continue
        client = persons.get_person(session, case.person_ids(CaseRole.CLIENT)[0])
        if client.protection.is_protected is protected_client:
            return row.id
    raise AssertionError("no such case in the demo vault")


def open_history(qtbot: QtBot, session: Session, case_id: int) -> CaseView:
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.resize(1300, 720)
    view.show()
    view.tabs.setCurrentWidget(view.history)
    return view


def test_compare_and_restore_a_case_field(qtbot: QtBot, session: Session) -> None:
    case_id = find_case(session, protected_client=False)
    stored = cases.get_case(session, case_id)
    original = stored.notes
    cases.update_case(session, dataclasses.replace(stored, notes="Första ändringen."))
    stored = cases.get_case(session, case_id)
    cases.update_case(session, dataclasses.replace(stored, notes="Andra ändringen."))
    view = open_history(qtbot, session, case_id)
    tab = view.history
    assert tab.current_record() == (RecordKind.CASE, case_id)
    newest = tab.selected_version()
    assert newest is not None
    assert newest.values["notes"] == "Andra ändringen."
    assert tab.table.rowCount() == 1
    cells = [tab.table.item(0, c).text() for c in range(3)]
    assert cells == ["Anteckningar", "Första ändringen.", "Andra ändringen."]
    # Compare the newest with the first version that has the original notes.
    first = next(v for v in tab.versions if v.values["notes"] == original)
    tab.against.setCurrentIndex(tab.against.findData(first.number))
    notes_row = next(
        r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "Anteckningar"
    )
    assert tab.table.item(notes_row, 1).text() == original
    assert not tab.restore_button.isEnabled()
    tab.table.selectRow(notes_row)
    assert tab.restore_button.isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(session, case_id).notes == original
    assert last_entry(session) == (
        "case.restore",
        str(case_id),
        f"notes från version {first.number}",
    )
    # The view read the case again: the restore is the newest version.
    assert view.history.selected_version().action == "case.restore"  # type: ignore[union-attr]


def test_protected_values_are_hidden_until_a_reason_is_given(
    qtbot: QtBot, session: Session
) -> None:
    case_id = find_case(session, protected_client=True)
    client_id = cases.get_case(session, case_id).person_ids(CaseRole.CLIENT)[0]
    from skyddsapp.vault import persons_repository  # tests may read the vault directly

    stored = persons_repository.get(session.conn, client_id)
    assert stored is not None
    persons.update_person(session, dataclasses.replace(stored, phone="070-987 65 43"))
    view = open_history(qtbot, session, case_id)
    tab = view.history
    tab.select_record(RecordKind.PERSON, client_id)
    cells = [tab.table.item(0, c).text() for c in range(3)]
    assert cells[0] == "Telefon"
    assert cells[1] == cells[2] == f"{HIDDEN_TEXT} (skyddat)"
    assert tab.reveal_button.isVisible()
    shown_text = repr(
        [tab.table.item(r, c).text() for r in range(tab.table.rowCount()) for c in range(3)]
    )
    assert "070-987" not in shown_text

    def give_reason() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RevealDialog):
            QTimer.singleShot(10, give_reason)
            return
        qtbot.keyClicks(dialog.reason_text, "Kontrollera telefonbytet")
        qtbot.keyClick(dialog.reason_text, Qt.Key.Key_Return)

    QTimer.singleShot(0, give_reason)
    qtbot.mouseClick(tab.reveal_button, Qt.MouseButton.LeftButton)
    assert last_entry(session)[:2] == ("person.history_reveal", str(client_id))
    phone_row = next(
        r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "Telefon"
    )
    assert tab.table.item(phone_row, 2).text() == "070-987 65 43"
    assert not tab.reveal_button.isVisible()
    view.mask_all()
    assert tab.table.item(0, 2).text() == f"{HIDDEN_TEXT} (skyddat)"
