"""The trial period driven through the case view: the box, changing the length, the joint
assessment, and the takeover that ends the social contract."""

from __future__ import annotations

import datetime as dt

import pytest
from chain_support import chain_case_in_trial
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from skyddsapp.domain.case import CaseEvent
from skyddsapp.domain.joint_assessment import AssessmentOutcome, JointAssessment
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases, housing, trial_periods
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.housing.joint_assessment_dialog import JointAssessmentDialog
from skyddsapp.ui.housing.lease_dialog import LeaseDialog
from skyddsapp.ui.housing.trial_length_dialog import TrialLengthDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.form_widgets import to_qdate

DAY = dt.timedelta(days=1)


@pytest.fixture
def case_id(session: Session) -> int:
    return chain_case_in_trial(session, session.today() - 350 * DAY)


@pytest.fixture
def view(qtbot: QtBot, session: Session, case_id: int) -> CaseView:
    widget = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    widget.tabs.setCurrentWidget(widget.housing)
    return widget


def save(qtbot: QtBot, view: CaseView, dialog) -> None:
    with qtbot.waitSignal(view.changed, timeout=2000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def events(session: Session, case_id: int) -> list[CaseEvent]:
    return cases.get_case(session, case_id).events


def test_trial_period_from_the_box_to_the_takeover(
    qtbot: QtBot, view: CaseView, session: Session, case_id: int
) -> None:
    box = view.housing.trial_box
    assert box is not None
    start = session.today() - 350 * DAY
    assert box.values["Började"].text() == start.isoformat()
    assert box.values["Längd"].text() == "12 månader"
    assert box.values["Löper ut"].text() == "2026-12-11"
    assert box.values["Kvar"].text() == "14 dagar kvar"
    assert box.values["Gemensam bedömning"].text() == "Inte gjord än"
    assert "2026-12-11" in " ".join(label.text() for label in view.overview.deadline_labels)

    # Change the length: without a reason it is refused next to the field, nothing stored.
    qtbot.mouseClick(box.length_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, TrialLengthDialog)
    dialog.months.setValue(15)
    assert dialog.end.text() == "2027-03-11"
    before = len(events(session, case_id))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.errors.message("reason") == "Ange varför prövotidens längd ändras."
    assert len(events(session, case_id)) == before
    dialog.reason.setText("Sjukskriven en period.")
    save(qtbot, view, dialog)
    box = view.housing.trial_box
    assert box is not None
    assert box.values["Längd"].text() == "15 månader"
    assert box.values["Löper ut"].text() == "2027-03-11"

    # The joint assessment: take over. The step still waits for the first-hand lease.
    qtbot.mouseClick(box.assessment_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, JointAssessmentDialog)
    assert not dialog.extend_months.isEnabled()
    dialog.outcome_buttons[AssessmentOutcome.EXTEND].setChecked(True)
    assert dialog.extend_months.isEnabled()
    assert dialog.extend_months.maximum() == 9  # 15 months already, at most 24
    dialog.outcome_buttons[AssessmentOutcome.TAKE_OVER].setChecked(True)
    dialog.reason.setPlainText("Hyran betald i tid och inga störningar.")
    save(qtbot, view, dialog)
    box = view.housing.trial_box
    assert box is not None
    assessed = box.values["Gemensam bedömning"].text()
    assert assessed.endswith(
        "Klienten tar över förstahandskontraktet (Uppsalahem, Socialförvaltningen och hyresgästen)"
    )
    take_over = view.workflow.action_buttons["take_over"]
    assert not take_over.isEnabled()
    assert "förstahandskontrakt saknas" in view.workflow.missing_labels["take_over"].text()

    # The first-hand lease is linked; the step ends the social contract.
    case = cases.get_case(session, case_id)
    trial = trial_periods.get_trial_period(session, case_id)
    assert trial is not None
    lease = Lease(
        None,
        f"FH-UI-{case_id}",
        case.apartment_ids[0],
        tuple(case.person_ids(CaseRole.CLIENT)),
        LeaseKind.FIRST_HAND,
        dt.date(2027, 1, 1),
    )
    cases.add_new_lease(session, case_id, lease)
    view.reload()
    take_over = view.workflow.action_buttons["take_over"]
    assert take_over.isEnabled()
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.mouseClick(take_over, Qt.MouseButton.LeftButton)
    assert "Förstahandskontraktet övertaget" in view.header.text()
    assert housing.get_lease(session, trial.lease_id).status is LeaseStatus.ENDED
    box = view.housing.trial_box
    assert box is not None
    assert (
        box.values["Övertaget"]
        .text()
        .startswith("Det bostadssociala kontraktet upphörde 2026-12-31")
    )
    assert not box.length_button.isEnabled()
    assert not box.assessment_button.isEnabled()
    assert view.overview.deadline_labels == []


def test_the_trial_follows_the_social_contracts_start_date_edited_in_the_lease_dialog(
    qtbot: QtBot, view: CaseView, session: Session, case_id: int
) -> None:
    trial = trial_periods.get_trial_period(session, case_id)
    assert trial is not None
    view.housing.edit_lease_requested.emit(trial.lease_id)
    dialog = view.active_dialog
    assert isinstance(dialog, LeaseDialog)
    dialog.lease_form.start_date.setDate(to_qdate(dt.date(2026, 1, 12)))
    save(qtbot, view, dialog)
    box = view.housing.trial_box
    assert box is not None
    assert box.values["Började"].text() == "2026-01-12"
    assert box.values["Längd"].text() == "12 månader"
    assert box.values["Löper ut"].text() == "2027-01-11"

    # After an extension, a start that would end the trial before the assessment is refused.
    assessment = JointAssessment(
        session.today(), AssessmentOutcome.EXTEND, "Uppsalahem och Nexus", "Mer tid.", 3
    )
    trial_periods.record_joint_assessment(session, case_id, assessment)
    view.reload()
    view.housing.edit_lease_requested.emit(trial.lease_id)
    dialog = view.active_dialog
    assert isinstance(dialog, LeaseDialog)
    dialog.lease_form.start_date.setDate(to_qdate(dt.date(2025, 6, 1)))
    before = len(events(session, case_id))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.errors.message("start_date") == (
        "Startdatumet kan inte ändras till 2025-06-01: prövotiden skulle då löpa ut 2026-08-31, "
        "före den gemensamma bedömningen som gjordes 2026-11-27."
    )
    assert len(events(session, case_id)) == before
    kept = trial_periods.get_trial_period(session, case_id)
    assert kept is not None
    assert (kept.start, kept.months, kept.end) == (dt.date(2026, 1, 12), 15, dt.date(2027, 4, 11))
    dialog.reject()
