"""What the housing chain's workflow steps do besides moving the case.

Signing the social contract starts its trial period (`domain.trial_period`); the client taking
over the first-hand lease ends the social contract, the day before the first-hand lease starts.
`cases.take_step` asks `prepare` before it writes anything and runs the effect it returns in the
step's own transaction, so a step and what it does are stored together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from skyddsapp.domain import social_contract_takeover as takeover
from skyddsapp.domain import trial_period as rule
from skyddsapp.domain.case import Case, CaseEvent, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.services import history
from skyddsapp.services.context import Session
from skyddsapp.vault import cases_repository, leases_repository, trial_periods_repository
from skyddsapp.vault.audit import AuditLog, utc_now

StepEffect = Callable[[AuditLog], None]


def prepare(
    session: Session, case: Case, action: str, leases: Sequence[Lease]
) -> StepEffect | None:
    """Check and plan what ``action`` does besides the step; nothing is written here.

    Raises a DomainError to refuse the step. The effect returned runs inside the step's
    transaction, after the case has moved.
    """
    if case.kind is not CaseKind.HOUSING_CHAIN:
        return None
    if action == rule.SIGN_ACTION:
        return _start_trial(session, case, leases)
    if action == rule.TAKE_OVER_ACTION:
        return _end_social_contract(session, case, leases)
    return None


def _start_trial(session: Session, case: Case, leases: Sequence[Lease]) -> StepEffect:
    trial = rule.start_trial(case, leases)

    def effect(audit: AuditLog) -> None:
        conn = session.conn
        trial_periods_repository.save(conn, trial, utc_now())
        event = CaseEvent(
            session.today(), EventKind.TRIAL_PERIOD, rule.started_text(trial), session.user_name
        )
        cases_repository.add_event(conn, trial.case_id, event)
        audit.append(
            session.user_name,
            "case.trial_start",
            "case",
            trial.case_id,
            details=f"lease {trial.lease_id}; {trial.months} months; ends {trial.end.isoformat()}",
        )

    return effect


def _end_social_contract(
    session: Session, case: Case, leases: Sequence[Lease]
) -> StepEffect | None:
    assert case.id is not None
    case_id = case.id
    trial = trial_periods_repository.get(session.conn, case_id)
    by_id = {lease.id: lease for lease in leases if lease.id in case.lease_ids}
    social = by_id.get(trial.lease_id) if trial else None
    social = social or rule.social_contract_of(case, leases)
    if social is None:
        return None  # e.g. a case from before trial periods, without a running social contract
    first_hand = takeover.first_hand_for_takeover(case, leases, social)
    if first_hand is None or first_hand.id is None:
        raise RuleViolation(
            "Klientens förstahandskontrakt saknas: koppla det gällande förstahandskontraktet "
            "till ärendet innan övertagandet registreras."
        )
    end = takeover.social_contract_end(social, first_hand)
    ended = replace(social, status=LeaseStatus.ENDED).validated()
    first_hand_id, social_id = first_hand.id, social.id
    assert social_id is not None

    def effect(audit: AuditLog) -> None:
        conn = session.conn
        now = utc_now()
        if social.status is not LeaseStatus.ENDED:
            leases_repository.update(conn, ended, now)
            history.note(session, ended, "lease.end", before=social)
        if trial is not None:
            done = replace(trial, first_hand_lease_id=first_hand_id, social_contract_ended_on=end)
            trial_periods_repository.save(conn, done, now)
        text = takeover.ended_text(social, first_hand, end)
        event = CaseEvent(session.today(), EventKind.TRIAL_PERIOD, text, session.user_name)
        cases_repository.add_event(conn, case_id, event)
        audit.append(
            session.user_name,
            "lease.end",
            "lease",
            social_id,
            details=f"takeover case {case_id}; ends {end.isoformat()}; "
            f"first-hand lease {first_hand_id}",
        )

    return effect
