"""Use cases for the old flat: what stays open in a case, the outcome recorded and the yearly
figures. The deadlines a finished case keeps while its old flat settles are read with Att göra's
(`vault.todo_repository`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from skyddsapp.domain import old_flat as rule
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseEvent, EventKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.old_flat_outcome import (
    OldFlatOutcome,
    OldFlatYear,
    default_vacant_from,
    outcome_event_text,
    year_summary,
)
from skyddsapp.services import housing
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.services.old_flat_embargo import ComputedEmbargo, computed_embargo
from skyddsapp.vault import (
    cases_repository,
    leases_repository,
    old_flat_repository,
)
from skyddsapp.vault.audit import utc_now

RECORD_ACTION = "old_flat.outcome"
UPDATE_ACTION = "old_flat.outcome_update"


@dataclass(frozen=True, slots=True)
class OldFlat:
    """Den gamla lägenheten i ett ärende, as the case view shows it."""

    apartment: Apartment
    """The flat; its street withheld where one of its cases hides it."""
    lease: Lease
    """The client's old lease of the flat (the latest, should there be more)."""
    embargo: ComputedEmbargo | None
    """The computed showing embargo; None before notice is given."""
    outcome: OldFlatOutcome | None
    vacancy_days: int | None
    """Vakansdagar, once an outcome is recorded (`OldFlatOutcome.vacancy_days`)."""
    lost_rent_sek: int | None
    """Hyresförlust = månadshyra × 12 / 365 × vakansdagar (`old_flat_outcome.lost_rent_sek`)."""

    @property
    def lease_end(self) -> dt.date | None:
        return self.lease.end_date

    @property
    def default_vacant_from(self) -> dt.date | None:
        return default_vacant_from(self.lease.end_date)


@dataclass(frozen=True, slots=True)
class CaseOldFlats:
    """The old flats of one case and what stays open about them before the case may close."""

    flats: list[OldFlat] = field(default_factory=list)
    open_items: list[str] = field(default_factory=list)


def _old_leases(session: Session, case: Case) -> list[Lease]:
    leases = leases_repository.get_many(session.conn, case.lease_ids).values()
    return rule.old_leases(case, leases)


def case_old_flats(session: Session, case_id: int) -> CaseOldFlats:
    """The case's old flats (none outside customer care, or while the client keeps hers)."""
    case = get_case(session, case_id)
    old = _old_leases(session, case)
    if not old:
        return CaseOldFlats()
    today = session.today()
    outcomes = old_flat_repository.of_case(session.conn, case_id)
    by_flat = {lease.apartment_id: lease for lease in old}  # the latest lease of each flat
    recorded = {o.apartment_id: o for o in outcomes}
    flats = []
    for apartment_id, lease in by_flat.items():
        apartment = housing.get_apartment(session, apartment_id)
        outcome = recorded.get(apartment_id)
        days = outcome.vacancy_days(today) if outcome else None
        flats.append(
            OldFlat(
                apartment,
                lease,
                computed_embargo(session, apartment_id),
                outcome,
                days,
                outcome.lost_rent_sek(apartment.monthly_rent_sek, today) if outcome else None,
            )
        )
    return CaseOldFlats(flats, rule.open_items(case, old, outcomes, today))


def get_outcome(session: Session, case_id: int, apartment_id: int) -> OldFlatOutcome | None:
    get_case(session, case_id)
    return old_flat_repository.get(session.conn, case_id, apartment_id)


def record_outcome(session: Session, outcome: OldFlatOutcome) -> OldFlatOutcome:
    """Record, or change, what became of a case's old flat: one transaction, logged, with a
    line in the case's timeline (`old_flat_outcome.outcome_event_text`: no personal data).

    Refused unless the flat is the client's old flat in the case; the outcome is checked by
    the domain against the old lease's last day. Who first recorded it, and when, stay.
    """
    session.require_write()
    case = get_case(session, outcome.case_id)
    old = [x for x in _old_leases(session, case) if x.apartment_id == outcome.apartment_id]
    if not old:
        raise ValidationError.single(
            "apartment_id",
            "Lägenheten är inte klientens gamla lägenhet i ärendet: bara en lägenhet som "
            "klienten lämnar i ett kundvårdsärende har ett utfall att registrera.",
        )
    ends = [lease.end_date for lease in old if lease.end_date is not None]
    conn = session.conn
    stored = old_flat_repository.get(conn, outcome.case_id, outcome.apartment_id)
    outcome = replace(
        outcome,
        id=stored.id if stored else None,
        recorded_by=stored.recorded_by if stored else session.user_name,
        recorded_at=stored.recorded_at if stored else "",
    ).validated(lease_end=max(ends, default=None))
    now = utc_now()
    with session.vault.transaction() as audit:
        if stored is None:
            action = RECORD_ACTION
            outcome = replace(outcome, id=old_flat_repository.insert(conn, outcome, now))
            outcome = replace(outcome, recorded_at=now)
        else:
            action = UPDATE_ACTION
            old_flat_repository.update(conn, outcome, now)
        text = outcome_event_text(outcome, old[-1].contract_number, changed=stored is not None)
        event = CaseEvent(session.today(), EventKind.OLD_FLAT, text, session.user_name)
        cases_repository.add_event(conn, outcome.case_id, event)
        cases_repository.touch(conn, outcome.case_id, now)
        audit.append(
            session.user_name,
            action,
            "case",
            outcome.case_id,
            details=f"apartment {outcome.apartment_id}; {outcome.outcome.value}",
        )
    return outcome


def yearly_figures(session: Session, year: int) -> OldFlatYear:
    """Årsuppföljning: the outcomes whose vacancy began in ``year``, counted per kind, with
    their vacancy days and lost rent in total (figures only, over every case in the vault)."""
    session.require_read()
    rows = old_flat_repository.vacant_in_year(session.conn, year)
    return year_summary(year, rows, session.today())
