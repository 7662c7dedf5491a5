"""The demo vault's agreements, placements in sheltered housing and Länskompotten referrals.

The agreements are the public ones the source report names (periods as it gives them; where
it gives no start date, the demo's is estimated and says so). Providers and clients are
invented and read as invented. One placement and one Länskompotten case have a client with
skyddad folkbokföring, so their provider and municipality show masked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from skyddsapp.domain.agreement import Agreement, AgreementKind
from skyddsapp.domain.case import CaseParty, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import CountyReferral, Municipality, ReferralResult
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.services import agreements, cases, county_referrals, placements
from skyddsapp.services.context import Session

_ESTIMATED = "Startdatumet i demon är uppskattat; rapporten anger inget."

DEMO_AGREEMENTS = (
    Agreement(
        None,
        AgreementKind.IOP,
        "Uppsala Kvinnojour",
        "Överenskommelse om idéburet offentligt partnerskap med Uppsala Kvinnojour",
        dt.date(2025, 1, 1),
        dt.date(2027, 12, 31),
        notes="Stöd till våldsutsatta kvinnor, tjejer, ickebinära och barn; förebyggande "
        "arbete med föreläsningar, workshoppar och opinionsbildning.",
    ),
    Agreement(
        None,
        AgreementKind.IOP,
        "Uppsala Stadsmission",
        "Överenskommelse om idéburet offentligt partnerskap med Uppsala Stadsmission",
        dt.date(2026, 1, 1),
        dt.date(2028, 12, 31),
        notes="Omfattar Mikaelsgården, Kvinnobyrån (två lägenheter) och Bostad först.",
    ),
    Agreement(
        None,
        AgreementKind.KVINNOJOUR,
        "Uppsala Kvinnojour",
        "Samarbetsavtal om uthyrning i andra hand till Uppsala Kvinnojour",
        dt.date(2024, 6, 1),
        dt.date(2025, 9, 30),
        flats_per_year=2,
        notes="Pilot enligt styrelsens beslut 2024. " + _ESTIMATED,
    ),
    Agreement(
        None,
        AgreementKind.KVINNOJOUR,
        "Uppsala Kvinnojour",
        "Tillsvidareavtal om uthyrning av upp till två bostäder per år",
        dt.date(2025, 10, 1),
        None,
        flats_per_year=2,
        notes="Samma villkor som samarbetsavtalet; permanentat efter utvärderingen 2025.",
    ),
    Agreement(
        None,
        AgreementKind.SHELTER_FRAMEWORK,
        "Upphandlade leverantörer av skyddat boende",
        "Ramavtal om skyddat boende 2021",
        dt.date(2021, 6, 1),
        dt.date(2025, 5, 31),
        notes="Tecknat 2021, löpte ut i maj 2025. " + _ESTIMATED,
    ),
    Agreement(
        None,
        AgreementKind.SHELTER_FRAMEWORK,
        "Upphandlade leverantörer av skyddat boende",
        "Ramavtal om skyddat boende 2025",
        dt.date(2025, 7, 1),
        dt.date(2029, 6, 30),
        notes="Trädde i kraft i juli 2025 och löper i upp till fyra år. Att leverantören kan "
        "ordna ett lägenhetskontrakt är en avropsgrund.",
    ),
    Agreement(
        None,
        AgreementKind.LANSKOMPOTTEN,
        "Kommunerna i Uppsala län",
        "Samverkansavtal Länskompotten",
        dt.date(2020, 1, 1),
        None,
        notes="Lägenheter i andra kommuner i länet för våldsutsatta. " + _ESTIMATED,
    ),
)

# Invented providers that read as invented.
PROVIDERS = (
    "Skyddsboendet Demo AB",
    "Fristad Exempel AB",
    "Tryggt Boende Prov AB",
    "Tillflykten Fiktiv AB",
)


def ensure_agreements(session: Session) -> None:
    """Register the demo agreements unless the vault holds agreements already."""
    if agreements.list_agreements(session):
        return
    for agreement in DEMO_AGREEMENTS:
        agreements.create_agreement(session, agreement)


def place_random_case(session: Session, case_id: int, today: dt.date) -> None:
    """Give a random shelter-exit demo case a placement, made from its id alone (so the demo's
    random draws stay as they were): about half have ended, with the outcome the case has."""
    start = today - dt.timedelta(days=60 + case_id % 90)
    framework = agreements.agreement_on(session, AgreementKind.SHELTER_FRAMEWORK, start)
    if framework is None:
        return
    case = cases.get_case(session, case_id)
    planned = start + dt.timedelta(days=120)
    ended = case_id % 2 == 0 and case.outcome is not None
    placements.record_placement(
        session,
        Placement(
            None,
            case_id,
            framework.id,
            PROVIDERS[case_id % len(PROVIDERS)],
            provider_can_supply_lease=case_id % 3 != 0,
            start_date=start,
            planned_end=planned,
            actual_end=min(today, planned) if ended else None,
            flat_offered_before_end=(case_id % 5 != 0) if ended else None,
        ),
        outcome=case.outcome,
        children_count=case.children_count,
    )


HAND_MADE_CASES = 7
"""At most this many cases come from `add_demo_records`."""


NewClient = Callable[[ProtectionLevel], Person]
"""Registers a new fictitious client with the given protection."""


def add_demo_records(session: Session, new_client: NewClient) -> int:
    """Hand-made cases: placements that end soon, have ended with different outcomes, and
    Länskompotten referrals answered in each way. Returns how many cases were opened."""
    today = session.today()
    ensure_agreements(session)
    opened = 0
    framework = agreements.agreement_on(session, AgreementKind.SHELTER_FRAMEWORK, today)
    if framework is not None:
        opened += _placement_cases(session, new_client, framework, today)
    return opened + _county_cases(session, new_client, today)


def _opened(session: Session, kind: CaseKind, client: Person, children: int, notes: str) -> int:
    assert client.id is not None
    case = cases.create_case(
        session,
        kind,
        parties=[CaseParty(client.id, CaseRole.CLIENT)],
        children_count=children,
        notes=notes,
    )
    assert case.id is not None
    today = session.today()
    cases.add_risk_assessment(
        session,
        case.id,
        RiskAssessment(
            today, "Demo Bedömare", RiskLevel.MEDIUM, False, today + dt.timedelta(days=60)
        ),
    )
    return case.id


def _placement_cases(
    session: Session, new_client: NewClient, framework: Agreement, today: dt.date
) -> int:
    day = dt.timedelta(days=1)
    start = max(framework.valid_from, today - 100 * day)
    protected = new_client(ProtectionLevel.PROTECTED_REGISTRATION)
    soon = _opened(session, CaseKind.SHELTER_EXIT, protected, 2, "Demo: placeringen upphör snart.")
    placements.record_placement(
        session,
        Placement(None, soon, framework.id, PROVIDERS[0], True, start, today + 10 * day),
        outcome=None,
        children_count=2,
    )
    cases.take_step(session, soon, "plan_exit")
    ended = (
        (ShelterOutcome.FIRST_HAND_FROM_PROVIDER, 1, True, True),
        (ShelterOutcome.NEXUS_TRANSITION_FLAT, 0, False, True),
        (ShelterOutcome.BACK_TO_PERPETRATOR, 2, False, False),
    )
    for outcome, children, can_supply, offered in ended:
        case_id = _opened(
            session,
            CaseKind.SHELTER_EXIT,
            new_client(ProtectionLevel.NONE),
            children,
            "Demo: avslutad placering.",
        )
        placement = Placement(
            None,
            case_id,
            framework.id,
            PROVIDERS[children + 1],
            can_supply,
            start,
            start + 90 * day,
            actual_end=min(today, start + 80 * day),
            flat_offered_before_end=offered,
        )
        placements.record_placement(session, placement, outcome=outcome, children_count=children)
        if outcome is not ShelterOutcome.BACK_TO_PERPETRATOR:
            cases.take_step(session, case_id, "plan_exit")
        cases.take_step(session, case_id, "end_placement")
    return 1 + len(ended)


def _county_cases(session: Session, new_client: NewClient, today: dt.date) -> int:
    day = dt.timedelta(days=1)

    def refer(case_id: int, days_ago: int, municipality: Municipality) -> CountyReferral:
        referral = CountyReferral(None, case_id, today - days_ago * day, municipality)
        return county_referrals.record_referral(session, referral)

    def answer(referral: CountyReferral, result: ReferralResult, days_ago: int) -> None:
        # A masked copy (a protected client) keeps its stored municipality.
        answered = replace(referral, result=result, result_on=today - days_ago * day)
        county_referrals.record_referral(session, answered)

    note = "Demo: Länskompotten."
    moved = _opened(session, CaseKind.COUNTY_REFERRAL, new_client(ProtectionLevel.NONE), 1, note)
    referral = refer(moved, 60, Municipality.KNIVSTA)
    cases.take_step(session, moved, "refer")
    answer(referral, ReferralResult.FLAT_OFFERED, 30)
    cases.take_step(session, moved, "flat_offered")
    answer(referral, ReferralResult.MOVED, 5)
    cases.take_step(session, moved, "register_move")

    waiting = _opened(session, CaseKind.COUNTY_REFERRAL, new_client(ProtectionLevel.NONE), 0, note)
    refer(waiting, 7, Municipality.ENKOPING)
    cases.take_step(session, waiting, "refer")

    protected = new_client(ProtectionLevel.PROTECTED_REGISTRATION)
    second = _opened(session, CaseKind.COUNTY_REFERRAL, protected, 3, note)
    first = refer(second, 80, Municipality.TIERP)
    cases.take_step(session, second, "refer")
    answer(first, ReferralResult.NO_FLAT, 50)
    offered = refer(second, 45, Municipality.OSTHAMMAR)
    answer(offered, ReferralResult.FLAT_OFFERED, 12)
    cases.take_step(session, second, "flat_offered")
    return 3
