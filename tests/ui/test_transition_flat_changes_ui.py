"""The register of transition flats changed through its widgets: a flat edited and taken out of
the register on the Lägenheter page (refused while someone lives there), and a case moved into
a free flat, replanned and moved out from its Lägenhet och avtal tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.transition_flat import FlatCategory
from skyddsapp.services import demo, search, transition_flats
from skyddsapp.services.context import Session
from skyddsapp.services.demo_nexus import add_nexus_housing
from skyddsapp.services.transition_flats_overview import case_stays, overview
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.flats.case_flat_move_in_dialog import CaseFlatMoveInDialog
from skyddsapp.ui.flats.flat_stay_dialog import FlatStayDialog
from skyddsapp.ui.flats.transition_flat_edit_dialog import TransitionFlatEditDialog
from skyddsapp.ui.flats.transition_flat_remove_dialog import TransitionFlatRemoveDialog
from skyddsapp.ui.flats.transition_flats_page import TransitionFlatsPage
from skyddsapp.ui.flats.transition_flats_table_model import TransitionFlatsTableModel
from skyddsapp.ui.housing.move_out_dialog import MoveOutDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.form_widgets import to_qdate

DAY = dt.timedelta(days=1)
Model = TransitionFlatsTableModel


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def audit_count(session: Session) -> int:
    return session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.fixture
def nexus(session: Session) -> Session:
    """The demo vault with the register's demo flats (the user's own occupants only)."""
    add_nexus_housing(session, other_team=demo.DEMO_OTHER_TEAM)
    return session


def rows_by_number(page: TransitionFlatsPage) -> dict[str, int]:
    return {page.model.index(r, Model.OBJECT).data(): r for r in range(page.model.rowCount())}


def test_edit_a_flat_and_remove_it_once_free(qtbot, nexus: Session) -> None:
    session, today = nexus, nexus.today()
    page = TransitionFlatsPage(session)
    qtbot.addWidget(page)
    page.resize(1400, 500)
    page.show()
    qtbot.waitExposed(page)

    # Someone lives in DEMO-UT-01: removal is refused with the reason, nothing changes.
    page.table.selectRow(rows_by_number(page)["DEMO-UT-01"])
    assert "registrera utflytten" in page.remove_button.toolTip()
    click(qtbot, page.remove_button)
    refused = page.active_dialog
    assert isinstance(refused, TransitionFlatRemoveDialog)
    assert refused.windowTitle() == "Ta bort ur förteckningen"  # no flat number on task bars
    before = audit_count(session)
    refused.buttons.accepted.emit()
    assert refused.isVisible()
    assert refused.errors.general_text == (
        f"Någon bor i lägenheten sedan {today - 75 * DAY}. Registrera utflytten innan "
        "lägenheten tas bort ur förteckningen."
    )
    assert audit_count(session) == before
    qtbot.keyClick(refused, Qt.Key.Key_Escape)
    assert not refused.isVisible()
    assert "DEMO-UT-01" in rows_by_number(page)

    # The free emergency flat: its kind, organisation and notes changed; Enter saves.
    page.table.selectRow(rows_by_number(page)["DEMO-JR-01"])
    # Alt+D and Alt+B (synthetic key presses reach no mnemonic offscreen: the keys are checked).
    assert page.edit_button.shortcut().toString() == "Alt+D"
    assert page.remove_button.shortcut().toString() == "Alt+B"
    click(qtbot, page.edit_button)
    edit = page.active_dialog
    assert isinstance(edit, TransitionFlatEditDialog)
    assert edit.focusWidget() is edit.category
    edit.category.setCurrentIndex(edit.category.findData(FlatCategory.KVINNOJOUR))
    assert edit.holder.text() == "Uppsala Kvinnojour"  # follows the kind, as on registering
    edit.buttons.accepted.emit()
    assert "andrahandskontraktet" in edit.errors.message("category")
    assert audit_count(session) == before
    edit.category.setCurrentIndex(edit.category.findData(FlatCategory.TRANSITION))
    edit.holder.setText("  Nexus   utsluss ")
    edit.notes.setPlainText("Nya nycklar i skåpet.")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(edit.holder, Qt.Key.Key_Return)
    row = rows_by_number(page)["DEMO-JR-01"]
    assert page.model.index(row, Model.CATEGORY).data() == "Utslussningslägenhet"
    assert page.model.index(row, Model.CATEGORY).data(Qt.ItemDataRole.ToolTipRole) == (
        "Utslussningslägenhet, Nexus utsluss"
    )

    # Taken out of the register, after a day in the future is refused.
    page.table.selectRow(row)
    assert page.remove_button.toolTip() == ""
    click(qtbot, page.remove_button)
    remove = page.active_dialog
    assert isinstance(remove, TransitionFlatRemoveDialog)
    remove.removed_on.setDate(to_qdate(today + DAY))
    remove.buttons.accepted.emit()
    assert remove.errors.message("removed_on") == (
        "Lägenheten kan inte tas bort ur förteckningen i förväg."
    )
    remove.removed_on.setDate(to_qdate(today))
    with qtbot.waitSignal(page.changed, timeout=2000):
        remove.buttons.accepted.emit()
    assert "DEMO-JR-01" not in rows_by_number(page)
    assert page.status.text() == "6 lägenheter: 5 belagda, 1 lediga"
    # Its past stays: the demo's jour case still shows where the client lived.
    gone = transition_flats.apartment_id_by_object_number(session, "DEMO-JR-01")
    assert transition_flats.get_flat(session, gone).removed_on == today
    count = session.conn.execute(
        "SELECT count(*) FROM transition_flat_stays WHERE apartment_id = ?", (gone,)
    ).fetchone()[0]
    assert count == 1


def shelter_case_without_a_flat(session: Session) -> int:
    for row in search.search_cases(session, limit=200).rows:
        protected = row.client_protection is not None and row.client_protection.is_protected
        if row.kind is CaseKind.SHELTER_EXIT and not protected and not case_stays(session, row.id):
            return row.id
    raise AssertionError("the demo vault has no shelter-exit case without a flat")


def test_move_a_case_in_from_its_view_replan_and_move_out(qtbot, nexus: Session) -> None:
    session, today = nexus, nexus.today()
    case_id = shelter_case_without_a_flat(session)
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.resize(1366, 860)
    view.show()
    view.tabs.setCurrentWidget(view.housing)
    box = view.housing.flat_stay_box
    assert box is not None
    assert box.values["Bor i"].text() == (
        "Klienten bor inte i någon utsluss- eller jourlägenhet i förteckningen."
    )

    click(qtbot, box.move_in_button)
    dialog = box.active_dialog
    assert isinstance(dialog, CaseFlatMoveInDialog)
    choices = [dialog.flat.itemText(i) for i in range(dialog.flat.count())]
    free = [r.object_number for r in overview(session) if r.stay is None]
    assert [c.split(" · ")[0] for c in choices] == free == ["DEMO-KB-01", "DEMO-JR-01"]
    assert choices[1] == (
        f"DEMO-JR-01 · Jourlägenhet · Jourstigen 2, 754 28 Uppsala · ledig sedan {today - 12 * DAY}"
    )
    dialog.flat.setCurrentIndex(1)
    dialog.moved_in.setDate(to_qdate(today - 20 * DAY))  # before the last one moved out
    dialog.buttons.accepted.emit()
    assert dialog.errors.message("moved_in") == (
        f"Lägenheten var belagd till {today - 12 * DAY}; inflyttningen kan inte vara före det."
    )
    assert case_stays(session, case_id) == []
    dialog.moved_in.setDate(to_qdate(today - 10 * DAY))
    dialog.planned_move_out.setDate(to_qdate(today + 30 * DAY))
    dialog.next_step.setPlainText("Visning av BK-lägenhet")
    with qtbot.waitSignal(view.changed, timeout=2000):
        dialog.buttons.accepted.emit()

    box = view.housing.flat_stay_box
    assert box is not None
    shown = {title: label.text() for title, label in box.values.items()}
    assert shown == {
        "Bor i": "Jourlägenhet DEMO-JR-01 (Nexus)",
        "Adress": "Jourstigen 2, 754 28 Uppsala",
        "Inflyttning": f"{today - 10 * DAY} (10 dagar sedan)",
        "Planerad utflytt": str(today + 30 * DAY),
        "Nästa steg": "Visning av BK-lägenhet",
    }
    assert [d.date for d in view.data.deadlines if d.detail == "DEMO-JR-01"] == [  # type: ignore[union-attr]
        today + 30 * DAY
    ]

    click(qtbot, box.plan_button)
    plan = box.active_dialog
    assert isinstance(plan, FlatStayDialog)
    plan.planned_move_out.setDate(to_qdate(today - 5 * DAY))
    with qtbot.waitSignal(view.changed, timeout=2000):
        plan.buttons.accepted.emit()
    box = view.housing.flat_stay_box
    assert box is not None
    assert box.values["Planerad utflytt"].text() == f"{today - 5 * DAY} (passerat)"

    click(qtbot, box.move_out_button)
    out = box.active_dialog
    assert isinstance(out, MoveOutDialog)
    with qtbot.waitSignal(view.changed, timeout=2000):
        out.buttons.accepted.emit()
    box = view.housing.flat_stay_box
    assert box is not None
    assert box.values["Tidigare"].text() == f"Jourlägenhet DEMO-JR-01: {today - 10 * DAY} – {today}"
    assert box.move_in_button.isEnabled()
