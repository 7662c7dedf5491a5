"""A demo vault of plainly fictitious cases, for trying the program and for `make run`."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from skyddsapp.crypto.kdf import KdfParams
from skyddsapp.domain.access import Organisation
from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Child, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import access, accounts, cases, housing, persons
from skyddsapp.services.context import Session
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
        for start in range(0, cases, _BATCH):
            # A savepoint per use case, one commit (and fsync) per batch.
            with vault.transaction():
                fill(session, min(_BATCH, cases - start), rng)
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
    """Add `count` cases opened by the session's user. Where the vault has the demo colleagues,
    some cases are handed over to one of them (demo's teammate, or the other team's handler,
    whose cases demo does not see) and some are shared with Nexus and handled together."""
    today = session.today()
    workers = {w.name for w in access.case_workers(session)}
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
RANDOM_KINDS = [kind for kind in CaseKind if kind is not CaseKind.HOUSING_FIRST]

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
    start = today - dt.timedelta(days=rng.randint(200, 3000))
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
    if session.user_name not in handlers:  # handed over to a colleague
        access.unassign_handler(session, case.id, session.user_name)


def _advance(
    session: Session, case_id: int, kind: CaseKind, rng: random.Random, today: dt.date
) -> None:
    """Walk a random number of steps, adding the decisions and assessments each step wants."""
    for decision_kind in DecisionKind:
        cases.add_decision(
            session,
            case_id,
            Decision(today, decision_kind, "Demobeslut (påhittat).", "Demo Beslutsfattare", True),
        )
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
    for table in ("cases", "persons", "apartments", "leases"):
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
