"""Business rules of the trade: quota, perpetrator moves, 12 kap. 47 § JB, notice and addresses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.notice import notice_end_date
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.printable_address import (
    PrintableAddress,
    may_print_real_address,
    printable_address,
)
from skyddsapp.domain.risk import RiskAssessment, RiskLevel, latest_assessment
from skyddsapp.domain.text import Text, join_sentences

__all__ = [
    "KVINNOJOUR_FLATS_PER_YEAR",
    "PrintableAddress",
    "check_kvinnojour_quota",
    "may_print_real_address",
    "notice_end_date",
    "perpetrator_move_allowed",
    "printable_address",
    "takeover_warning_12_47",
]

# Uppsalahem's board: "upp till två (2) bostäder per år till Uppsala Kvinnojour".
KVINNOJOUR_FLATS_PER_YEAR = 2

_ACCEPTABLE_RISK = (RiskLevel.NONE, RiskLevel.LOW)


def check_kvinnojour_quota(leases_in_year: int, override_reason: str | None) -> None:
    """Allow one more Kvinnojour flat this calendar year, or raise RuleViolation.

    ``leases_in_year`` counts the flats already let to Uppsala Kvinnojour in the year, not
    the new one. From the third flat on, a written reason for the exception is required.
    """
    if leases_in_year < 0:
        raise ValueError("leases_in_year cannot be negative")
    if leases_in_year < KVINNOJOUR_FLATS_PER_YEAR:
        return
    if override_reason is None or not override_reason.strip():
        raise RuleViolation(
            Text(
                "Uppsala Kvinnojour har redan fått {0} lägenheter i år. Avtalet gäller upp till "
                "{1} per kalenderår; ange skälet till undantaget för att gå vidare.",
                leases_in_year,
                KVINNOJOUR_FLATS_PER_YEAR,
            )
        )


def perpetrator_move_allowed(
    assessments: Iterable[RiskAssessment], today: dt.date
) -> tuple[bool, str]:
    """Whether the perpetrator may be moved so that the victim can stay, and why (in Swedish).

    Only on the latest threat and risk assessment, which must be current, find no or low risk
    of relapse, and find that the perpetrator does not seek the victim out: if they do, the
    victim would stay at an address the perpetrator knows.
    """
    latest = latest_assessment(assessments)
    if latest is None:
        return False, "Flytt av våldsutövaren kräver en hot- och riskbedömning, och ingen finns."
    reasons: list[str] = []
    if latest.date > today:
        reasons.append("Den senaste riskbedömningen är daterad i framtiden.")
    elif not latest.is_current(today):
        reasons.append(
            Text(
                "Den senaste riskbedömningen skulle följas upp senast {0}; gör en ny bedömning "
                "före flytten.",
                latest.next_review.isoformat(),
            )
        )
    if latest.seeks_out_victim:
        reasons.append(
            "Våldsutövaren bedöms vara uppsökande; den våldsutsatta skulle då bo kvar på en "
            "adress som våldsutövaren känner till."
        )
    if latest.level not in _ACCEPTABLE_RISK:
        reasons.append(
            Text(
                "Risken för återfall är bedömd som {0}; den ska vara låg eller ingen.",
                latest.level.label.lower(),
            )
        )
    if reasons:
        return False, join_sentences(reasons)
    return True, Text(
        "Riskbedömningen {0} anger {1} och att våldsutövaren inte är uppsökande.",
        latest.date.isoformat(),
        latest.level.label.lower(),
    )


def takeover_warning_12_47(lease: Lease, parties: Iterable[CaseParty]) -> str | None:
    """A warning or note under 12 kap. 47 § jordabalken for this lease and these parties.

    * The client is the only tenant and the perpetrator stays in the flat: if the client gives
      notice, the perpetrator may, as spouse or cohabitant, take the lease over.
    * Client and perpetrator are co-tenants: the client may take the lease over for herself
      (strengthened for victims of violence by someone close from 1 July 2024).
    * The perpetrator is the tenant and the client lives in the flat: the client may, as
      spouse or cohabitant, have the right to take the lease over.
    """
    party_list = list(parties)
    tenants = set(lease.tenant_ids)
    clients = {p.person_id for p in party_list if p.role is CaseRole.CLIENT}
    perpetrators = [p for p in party_list if p.role is CaseRole.PERPETRATOR]
    client_tenants = clients & tenants
    perpetrator_tenants = {p.person_id for p in perpetrators} & tenants
    if client_tenants and tenants <= clients:
        if any(p.lives_in_flat for p in perpetrators):
            return (
                "Varning (12 kap. 47 § jordabalken): klienten är ensam hyresgäst och "
                "våldsutövaren bor kvar i lägenheten. Om klienten säger upp avtalet kan "
                "våldsutövaren, som make, maka eller sambo, ha rätt att ta över hyresavtalet. "
                "Stäm av med hyresvärden hur avtalet ska avslutas innan uppsägningen skickas."
            )
        return None
    if client_tenants and perpetrator_tenants:
        return (
            "Klienten och våldsutövaren står båda på hyresavtalet. En medhyresgäst som utsatts "
            "för våld av en närstående kan få ta över hyresavtalet för egen del (12 kap. 47 § "
            "jordabalken, skärpt 1 juli 2024). Pröva ett övertagande innan avtalet sägs upp."
        )
    clients_in_flat = {
        p.person_id for p in party_list if p.role is CaseRole.CLIENT and p.lives_in_flat
    }
    if perpetrator_tenants and clients_in_flat - tenants:
        return (
            "Våldsutövaren är hyresgäst och klienten bor i lägenheten utan att stå på avtalet. "
            "Som make, maka eller sambo kan klienten ha rätt att ta över hyresavtalet "
            "(12 kap. 47 § jordabalken, skärpt 1 juli 2024)."
        )
    return None


def hides_flat_address(persons: Iterable[Person]) -> bool:
    """Whether the street of a case's flat is protected like a real address.

    When anyone in the case has skyddad folkbokföring or fingerade personuppgifter, the flat may
    be where they live now: its street is masked on screen and never indexed for search.
    """
    return any(person.protection.hides_real_address for person in persons)
