"""Bostad först through the use cases: a case through its workflow with its waiting time, the
case list's figure, the longest waits, exchanges and the outside-Uppsala note; refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from service_support import TODAY, Factory, last_audit, snapshot

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.housing_first import waiting_dates
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.users import Role
from skyddsapp.services import cases, housing_first
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess
from skyddsapp.services.housing_first import Exchange, ExchangeDirection, ExchangeStatus
from skyddsapp.services.search import CaseFilter, search_cases
from skyddsapp.vault import housing_first_repository
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)
BF = CaseKind.HOUSING_FIRST
Login = Callable[[Vault, str, Role], Session]


def counts(conn: Connection) -> dict[str, int]:
    tables = ("housing_first_exchanges", "housing_first_outside_uppsala")
    mine = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    return {**snapshot(conn), **mine}


def _id(thing: object) -> int:
    value = getattr(thing, "id", None)
    assert isinstance(value, int)
    return value


def granted_case(make: Factory, granted_on: dt.date, *, wait: bool = True) -> int:
    """A Bostad först case granted on ``granted_on``, waiting for a flat since today."""
    client = make.person("Bo", "Förstsson")
    case_id = _id(make.case(BF, client=client))
    decision = Decision(granted_on, DecisionKind.HOUSING_FIRST, "Beviljas.", "Chef", True)
    cases.add_decision(make.session, case_id, decision)
    if wait:
        cases.take_step(make.session, case_id, "start_waiting")
    return case_id


def test_a_case_through_its_workflow_with_its_waiting_time(
    fresh_session: Session, login: Login
) -> None:
    session = fresh_session
    make = Factory(session)
    case_id = granted_case(make, TODAY - 120 * DAY)
    view = housing_first.case_view(session, case_id)
    assert (view.waiting.granted_on, view.waiting.waiting_from, view.days) == (
        TODAY - 120 * DAY,
        TODAY,
        120,
    )
    # The case list shows the same figure, counted by SQL from the same dates.
    row = next(r for r in search_cases(session, flt=CaseFilter(kinds=(BF,))).rows)
    assert row.waiting == view.waiting
    other = search_cases(session, flt=CaseFilter(kinds=(CaseKind.PRIORITY,))).rows
    assert all(r.waiting is None for r in other)

    # Offered, declined, offered again, moved in: the wait stops on the day in.
    flat = make.apartment("Förstagatan 1")
    cases.update_case(session, cases.get_case(session, case_id).with_apartment(_id(flat)))
    cases.take_step(session, case_id, "offer_flat")
    cases.take_step(session, case_id, "offer_declined", reason="Fel område för stödet.")
    assert cases.get_case(session, case_id).state == "waiting"
    cases.take_step(session, case_id, "offer_flat")
    before = counts(session.conn)
    with pytest.raises(TransitionError, match="Klientens hyresavtal saknas"):
        cases.take_step(session, case_id, "move_in")
    assert counts(session.conn) == before
    client = cases.get_case(session, case_id).parties[0].person_id
    lease = make.lease((client,), apartment_id=_id(flat), kind=LeaseKind.FIRST_HAND, start=TODAY)
    cases.update_case(session, cases.get_case(session, case_id).with_lease(_id(lease)))
    moved = cases.take_step(session, case_id, "move_in")
    assert moved.state == "moved_in"
    dates = waiting_dates(moved)
    assert (dates.ended_on, dates.days(TODAY + 400 * DAY)) == (TODAY, 120)
    assert housing_first_repository.waiting_dates_of(session.conn, case_id) == dates
    assert housing_first.waiting_summary(session).count == 0  # moved in: no longer waiting


def test_longest_waits_of_the_open_cases_one_sees(fresh_session: Session, login: Login) -> None:
    admin = fresh_session
    make = Factory(admin)
    waits = {granted_case(make, TODAY - days * DAY): days for days in (30, 300, 95, 150)}
    not_yet = granted_case(make, TODAY - 10 * DAY, wait=False)  # granted: counts already
    waits[not_yet] = 10
    cancelled = granted_case(make, TODAY - 700 * DAY)
    cases.take_step(admin, cancelled, "cancel", reason="Flyttat till annan ort.")
    summary = housing_first.waiting_summary(admin)
    assert (summary.count, summary.median_days, summary.longest_days) == (5, 95.0, 300)
    longest = housing_first.longest_waits(admin, limit=2)
    assert [(w.case_id, w.days) for w in longest] == [
        (case_id, days) for case_id, days in sorted(waits.items(), key=lambda i: -i[1])[:2]
    ]
    nora = login(admin.vault, "nora", Role.SOCIAL_WORKER)
    assert housing_first.waiting_summary(nora).count == 0  # sees none of them
    granted_case(Factory(nora), TODAY - 5 * DAY)
    assert housing_first.longest_waits(nora)[0].days == 5


def exchange(case_id: int, **changes: object) -> Exchange:
    values: dict[str, object] = {
        "id": None,
        "case_id": case_id,
        "municipality": " Gävle ",
        "direction": ExchangeDirection.TO_OTHER,
        "requested_on": TODAY - 3 * DAY,
        "notes": "Våldsutövaren finns på Mikaelsgården.",
    }
    values.update(changes)
    return Exchange(**values)  # type: ignore[arg-type]


def test_an_exchange_is_recorded_and_moves_on(session: Session, make: Factory) -> None:
    case_id = granted_case(make, TODAY - 50 * DAY)
    recorded = housing_first.add_exchange(
        session, exchange(case_id, status=ExchangeStatus.COMPLETED)
    )
    assert (recorded.municipality, recorded.status) == ("Gävle", ExchangeStatus.REQUESTED)
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id) == ("housing_first.exchange_add", str(case_id))
    assert "Gävle" not in entry.details
    assert "Mikaelsgården" not in entry.details
    accepted = housing_first.update_exchange(
        session, replace(recorded, status=ExchangeStatus.ACCEPTED)
    )
    done = housing_first.update_exchange(
        session, replace(accepted, status=ExchangeStatus.COMPLETED)
    )
    assert last_audit(session.conn).details == f"exchange {done.id}; accepted -> completed"
    incoming = housing_first.add_exchange(
        session, exchange(case_id, municipality="Lund", direction=ExchangeDirection.FROM_OTHER)
    )
    assert [e.id for e in housing_first.case_view(session, case_id).exchanges] == [
        recorded.id,
        incoming.id,
    ]
    assert housing_first.case_view(session, case_id).exchanges[0].status is (
        ExchangeStatus.COMPLETED
    )


def test_the_outside_uppsala_note_is_kept_off_the_log(session: Session, make: Factory) -> None:
    case_id = granted_case(make, TODAY)
    reason = "Våldsutövaren söker upp henne på träffpunkterna i Uppsala."
    note = housing_first.set_outside_uppsala(session, case_id, f"  {reason} ")
    assert note.reason == reason
    entry = last_audit(session.conn)
    assert (entry.action, entry.reason, entry.details) == (
        "housing_first.outside_uppsala_set",
        "",
        "",
    )
    assert housing_first.case_view(session, case_id).outside_uppsala == note
    housing_first.set_outside_uppsala(session, case_id, "Nytt skäl.")
    assert housing_first.case_view(session, case_id).outside_uppsala.reason == "Nytt skäl."  # type: ignore[union-attr]
    housing_first.clear_outside_uppsala(session, case_id)
    assert last_audit(session.conn).action == "housing_first.outside_uppsala_clear"
    assert housing_first.case_view(session, case_id).outside_uppsala is None


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (
            lambda s, c, o, e: housing_first.add_exchange(s, exchange(c, municipality="Uppsala")),
            "municipality",
            "Ett byte görs med en annan kommun än Uppsala: ange den andra kommunen.",
        ),
        (
            lambda s, c, o, e: housing_first.add_exchange(s, exchange(c, municipality="")),
            "municipality",
            "Kommunen saknas.",
        ),
        (
            lambda s, c, o, e: housing_first.add_exchange(s, exchange(o)),
            "case_id",
            "Det här registreras bara i ärenden om Bostad först.",
        ),
        (
            lambda s, c, o, e: housing_first.update_exchange(
                s, replace(e, status=ExchangeStatus.COMPLETED)
            ),
            "status",
            "Ett byte med status förfrågan skickad kan inte få status genomförd.",
        ),
        (
            lambda s, c, o, e: housing_first.update_exchange(
                s, replace(e, direction=ExchangeDirection.FROM_OTHER)
            ),
            "direction",
            "Riktningen kan inte ändras; registrera ett nytt byte.",
        ),
        (
            lambda s, c, o, e: housing_first.set_outside_uppsala(s, c, " \n "),
            "reason",
            "Ange skälet till att klienten behöver bo utanför Uppsala.",
        ),
        (
            lambda s, c, o, e: housing_first.set_outside_uppsala(s, o, "Skäl"),
            "case_id",
            "Det här registreras bara i ärenden om Bostad först.",
        ),
        (
            lambda s, c, o, e: housing_first.clear_outside_uppsala(s, c),
            "outside_uppsala",
            "Ärendet har ingen markering om boende utanför Uppsala.",
        ),
    ],
    ids=[
        "uppsala itself",
        "no municipality",
        "not bostad forst",
        "status jumps",
        "direction changes",
        "no reason",
        "note on another kind",
        "nothing to clear",
    ],
)
def test_every_refusal_says_why_and_changes_nothing(
    session: Session, make: Factory, call, field: str, message: str
) -> None:
    case_id = granted_case(make, TODAY - 9 * DAY)
    other = _id(make.case(CaseKind.PRIORITY))
    stored = housing_first.add_exchange(session, exchange(case_id))
    before = counts(session.conn)
    rows = session.conn.execute("SELECT * FROM housing_first_exchanges").fetchall()
    with pytest.raises(ValidationError) as caught:
        call(session, case_id, other, stored)
    assert caught.value.fields == (field,)
    assert str(caught.value) == message
    assert counts(session.conn) == before
    assert session.conn.execute("SELECT * FROM housing_first_exchanges").fetchall() == rows


def test_others_cases_stay_closed(fresh_session: Session, login: Login) -> None:
    admin = fresh_session
    case_id = granted_case(Factory(admin), TODAY - 9 * DAY)
    stored = housing_first.add_exchange(admin, exchange(case_id))
    housing_first.set_outside_uppsala(admin, case_id, "Skäl som bara handläggarna ser.")
    nora = login(admin.vault, "nora", Role.SOCIAL_WORKER)
    before = counts(admin.conn)
    with pytest.raises(NoAccess):
        housing_first.case_view(nora, case_id)
    with pytest.raises(NoAccess):
        housing_first.update_exchange(nora, replace(stored, status=ExchangeStatus.REFUSED))
    with pytest.raises(NoAccess):
        housing_first.clear_outside_uppsala(nora, case_id)
    assert counts(admin.conn) == before
