"""The demo vault's showcase of the trial period and of tenant approvals."""

from __future__ import annotations

import datetime as dt

from service_support import TODAY

from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.joint_assessment import AssessmentOutcome
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.tenant_approval import CreditCheck
from skyddsapp.services import cases, documents, housing, tenant_approvals, todo, trial_periods
from skyddsapp.services.context import Session
from skyddsapp.services.demo_chain import SHOWCASE_CASES, add_showcase


def test_the_showcase_holds_every_stage(fresh_session: Session) -> None:
    session = fresh_session
    shown = add_showcase(session)
    assert len(shown.made) == SHOWCASE_CASES

    ending = trial_periods.get_trial_period(session, shown.trial_ending)
    assert ending is not None
    assert 0 < ending.days_left(TODAY) <= 30
    soon = todo.deadlines(session, until=TODAY + dt.timedelta(days=30))
    assert any(d.case_id == shown.trial_ending and d.kind is DeadlineKind.TRIAL_ENDS for d in soon)

    extended = trial_periods.get_trial_period(session, shown.trial_extended)
    assert extended is not None
    assert extended.months == 18
    assert extended.latest_assessment is not None
    assert extended.latest_assessment.outcome is AssessmentOutcome.EXTEND

    taken = trial_periods.get_trial_period(session, shown.taken_over)
    assert taken is not None
    assert taken.taken_over
    assert cases.get_case(session, shown.taken_over).state == "taken_over"
    assert housing.get_lease(session, taken.lease_id).status is LeaseStatus.ENDED

    [plain] = tenant_approvals.tenant_approvals(session, shown.approved)
    assert (plain.granted, plain.exception_used) == (True, False)
    [excepted] = tenant_approvals.tenant_approvals(session, shown.approved_with_exception)
    assert excepted.granted
    assert excepted.exception_used
    assert excepted.credit_check is CreditCheck.REMARKS
    for case_id in (shown.approved, shown.approved_with_exception):
        case = cases.get_case(session, case_id)
        assert case.state == "tenant_approved"
        assert case.latest_decision(DecisionKind.TENANT_APPROVAL) is not None
    [paper] = documents.register(session, shown.approved_with_exception)
    assert paper.id == shown.exception_document
    assert paper.form_id == "hyresgastgodkannande"
    assert session.vault.verify_audit().ok
