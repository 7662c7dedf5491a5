"""SQL for the housing chain's trial periods and their joint takeover assessments."""

from __future__ import annotations

from skyddsapp.domain.joint_assessment import AssessmentOutcome, JointAssessment
from skyddsapp.domain.trial_period import TrialPeriod
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day


def save(conn: Connection, trial: TrialPeriod, now: str) -> None:
    """Write the trial period's row (one per case); assessments are only appended."""
    conn.execute(
        "INSERT INTO trial_periods (case_id, lease_id, start_date, months, end_date, "
        "first_hand_lease_id, social_contract_ended_on, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
        "lease_id = excluded.lease_id, start_date = excluded.start_date, "
        "months = excluded.months, end_date = excluded.end_date, "
        "first_hand_lease_id = excluded.first_hand_lease_id, "
        "social_contract_ended_on = excluded.social_contract_ended_on, "
        "updated_at = excluded.updated_at",
        (
            trial.case_id,
            trial.lease_id,
            iso(trial.start),
            trial.months,
            iso(trial.end),
            trial.first_hand_lease_id,
            iso(trial.social_contract_ended_on),
            now,
        ),
    )


def add_assessment(
    conn: Connection, case_id: int, assessment: JointAssessment, decision_id: int
) -> None:
    conn.execute(
        "INSERT INTO joint_assessments (case_id, on_date, outcome, assessed_by, reason, "
        "extend_months, decision_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            iso(assessment.date),
            assessment.outcome.value,
            assessment.assessed_by,
            assessment.reason,
            assessment.extend_months,
            decision_id,
            assessment.recorded_by,
        ),
    )


def get(conn: Connection, case_id: int) -> TrialPeriod | None:
    row = conn.execute(
        "SELECT lease_id, start_date, months, first_hand_lease_id, social_contract_ended_on "
        "FROM trial_periods WHERE case_id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    lease_id, start, months, first_hand, ended = row
    assessments = tuple(
        JointAssessment(
            required_day(on_date),
            AssessmentOutcome(outcome),
            by,
            reason,
            extend,
            recorded_by,
        )
        for on_date, outcome, by, reason, extend, recorded_by in conn.execute(
            "SELECT on_date, outcome, assessed_by, reason, extend_months, recorded_by "
            "FROM joint_assessments WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
    )
    return TrialPeriod(
        case_id=case_id,
        lease_id=lease_id,
        start=required_day(start),
        months=months,
        assessments=assessments,
        first_hand_lease_id=first_hand,
        social_contract_ended_on=day(ended),
    )


def of_lease(conn: Connection, lease_id: int) -> list[TrialPeriod]:
    """The trial periods that run on the social contract ``lease_id`` (one case's, normally)."""
    rows = conn.execute(
        "SELECT case_id FROM trial_periods WHERE lease_id = ? ORDER BY case_id", (lease_id,)
    )
    found = [get(conn, int(case_id)) for (case_id,) in rows.fetchall()]
    return [trial for trial in found if trial is not None]
