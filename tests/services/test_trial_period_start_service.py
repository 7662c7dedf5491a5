"""The trial period follows its social contract's start date, end to end through the use cases:
the lease edited after signing moves the trial's start and end (its length and any extension
kept), Att göra follows, the timeline says so; an edit that would put the trial's end before a
recorded joint assessment is refused and changes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from service_support import TODAY, Factory, audit_entries, snapshot

from skyddsapp.domain.case import EventKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.joint_assessment import AssessmentOutcome, JointAssessment
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases, history, history_restore, housing, todo, trial_periods
from skyddsapp.services.context import Session
from skyddsapp.vault.database import Connection

START = dt.date(2025, 9, 1)  # 12 months: the trial ends 2026-08-31
ASSESSED = TODAY - dt.timedelta(days=2)  # 2026-05-02


def state(conn: Connection) -> tuple[object, ...]:
    """Row counts (the audit log too), the trial rows, the leases' dates and the events."""
    return (
        snapshot(conn),
        conn.execute("SELECT * FROM trial_periods ORDER BY case_id").fetchall(),
        conn.execute("SELECT id, start_date, notice_date, status FROM leases").fetchall(),
        conn.execute("SELECT count(*) FROM joint_assessments").fetchall(),
    )


def extended(session: Session, case_id: int, months: int = 3) -> None:
    assessment = JointAssessment(
        ASSESSED,
        AssessmentOutcome.EXTEND,
        "Uppsalahem, Socialförvaltningen och hyresgästen",
        "Hyran har betalats sent några gånger.",
        extend_months=months,
    )
    trial_periods.record_joint_assessment(session, case_id, assessment)


def restarted(session: Session, social: Lease, start: dt.date) -> Lease:
    assert social.id is not None
    return housing.update_lease(
        session, replace(housing.get_lease(session, social.id), start_date=start)
    )


def test_a_corrected_start_date_moves_the_trial_and_att_gora(
    session: Session, make: Factory
) -> None:
    case, social = make.chain_case_in_trial(START)
    assert case.id is not None
    restarted(session, social, dt.date(2025, 10, 1))
    trial = trial_periods.get_trial_period(session, case.id)
    assert trial is not None
    assert (trial.start, trial.months, trial.end) == (
        dt.date(2025, 10, 1),
        12,
        dt.date(2026, 9, 30),
    )
    moved, edit = audit_entries(session.conn)[-2:]
    assert (edit.action, edit.object_type, edit.object_id) == (
        "lease.update",
        "lease",
        str(social.id),
    )
    assert (moved.action, moved.object_type, moved.object_id) == (
        "case.trial_start_moved",
        "case",
        str(case.id),
    )
    assert moved.details == f"lease {social.id}; starts 2025-10-01; ends 2026-09-30; 12 months"
    event = cases.get_case(session, case.id).events[-1]
    assert (event.kind, event.date) == (EventKind.TRIAL_PERIOD, TODAY)
    assert event.text == (
        "Det bostadssociala kontraktets startdatum ändrat: prövotiden börjar 2025-10-01 och "
        "löper ut 2026-09-30 (12 månader), i stället för 2025-09-01–2026-08-31."
    )
    ends = [
        d.date for d in todo.case_deadlines(session, case.id) if d.kind is DeadlineKind.TRIAL_ENDS
    ]
    assert ends == [dt.date(2026, 9, 30)]


def _audit_actions(session: Session) -> list[tuple[str, str, str]]:
    rows = session.conn.execute("SELECT action, object_id, details FROM audit_log ORDER BY id")
    return [(str(a), str(o), str(d)) for a, o, d in rows]


def test_the_length_and_an_extension_are_kept(session: Session, make: Factory) -> None:
    case, social = make.chain_case_in_trial(START)
    assert case.id is not None
    extended(session, case.id)
    restarted(session, social, dt.date(2025, 8, 15))
    trial = trial_periods.get_trial_period(session, case.id)
    assert trial is not None
    assert (trial.start, trial.months, trial.end) == (
        dt.date(2025, 8, 15),
        15,
        dt.date(2026, 11, 14),
    )
    assert len(trial.assessments) == 1  # the assessment itself is not touched


def test_an_edit_that_keeps_the_start_date_leaves_the_trial_alone(
    session: Session, make: Factory
) -> None:
    case, social = make.chain_case_in_trial(START)
    assert case.id is not None
    events = len(cases.get_case(session, case.id).events)
    logged = len(_audit_actions(session))
    lease = housing.get_lease(session, social.id or 0)
    housing.update_lease(session, replace(lease, contract_number=lease.contract_number + "-B"))
    assert len(cases.get_case(session, case.id).events) == events
    assert [a for a, _, _ in _audit_actions(session)[logged:]] == ["lease.update"]


def test_a_restored_lease_version_moves_the_trial_back(session: Session, make: Factory) -> None:
    case, social = make.chain_case_in_trial(START)
    assert case.id is not None
    assert social.id is not None
    restarted(session, social, dt.date(2025, 10, 1))
    first = history.record_history(session, history.RecordKind.LEASE, social.id)[0]
    history_restore.restore(
        session, history.RecordKind.LEASE, social.id, first.number, "start_date"
    )
    trial = trial_periods.get_trial_period(session, case.id)
    assert trial is not None
    assert (trial.start, trial.end) == (START, dt.date(2026, 8, 31))


# Refusals: the message, and nothing stored


def test_an_end_before_a_recorded_assessment_is_refused(session: Session, make: Factory) -> None:
    case, social = make.chain_case_in_trial(START)
    assert case.id is not None
    extended(session, case.id)  # 15 months: ends 2026-11-30
    before = state(session.conn)
    with pytest.raises(ValidationError) as caught:
        restarted(session, social, dt.date(2024, 12, 1))  # would end 2026-02-28
    assert caught.value.messages_for("start_date") == [
        "Startdatumet kan inte ändras till 2024-12-01: prövotiden skulle då löpa ut 2026-02-28, "
        "före den gemensamma bedömningen som gjordes 2026-05-02."
    ]
    assert state(session.conn) == before


def test_a_start_after_a_recorded_assessment_is_refused(session: Session, make: Factory) -> None:
    case, social = make.chain_case_in_trial(START)
    assert case.id is not None
    extended(session, case.id)
    before = state(session.conn)
    with pytest.raises(ValidationError) as caught:
        restarted(session, social, ASSESSED + dt.timedelta(days=1))
    assert caught.value.messages_for("start_date") == [
        "Startdatumet kan inte ändras till 2026-05-03: den gemensamma bedömningen gjordes "
        "redan 2026-05-02, och prövotiden kan inte börja efter den."
    ]
    assert state(session.conn) == before


def test_after_the_takeover_the_social_contract_cannot_start_after_its_end(
    session: Session, make: Factory
) -> None:
    case, social = make.chain_case_in_trial(dt.date(2025, 4, 1))
    assert case.id is not None
    take_over = JointAssessment(
        ASSESSED, AssessmentOutcome.TAKE_OVER, "Uppsalahem och Nexus", "Inga störningar."
    )
    trial_periods.record_joint_assessment(session, case.id, take_over)
    client = case.person_ids(CaseRole.CLIENT)[0]
    first_hand = Lease(
        None,
        "FH-START",
        case.apartment_ids[0],
        (client,),
        LeaseKind.FIRST_HAND,
        dt.date(2026, 6, 1),
    )
    cases.add_new_lease(session, case.id, first_hand)
    cases.take_step(session, case.id, "take_over")
    before = state(session.conn)
    with pytest.raises(ValidationError) as caught:
        restarted(session, social, dt.date(2026, 6, 5))
    assert caught.value.messages_for("start_date") == [
        "Startdatumet kan inte ändras till 2026-06-05: den gemensamma bedömningen gjordes "
        "redan 2026-05-02, och prövotiden kan inte börja efter den.",
        "Startdatumet kan inte ändras till 2026-06-05: det bostadssociala kontraktet upphörde "
        "2026-05-31, dagen före förstahandskontraktet.",
    ]
    assert state(session.conn) == before
