"""Use cases for Bostad först: the wait for a flat, the longest waits, exchanges with other
municipalities and the note that the client must live outside Uppsala for safety."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.housing_first import (
    Exchange,
    ExchangeDirection,
    ExchangeStatus,
    OutsideUppsala,
    WaitingDates,
    WaitSummary,
    check_exchange_change,
    next_statuses,
    outside_uppsala_note,
    require_housing_first,
    summarise_waits,
    waiting_dates,
)
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import cases_repository, housing_first_repository
from skyddsapp.vault.audit import utc_now

__all__ = [
    "Exchange",
    "ExchangeDirection",
    "ExchangeStatus",
    "HousingFirstView",
    "OutsideUppsala",
    "WaitSummary",
    "WaitingCase",
    "WaitingDates",
    "add_exchange",
    "case_view",
    "clear_outside_uppsala",
    "longest_waits",
    "next_statuses",
    "set_outside_uppsala",
    "update_exchange",
    "waiting_summary",
]


@dataclass(frozen=True)
class HousingFirstView:
    """What the case view's Bostad först tab shows."""

    waiting: WaitingDates
    days: int | None
    exchanges: list[Exchange] = field(default_factory=list)
    outside_uppsala: OutsideUppsala | None = None


@dataclass(frozen=True)
class WaitingCase:
    case_id: int
    reference: str
    days: int


def _case(session: Session, case_id: int) -> Case:
    case = get_case(session, case_id)
    require_housing_first(case.kind)
    return case


def case_view(session: Session, case_id: int) -> HousingFirstView:
    case = _case(session, case_id)
    conn = session.conn
    dates = waiting_dates(case)
    return HousingFirstView(
        dates,
        dates.days(session.today()),
        housing_first_repository.exchanges_of_case(conn, case_id),
        housing_first_repository.get_outside(conn, case_id),
    )


def _open_waits(session: Session) -> list[WaitingCase]:
    terminal = [s.id for s in workflow_for(CaseKind.HOUSING_FIRST).steps if s.terminal]
    today = session.today()
    rows = housing_first_repository.open_waits(session.conn, terminal, scope=session.scope())
    return [
        WaitingCase(cid, ref, days)
        for cid, ref, dates in rows
        if (days := dates.days(today)) is not None
    ]


def waiting_summary(session: Session) -> WaitSummary:
    """How many open Bostad först cases the user sees wait for a flat, the median and the
    longest wait (in days, from the grant decision)."""
    return summarise_waits(w.days for w in _open_waits(session))


def longest_waits(session: Session, limit: int = 5) -> list[WaitingCase]:
    """The open Bostad först cases the user sees that have waited the longest, longest first."""
    waits = sorted(_open_waits(session), key=lambda w: (-w.days, w.reference))
    return waits[:limit]


def add_exchange(session: Session, exchange: Exchange) -> Exchange:
    """Record an exchange of the case with another municipality (it starts as sent)."""
    session.require_write()
    _case(session, exchange.case_id)
    exchange = replace(exchange, id=None, status=ExchangeStatus.REQUESTED)
    exchange = exchange.validated(session.today())
    with session.vault.transaction() as audit:
        now = utc_now()
        exchange = replace(
            exchange, id=housing_first_repository.insert_exchange(session.conn, exchange, now)
        )
        cases_repository.touch(session.conn, exchange.case_id, now)
        audit.append(
            session.user_name,
            "housing_first.exchange_add",
            "case",
            exchange.case_id,
            details=f"exchange {exchange.id}; {exchange.direction.value}",
        )
    return exchange


def update_exchange(session: Session, exchange: Exchange) -> Exchange:
    """Save an exchange's new status, municipality, date or notes; the status only moves on."""
    session.require_write()
    if exchange.id is None:
        raise NotFound("Bytet", None)
    stored = housing_first_repository.get_exchange(session.conn, exchange.id)
    if stored is None:
        raise NotFound("Bytet", exchange.id)
    _case(session, stored.case_id)
    exchange = exchange.validated(session.today())
    check_exchange_change(stored, exchange)
    with session.vault.transaction() as audit:
        now = utc_now()
        housing_first_repository.update_exchange(session.conn, exchange, now)
        cases_repository.touch(session.conn, stored.case_id, now)
        audit.append(
            session.user_name,
            "housing_first.exchange_update",
            "case",
            stored.case_id,
            details=f"exchange {exchange.id}; {stored.status.value} -> {exchange.status.value}",
        )
    return exchange


def set_outside_uppsala(session: Session, case_id: int, reason: str) -> OutsideUppsala:
    """Note (or change the reason) that the client must live outside Uppsala for safety.
    The reason stays in the case: never in the log, never on paper."""
    session.require_write()
    _case(session, case_id)
    note = outside_uppsala_note(reason, session.today(), session.user_name)
    with session.vault.transaction() as audit:
        housing_first_repository.set_outside(session.conn, case_id, note)
        cases_repository.touch(session.conn, case_id, utc_now())
        audit.append(session.user_name, "housing_first.outside_uppsala_set", "case", case_id)
    return note


def clear_outside_uppsala(session: Session, case_id: int) -> None:
    session.require_write()
    _case(session, case_id)
    if housing_first_repository.get_outside(session.conn, case_id) is None:
        raise ValidationError.single(
            "outside_uppsala", "Ärendet har ingen markering om boende utanför Uppsala."
        )
    with session.vault.transaction() as audit:
        housing_first_repository.delete_outside(session.conn, case_id)
        cases_repository.touch(session.conn, case_id, utc_now())
        audit.append(session.user_name, "housing_first.outside_uppsala_clear", "case", case_id)
