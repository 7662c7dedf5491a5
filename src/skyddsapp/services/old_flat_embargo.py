"""The old flat's showing embargo, computed from the notice of the client's old lease and kept
on the flat inside the transaction that registers or corrects the notice.

The flat's ``embargo_until`` is the date in force. A date the handler sets by hand (later than
the computed one, or on a flat with none computed) is also kept apart (its own table,
`old_flat_repository.embargo_by_hand`), so that the embargo can follow a corrected notice:
`domain.old_flat.embargo_in_force` — the computed date, earlier or later, unless the date set
by hand is later still. A notice withdrawn (the lease back to Gällande) leaves the embargo as it
is: the flat stays unshown until the handler clears it or a new notice gives a new date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from skyddsapp.domain import old_flat as rule
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.lease import Lease
from skyddsapp.services import history
from skyddsapp.services.context import Session
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    leases_repository,
    old_flat_repository,
)
from skyddsapp.vault.audit import AuditLog, utc_now
from skyddsapp.vault.database import Connection

ACTION = "apartment.embargo"


@dataclass(frozen=True, slots=True)
class ComputedEmbargo:
    """Beräknat visningsstopp: the first day the old flat may be advertised or shown, and the
    old lease whose notice gives it."""

    first_day: dt.date
    contract_number: str
    notice_date: dt.date
    lease_end: dt.date


def _required(conn: Connection, apartment_id: int) -> tuple[dt.date, Lease] | None:
    old: list[Lease] = []
    for case_id in old_flat_repository.cases_with_lease_on(conn, apartment_id):
        case = cases_repository.get(conn, case_id)
        if case is None or case.kind not in rule.OLD_FLAT_KINDS:
            continue
        leases = leases_repository.get_many(conn, case.lease_ids).values()
        old += [x for x in rule.old_leases(case, leases) if x.apartment_id == apartment_id]
    return rule.required_embargo(old)


def computed_embargo(session: Session, apartment_id: int) -> ComputedEmbargo | None:
    """The embargo the flat must keep at least, with where it comes from; None when the flat
    is no client's old flat under notice."""
    session.require_read()
    session.require_apartment(apartment_id)
    found = _required(session.conn, apartment_id)
    if found is None:
        return None
    day, lease = found
    assert lease.notice_date is not None
    assert lease.end_date is not None
    return ComputedEmbargo(day, lease.contract_number, lease.notice_date, lease.end_date)


def checked_by_hand(conn: Connection, apartment: Apartment, stored: Apartment) -> dt.date | None:
    """Refuse an edited flat whose embargo would end before the computed one (ValidationError);
    otherwise the date set by hand that the flat keeps (`keep_by_hand`, in the transaction).

    An embargo left as it was keeps what was set by hand (a date overtaken by a later computed
    one included); a changed one is by hand as far as it is later than the computed date.
    """
    assert apartment.id is not None
    found = _required(conn, apartment.id)
    if found is not None:
        rule.check_embargo(apartment.embargo_until, found)
    if apartment.embargo_until == stored.embargo_until:
        return old_flat_repository.embargo_by_hand(conn, apartment.id)
    return rule.embargo_set_by_hand(apartment.embargo_until, found[0] if found else None)


def keep_by_hand(conn: Connection, apartment_id: int, until: dt.date | None, now: str) -> None:
    """Inside the caller's transaction: store the date set by hand on the flat (None: none)."""
    old_flat_repository.keep_embargo_by_hand(conn, apartment_id, until, now)


def apply(session: Session, audit: AuditLog, apartment_ids: list[int]) -> None:
    """Inside the caller's transaction: set each flat's embargo to the one in force after its
    notice (`rule.embargo_in_force`: the computed date, earlier or later than before, or a later
    date set by hand), logged and kept in the flat's history."""
    conn = session.conn
    for apartment_id in dict.fromkeys(apartment_ids):
        found = _required(conn, apartment_id)
        stored = apartments_repository.get(conn, apartment_id)
        if found is None or stored is None:
            continue
        day, lease = found
        until = rule.embargo_in_force(day, old_flat_repository.embargo_by_hand(conn, apartment_id))
        if stored.embargo_until == until:
            continue
        changed = replace(stored, embargo_until=until)
        apartments_repository.update(conn, changed, utc_now())
        details = f"{day.isoformat()} computed from the notice of lease {lease.id}"
        if until != day:
            details = f"{until.isoformat()} set by hand; {details}"
        audit.append(session.user_name, ACTION, "apartment", apartment_id, details=details)
        history.note(session, changed, ACTION, before=stored)


def apply_for_case(session: Session, audit: AuditLog, case: Case) -> None:
    """`apply` to the old flats of ``case`` as it is now stored (its links or parties may just
    have made a noticed lease an old one)."""
    if case.kind not in rule.OLD_FLAT_KINDS:
        return
    leases = leases_repository.get_many(session.conn, case.lease_ids).values()
    apply(session, audit, [lease.apartment_id for lease in rule.old_leases(case, leases)])
