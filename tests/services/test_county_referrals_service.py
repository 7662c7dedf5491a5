"""Länskompotten through the use cases: a case of its own kind walked through its workflow,
referrals refused with nothing stored, and the yearly count apart from customer care."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from placement_support import case_with_client, counts
from service_support import TODAY, Factory, audit_entries, last_audit

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import CountyReferral, Municipality, ReferralResult
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.workflows import CANCEL_ACTION
from skyddsapp.services import cases, county_referrals
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.services.search import search_cases

DAY = dt.timedelta(days=1)


def sent(case_id: int, days_ago: int, to: Municipality) -> CountyReferral:
    return CountyReferral(None, case_id, TODAY - days_ago * DAY, to)


def answered(referral: CountyReferral, result: ReferralResult, days_ago: int) -> CountyReferral:
    return replace(referral, result=result, result_on=TODAY - days_ago * DAY)


def test_a_lanskompotten_case_through_its_workflow(session: Session, make: Factory) -> None:
    case = case_with_client(make, CaseKind.COUNTY_REFERRAL, assessed=False)
    assert case.id is not None
    assert case.reference.formatted().startswith("LK-2026-")
    assert case.state == "opened"
    assert search_cases(session, case.reference.formatted()).rows[0].id == case.id
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "refer")
    assert caught.value.missing == (
        "Ingen förfrågan är registrerad: registrera vilken kommun i länet förfrågan skickades "
        "till och när.",
    )
    first = county_referrals.record_referral(session, sent(case.id, 40, Municipality.TIERP))
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id) == (
        "county_referral.create",
        "case",
        str(case.id),
    )
    assert "Tierp" not in entry.details  # where she may live: never in the log
    assert "tierp" not in entry.details
    assert cases.take_step(session, case.id, "refer").state == "referred"

    county_referrals.record_referral(session, answered(first, ReferralResult.NO_FLAT, 30))
    assert last_audit(session.conn).action == "county_referral.update"
    with pytest.raises(TransitionError):
        cases.take_step(session, case.id, "flat_offered")
    second = county_referrals.record_referral(session, sent(case.id, 20, Municipality.HABO))
    second = county_referrals.record_referral(
        session, answered(second, ReferralResult.FLAT_OFFERED, 10)
    )
    assert cases.take_step(session, case.id, "flat_offered").state == "flat_offered"
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "register_move")
    assert caught.value.missing == (
        "Registrera i förfrågan att klienten har flyttat till lägenheten i kommunen.",
    )
    county_referrals.record_referral(session, answered(second, ReferralResult.MOVED, 2))
    assert cases.take_step(session, case.id, "register_move").state == "moved"
    stored = county_referrals.referrals_of_case(session, case.id)
    assert [(r.municipality, r.result) for r in stored] == [
        (Municipality.TIERP, ReferralResult.NO_FLAT),
        (Municipality.HABO, ReferralResult.MOVED),
    ]


def test_no_flat_ends_the_case(session: Session, make: Factory) -> None:
    case = case_with_client(make, CaseKind.COUNTY_REFERRAL, assessed=False)
    assert case.id is not None
    referral = county_referrals.record_referral(session, sent(case.id, 9, Municipality.HEBY))
    cases.take_step(session, case.id, "refer")
    county_referrals.record_referral(session, answered(referral, ReferralResult.DECLINED, 1))
    assert cases.take_step(session, case.id, "no_flat").state == "no_flat"


def test_refusals_store_nothing(session: Session, make: Factory) -> None:
    case = case_with_client(make, CaseKind.COUNTY_REFERRAL, assessed=False)
    care = case_with_client(make, CaseKind.CUSTOMER_CARE, assessed=False)
    assert case.id is not None
    assert care.id is not None
    waiting = county_referrals.record_referral(session, sent(case.id, 5, Municipality.KNIVSTA))
    before = counts(session.conn)
    audit_before = len(audit_entries(session.conn))

    def refused(referral: CountyReferral) -> list[str]:
        with pytest.raises(ValidationError) as caught:
            county_referrals.record_referral(session, referral)
        return [e.message for e in caught.value.errors]

    assert refused(sent(case.id, 1, Municipality.TIERP)) == [
        f"Förfrågan som skickades {waiting.referred_on.isoformat()} väntar fortfarande på "
        "svar; registrera svaret innan en ny förfrågan skickas."
    ]
    assert refused(sent(care.id, 1, Municipality.TIERP)) == [
        "En förfrågan genom Länskompotten hör till ett ärende av typen Länskompotten – lägenhet "
        "i annan kommun i länet."
    ]
    assert refused(answered(waiting, ReferralResult.MOVED, 6)) == [
        "Svaret kan inte komma före förfrågan."
    ]
    assert refused(replace(waiting, result_on=TODAY)) == [
        "Ange kommunens svar, eller ta bort datumet för svaret."
    ]
    assert refused(replace(waiting, referred_on=TODAY + DAY)) == [
        "Förfrågan kan inte vara skickad ett datum i framtiden."
    ]
    assert refused(replace(waiting, notes="\x1b")) == ["Anteckningar innehåller otillåtna tecken."]
    with pytest.raises(NotFound, match="Förfrågan 9999 finns inte"):
        county_referrals.record_referral(session, replace(waiting, id=9999))
    assert counts(session.conn) == before
    assert len(audit_entries(session.conn)) == audit_before

    cases.take_step(session, case.id, CANCEL_ACTION, reason="Klienten ordnade själv en bostad.")
    county_referrals.record_referral(session, answered(waiting, ReferralResult.DECLINED, 0))
    before = counts(session.conn)
    assert refused(sent(case.id, 0, Municipality.TIERP)) == [
        "Ärendet är avslutat; ingen ny förfrågan kan registreras."
    ]
    assert counts(session.conn) == before


def test_counted_per_year_apart_from_customer_care(fresh_session: Session) -> None:
    session = Session(fresh_session.vault, lambda: dt.date(2026, 12, 31))
    make = Factory(session)
    last_year = Session(session.vault, lambda: dt.date(2025, 12, 31))
    old = case_with_client(Factory(last_year), CaseKind.COUNTY_REFERRAL, assessed=False)
    assert old.id is not None
    december = county_referrals.record_referral(
        last_year, CountyReferral(None, old.id, dt.date(2025, 12, 1), Municipality.ENKOPING)
    )
    county_referrals.record_referral(
        session, replace(december, result=ReferralResult.MOVED, result_on=dt.date(2026, 1, 20))
    )
    for _ in range(3):  # customer care moves are not Länskompotten
        make.case(CaseKind.CUSTOMER_CARE, client=make.person())
    case = case_with_client(make, CaseKind.COUNTY_REFERRAL, assessed=False)
    assert case.id is not None
    no = county_referrals.record_referral(
        session, CountyReferral(None, case.id, dt.date(2026, 3, 1), Municipality.TIERP)
    )
    county_referrals.record_referral(
        session, replace(no, result=ReferralResult.NO_FLAT, result_on=dt.date(2026, 3, 9))
    )
    county_referrals.record_referral(
        session, CountyReferral(None, case.id, dt.date(2026, 4, 1), Municipality.ENKOPING)
    )

    year = county_referrals.yearly_count(session, 2026)
    assert (year.referrals, year.cases, year.moved) == (2, 1, 1)
    assert year.by_municipality == {Municipality.TIERP: 1, Municipality.ENKOPING: 1}
    assert year.by_result == {ReferralResult.NO_FLAT: 1, None: 1}
    before = county_referrals.yearly_count(session, 2025)
    assert (before.referrals, before.cases, before.moved) == (1, 1, 0)
    with pytest.raises(ValidationError, match="Året ska vara mellan 2000 och 2100"):
        county_referrals.yearly_count(session, 1999)
