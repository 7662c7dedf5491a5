"""Bostad först driven through its widgets: the grant decision starts the wait, the tab and the
header show it, an exchange is recorded and moved on, the outside-Uppsala note and its banner,
and the case list's wait and longest waits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import ExchangeStatus
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.services import cases, housing_first, persons
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_list_page import CaseListPage
from skyddsapp.ui.cases.case_table_model import CaseTableModel
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.housing.exchange_dialog import ExchangeDialog
from skyddsapp.ui.housing.outside_uppsala_dialog import OutsideUppsalaDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.form_widgets import to_qdate

DAY = dt.timedelta(days=1)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def new_case(session: Session) -> int:
    client = persons.create_person(session, Person(None, "Vänta", "Länge"))
    assert client.id is not None
    case = cases.create_case(
        session, CaseKind.HOUSING_FIRST, parties=[CaseParty(client.id, CaseRole.CLIENT)]
    )
    assert case.id is not None
    return case.id


def test_a_bostad_forst_case_through_its_tab(qtbot, session: Session) -> None:
    today = session.today()
    case_id = new_case(session)
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.resize(1366, 760)
    view.show()
    tab = view.housing_first
    assert view.tabs.indexOf(tab) == 4  # after Lägenhet och avtal and Nycklar
    assert view.tabs.tabText(4) == "Bostad &först"
    assert "väntat" not in view.header.text()
    assert "börjar räknas när beslutet" in tab.wait_label.text()
    assert not view.workflow.action_buttons["start_waiting"].isEnabled()

    # The grant decision, dated 50 days ago, through the workflow panel.
    click(qtbot, view.workflow.decision_button)
    decision = view.workflow.active_dialog
    decision.kind.setCurrentIndex(decision.kind.findData(DecisionKind.HOUSING_FIRST))
    decision.date.setDate(to_qdate(today - 50 * DAY))
    decision.text.setPlainText("Bostad först beviljas.")
    with qtbot.waitSignal(view.changed, timeout=2000):
        decision.buttons.accepted.emit()
    with qtbot.waitSignal(view.changed, timeout=2000):
        click(qtbot, view.workflow.action_buttons["start_waiting"])
    assert view.header.text().endswith("Väntar på lägenhet · väntat 50 dagar")
    assert tab.wait_label.text() == (
        f"Klienten har väntat 50 dagar på en lägenhet, sedan {today - 50 * DAY}."
    )

    # An exchange with another municipality: refused for Uppsala itself, then recorded.
    click(qtbot, tab.new_exchange_button)
    dialog = tab.active_dialog
    assert isinstance(dialog, ExchangeDialog)
    dialog.municipality.setText("Uppsala")
    dialog.buttons.accepted.emit()
    assert dialog.errors.message("municipality").startswith("Ett byte görs med en annan kommun")
    assert housing_first.case_view(session, case_id).exchanges == []
    dialog.municipality.setText("Gävle")
    dialog.requested_on.setDate(to_qdate(today - 5 * DAY))
    with qtbot.waitSignal(view.changed, timeout=2000):
        dialog.buttons.accepted.emit()
    [exchange] = housing_first.case_view(session, case_id).exchanges
    assert exchange.id is not None
    tab = view.housing_first
    click(qtbot, tab.exchange_buttons[exchange.id])
    edit = tab.active_dialog
    assert isinstance(edit, ExchangeDialog)
    assert not edit.direction.isEnabled()
    assert [edit.status.itemData(i) for i in range(edit.status.count())] == [
        ExchangeStatus.REQUESTED,
        ExchangeStatus.ACCEPTED,
        ExchangeStatus.REFUSED,
    ]
    edit.status.setCurrentIndex(edit.status.findData(ExchangeStatus.ACCEPTED))
    with qtbot.waitSignal(view.changed, timeout=2000):
        edit.buttons.accepted.emit()
    assert housing_first.case_view(session, case_id).exchanges[0].status is ExchangeStatus.ACCEPTED

    # The note that she must live outside Uppsala: a reason is required; then the banner shows.
    assert not tab.banner.isVisible()
    click(qtbot, tab.outside_button)
    note = tab.active_dialog
    assert isinstance(note, OutsideUppsalaDialog)
    note.buttons.accepted.emit()
    assert note.errors.message("reason") == (
        "Ange skälet till att klienten behöver bo utanför Uppsala."
    )
    note.reason.setPlainText("Våldsutövaren söker upp henne på träffpunkterna.")
    with qtbot.waitSignal(view.changed, timeout=2000):
        note.buttons.accepted.emit()
    assert view.housing_first.banner.isVisible()
    assert view.housing_first.outside_reason is not None
    assert view.housing_first.outside_reason.text() == (
        "Våldsutövaren söker upp henne på träffpunkterna."
    )
    assert view.housing_first.outside_reason.textFormat() == Qt.TextFormat.PlainText
    clear = view.housing_first.clear_outside_button
    assert clear is not None
    click(qtbot, clear)
    box = view.housing_first.active_dialog
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(view.changed, timeout=2000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert not view.housing_first.banner.isVisible()
    assert housing_first.case_view(session, case_id).outside_uppsala is None


def test_the_case_list_shows_the_wait_and_the_longest_waits(qtbot, session: Session) -> None:
    today = session.today()
    for days in (12, 200):
        case_id = new_case(session)
        cases.add_decision(
            session,
            case_id,
            Decision(today - days * DAY, DecisionKind.HOUSING_FIRST, "Beviljas.", "Chef", True),
        )
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.show()
    assert not page.waits.isVisible()
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.HOUSING_FIRST))
    states = [
        page.model.index(r, CaseTableModel.STATE).data() for r in range(page.model.rowCount())
    ]
    assert states == ["Insatsen beviljad · väntat 200 dagar", "Insatsen beviljad · väntat 12 dagar"]
    assert page.waits.isVisible()
    reference = page.model.index(0, CaseTableModel.REFERENCE).data()
    assert page.waits.text() == (
        f"Bostad först: 2 väntar på lägenhet. Median 106 dagar, längst 200 dagar ({reference})."
    )
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.PRIORITY))
    assert not page.waits.isVisible()
