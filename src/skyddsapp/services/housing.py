"""Use cases for apartments and leases: register, edit, give notice, the Kvinnojour quota."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import Lease, LeaseKind, give_notice
from skyddsapp.domain.rules import check_kvinnojour_quota
from skyddsapp.services.context import Session, reindex_cases
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import apartments_repository, leases_repository, persons_repository
from skyddsapp.vault.audit import utc_now


def create_apartment(session: Session, apartment: Apartment) -> Apartment:
    session.require_write()
    apartment.validate()
    if apartments_repository.id_by_object_number(session.conn, apartment.object_number):
        raise ValidationError.single(
            "object_number", f"Objektnumret {apartment.object_number} finns redan."
        )
    with session.vault.transaction() as audit:
        apartment.id = apartments_repository.insert(session.conn, apartment, utc_now())
        audit.append(session.user_name, "apartment.create", "apartment", apartment.id)
    return apartment


def update_apartment(session: Session, apartment: Apartment) -> Apartment:
    session.require_write()
    if apartment.id is None or apartments_repository.get(session.conn, apartment.id) is None:
        raise NotFound("Lägenheten", apartment.id)
    apartment.validate()
    other = apartments_repository.id_by_object_number(session.conn, apartment.object_number)
    if other is not None and other != apartment.id:
        raise ValidationError.single(
            "object_number", f"Objektnumret {apartment.object_number} finns redan."
        )
    with session.vault.transaction() as audit:
        apartments_repository.update(session.conn, apartment, utc_now())
        audit.append(session.user_name, "apartment.update", "apartment", apartment.id)
        rows = session.conn.execute(
            "SELECT case_id FROM case_apartments WHERE apartment_id = ?", (apartment.id,)
        )
        reindex_cases(session.conn, [r[0] for r in rows])
    return apartment


def get_apartment(session: Session, apartment_id: int) -> Apartment:
    session.require_read()
    found = apartments_repository.get(session.conn, apartment_id)
    if found is None:
        raise NotFound("Lägenheten", apartment_id)
    return found


def create_lease(session: Session, lease: Lease, *, override_reason: str | None = None) -> Lease:
    """Register a lease; a third Kvinnojour flat in a calendar year needs a written reason."""
    session.require_write()
    lease.validate()
    conn = session.conn
    if apartments_repository.get(conn, lease.apartment_id) is None:
        raise NotFound("Lägenheten", lease.apartment_id)
    missing = set(lease.tenant_ids) - set(persons_repository.get_many(conn, lease.tenant_ids))
    if missing:
        raise ValidationError.single("tenant_ids", "En hyresgäst på avtalet finns inte i valvet.")
    if leases_repository.id_by_contract_number(conn, lease.contract_number) is not None:
        raise ValidationError.single(
            "contract_number", f"Kontraktsnumret {lease.contract_number} finns redan."
        )
    quota_reason = ""
    if lease.kind is LeaseKind.SECOND_HAND_KVINNOJOUR:
        year = lease.start_date.year
        already = leases_repository.count_started_in_year(conn, lease.kind, year)
        check_kvinnojour_quota(already, override_reason)
        if already >= 2 and override_reason:
            quota_reason = override_reason.strip()
    with session.vault.transaction() as audit:
        lease.id = leases_repository.insert(conn, lease, utc_now())
        audit.append(
            session.user_name,
            "lease.create",
            "lease",
            lease.id,
            reason=quota_reason,
            details="kvinnojour quota override" if quota_reason else "",
        )
    return lease


def get_lease(session: Session, lease_id: int) -> Lease:
    session.require_read()
    found = leases_repository.get(session.conn, lease_id)
    if found is None:
        raise NotFound("Hyresavtalet", lease_id)
    return found


def register_notice(session: Session, lease_id: int, notice_date: dt.date) -> Lease:
    """Record the date notice was received or posted; the end date follows 12 kap. 4 § JB."""
    session.require_write()
    lease = give_notice(get_lease(session, lease_id), notice_date)
    with session.vault.transaction() as audit:
        leases_repository.update(session.conn, lease, utc_now())
        audit.append(
            session.user_name, "lease.notice", "lease", lease_id, details=notice_date.isoformat()
        )
    return lease


def update_lease(session: Session, lease: Lease) -> Lease:
    session.require_write()
    if lease.id is None:
        raise NotFound("Hyresavtalet", None)
    get_lease(session, lease.id)
    lease.validate()
    with session.vault.transaction() as audit:
        leases_repository.update(session.conn, replace(lease), utc_now())
        audit.append(session.user_name, "lease.update", "lease", lease.id)
    return lease
