"""Use cases for Länskompotten: referrals to another municipality in the county, and their
yearly count apart from customer care (for the yearly follow-up).

The municipality tells where the client may live: where someone in the case lives at a
protected address (`hidden_streets.case_hides_address`), referrals leave here without it
(`CountyReferral.municipality_masked`) and `reveal_referral` gives it, logged with its reason.
The yearly count is numbers only and names no case.
"""

from __future__ import annotations

from skyddsapp.domain.case import Case
from skyddsapp.domain.county_referral import (
    CountyReferral,
    CountyReferralYear,
    checked_referral,
    count_year,
    masked_referral,
    with_masked_municipality,
)
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.fields import reveal_reason
from skyddsapp.domain.text import Text
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.services.hidden_streets import case_hides_address
from skyddsapp.vault import county_referrals_repository
from skyddsapp.vault.audit import utc_now

MIN_YEAR, MAX_YEAR = 2000, 2100


def referrals_of_case(session: Session, case_id: int) -> list[CountyReferral]:
    """The case's referrals in the order they were sent; their municipalities withheld where
    the case hides where its client lives."""
    case = get_case(session, case_id)  # the user may see the case
    return _shown(session, case, county_referrals_repository.of_case(session.conn, case_id))


def _shown(session: Session, case: Case, referrals: list[CountyReferral]) -> list[CountyReferral]:
    if not referrals or not case_hides_address(session.conn, case):
        return referrals
    return [masked_referral(r) for r in referrals]


def reveal_referral(
    session: Session, case_id: int, referral_id: int, reason: str
) -> CountyReferral:
    """One referral of the case with its municipality (to show it, or to edit the referral);
    the look is written to the audit log with its reason (never the municipality)."""
    session.require_read()
    reason = reveal_reason(reason)
    get_case(session, case_id)  # the user may see the case
    found = county_referrals_repository.get(session.conn, referral_id)
    if found is None or found.case_id != case_id:
        raise NotFound("Förfrågan", referral_id)
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "county_referral.reveal",
            "case",
            case_id,
            reason=reason,
            details=f"referral {referral_id}; municipality",
        )
    return found


def record_referral(session: Session, referral: CountyReferral) -> CountyReferral:
    """Register a referral (``referral.id`` None) or save an edited one (its answer, most
    often). Refused, with nothing stored: a case of another kind, a finished case, a new
    referral while the last one still waits for an answer, dates out of order.

    A masked copy (`CountyReferral.municipality_masked`) keeps the stored municipality; what
    is returned is masked where the case hides where its client lives."""
    session.require_write()
    case = get_case(session, referral.case_id)
    assert case.id is not None
    conn = session.conn
    others = county_referrals_repository.of_case(conn, case.id)
    stored = next((r for r in others if r.id == referral.id), None)
    if referral.id is not None and stored is None:
        raise NotFound("Förfrågan", referral.id)
    referral = with_masked_municipality(referral, stored)
    terminal = workflow_for(case.kind).is_terminal(case.state)
    referral = checked_referral(
        referral,
        case=case,
        terminal=terminal,
        others=[r for r in others if r.id != referral.id],
        today=session.today(),
    )
    with session.vault.transaction() as audit:
        if referral.id is None:
            referral_id = county_referrals_repository.insert(conn, referral, utc_now())
            action = "county_referral.create"
        else:
            referral_id = referral.id
            county_referrals_repository.update(conn, referral, utc_now())
            action = "county_referral.update"
        # Never the municipality: for a client with a protected address it tells where she is.
        result = referral.result.value if referral.result else "pending"
        audit.append(
            session.user_name,
            action,
            "case",
            case.id,
            details=f"referral {referral_id}; {referral.referred_on.isoformat()}; {result}",
        )
    saved = county_referrals_repository.get(conn, referral_id)
    assert saved is not None
    return _shown(session, case, [saved])[0]


def yearly_count(session: Session, year: int) -> CountyReferralYear:
    """Länskompotten in ``year``, in numbers only: every referral in the vault counts, also in
    cases the user does not handle (no case, person or municipality of a case is shown)."""
    session.require_read()
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError.single(
            "year", Text("Året ska vara mellan {0} och {1}.", MIN_YEAR, MAX_YEAR)
        )
    return count_year(county_referrals_repository.touching_year(session.conn, year), year)
