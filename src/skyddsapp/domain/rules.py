"""Business rules of the trade: quota, perpetrator moves, 12 kap. 47 § JB, notice and addresses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from skyddsapp.domain.agreement import Agreement, AgreementKind, agreement_in_force
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
    "NO_AGREEMENT_EXCEPTION",
    "QUOTA_EXCEPTION",
    "KvinnojourTerms",
    "PrintableAddress",
    "check_kvinnojour_lease",
    "kvinnojour_terms",
    "may_print_real_address",
    "notice_end_date",
    "perpetrator_move_allowed",
    "printable_address",
    "takeover_warning_12_47",
]

# Uppsalahem's board: "upp till två (2) bostäder per år till Uppsala Kvinnojour". The quota
# of the Kvinnojour agreement in force wins where one is recorded (`kvinnojour_terms`).
KVINNOJOUR_FLATS_PER_YEAR = 2

_ACCEPTABLE_RISK = (RiskLevel.NONE, RiskLevel.LOW)


@dataclass(frozen=True, slots=True)
class KvinnojourTerms:
    """What a Kvinnojour let starting on a day falls under: the agreement in force then (if
    any) and the number of flats a year it allows."""

    agreement: Agreement | None
    flats_per_year: int
    agreements_recorded: bool
    """Whether the vault holds any Kvinnojour agreement at all (else the board's decision)."""

    @property
    def quota_from_agreement(self) -> bool:
        return self.agreement is not None and self.agreement.flats_per_year is not None


def kvinnojour_terms(agreements: Iterable[Agreement], start: dt.date) -> KvinnojourTerms:
    """The Kvinnojour agreement in force on ``start`` and its quota; without an agreement that
    sets one, the board's decision (`KVINNOJOUR_FLATS_PER_YEAR`)."""
    recorded = [a for a in agreements if a.kind is AgreementKind.KVINNOJOUR]
    current = agreement_in_force(recorded, AgreementKind.KVINNOJOUR, start)
    quota = KVINNOJOUR_FLATS_PER_YEAR
    if current is not None and current.flats_per_year is not None:
        quota = current.flats_per_year
    return KvinnojourTerms(current, quota, bool(recorded))


QUOTA_EXCEPTION = "quota"
NO_AGREEMENT_EXCEPTION = "no_agreement"


def check_kvinnojour_lease(
    terms: KvinnojourTerms,
    start: dt.date,
    leases_in_year: int,
    override_reason: str | None,
    *,
    counted: bool = False,
) -> tuple[str, ...]:
    """Allow one more Kvinnojour flat starting on ``start``, or raise RuleViolation; return the
    exceptions a written reason is used for (`QUOTA_EXCEPTION`, `NO_AGREEMENT_EXCEPTION`).

    ``leases_in_year`` counts the flats already let to Uppsala Kvinnojour with a start in the
    same calendar year, not the new one. Beyond the quota, or when Kvinnojour agreements are
    recorded but none holds on ``start``, a written reason for the exception is required.
    ``counted``: the let is already counted in that year's quota (an edit that keeps its year);
    only the agreement is checked.
    """
    if leases_in_year < 0:
        raise ValueError("leases_in_year cannot be negative")
    problems: list[str] = []
    exceptions: list[str] = []
    if terms.agreement is None and terms.agreements_recorded:
        problems.append(
            Text(
                "Inget avtal med Uppsala Kvinnojour gäller på startdatumet {0}; registrera "
                "avtalet under Avtal.",
                start.isoformat(),
            )
        )
        exceptions.append(NO_AGREEMENT_EXCEPTION)
    if not counted and leases_in_year >= terms.flats_per_year:
        problems.append(_quota_problem(terms, start.year, leases_in_year))
        exceptions.append(QUOTA_EXCEPTION)
    if problems and (override_reason is None or not override_reason.strip()):
        problems.append(Text("Ange skälet till undantaget för att gå vidare."))
        raise RuleViolation(join_sentences(problems))
    return tuple(exceptions)


def _quota_problem(terms: KvinnojourTerms, year: int, already: int) -> str:
    if already == 1:
        given = Text("Uppsala Kvinnojour har redan fått 1 lägenhet med start {0}.", year)
    else:
        given = Text(
            "Uppsala Kvinnojour har redan fått {0} lägenheter med start {1}.", already, year
        )
    if terms.quota_from_agreement:
        assert terms.agreement is not None
        rule = Text(
            "Avtalet ”{0}” gäller upp till {1} per kalenderår.",
            terms.agreement.title,
            terms.flats_per_year,
        )
    else:
        rule = Text(
            "Inget avtal anger något antal, så styrelsens beslut gäller: upp till {0} per "
            "kalenderår.",
            terms.flats_per_year,
        )
    return join_sentences([given, rule])


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
