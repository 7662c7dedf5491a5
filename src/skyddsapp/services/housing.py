"""Use cases for apartments and leases: register, edit, give notice, the Kvinnojour quota and
agreement."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.agreement import AgreementKind
from skyddsapp.domain.apartment import Apartment, masked_apartment, with_masked_street
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.fields import clean_reason, reveal_reason
from skyddsapp.domain.lease import Lease, LeaseKind, give_notice
from skyddsapp.domain.rules import (
    NO_AGREEMENT_EXCEPTION,
    QUOTA_EXCEPTION,
    check_kvinnojour_lease,
    kvinnojour_terms,
)
from skyddsapp.services import history, old_flat_embargo, trial_period_start
from skyddsapp.services.context import Session, reindex_cases
from skyddsapp.services.errors import NotFound
from skyddsapp.services.hidden_streets import street_hidden
from skyddsapp.vault import (
    agreements_repository,
    apartments_repository,
    leases_repository,
    persons_repository,
)
from skyddsapp.vault.audit import utc_now


def create_apartment(session: Session, apartment: Apartment) -> Apartment:
    """Register a flat; what is stored, and returned, is the validated, normalised copy."""
    session.require_write()
    apartment = apartment.validated()
    if apartments_repository.id_by_object_number(session.conn, apartment.object_number):
        raise ValidationError.single(
            "object_number", f"Objektnumret {apartment.object_number} finns redan."
        )
    with session.vault.transaction() as audit:
        now = utc_now()
        apartment.id = apartments_repository.insert(session.conn, apartment, now)
        # A new flat has no lease, so nothing computed: any embargo on it is set by hand.
        old_flat_embargo.keep_by_hand(session.conn, apartment.id, apartment.embargo_until, now)
        audit.append(session.user_name, "apartment.create", "apartment", apartment.id)
        history.note(session, apartment, "apartment.create")
    return apartment


def update_apartment(
    session: Session, apartment: Apartment, *, action: str = "apartment.update", details: str = ""
) -> Apartment:
    """Save an edited flat (`action`, `details`: as in `persons.update_person`)."""
    session.require_write()
    apartment_id = apartment.id
    stored = apartments_repository.get(session.conn, apartment_id) if apartment_id else None
    if apartment_id is None or stored is None:
        raise NotFound("Lägenheten", apartment_id)
    session.require_apartment(apartment_id)
    apartment = with_masked_street(apartment, stored).validated()
    other = apartments_repository.id_by_object_number(session.conn, apartment.object_number)
    if other is not None and other != apartment_id:
        raise ValidationError.single(
            "object_number", f"Objektnumret {apartment.object_number} finns redan."
        )
    # Never before the computed embargo; what of it is set by hand is kept apart.
    by_hand = old_flat_embargo.checked_by_hand(session.conn, apartment, stored)
    with session.vault.transaction() as audit:
        now = utc_now()
        apartments_repository.update(session.conn, apartment, now)
        old_flat_embargo.keep_by_hand(session.conn, apartment_id, by_hand, now)
        audit.append(session.user_name, action, "apartment", apartment_id, details=details)
        history.note(session, apartment, action, before=stored)
        rows = session.conn.execute(
            "SELECT case_id FROM case_apartments WHERE apartment_id = ?", (apartment_id,)
        )
        reindex_cases(session.conn, [r[0] for r in rows])
    return masked_apartment(apartment) if street_hidden(session.conn, apartment_id) else apartment


def get_apartment(session: Session, apartment_id: int) -> Apartment:
    """The flat for display: its street withheld (`Apartment.street_masked`) where one of its
    cases hides it; `reveal_apartment_address` shows it, logged."""
    found = _stored_apartment(session, apartment_id)
    return masked_apartment(found) if street_hidden(session.conn, apartment_id) else found


def _stored_apartment(session: Session, apartment_id: int) -> Apartment:
    session.require_read()
    found = apartments_repository.get(session.conn, apartment_id)
    if found is None:
        raise NotFound("Lägenheten", apartment_id)
    session.require_apartment(apartment_id)
    return found


def reveal_apartment_address(session: Session, apartment_id: int, reason: str) -> str:
    """Show a flat's street where the case hides it (rules.hides_flat_address); logged."""
    session.require_read()
    reason = reveal_reason(reason)
    apartment = _stored_apartment(session, apartment_id)
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "apartment.reveal",
            "apartment",
            apartment_id,
            reason=reason,
            details="address",
        )
    return "\n".join(apartment.address.lines())


def create_lease(session: Session, lease: Lease, *, override_reason: str | None = None) -> Lease:
    """Register a lease; a third Kvinnojour flat in a calendar year needs a written reason."""
    session.require_write()
    lease, quota_reason, exceptions = _check_lease(session, lease, None, override_reason)
    with session.vault.transaction() as audit:
        lease.id = leases_repository.insert(session.conn, lease, utc_now())
        audit.append(
            session.user_name,
            "lease.create",
            "lease",
            lease.id,
            reason=quota_reason,
            details=_exception_details(exceptions),
        )
        history.note(session, lease, "lease.create")
    return lease


def _check_lease(
    session: Session, lease: Lease, stored: Lease | None, override_reason: str | None
) -> tuple[Lease, str, tuple[str, ...]]:
    """Refuse a lease the vault cannot hold; return it normalised, as it is to be stored, the
    override reason, if one is used, and the exceptions it is used for.

    A Kvinnojour let follows the Kvinnojour agreement in force on its start date: its quota
    (the board's two flats a year where no agreement sets one), and, where Kvinnojour
    agreements are recorded but none holds that day, a written reason (`rules.
    check_kvinnojour_lease`). `stored` is the lease as saved before an edit: it neither counts
    against its own contract number nor against the quota of its own year; an edit that keeps
    its kind and start date is not checked against the agreements again.
    """
    lease = lease.validated()
    reason = clean_reason(override_reason, field="override_reason", label="Skälet till undantaget")
    conn = session.conn
    if apartments_repository.get(conn, lease.apartment_id) is None:
        raise NotFound("Lägenheten", lease.apartment_id)
    missing = set(lease.tenant_ids) - set(persons_repository.get_many(conn, lease.tenant_ids))
    if missing:
        raise ValidationError.single("tenant_ids", "En hyresgäst på avtalet finns inte i valvet.")
    # A lease is no way into a flat or a person that belongs only to others' cases.
    if stored is None or stored.apartment_id != lease.apartment_id:
        session.require_apartment(lease.apartment_id)
    for person_id in set(lease.tenant_ids) - set(stored.tenant_ids if stored else ()):
        session.require_person(person_id)
    other = leases_repository.id_by_contract_number(conn, lease.contract_number)
    if other is not None and (stored is None or other != stored.id):
        raise ValidationError.single(
            "contract_number", f"Kontraktsnumret {lease.contract_number} finns redan."
        )
    if lease.kind is not LeaseKind.SECOND_HAND_KVINNOJOUR:
        return lease, "", ()
    year = lease.start_date.year
    counted = stored is not None and stored.kind is lease.kind and stored.start_date.year == year
    if counted and stored is not None and stored.start_date == lease.start_date:
        return lease, "", ()  # already let under these terms and counted in this year's quota
    already = leases_repository.count_started_in_year(conn, lease.kind, year)
    agreements = agreements_repository.of_kind(conn, AgreementKind.KVINNOJOUR)
    terms = kvinnojour_terms(agreements, lease.start_date)
    exceptions = check_kvinnojour_lease(
        terms, lease.start_date, already, reason or None, counted=counted
    )
    return lease, (reason if exceptions else ""), exceptions


_EXCEPTION_DETAILS = {
    QUOTA_EXCEPTION: "kvinnojour quota override",
    NO_AGREEMENT_EXCEPTION: "kvinnojour no agreement override",
}


def _exception_details(exceptions: tuple[str, ...]) -> str:
    """What the audit entry says about the exceptions a written reason let through."""
    return "; ".join(_EXCEPTION_DETAILS[e] for e in exceptions)


def get_lease(session: Session, lease_id: int) -> Lease:
    session.require_read()
    found = leases_repository.get(session.conn, lease_id)
    if found is None:
        raise NotFound("Hyresavtalet", lease_id)
    session.require_lease(lease_id)
    return found


def register_notice(session: Session, lease_id: int, notice_date: dt.date) -> Lease:
    """Record the date notice was received or posted; the end date follows 12 kap. 4 § JB.

    On a client's old lease in customer care the flat's showing embargo follows in the same
    transaction (`old_flat_embargo.apply`): it is not advertised or shown during the notice.
    """
    session.require_write()
    stored = get_lease(session, lease_id)
    lease = give_notice(stored, notice_date)
    with session.vault.transaction() as audit:
        leases_repository.update(session.conn, lease, utc_now())
        old_flat_embargo.apply(session, audit, [lease.apartment_id])
        audit.append(
            session.user_name, "lease.notice", "lease", lease_id, details=notice_date.isoformat()
        )
        history.note(session, lease, "lease.notice", before=stored)
    return lease


def update_lease(
    session: Session,
    lease: Lease,
    *,
    override_reason: str | None = None,
    action: str = "lease.update",
    details: str = "",
) -> Lease:
    """Save an edited lease, under the same checks as a new one (the quota included);
    `action`, `details` as in `persons.update_person`. A corrected notice moves the old flat's
    embargo (`old_flat_embargo.apply`), a social contract's corrected start date its trial
    period (`trial_period_start`), in the same transaction."""
    session.require_write()
    lease_id = lease.id
    if lease_id is None:
        raise NotFound("Hyresavtalet", None)
    stored = get_lease(session, lease_id)
    lease, quota_reason, exceptions = _check_lease(session, lease, stored, override_reason)
    # A social contract's trial period follows its start date (refused if it cannot).
    move_trials = trial_period_start.prepare(session, stored, lease)
    with session.vault.transaction() as audit:
        leases_repository.update(session.conn, lease, utc_now())
        if move_trials is not None:
            move_trials(audit)
        # The embargo follows a corrected notice (on the flat the lease was on, too).
        old_flat_embargo.apply(session, audit, [stored.apartment_id, lease.apartment_id])
        quota = _exception_details(exceptions)
        audit.append(
            session.user_name,
            action,
            "lease",
            lease_id,
            reason=quota_reason,
            details="; ".join(d for d in (details, quota) if d),
        )
        history.note(session, lease, action, before=stored)
    return lease
