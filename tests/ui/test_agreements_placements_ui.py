"""Agreements, placements and Länskompotten through the real widgets, offscreen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory

from skyddsapp.domain.agreement import AgreementKind
from skyddsapp.domain.case import CaseParty, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import Municipality, ReferralResult
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.services import agreements, cases, county_referrals, persons, placements
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.housing.agreement_dialog import AgreementDialog
from skyddsapp.ui.housing.agreements_dialog import AgreementsDialog
from skyddsapp.ui.housing.county_referral_dialog import CountyReferralDialog
from skyddsapp.ui.housing.placement_dialog import PlacementDialog
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.todo_page import TodoPage
from skyddsapp.ui.widgets.form_widgets import to_qdate
from skyddsapp.ui.wizard.new_case_wizard import NewCaseWizard

DAY = dt.timedelta(days=1)


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def save(dialog: FormDialog) -> None:
    dialog.buttons.accepted.emit()


def test_agreements_page_add_and_edit(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window.agreements_action.shortcut().toString() == "Ctrl+Shift+T"
    window.agreements_action.trigger()
    dialog = window.agreements_dialog
    assert isinstance(dialog, AgreementsDialog)
    page = dialog.page
    qtbot.waitUntil(page.isVisible)
    shown = page.model.rowCount()
    assert shown == len(agreements.list_agreements(session)) == 7  # the demo's
    assert page.status.text() == "7 avtal, varav 5 gäller idag"

    page.new_action.trigger()
    new = page.active_dialog
    assert isinstance(new, AgreementDialog)
    new.kind.setCurrentIndex(new.kind.findData(AgreementKind.OTHER))
    qtbot.keyClicks(new.counterpart, "Uppsala kommun")
    save(new)  # no title
    assert new.isVisible()
    assert new.errors.message("title") == "Avtalets benämning saknas."
    assert len(agreements.list_agreements(session)) == 7
    qtbot.keyClicks(new.title, "Kvotavtal om bostadssociala kontrakt")
    new.valid_from.setDate(to_qdate(dt.date(2026, 1, 1)))
    new.quota.check.setChecked(True)
    new.quota.count.setValue(25)  # the spin box stops at 20
    save(new)
    assert new.result() == FormDialog.DialogCode.Accepted
    assert new.agreement is not None
    assert new.agreement.flats_per_year == 20
    assert page.selected_agreement() == new.agreement
    assert page.status.text() == "8 avtal, varav 6 gäller idag"

    page.edit_action.trigger()
    edit = page.active_dialog
    assert isinstance(edit, AgreementDialog)
    assert edit.title.text() == "Kvotavtal om bostadssociala kontrakt"
    edit.valid_until.set_value(dt.date(2025, 12, 31))  # before it begins
    save(edit)
    assert edit.errors.message("valid_until") == (
        "Avtalet kan inte upphöra före den dag det börjar gälla."
    )
    edit.valid_until.set_value(dt.date(2026, 6, 30))
    save(edit)
    assert edit.result() == FormDialog.DialogCode.Accepted
    row = page.model.row_of(new.agreement.id or 0)
    assert row is not None
    in_force = page.model.index(row, page.model.IN_FORCE).data()
    assert in_force == "Nej, har upphört"
    stored = agreements.get_agreement(session, new.agreement.id or 0)
    assert stored.valid_until == dt.date(2026, 6, 30)


def _new_shelter_case(session: Session) -> int:
    client = persons.find_by_name_prefix(session, "Anna")[0]
    assert client.id is not None
    case = cases.create_case(
        session, CaseKind.SHELTER_EXIT, parties=[CaseParty(client.id, CaseRole.CLIENT)]
    )
    assert case.id is not None
    today = session.today()
    cases.add_risk_assessment(
        session, case.id, RiskAssessment(today, "Nexus", RiskLevel.LOW, False, today + 30 * DAY)
    )
    return case.id


def test_placement_from_registration_to_its_end(session: Session, qtbot: QtBot) -> None:
    today = session.today()
    case_id = _new_shelter_case(session)
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    assert view.tabs.isTabVisible(view.tabs.indexOf(view.placement))
    assert not view.tabs.isTabVisible(view.tabs.indexOf(view.county))
    assert not view.workflow.action_buttons["plan_exit"].isEnabled()

    view.tabs.setCurrentWidget(view.placement)
    assert view.placement.edit_button.text() == "Re&gistrera placering …"
    qtbot.mouseClick(view.placement.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, PlacementDialog)
    framework = agreements.agreement_on(session, AgreementKind.SHELTER_FRAMEWORK, today)
    assert framework is not None
    assert dialog.agreement.currentData() == framework.id  # the one in force on the start
    dialog.start_date.setDate(to_qdate(today - 40 * DAY))
    dialog.planned_end.setDate(to_qdate(today - 41 * DAY))
    save(dialog)
    assert dialog.errors.message("provider") == "Leverantör saknas."
    assert dialog.errors.message("planned_end") == (
        "Det planerade slutet kan inte ligga före startdatumet."
    )
    assert placements.placement_of_case(session, case_id) is None
    qtbot.keyClicks(dialog.provider, "Fristad Test AB")
    dialog.planned_end.setDate(to_qdate(today + 5 * DAY))
    dialog.children_count.setValue(2)
    save(dialog)
    assert dialog.result() == FormDialog.DialogCode.Accepted

    assert view.placement.values["Leverantör"].text() == "Fristad Test AB"
    assert view.placement.values["Planerat slut"].text().endswith("(om 5 dagar)")
    assert view.workflow.action_buttons["plan_exit"].isEnabled()
    todo = TodoPage(session)
    qtbot.addWidget(todo)
    todo.show()
    ending = [
        todo.model.deadline(r)
        for r in range(todo.model.rowCount())
        if todo.model.deadline(r).case_id == case_id
    ]
    assert [(d.kind, d.date) for d in ending if d.kind is DeadlineKind.PLACEMENT_ENDS] == [
        (DeadlineKind.PLACEMENT_ENDS, today + 5 * DAY)
    ]
    [row] = [
        r
        for r in range(todo.model.rowCount())
        if todo.model.deadline(r).case_id == case_id
        and todo.model.deadline(r).kind is DeadlineKind.PLACEMENT_ENDS
    ]
    assert todo.model.index(row, todo.model.WHAT).data() == "Placeringen planeras upphöra"
    assert todo.model.index(row, todo.model.DETAIL).data() == (
        "Erbjudande om lägenhet inte registrerat"
    )

    qtbot.mouseClick(view.workflow.action_buttons["plan_exit"], Qt.MouseButton.LeftButton)
    assert cases.get_case(session, case_id).state == "exit_planning"
    qtbot.mouseClick(view.placement.edit_button, Qt.MouseButton.LeftButton)
    end = view.active_dialog
    assert isinstance(end, PlacementDialog)
    assert end.provider.text() == "Fristad Test AB"
    end.actual_end.set_value(today)
    save(end)
    assert end.errors.message("outcome") == (
        "Ange utfallet: vart klienten flyttade när placeringen upphörde."
    )
    end.outcome.setCurrentIndex(end.outcome.findData(ShelterOutcome.NEXUS_TRANSITION_FLAT))
    end.flat_offered.setCurrentIndex(end.flat_offered.findData(True))
    save(end)
    assert end.result() == FormDialog.DialogCode.Accepted
    assert view.placement.values["Utfall"].text() == "Utslussningslägenhet"
    assert view.placement.values["Lägenhet erbjuden"].text() == "Lägenhet erbjuden före slutet"
    qtbot.mouseClick(view.workflow.action_buttons["end_placement"], Qt.MouseButton.LeftButton)
    case = cases.get_case(session, case_id)
    assert (case.state, case.outcome, case.children_count) == (
        "ended",
        ShelterOutcome.NEXUS_TRANSITION_FLAT,
        2,
    )


def test_lanskompotten_case_from_the_wizard_to_the_move(session: Session, qtbot: QtBot) -> None:
    wizard = NewCaseWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.kind_page.set_kind(CaseKind.COUNTY_REFERRAL)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    form = wizard.client_page.form
    qtbot.keyClicks(form.first_name, "Lova")
    form.last_name.setText("Länsdotter")  # QTest types ASCII only
    for _ in range(3):  # others, details, summary
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    case_id = wizard.created_case_id
    assert case_id is not None
    case = cases.get_case(session, case_id)
    assert case.kind is CaseKind.COUNTY_REFERRAL
    assert case.reference.formatted().startswith("LK-2026-")

    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.show()
    assert view.tabs.isTabVisible(view.tabs.indexOf(view.county))
    assert not view.tabs.isTabVisible(view.tabs.indexOf(view.placement))
    view.tabs.setCurrentWidget(view.county)
    qtbot.mouseClick(view.county.add_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, CountyReferralDialog)
    dialog.municipality.setCurrentIndex(dialog.municipality.findData(Municipality.KNIVSTA))
    dialog.referred_on.setDate(to_qdate(session.today() - 20 * DAY))
    dialog.answer.setCurrentIndex(dialog.answer.findData(ReferralResult.FLAT_OFFERED))
    assert dialog.result_on.value() == session.today()  # an answer ticks its date
    dialog.result_on.edit.setDate(to_qdate(session.today() - 30 * DAY))
    save(dialog)
    assert dialog.errors.message("result_on") == "Svaret kan inte komma före förfrågan."
    assert county_referrals.referrals_of_case(session, case_id) == []
    dialog.answer.setCurrentIndex(0)  # waiting for the answer after all
    assert dialog.result_on.value() is None
    save(dialog)
    assert dialog.result() == FormDialog.DialogCode.Accepted
    assert not view.county.add_button.isEnabled()  # one referral waits at a time

    qtbot.mouseClick(view.workflow.action_buttons["refer"], Qt.MouseButton.LeftButton)
    [referral] = county_referrals.referrals_of_case(session, case_id)
    assert referral.id is not None
    qtbot.mouseClick(view.county.answer_buttons[referral.id], Qt.MouseButton.LeftButton)
    answer = view.active_dialog
    assert isinstance(answer, CountyReferralDialog)
    answer.answer.setCurrentIndex(answer.answer.findData(ReferralResult.MOVED))
    save(answer)
    assert answer.result() == FormDialog.DialogCode.Accepted
    qtbot.mouseClick(view.workflow.action_buttons["flat_offered"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.workflow.action_buttons["register_move"], Qt.MouseButton.LeftButton)
    assert cases.get_case(session, case_id).state == "moved"
    assert county_referrals.yearly_count(session, session.today().year).moved >= 1
