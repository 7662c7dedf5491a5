"""The trial period follows its social contract's start date: correcting the start date of a
signed social contract (`housing.update_lease`, a restored version included) moves the trial's
start and end in the lease's own transaction, keeping its length in months and any extension
(`domain.trial_period.moved_with_contract`)."""

from __future__ import annotations

from collections.abc import Callable

from skyddsapp.domain import trial_period as rule
from skyddsapp.domain.case import CaseEvent, EventKind
from skyddsapp.domain.lease import Lease
from skyddsapp.services.context import Session
from skyddsapp.vault import cases_repository, trial_periods_repository
from skyddsapp.vault.audit import AuditLog, utc_now

ACTION = "case.trial_start_moved"


def prepare(session: Session, stored: Lease, lease: Lease) -> Callable[[AuditLog], None] | None:
    """Check what the edit of ``stored`` into ``lease`` does to the trial periods it runs;
    nothing is written here. Raises ValidationError (on ``start_date``) to refuse the edit;
    the effect returned runs inside the lease's transaction."""
    if stored.id is None or lease.start_date == stored.start_date:
        return None
    lease_id = stored.id
    trials = trial_periods_repository.of_lease(session.conn, lease_id)
    moves = [(trial, rule.moved_with_contract(trial, lease.start_date)) for trial in trials]
    if not moves:
        return None

    def effect(audit: AuditLog) -> None:
        conn = session.conn
        now = utc_now()
        for before, after in moves:
            trial_periods_repository.save(conn, after, now)
            text = rule.start_moved_text(before, after)
            event = CaseEvent(session.today(), EventKind.TRIAL_PERIOD, text, session.user_name)
            cases_repository.add_event(conn, after.case_id, event)
            cases_repository.touch(conn, after.case_id, now)
            audit.append(
                session.user_name,
                ACTION,
                "case",
                after.case_id,
                details=f"lease {lease_id}; starts {after.start.isoformat()}; "
                f"ends {after.end.isoformat()}; {after.months} months",
            )

    return effect
