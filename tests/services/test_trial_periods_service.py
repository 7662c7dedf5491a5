"""The housing chain's trial period end to end through the use cases: the social contract is
signed, the trial runs and shows in Att göra, its length changes, the joint assessment is made,
the client takes over and the social contract ends. Every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from service_support import TODAY, Factory, audit_entries, last_audit, snapshot

from skyddsapp.domain.case import Case, Decision, DecisionKind, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import RuleViolation, TransitionError, ValidationError
from skyddsapp.domain.joint_assessment import AssessmentOutcome, JointAssessment
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import CANCEL_ACTION
from skyddsapp.services import cases, housing, todo, trial_periods
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)
OWN_TABLES = ("trial_periods", "joint_assessments", "tenant_approvals", "record_versions")


def state(
    conn: Connection,
) -> tuple[dict[str, int], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Row counts (the audit log too), the trial rows and the leases: what a refusal must keep."""
    counts = snapshot(conn)
    counts |= {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in OWN_TABLES}
    trials = conn.execute("SELECT * FROM trial_periods ORDER BY case_id").fetchall()
    leases = conn.execute("SELECT id, status, notice_date FROM leases ORDER BY id").fetchall()
    return counts, trials, leases


def unchanged(session: Session, before: object) -> None:
    assert state(session.conn) == before


def assessment(
    outcome: AssessmentOutcome = AssessmentOutcome.TAKE_OVER, **extra
) -> JointAssessment:
    values = {
        "date": TODAY - 2 * DAY,
        "outcome": outcome,
        "assessed_by": "Uppsalahem, Socialförvaltningen och hyresgästen",
        "reason": "Hyran betald i tid, inga störningar.",
    }
    return JointAssessment(**(values | extra))


def first_hand(session: Session, case: Case, start: dt.date) -> Lease:
    assert case.id is not None
    client = case.person_ids(CaseRole.CLIENT)[0]
    lease = Lease(
        None,
        f"FH-{case.id}-{start:%m%d}",
        case.apartment_ids[0],
        (client,),
        LeaseKind.FIRST_HAND,
        start,
    )
    return cases.add_new_lease(session, case.id, lease)


def trial_deadlines(found: list, case: Case) -> list:
    return [d for d in found if d.case_id == case.id and d.kind is DeadlineKind.TRIAL_ENDS]


def test_signing_the_social_contract_starts_the_trial_shown_in_att_gora(
    session: Session, make: Factory
) -> None:
    start = TODAY - 340 * DAY
    case, social = make.chain_case_in_trial(start)
    assert case.id is not None
    assert case.state == "social_contract"
    trial = trial_periods.get_trial_period(session, case.id)
    assert trial is not None
    assert (trial.lease_id, trial.start, trial.months) == (social.id, start, 12)
    assert trial.end == dt.date(2026, 5, 28)
    entries = audit_entries(session.conn)
    assert [e.action for e in entries[-2:]] == ["case.step", "case.trial_start"]
    assert entries[-1].details == f"lease {social.id}; 12 months; ends 2026-05-28"
    stored = cases.get_case(session, case.id)
    assert stored.events[-1].kind is EventKind.TRIAL_PERIOD
    assert stored.events[-1].text == (
        f"Prövotiden började {start.isoformat()} och löper ut 2026-05-28 (12 månader)."
    )
    [deadline] = trial_deadlines(todo.deadlines(session, until=TODAY + 30 * DAY), case)
    assert deadline.date == dt.date(2026, 5, 28)
    assert deadline.detail == f"{social.contract_number}: gemensam bedömning om övertagande"
    assert trial_deadlines(todo.case_deadlines(session, case.id), case) == [deadline]
    assert trial_deadlines(todo.deadlines(session, until=TODAY + 20 * DAY), case) == []


def test_the_length_changes_with_a_reason_and_att_gora_follows(
    session: Session, make: Factory
) -> None:
    case, _ = make.chain_case_in_trial(dt.date(2025, 9, 1))
    assert case.id is not None
    changed = trial_periods.change_trial_length(session, case.id, 15, "  Sjukskriven en period ")
    assert (changed.months, changed.end) == (15, dt.date(2026, 11, 30))
    entry = last_audit(session.conn)
    assert (entry.action, entry.reason) == ("case.trial_length", "Sjukskriven en period")
    assert entry.details == "12 -> 15 months; ends 2026-11-30"
    text = cases.get_case(session, case.id).events[-1].text
    assert text == (
        "Prövotidens längd ändrad från 12 till 15 månader; den löper ut 2026-11-30. "
        "Skäl: Sjukskriven en period"
    )
    [deadline] = trial_deadlines(todo.case_deadlines(session, case.id), case)
    assert deadline.date == dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("months", "reason", "message"),
    [
        (5, "Skäl", "Prövotiden ska vara 6–24 månader."),
        (25, "Skäl", "Prövotiden ska vara 6–24 månader."),
        (12, "Skäl", "Prövotiden är redan 12 månader."),
        (18, " ", "Ange varför prövotidens längd ändras."),
    ],
)
def test_a_bad_length_change_is_refused_and_changes_nothing(
    session: Session, make: Factory, months: int, reason: str, message: str
) -> None:
    case, _ = make.chain_case_in_trial()
    assert case.id is not None
    before = state(session.conn)
    with pytest.raises(ValidationError) as caught:
        trial_periods.change_trial_length(session, case.id, months, reason)
    assert caught.value.errors[0].message == message
    unchanged(session, before)


def test_a_case_before_its_trial_or_of_another_kind_has_none_to_change(
    session: Session, make: Factory
) -> None:
    other = make.case(CaseKind.KVINNOJOUR_SUBLET)
    waiting = make.case(CaseKind.HOUSING_CHAIN, client=make.person())
    assert other.id is not None
    assert waiting.id is not None
    before = state(session.conn)
    for case_id, message in (
        (other.id, "Bara ärenden i boendekedjan har prövotid."),
        (waiting.id, "Prövotiden har inte börjat"),
    ):
        with pytest.raises(RuleViolation, match=message):
            trial_periods.change_trial_length(session, case_id, 18, "Skäl")
        with pytest.raises(RuleViolation, match=message):
            trial_periods.record_joint_assessment(session, case_id, assessment())
        assert trial_periods.get_trial_period(session, case_id) is None
    unchanged(session, before)


def test_an_extension_moves_the_end_and_keeps_the_takeover_closed(
    session: Session, make: Factory
) -> None:
    case, _ = make.chain_case_in_trial(dt.date(2025, 5, 1))  # ended 2026-04-30
    assert case.id is not None
    assert trial_deadlines(todo.case_deadlines(session, case.id), case)[0].is_overdue(TODAY)
    trial = trial_periods.record_joint_assessment(
        session, case.id, assessment(AssessmentOutcome.EXTEND, extend_months=6)
    )
    assert (trial.months, trial.end) == (18, dt.date(2026, 10, 31))
    assert trial.latest_assessment is not None
    assert trial.latest_assessment.recorded_by == session.user_name
    entry = last_audit(session.conn)
    assert (entry.action, entry.details) == (
        "case.joint_assessment",
        "extend; 18 months; ends 2026-10-31",
    )
    assert entry.reason == ""  # the assessment's reason stays in the case, not in the log
    stored = cases.get_case(session, case.id)
    decision = stored.latest_decision(DecisionKind.TAKEOVER)
    assert decision is not None
    assert decision.granted is None
    assert stored.events[-1].kind is EventKind.DECISION
    [deadline] = trial_deadlines(todo.case_deadlines(session, case.id), case)
    assert deadline.date == dt.date(2026, 10, 31)
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "take_over")
    assert caught.value.missing[0].startswith("Den gemensamma bedömningen om övertagande saknas")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date": TODAY + DAY}, "date"),
        ({"reason": "  "}, "reason"),
        ({"assessed_by": ""}, "assessed_by"),
        ({"outcome": AssessmentOutcome.EXTEND, "extend_months": 13}, "extend_months"),
    ],
)
def test_a_bad_assessment_is_refused_and_changes_nothing(
    session: Session, make: Factory, changes: dict[str, object], field: str
) -> None:
    case, _ = make.chain_case_in_trial()
    assert case.id is not None
    before = state(session.conn)
    with pytest.raises(ValidationError) as caught:
        trial_periods.record_joint_assessment(session, case.id, assessment(**changes))
    assert caught.value.fields == (field,)
    unchanged(session, before)


def test_a_bare_takeover_decision_cannot_stand_in_for_the_assessment(
    session: Session, make: Factory
) -> None:
    case, _ = make.chain_case_in_trial()
    assert case.id is not None
    before = state(session.conn)
    bare = Decision(TODAY, DecisionKind.TAKEOVER, "Får ta över.", "Chefen", True)
    with pytest.raises(ValidationError) as caught:
        cases.add_decision(session, case.id, bare)
    assert caught.value.errors[0].message.startswith(
        "I boendekedjan är beslutet om övertagande den gemensamma bedömningen"
    )
    unchanged(session, before)


def test_assessment_takeover_and_the_end_of_the_social_contract(
    session: Session, make: Factory
) -> None:
    case, social = make.chain_case_in_trial(dt.date(2025, 4, 1))
    assert case.id is not None
    assert social.id is not None
    trial_periods.record_joint_assessment(session, case.id, assessment())
    decision = cases.get_case(session, case.id).latest_decision(DecisionKind.TAKEOVER)
    assert decision is not None
    assert decision.granted is True
    assert decision.decided_by == "Uppsalahem, Socialförvaltningen och hyresgästen"

    # Without the first-hand lease the step is refused, and nothing changes.
    before = state(session.conn)
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "take_over")
    assert caught.value.missing == (
        "Klientens nya förstahandskontrakt saknas: koppla ett gällande förstahandskontrakt med "
        "klienten som hyresgäst till ärendet.",
    )
    unchanged(session, before)

    # A first-hand lease that starts before the social contract is refused as well.
    early = first_hand(session, case, dt.date(2025, 4, 1))
    before = state(session.conn)
    with pytest.raises(
        RuleViolation, match=f"före det bostadssociala kontraktet {social.contract_number}"
    ):
        cases.take_step(session, case.id, "take_over")
    unchanged(session, before)
    housing.update_lease(session, replace(early, start_date=dt.date(2026, 6, 1)))

    moved = cases.take_step(session, case.id, "take_over")
    assert moved.state == "taken_over"
    ended = housing.get_lease(session, social.id)
    assert ended.status is LeaseStatus.ENDED
    assert housing.get_lease(session, early.id or 0).status is LeaseStatus.ACTIVE
    trial = trial_periods.get_trial_period(session, case.id)
    assert trial is not None
    assert trial.taken_over
    assert (trial.social_contract_ended_on, trial.first_hand_lease_id) == (
        dt.date(2026, 5, 31),
        early.id,
    )
    entries = audit_entries(session.conn)
    assert [e.action for e in entries[-2:]] == ["case.step", "lease.end"]
    assert entries[-1].object_id == str(social.id)
    assert entries[-1].details == (
        f"takeover case {case.id}; ends 2026-05-31; first-hand lease {early.id}"
    )
    versions = session.conn.execute(
        "SELECT action FROM record_versions WHERE object_type = 'lease' AND object_id = ? "
        "ORDER BY version",
        (social.id,),
    ).fetchall()
    assert versions[-1] == ("lease.end",)
    event = cases.get_case(session, case.id).events[-1]
    assert event.text == (
        f"Det bostadssociala kontraktet {social.contract_number} upphör 2026-05-31; "
        f"förstahandskontraktet {early.contract_number} gäller från 2026-06-01."
    )
    # Finished: nothing left in Att göra, and the trial can no longer change.
    assert trial_deadlines(todo.deadlines(session), case) == []
    assert todo.case_deadlines(session, case.id) == []
    before = state(session.conn)
    with pytest.raises(RuleViolation, match="Prövotiden är över"):
        trial_periods.record_joint_assessment(session, case.id, assessment())
    unchanged(session, before)


def test_a_cancelled_chain_case_has_no_trial_to_watch(session: Session, make: Factory) -> None:
    case, _ = make.chain_case_in_trial(TODAY - 300 * DAY)
    assert case.id is not None
    assert trial_deadlines(todo.deadlines(session), case)
    cases.take_step(session, case.id, CANCEL_ACTION, reason="Klienten flyttade från länet.")
    assert trial_deadlines(todo.deadlines(session), case) == []
    assert todo.case_deadlines(session, case.id) == []


def test_only_those_who_change_cases_change_the_trial(
    session: Session, make: Factory, login: Callable[[Vault, str, Role], Session]
) -> None:
    case, _ = make.chain_case_in_trial()
    assert case.id is not None
    auditor = login(session.vault, "granskare", Role.AUDITOR)
    before = state(session.conn)
    with pytest.raises(NotAllowed):
        trial_periods.change_trial_length(auditor, case.id, 18, "Skäl")
    with pytest.raises(NotAllowed):
        trial_periods.record_joint_assessment(auditor, case.id, assessment())
    unchanged(session, before)
