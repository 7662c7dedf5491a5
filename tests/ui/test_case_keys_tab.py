"""The Nycklar tab through the real widgets: the key set, a required lock change refused then
recorded, the change done, keys handed out with a receipt from the registry, a fullmakt on
paper registered and revoked."""

from __future__ import annotations

from documents_support import add_agent, case_with_client
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from skyddsapp.domain.attorney import AttorneyScope
from skyddsapp.domain.key_registry import LockChangeReason
from skyddsapp.domain.key_rows import KeyKind
from skyddsapp.services import cases, documents, keys
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.keys.key_rows_editor import COUNT, KIND, MARKING, SERIES, SYSTEM
from skyddsapp.ui.keys.key_set_dialog import KeySetDialog
from skyddsapp.ui.keys.lock_change_done_dialog import LockChangeDoneDialog
from skyddsapp.ui.keys.lock_change_required_dialog import LockChangeRequiredDialog
from skyddsapp.ui.keys.power_of_attorney_dialog import PowerOfAttorneyDialog
from skyddsapp.ui.keys.revoke_power_dialog import RevokePowerDialog
from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def click(qtbot: QtBot, view: CaseView, key: str) -> None:
    qtbot.mouseClick(view.keys.buttons[key], Qt.MouseButton.LeftButton)


def item_table(view: CaseView) -> QTableWidget:
    widget = view.keys.widget()
    assert widget is not None
    tables = widget.findChildren(QTableWidget)
    assert len(tables) == 1
    return tables[0]


def labels(view: CaseView) -> str:
    from PySide6.QtWidgets import QLabel

    widget = view.keys.widget()
    assert widget is not None
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_the_key_registry_journey(qtbot: QtBot, session: Session) -> None:
    case_id = case_with_client(session)
    case = cases.get_case(session, case_id)
    flat = case.apartment_ids[0]
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    view.tabs.setCurrentWidget(view.keys)
    assert [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())][3] == (
        "Nycklar"
    )
    before = item_table(view).rowCount()

    # A garage card joins the flat's key set.
    click(qtbot, view, f"set_{flat}")
    dialog = view.keys.active_dialog
    assert isinstance(dialog, KeySetDialog)
    editor = dialog.rows
    row = editor.add_row()
    editor.table.cellWidget(row, KIND).setCurrentIndex(2)
    for column, text in ((MARKING, "Garage"), (SYSTEM, "Salto"), (SERIES, "G-1")):
        editor.set_text(row, column, text)
    editor.table.cellWidget(row, COUNT).setValue(2)
    click_ok(dialog)
    assert item_table(view).rowCount() == before + 1
    assert any(i.kind is KeyKind.KORT for i in keys.case_keys(session, case_id).register.items)

    # "Annat skäl" needs a description: refused at the field, nothing stored; then recorded.
    click(qtbot, view, f"require_{flat}")
    required = view.keys.active_dialog
    assert isinstance(required, LockChangeRequiredDialog)
    required.reason.setCurrentIndex(required.reason.findData(LockChangeReason.OTHER))
    click_ok(required)
    assert required.isVisible()
    assert required.errors.message("detail") == "Beskriv skälet när du väljer Annat skäl."
    assert keys.case_keys(session, case_id).register.open_lock_changes(flat) == []
    required.detail.setText("Cylindern kärvar")
    click_ok(required)
    assert "Låset måste bytas innan nycklar lämnas ut" in labels(view)
    (task,) = keys.case_keys(session, case_id).register.open_lock_changes(flat)

    # The change is done: the set moves to the new series and the warning goes.
    click(qtbot, view, f"done_{task.id}")
    done = view.keys.active_dialog
    assert isinstance(done, LockChangeDoneDialog)
    done.series.setText("NY-42")
    click_ok(done)
    table = item_table(view)
    series = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert series == {"NY-42"}
    assert "Låset måste bytas" not in labels(view)

    # Keys out with a receipt made from the registry: the identity check must be chosen.
    click(qtbot, view, "issue")
    options = view.documents.active_dialog
    assert isinstance(options, FormOptionsDialog)
    assert options.spec.id == "nyckelkvittens_utlamning"
    combo = options.inputs["flat"].widget
    combo.setCurrentIndex(combo.findData(str(flat)))
    options.inputs["keys"].widget.table.setRowCount(0)
    for item in keys.case_keys(session, case_id).register.items_of(flat):
        options.inputs["keys"].widget.add_row(item.row)
    click_ok(options)
    assert options.errors.message("id_kind") == "Välj kontrollerad legitimation."
    identity = options.inputs["id_kind"].widget
    identity.setCurrentIndex(identity.findData("passport"))
    click_ok(options)
    qtbot.waitUntil(lambda: view.documents.preview is not None)
    assert documents.register(session, case_id)[0].form_id == "nyckelkvittens_utlamning"
    assert "Utlämnade till" in labels(view)
    view.documents.preview.close()


def test_a_fullmakt_on_paper_is_registered_and_revoked(qtbot: QtBot, session: Session) -> None:
    case_id = case_with_client(session)
    add_agent(session, case_id)
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.keys)
    click(qtbot, view, "power_paper")
    dialog = view.keys.active_dialog
    assert isinstance(dialog, PowerOfAttorneyDialog)
    for check in dialog.scopes.values():
        check.setChecked(False)
    click_ok(dialog)
    assert dialog.errors.message("scopes") == "Välj minst en sak som fullmakten omfattar."
    assert keys.case_keys(session, case_id).register.powers == ()
    dialog.scopes[AttorneyScope.COLLECT_KEYS].setChecked(True)
    click_ok(dialog)
    assert "Olle Ombudsson – fullmakt papper" in labels(view)
    assert "Gäller." in labels(view)
    (power,) = keys.case_keys(session, case_id).register.powers
    click(qtbot, view, f"revoke_{power.id}")
    revoke = view.keys.active_dialog
    assert isinstance(revoke, RevokePowerDialog)
    click_ok(revoke)
    assert revoke.errors.message("reason") == "Ange varför fullmakten återkallas."
    revoke.reason.setText("Klienten ringde och återkallade den")
    click_ok(revoke)
    assert "Återkallad 2026-11-27." in labels(view)
