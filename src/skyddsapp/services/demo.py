"""A demo vault of plainly fictitious cases, for trying the program and for `make run`."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from skyddsapp.crypto.kdf import KdfParams
from skyddsapp.domain.access import Organisation
from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.attorney import AttorneyScope
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.key_registry import LockChangeReason
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.paperwork.keys import default_key_rows
from skyddsapp.domain.person import CaseRole, Child, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.structured_decisions import check_plain_decision
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference, TenantApproval
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import (
    access,
    accounts,
    cases,
    demo_old_flat,
    demo_placements,
    housing,
    keys,
    persons,
    tenant_approvals,
)
from skyddsapp.services.context import Session
from skyddsapp.services.demo_chain import SHOWCASE_CASES, add_showcase
from skyddsapp.services.demo_nexus import add_nexus_housing
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.search import search_cases
from skyddsapp.vault.keyslots import WrongSecret
from skyddsapp.vault.vault import Vault

DEFAULT_CASES = 200
MAX_CASES = 20_000  # a demo to try the program with; benchmarks build their own data
_BATCH = 1_000  # cases per transaction: one fsync per batch, and no transaction without end
DEMO_USER = "demo"
DEMO_PASSPHRASE = "demo-valv-bara-påhittat"
DEMO_COLLEAGUE = "nexus.demo"  # a Nexus social worker: sees the cases shared with Nexus
DEMO_TEAMMATE = "kollega.demo"  # in demo's team: demo sees their cases too
DEMO_OTHER_TEAM = "soder.demo"  # in another Uppsalahem team: demo breaks the glass to look
DEMO_SOUTH_TEAM = "Uppsalahem Söder"

# Invented names that read as invented: no real person is meant.
FIRST_NAMES = [
    "Anna", "Sara", "Lena", "Maria", "Elin", "Fatima", "Hanna", "Amira", "Johanna", "Linnea",
    "Petra", "Sofia", "Nour", "Karin", "Ida", "Maja", "Erik", "Jonas", "Ali", "Mikael",
]  # fmt: skip
LAST_NAMES = [
    "Testsson", "Demoberg", "Exempelström", "Provlund", "Fiktivsson", "Låtsasdahl",
    "Påhittadsson", "Övningsqvist", "Prövgren", "Skisslund", "Modellberg", "Utkastsson",
]  # fmt: skip
STREETS = ["Demogatan", "Testvägen", "Exempelgränd", "Provstigen", "Låtsasallén", "Övningsbacken"]
POSTAL_CODES = ["75320", "75428", "75597", "75646", "75237", "75752"]
NOTES = [
    "Klienten vill helst bo nära skolan för barnens skull.",
    "Kontakt endast via Nexus handläggare.",
    "Nycklar till gamla lägenheten saknas, låsbyte beställt.",
    "Förövaren har tidigare sökt upp klienten på arbetsplatsen.",
    "Önskar markplan, barnvagn.",
    "Tolk behövs vid möten (arabiska).",
]
# The kinds the random cases are drawn from. Kinds added later get hand-made demo cases
# (`demo_placements.add_demo_records`), so that a seed still draws the same random cases.
RANDOM_KINDS = (
    CaseKind.CUSTOMER_CARE,
    CaseKind.KVINNOJOUR_SUBLET,
    CaseKind.HOUSING_CHAIN,
    CaseKind.SHELTER_EXIT,
    CaseKind.LEASE_TAKEOVER,
    CaseKind.PRIORITY,
    CaseKind.PERPETRATOR_MOVE,
)


@dataclass
class DemoSummary:
    folder: Path
    created: bool
    counts: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    latest: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit_ok: bool = True

    def lines(self) -> list[str]:
        head = "Demovalvet skapades" if self.created else "Demovalvet finns redan"
        out = [
            f"{head} i {self.folder}.",
            f"  Användare:  {DEMO_USER}",
            f"  Lösenfras:  {DEMO_PASSPHRASE}",
            f"  Kollegor:   {DEMO_TEAMMATE} (samma team), {DEMO_OTHER_TEAM} ({DEMO_SOUTH_TEAM}),",
            f"              {DEMO_COLLEAGUE} (Nexus); lösenfras {DEMO_PASSPHRASE}!",
            "  All data är påhittad: namn, adresser och personnummer är fiktiva.",
            "",
            f"  Ärenden: {self.counts['cases']}   personer: {self.counts['persons']}   "
            f"lägenheter: {self.counts['apartments']}   hyresavtal: {self.counts['leases']}",
            f"  Avtal: {self.counts['agreements']}   placeringar i skyddat boende: "
            f"{self.counts['placements']}   förfrågningar genom Länskompotten: "
            f"{self.counts['county_referrals']}",
        ]
        out += [f"    {label}: {n}" for label, n in sorted(self.by_kind.items())]
        out += ["", "  Senaste ärenden:"] + [f"    {line}" for line in self.latest]
        state = "obruten" if self.audit_ok else "BRUTEN"
        out += ["", f"  Granskningslogg: {self.audit_entries} poster, kedjan {state}."]
        return out


def demo_personal_number(rng: random.Random, birth: dt.date, coordination: bool = False) -> str:
    """A number with a valid check digit in the 98x–99x birth-number series (never real here)."""
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{rng.randint(980, 999)}"
    return f"{birth:%Y}{nine[2:]}{check_digit(nine)}"


def ensure_demo_vault(
    folder: Path,
    *,
    cases: int = DEFAULT_CASES,
    seed: int = 2026,
    kdf_params: KdfParams | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Create the demo vault unless it exists; then report what it holds.

    It holds `cases` random cases and, after them, a fixed set of transition flats and
    Bostad först cases (`demo_nexus`).

    A folder that holds a vault that is not a demo vault is left alone: its passphrase is not
    the demo's, and the failed attempt is not counted in it.
    """
    if not 0 <= cases <= MAX_CASES:
        raise ServiceError(
            Text(
                "Antalet demoärenden måste vara mellan 0 och {0}.",
                f"{MAX_CASES:,}".replace(",", " "),
            )
        )
    created = not Vault.database_path(folder).exists() and not Vault.keyslot_path(folder).exists()
    if created:
        vault = Vault.create(
            folder, DEMO_USER, "Demo Handläggare", DEMO_PASSPHRASE, kdf_params=kdf_params
        ).vault
        add_demo_colleagues(vault, DEMO_PASSPHRASE + "!")
        session = Session(vault, (lambda: today) if today else dt.date.today)
        rng = random.Random(seed)
        # Hand-made cases, counted among `cases` rather than on top of them: the old flat's
        # (one under notice, one per outcome), the housing chain's and Kvinnojour's showcase,
        # and the placements, agreements and Länskompotten cases.
        old_flats = len(demo_old_flat.STORIES) if cases >= demo_old_flat.FROM_CASES else 0
        showcase = SHOWCASE_CASES if cases - old_flats >= SHOWCASE_CASES else 0
        random_cases = cases - old_flats - showcase
        if random_cases > demo_placements.HAND_MADE_CASES:
            records_rng = random.Random(seed + 1)
            with vault.transaction():
                random_cases -= demo_placements.add_demo_records(
                    session, lambda protection: _person(session, records_rng, protection)
                )
        for start in range(0, random_cases, _BATCH):
            # A savepoint per use case, one commit (and fsync) per batch.
            with vault.transaction():
                fill(session, min(_BATCH, random_cases - start), rng)
        if old_flats:
            with vault.transaction():
                demo_old_flat.add_old_flat_cases(session)
        if showcase:
            with vault.transaction():
                add_showcase(session)
        with vault.transaction():
            add_nexus_housing(session, other_team=DEMO_OTHER_TEAM)
    else:
        try:
            vault = Vault.unlock(folder, DEMO_USER, DEMO_PASSPHRASE, count_failure=False)
        except WrongSecret:
            raise ServiceError(
                Text(
                    "Mappen {0} innehåller ett valv som inte är ett demovalv. Det rörs inte; "
                    "välj en annan mapp med --vault.",
                    folder,
                )
            ) from None
    try:
        return _summary(Session(vault), folder, created)
    finally:
        vault.lock()


def add_demo_colleagues(vault: Vault, passphrase: str) -> None:
    """The demo's colleagues (see `DemoSummary.lines`), all with `passphrase`."""
    vault.add_user(DEMO_COLLEAGUE, "Nexus Demo", Role.SOCIAL_WORKER, passphrase)
    vault.add_user(DEMO_TEAMMATE, "Kollega Demo", Role.HANDLER, passphrase)
    accounts.add_team(vault, DEMO_SOUTH_TEAM, Organisation.UPPSALAHEM)
    vault.add_user(DEMO_OTHER_TEAM, "Söder Demo", Role.HANDLER, passphrase, team=DEMO_SOUTH_TEAM)


def fill(session: Session, count: int, rng: random.Random) -> None:
    """Add `count` cases opened by the session's user (and the demo agreements, once). Where
    the vault has the demo colleagues, some cases are handed over to one of them (demo's
    teammate, or the other team's handler, whose cases demo does not see) and some are shared
    with Nexus and handled together."""
    today = session.today()
    workers = {w.name for w in access.case_workers(session)}
    demo_placements.ensure_agreements(session)
    for _ in range(count):
        _one_case(session, rng, today, _handlers(session, rng, workers))


def _handlers(session: Session, rng: random.Random, workers: set[str]) -> tuple[str, ...]:
    """Who ends up handling the next demo case: the user, or a colleague who exists."""
    draw = rng.random()
    if draw < 0.15 and DEMO_TEAMMATE in workers:
        return (DEMO_TEAMMATE,)
    if draw < 0.30 and DEMO_OTHER_TEAM in workers:
        return (DEMO_OTHER_TEAM,)
    if draw < 0.60 and DEMO_COLLEAGUE in workers:
        return (session.user_name, DEMO_COLLEAGUE)
    return (session.user_name,)


def _address(rng: random.Random) -> Address:
    return Address(
        f"{rng.choice(STREETS)} {rng.randint(1, 60)}", rng.choice(POSTAL_CODES), "Uppsala"
    )


def _person(session: Session, rng: random.Random, protection: ProtectionLevel) -> Person:
    birth = dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
    number = demo_personal_number(rng, birth, coordination=rng.random() < 0.08)
    hides = protection.hides_real_address
    person = Person(
        id=None,
        first_name=rng.choice(FIRST_NAMES),
        last_name=rng.choice(LAST_NAMES),
        personal_number=PersonalNumber.parse(number, today=session.today()),
        protection=protection,
        real_address=_address(rng),
        delivery_address=_address(rng) if hides and rng.random() < 0.4 else None,
        uses_skatteverket_forwarding=hides,
        phone=f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        children=[
            Child(rng.choice(["Alva", "Noah", "Elsa", "Leo"]), rng.randint(2010, 2024))
            for _ in range(rng.choice([0, 0, 1, 2]))
        ],
    )
    return persons.create_person(session, person)


# Bostad först cases come from demo_nexus, waiting for set times (and the draw stays as it was).

_PROTECTIONS = [ProtectionLevel.NONE] * 4 + [
    ProtectionLevel.CONFIDENTIALITY_MARKING,
    ProtectionLevel.CONFIDENTIALITY_MARKING,
    ProtectionLevel.PROTECTED_REGISTRATION,
    ProtectionLevel.PROTECTED_REGISTRATION,
    ProtectionLevel.ASSUMED_IDENTITY,
]


def _one_case(
    session: Session, rng: random.Random, today: dt.date, handlers: tuple[str, ...]
) -> None:
    kind = rng.choice(RANDOM_KINDS)
    client = _person(session, rng, rng.choice(_PROTECTIONS))
    perpetrator = _person(session, rng, ProtectionLevel.NONE)
    number = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    apartment = housing.create_apartment(
        session,
        Apartment(
            id=None,
            object_number=number,
            address=_address(rng),
            rooms=rng.randint(1, 5),
            area_m2=Decimal(rng.randint(30, 110)),
            monthly_rent_sek=rng.randint(5500, 13500),
            key_system="ASSA d12",
            key_series=f"S{rng.randint(100, 999)}",
            embargo_until=today + dt.timedelta(days=rng.randint(0, 120))
            if rng.random() < 0.3
            else None,
        ),
    )
    assert client.id is not None
    assert perpetrator.id is not None
    assert apartment.id is not None
    lease_kind = {
        CaseKind.KVINNOJOUR_SUBLET: LeaseKind.SECOND_HAND_KVINNOJOUR,
        CaseKind.HOUSING_CHAIN: LeaseKind.SOCIAL_CONTRACT,
    }.get(kind, LeaseKind.FIRST_HAND)
    days_ago = rng.randint(200, 3000)
    if kind is CaseKind.HOUSING_CHAIN:
        # A social contract in its trial year: the trial's end (Att göra) is still ahead.
        days_ago %= 270
    start = today - dt.timedelta(days=days_ago)
    lease = housing.create_lease(
        session,
        Lease(None, f"K{number}", apartment.id, (client.id,), lease_kind, start),
        override_reason="Demo: fler lägenheter än kvoten, för att visa undantaget.",
    )
    assert lease.id is not None
    shared = DEMO_COLLEAGUE in handlers
    case = cases.create_case(
        session,
        kind,
        parties=[
            CaseParty(client.id, CaseRole.CLIENT),
            CaseParty(perpetrator.id, CaseRole.PERPETRATOR, lives_in_flat=rng.random() < 0.3),
        ],
        handlers=tuple(dict.fromkeys((session.user_name, *handlers))),
        share=shared,
        children_count=len(client.children),
        notes=rng.choice(NOTES),
        apartment_ids=[apartment.id],
        lease_ids=[lease.id],
    )
    assert case.id is not None
    _advance(session, case.id, kind, rng, today)
    if kind in (CaseKind.CUSTOMER_CARE, CaseKind.PERPETRATOR_MOVE) and rng.random() < 0.5:
        housing.register_notice(session, lease.id, today - dt.timedelta(days=rng.randint(0, 80)))
    _demo_keys(session, case.id, apartment, client.id, today)
    if session.user_name not in handlers:  # handed over to a colleague
        access.unassign_handler(session, case.id, session.user_name)


def _demo_keys(
    session: Session, case_id: int, apartment: Apartment, client_id: int, today: dt.date
) -> None:
    """The flat's keys, with the client (handed out before the registry); some lost, some
    locks to change, some agents with a fullmakt. Drawn from the case id, not the demo's random
    stream, so the rest of the demo stays as it was."""
    assert apartment.id is not None
    draw = random.Random(case_id)
    keys.register_key_set(
        session, case_id, apartment.id, default_key_rows(apartment), held_by=client_id
    )
    if draw.random() < 0.15:
        lost = default_key_rows(apartment)[:1]
        keys.report_loss(
            session,
            case_id,
            apartment.id,
            client_id,
            today,
            (replace(lost[0], count=1),),
            "Demo: en nyckel borttappad.",
        )
    elif draw.random() < 0.1:
        task = keys.require_lock_change(
            session, case_id, apartment.id, LockChangeReason.UNAUTHORISED_KEYS, ""
        )
        if draw.random() < 0.5 and task.id is not None:
            keys.complete_lock_change(session, task.id, today, f"S{draw.randint(1000, 9999)}")
    if draw.random() < 0.15:
        agent = _person(session, draw, ProtectionLevel.NONE)
        assert agent.id is not None
        cases.add_party(session, case_id, CaseParty(agent.id, CaseRole.AGENT))
        keys.record_power_of_attorney(
            session,
            case_id,
            agent.id,
            [AttorneyScope.COLLECT_KEYS, AttorneyScope.SIGN_LEASE],
            today - dt.timedelta(days=draw.randint(0, 30)),
            today + dt.timedelta(days=draw.randint(10, 120)),
        )


def _advance(
    session: Session, case_id: int, kind: CaseKind, rng: random.Random, today: dt.date
) -> None:
    """Walk a random number of steps, adding the decisions and assessments each step wants."""
    for decision_kind in DecisionKind:
        decision = Decision(
            today, decision_kind, "Demobeslut (påhittat).", "Demo Beslutsfattare", True
        )
        try:
            check_plain_decision(kind, decision_kind)
        except DomainError:  # recorded with its answers, or not at all
            if kind is CaseKind.KVINNOJOUR_SUBLET and decision_kind is DecisionKind.TENANT_APPROVAL:
                approval = TenantApproval(decision, CreditCheck.CLEAR, HousingReference.APPROVED)
                tenant_approvals.record_tenant_approval(session, case_id, approval)
            continue
        cases.add_decision(session, case_id, decision)
    # Some reviews are overdue, so the Att göra view has something to show.
    if rng.random() < 0.2:
        made, review = today - dt.timedelta(days=100), today - dt.timedelta(days=rng.randint(1, 30))
    else:
        made, review = today, today + dt.timedelta(days=rng.randint(14, 90))
    cases.add_risk_assessment(
        session, case_id, RiskAssessment(made, "Demo Bedömare", RiskLevel.LOW, False, review)
    )
    if kind is CaseKind.SHELTER_EXIT:
        case = cases.get_case(session, case_id)
        case.outcome = rng.choice(list(ShelterOutcome))
        cases.update_case(session, case)
        demo_placements.place_random_case(session, case_id, today)
    for _ in range(rng.randint(0, 5)):
        case = cases.get_case(session, case_id)
        ready = [t for t, missing in cases.steps(session, case) if not missing]
        ready = [t for t in ready if not t.needs_reason]
        if not ready:
            return
        try:
            cases.take_step(session, case_id, ready[0].action)
        except DomainError:
            return


def _summary(session: Session, folder: Path, created: bool) -> DemoSummary:
    conn = session.conn
    summary = DemoSummary(folder, created)
    for table in (
        "cases",
        "persons",
        "apartments",
        "leases",
        "agreements",
        "placements",
        "county_referrals",
    ):
        summary.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    for kind, n in conn.execute("SELECT kind, count(*) FROM cases GROUP BY kind"):
        summary.by_kind[CaseKind(kind).label] = n
    for row in search_cases(session, limit=5).rows:
        step = workflow_for(row.kind).step(row.state)
        state = step.label if step else row.state
        summary.latest.append(f"{row.reference}  {row.kind.label}  ({state})")
    result = session.vault.verify_audit()
    summary.audit_entries, summary.audit_ok = result.checked, result.ok
    return summary
