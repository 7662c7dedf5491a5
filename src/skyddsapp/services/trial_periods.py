"""Use cases for the housing chain's trial period: read it, change its length, record the joint
takeover assessment. It starts and ends with workflow steps (`services.housing_chain_steps`)."""

from __future__ import annotations

from dataclasses import replace

from skyddsapp.domain import joint_assessment
from skyddsapp.domain import trial_period as rule
from skyddsapp.domain.case import CaseEvent, DecisionKind, EventKind
from skyddsapp.domain.joint_assessment import JointAssessment
from skyddsapp.domain.trial_period import TrialPeriod
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.vault import cases_repository, trial_periods_repository
from skyddsapp.vault.audit import utc_now


def get_trial_period(session: Session, case_id: int) -> TrialPeriod | None:
    """The case's trial period, with its assessments; None before the social contract is
    signed (and for cases outside the housing chain)."""
    get_case(session, case_id)
    return trial_periods_repository.get(session.conn, case_id)


def change_trial_length(session: Session, case_id: int, months: int, reason: str) -> TrialPeriod:
    """Set the trial's length in months (its end follows), with a reason; logged."""
    session.require_write()
    case = get_case(session, case_id)
    conn = session.conn
    before = trial_periods_repository.get(conn, case_id)
    after, reason = rule.change_length(case, before, months, reason)
    assert before is not None
    with session.vault.transaction() as audit:
        now = utc_now()
        trial_periods_repository.save(conn, after, now)
        text = rule.length_changed_text(before, after, reason)
        cases_repository.add_event(
            conn,
            case_id,
            CaseEvent(session.today(), EventKind.TRIAL_PERIOD, text, session.user_name),
        )
        cases_repository.touch(conn, case_id, now)
        audit.append(
            session.user_name,
            "case.trial_length",
            "case",
            case_id,
            reason=reason,
            details=f"{before.months} -> {after.months} months; ends {after.end.isoformat()}",
        )
    found = trial_periods_repository.get(conn, case_id)
    assert found is not None
    return found


def record_joint_assessment(
    session: Session, case_id: int, assessment: JointAssessment
) -> TrialPeriod:
    """Record the joint takeover assessment and the takeover decision it makes; an extension
    moves the trial's end. Logged (the outcome, never the reason)."""
    session.require_write()
    case = get_case(session, case_id)
    conn = session.conn
    before = trial_periods_repository.get(conn, case_id)
    assessment = replace(assessment, recorded_by=session.user_name)
    after, stored = joint_assessment.assess(case, before, assessment, session.today())
    decision = joint_assessment.assessment_decision(stored, after)
    with session.vault.transaction() as audit:
        now = utc_now()
        decision_id = cases_repository.add_decision(conn, case_id, decision)
        trial_periods_repository.add_assessment(conn, case_id, stored, decision_id)
        trial_periods_repository.save(conn, after, now)
        text = f"{DecisionKind.TAKEOVER.label}: {decision.text}"
        cases_repository.add_event(
            conn, case_id, CaseEvent(decision.date, EventKind.DECISION, text, decision.decided_by)
        )
        cases_repository.touch(conn, case_id, now)
        audit.append(
            session.user_name,
            "case.joint_assessment",
            "case",
            case_id,
            details=f"{stored.outcome.value}; {after.months} months; ends {after.end.isoformat()}",
        )
    found = trial_periods_repository.get(conn, case_id)
    assert found is not None
    return found
