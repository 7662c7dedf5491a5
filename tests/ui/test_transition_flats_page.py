"""Utsluss- och jourlägenheter driven through its widgets: register a flat, move a case in, the
planned move-out in Att göra, move out, free for N days; Belagd for others' cases."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import demo, transition_flats
from skyddsapp.services.context import Session
from skyddsapp.services.demo_nexus import add_nexus_housing
from skyddsapp.services.search import search_cases
from skyddsapp.ui.flats.flat_stay_dialog import FlatStayDialog
from skyddsapp.ui.flats.transition_flat_dialog import TransitionFlatDialog
from skyddsapp.ui.flats.transition_flats_page import TransitionFlatsPage
from skyddsapp.ui.flats.transition_flats_table_model import TransitionFlatsTableModel
from skyddsapp.ui.housing.move_out_dialog import MoveOutDialog
from skyddsapp.ui.shell.todo_page import TodoPage
from skyddsapp.ui.shell.todo_table_model import TodoTableModel
from skyddsapp.ui.widgets.form_widgets import to_qdate

DAY = dt.timedelta(days=1)
Model = TransitionFlatsTableModel


def shown(model: Model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(qtbot, session: Session) -> TransitionFlatsPage:
    widget = TransitionFlatsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1400, 500)
    widget.show()
    return widget


def open_case_reference(session: Session) -> tuple[int, str]:
    for row in search_cases(session, limit=100).rows:
        if row.kind is CaseKind.SHELTER_EXIT and not workflow_for(row.kind).is_terminal(row.state):
            return row.id, row.reference
    raise AssertionError("the demo vault has no open placement")


def test_register_move_in_todo_move_out_free_for_n_days(qtbot, session: Session, page) -> None:
    today = session.today()
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()
    assert not page.move_in_button.isEnabled()

    click(qtbot, page.register_button)
    dialog = page.active_dialog
    assert isinstance(dialog, TransitionFlatDialog)
    form = dialog.apartment_form
    form.object_number.setText("7777-0001")
    form.address.street.setText("Slussgatan 1")
    form.address.postal_code.setText("753 20")
    form.address.city.setText("Uppsala")
    for edit, text in ((form.rooms, "2"), (form.area, "45"), (form.rent, "6500")):
        edit.setText(text)
    dialog.available_from.setDate(to_qdate(today - 30 * DAY))
    dialog.holder.setText("  ")
    dialog.buttons.accepted.emit()  # refused: the flat stays out, the dialog stays open
    assert dialog.errors.message("holder") == "Organisationen saknas."
    assert dialog.isVisible()
    assert page.model.rowCount() == 0
    dialog.category.setCurrentIndex(
        dialog.category.findData(transition_flats.FlatCategory.EMERGENCY)
    )
    assert dialog.holder.text() == "Nexus"
    with qtbot.waitSignal(page.changed, timeout=2000):
        dialog.buttons.accepted.emit()
    assert shown(page.model, 0)[:4] == [
        "Jourlägenhet",
        "7777-0001",
        "Slussgatan 1, 753 20 Uppsala",
        f"Ledig sedan {today - 30 * DAY} (30 dagar)",
    ]

    page.table.selectRow(0)
    click(qtbot, page.move_in_button)
    stay_dialog = page.active_dialog
    assert isinstance(stay_dialog, FlatStayDialog)
    assert stay_dialog.windowTitle() == "Flytta in"  # titles reach task bars: no flat, no name
    stay_dialog.reference.setText("SB-2026")
    stay_dialog.buttons.accepted.emit()
    assert "Ärendenumret ska skrivas som" in stay_dialog.errors.message("reference")
    assert page.model.occupied_count() == 0
    case_id, reference = open_case_reference(session)
    stay_dialog.reference.setText(reference.lower())
    stay_dialog.moved_in.setDate(to_qdate(today - 2 * DAY))
    stay_dialog.planned_move_out.setDate(to_qdate(today + 14 * DAY))
    stay_dialog.next_step.setPlainText("Bostadssocialt kontrakt via boendekedjan")
    with qtbot.waitSignal(page.changed, timeout=2000):
        stay_dialog.buttons.accepted.emit()
    row = shown(page.model, 0)
    assert row[3:5] == [f"Belagd sedan {today - 2 * DAY}", reference]
    assert row[5] not in ("", "Belagd")  # the name, or Skyddad person
    assert row[6:] == [str(today + 14 * DAY), "Bostadssocialt kontrakt via boendekedjan"]
    page.table.selectRow(0)
    assert not page.move_in_button.isEnabled()
    with qtbot.waitSignal(page.case_activated, timeout=2000) as opened:
        click(qtbot, page.open_button)
    assert opened.args == [case_id]

    todo = TodoPage(session)
    qtbot.addWidget(todo)
    todo.refresh()
    rows = [
        [todo.model.index(r, c).data() for c in range(4)]
        for r in range(todo.model.rowCount())
        if todo.model.index(r, 0).data(TodoTableModel.CaseIdRole) == case_id
    ]
    assert [
        str(today + 14 * DAY),
        DeadlineKind.PLANNED_MOVE_OUT.label,
        reference,
        "Lägenhet 7777-0001",
    ] in rows

    click(qtbot, page.move_out_button)
    out = page.active_dialog
    assert isinstance(out, MoveOutDialog)
    assert "7777" not in out.windowTitle()
    out.moved_out.setDate(to_qdate(today + DAY))
    out.buttons.accepted.emit()
    assert out.errors.message("moved_out") == "Utflyttningen kan inte registreras i förväg."
    assert page.model.occupied_count() == 1
    out.moved_out.setDate(to_qdate(today - DAY))
    with qtbot.waitSignal(page.changed, timeout=2000):
        out.buttons.accepted.emit()
    assert shown(page.model, 0)[3:] == [f"Ledig sedan {today - DAY} (1 dag)", "", "", "", ""]
    todo.refresh()
    assert not any(
        todo.model.index(r, 0).data(TodoTableModel.CaseIdRole) == case_id
        and todo.model.index(r, 1).data() == DeadlineKind.PLANNED_MOVE_OUT.label
        for r in range(todo.model.rowCount())
    )


def test_others_occupants_are_belagd_and_cannot_be_moved(qtbot, session: Session) -> None:
    add_nexus_housing(session, other_team=demo.DEMO_OTHER_TEAM)
    page = TransitionFlatsPage(session)
    qtbot.addWidget(page)
    page.show()
    rows = {page.model.index(r, 1).data(): r for r in range(page.model.rowCount())}
    belagd = rows["DEMO-UT-02"]
    other = shown(page.model, belagd)
    assert other[4].startswith("SB-2026-")  # the reference, to break the glass with a reason
    assert other[2:4] + other[5:] == [
        "Visas inte",
        f"Belagd sedan {session.today() - 30 * DAY}",
        "Belagd",
        str(session.today() + 45 * DAY),
        "",
    ]
    page.table.selectRow(belagd)
    for button in (page.move_in_button, page.plan_button, page.move_out_button, page.open_button):
        assert not button.isEnabled()
    protected = shown(page.model, rows["DEMO-JR-02"])
    assert (protected[2], protected[5]) == ("Visas inte", "Skyddad person")
    assert protected[6].endswith("(passerat)")
    assert page.status.text() == "7 lägenheter: 5 belagda, 2 lediga"
    # A new plan for one's own occupant, through its dialog.
    page.table.selectRow(rows["DEMO-UT-01"])
    click(qtbot, page.plan_button)
    plan = page.active_dialog
    assert isinstance(plan, FlatStayDialog)
    plan.next_step.setPlainText("Kontraktet skrivs på fredag.")
    with qtbot.waitSignal(page.changed, timeout=2000):
        plan.buttons.accepted.emit()
    assert "Kontraktet skrivs på fredag." in [
        page.model.index(r, Model.NEXT_STEP).data() for r in range(page.model.rowCount())
    ]
