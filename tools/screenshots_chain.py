"""Pictures of the housing chain's trial period and of a tenant approval under the exception,
for `tools/screenshots.py` (the demo vault's showcase cases, `services.demo_chain`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.joint_assessment import AssessmentOutcome
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference
from skyddsapp.services import trial_periods
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases

if TYPE_CHECKING:
    from screenshots import Shooter
    from skyddsapp.ui.shell.main_window import MainWindow


def _newest(session: Session, kind: CaseKind, state: str) -> int:
    for row in search_cases(session, limit=200).rows:
        if row.kind is kind and row.state == state:
            return row.id
    raise LookupError(f"no demo case of {kind.value} in {state}")


def _ending_soonest(session: Session) -> int:
    """The case whose running trial period ends first from today."""
    today = session.today()
    ends = []
    for row in search_cases(session, limit=200).rows:
        if row.kind is CaseKind.HOUSING_CHAIN and row.state == "social_contract":
            trial = trial_periods.get_trial_period(session, row.id)
            if trial is not None and trial.end >= today:
                ends.append((trial.end, row.id))
    if not ends:
        raise LookupError("no demo case in its trial period")
    return min(ends)[1]


def trial_period(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """The trial box of a case whose trial ends soon, the two dialogs, a taken-over case."""
    from skyddsapp.ui.cases.case_view import CaseView
    from skyddsapp.ui.housing.joint_assessment_dialog import JointAssessmentDialog
    from skyddsapp.ui.housing.trial_length_dialog import TrialLengthDialog

    case_id = _ending_soonest(session)
    window.open_case(case_id)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.housing)
    shooter.window("case_trial_period", window)
    assert view.data is not None
    assert view.data.trial is not None
    length = TrialLengthDialog(session, case_id, view.data.trial, window)
    length.months.setValue(15)
    length.reason.setText("Hyresgästen har varit sjukskriven; parterna vill följa upp längre.")
    shooter.dialog("trial_length", length, behind=window)
    length.deleteLater()
    assessment = JointAssessmentDialog(session, case_id, view.data.trial, window)
    assessment.outcome_buttons[AssessmentOutcome.TAKE_OVER].setChecked(True)
    assessment.reason.setPlainText(
        "Hyran har betalats i tid, lägenheten är väl skött och inga störningar har rapporterats."
    )
    shooter.dialog("joint_assessment", assessment, behind=window)
    assessment.deleteLater()
    window.open_case(_newest(session, CaseKind.HOUSING_CHAIN, "taken_over"))
    taken = window.tabs.currentWidget()
    assert isinstance(taken, CaseView)
    taken.tabs.setCurrentWidget(taken.housing)
    shooter.window("case_taken_over", window)


def tenant_approval(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """The decision dialog for a tenant approval with the exception used."""
    from skyddsapp.domain.case import DecisionKind
    from skyddsapp.ui.cases.decision_dialog import DecisionDialog

    case_id = _newest(session, CaseKind.KVINNOJOUR_SUBLET, "tenant_approved")
    window.open_case(case_id)
    dialog = DecisionDialog(session, case_id, window, kind=DecisionKind.TENANT_APPROVAL)
    fields = dialog.approval_fields
    fields.credit_check.setCurrentIndex(fields.credit_check.findData(CreditCheck.REMARKS))
    fields.housing_reference.setCurrentIndex(
        fields.housing_reference.findData(HousingReference.DISTURBANCES)
    )
    fields.exception.setChecked(True)
    fields.exception_reason.setPlainText(
        "Hyresskulden uppstod när våldsutövaren styrde ekonomin; störningarna gällde hans besök."
    )
    dialog.text.setPlainText("Godkänns som andrahandshyresgäst med undantag.")
    shooter.dialog("tenant_approval", dialog, behind=window, size=(820, 660))
    dialog.deleteLater()
