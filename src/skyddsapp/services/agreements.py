"""Use cases for standing agreements (avtal): list, register, edit, the one in force on a day.

Agreements between public organisations hold no personal data: everyone who handles cases
reads them, and everyone who may change cases registers and edits them (logged).
"""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.agreement import (
    Agreement,
    AgreementKind,
    agreement_in_force,
    check_covers_placements,
    check_no_overlap,
    in_force,
)
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import agreements_repository
from skyddsapp.vault.audit import utc_now


def list_agreements(session: Session) -> list[Agreement]:
    """Every agreement, the most recently begun first."""
    session.require_read()
    return agreements_repository.all_agreements(session.conn)


def get_agreement(session: Session, agreement_id: int) -> Agreement:
    session.require_read()
    found = agreements_repository.get(session.conn, agreement_id)
    if found is None:
        raise NotFound("Avtalet", agreement_id)
    return found


def create_agreement(session: Session, agreement: Agreement) -> Agreement:
    """Register an agreement; what is stored, and returned, is the validated copy."""
    session.require_write()
    agreement = agreement.validated()
    conn = session.conn
    check_no_overlap(agreement, agreements_repository.of_kind(conn, agreement.kind))
    with session.vault.transaction() as audit:
        agreement_id = agreements_repository.insert(conn, agreement, utc_now())
        audit.append(
            session.user_name,
            "agreement.create",
            "agreement",
            agreement_id,
            details=agreement.kind.value,
        )
    return get_agreement(session, agreement_id)


def update_agreement(session: Session, agreement: Agreement) -> Agreement:
    """Save an edited agreement; placements made under it must stay inside it."""
    session.require_write()
    agreement_id = agreement.id
    if agreement_id is None:
        raise NotFound("Avtalet", None)
    stored = get_agreement(session, agreement_id)
    agreement = agreement.validated()
    conn = session.conn
    check_no_overlap(agreement, agreements_repository.of_kind(conn, agreement.kind))
    check_covers_placements(agreement, agreements_repository.placement_starts(conn, agreement_id))
    with session.vault.transaction() as audit:
        agreements_repository.update(conn, agreement, utc_now())
        details = agreement.kind.value
        if stored.kind is not agreement.kind:
            details = f"{stored.kind.value} -> {agreement.kind.value}"
        audit.append(
            session.user_name, "agreement.update", "agreement", agreement_id, details=details
        )
    return get_agreement(session, agreement_id)


def agreements_in_force(session: Session, kind: AgreementKind, day: dt.date) -> list[Agreement]:
    """The agreements of ``kind`` that hold on ``day``, the most recently begun first."""
    session.require_read()
    return in_force(agreements_repository.of_kind(session.conn, kind), kind, day)


def agreement_on(session: Session, kind: AgreementKind, day: dt.date) -> Agreement | None:
    """The agreement of ``kind`` in force on ``day`` (`domain.agreement.agreement_in_force`)."""
    session.require_read()
    return agreement_in_force(agreements_repository.of_kind(session.conn, kind), kind, day)


def agreement_of_lease(session: Session, lease: Lease) -> Agreement | None:
    """The Kvinnojour agreement a second-hand let to Uppsala Kvinnojour falls under: the one in
    force on its start date (None for other leases, or when none holds)."""
    if lease.kind is not LeaseKind.SECOND_HAND_KVINNOJOUR:
        return None
    return agreement_on(session, AgreementKind.KVINNOJOUR, lease.start_date)
