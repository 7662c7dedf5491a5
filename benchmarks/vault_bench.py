"""Vault benchmark: the encrypted vault against plain SQLite on the same schema, data and queries.

Three databases get the same deterministic, invented data (default 100,000 cases, 150,000
persons) and the same schema (the bundled migrations):

* ``vault``   - a real vault made by ``Vault.create`` (SQLCipher 4 via ``sqlcipher3``, raw key,
  the production pragmas of ``database.connect``);
* ``sqlite3`` - CPython's own ``sqlite3`` module, no encryption (its bundled SQLite version);
* ``nokey``   - ``sqlcipher3`` without a key: SQLCipher's SQLite version with no encryption, so
  ``vault / nokey`` is the cost of encryption alone and ``nokey / sqlite3`` that of the version.

Every query is the production code (the repository functions, called with a DB-API connection),
timed warm (open connection, after one warm-up) and on a fresh connection (open with key and
pragmas, run once, close; the OS page cache stays warm). The three databases are interleaved
round by round so machine noise hits them alike; medians are reported.

``PRAGMA cipher_memory_security`` is process-wide and cannot be switched off once on, so it is
measured in child processes (this script re-invoked with ``--worker``), alternating OFF and ON.

Run from the repository root::

    .venv/bin/python benchmarks/vault_bench.py                  # full size, about 6-8 minutes
    .venv/bin/python benchmarks/vault_bench.py --cases 10000    # quick run
    .venv/bin/python benchmarks/vault_bench.py --dir .bench/x --reuse   # re-measure, no rebuild

Index and SQL experiments (clearly labelled) run last on the benchmark databases only; every
index they create is dropped again afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlcipher3

from skyddsapp.crypto.kdf import MINIMUM_KDF, KdfParams, calibrate, time_derivation
from skyddsapp.domain.access import CaseScope, Organisation
from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, DecisionKind, EventKind, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.person import Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.risk import RiskLevel
from skyddsapp.domain.search import search_document
from skyddsapp.domain.transition_flat import FlatCategory
from skyddsapp.domain.trial_period import trial_end
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import todo
from skyddsapp.services.demo import (
    FIRST_NAMES,
    LAST_NAMES,
    NOTES,
    POSTAL_CODES,
    STREETS,
    demo_personal_number,
)
from skyddsapp.vault import (
    access_repository,
    cases_repository,
    database,
    persons_repository,
    search_repository,
)
from skyddsapp.vault.database import Connection
from skyddsapp.vault.keyslots import KeySlotFile
from skyddsapp.vault.migrations import migrate
from skyddsapp.vault.rows import name_key
from skyddsapp.vault.search_repository import CaseFilter, CaseSort, CaseSummary
from skyddsapp.vault.vault import Vault

REPO = Path(__file__).resolve().parent.parent
SEED = 2026
USER = "bench"
PASSPHRASE = "a long bench passphrase"

VAULT, PLAIN, NOKEY = "vault", "sqlite3", "nokey"
KINDS = (VAULT, PLAIN, NOKEY)

WARM_RATIO_GOAL = 1.5
FRESH_RATIO_GOAL = 3.0
UNLOCK_GOAL_S = (0.5, 1.0)
TODO_GOAL_MS = 50
KEYSET_GOAL = 2.0  # the case list at position 5000, fresh connection: x plain SQLite
QUICK = {"cases": 1500, "repeat": 3, "unlock_runs": 1, "calibrations": 0}

# A marker word in a handful of case notes (the "specific term"); "Uppsala" is in nearly every
# search document (each address line ends with it): the "very common term".
RARE_WORD = "Glasbjörnen"
RARE_CASES = 7
COMMON_WORD = "Uppsala"
HANDLERS = [f"handl{n:02d}" for n in range(1, 31)]
TEAM_SIZE = 6  # five teams of six: a handler sees the cases of their team, about a fifth


def team_of(handler: str) -> str:
    return f"Team {HANDLERS.index(handler) // TEAM_SIZE + 1}"


# A long tail of plainly invented surnames next to demo.py's twelve, so that a name prefix can
# be specific (a few hundred persons) as well as common ("Ann": every Anna, 1 in 20 persons).
_HEADS = ["Prov", "Test", "Demo", "Fikt", "Skiss", "Utkast", "Modell", "Låtsas", "Övnings", "Mall"]
_TAILS = ["berg", "lund", "ström", "dahl", "qvist", "gren", "holm", "by", "mark", "vik", "åker"]
TAIL_LAST_NAMES = sorted({h + t for h in _HEADS for t in _TAILS} - set(LAST_NAMES))
PROTECTIONS = [ProtectionLevel.NONE] * 4 + [
    ProtectionLevel.CONFIDENTIALITY_MARKING,
    ProtectionLevel.CONFIDENTIALITY_MARKING,
    ProtectionLevel.PROTECTED_REGISTRATION,
    ProtectionLevel.PROTECTED_REGISTRATION,
    ProtectionLevel.ASSUMED_IDENTITY,
]  # as in services/demo.py: the client's protection


# ----------------------------------------------------------------------------- data


@dataclass
class Dataset:
    tables: list[tuple[str, str, list[tuple[Any, ...]]]] = field(default_factory=list)
    probe: dict[str, Any] = field(default_factory=dict)

    def rows(self) -> int:
        return sum(len(rows) for _, _, rows in self.tables)


def _stamp(day: dt.date, rng: random.Random) -> str:
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) + dt.timedelta(
        seconds=rng.randint(6 * 3600, 18 * 3600), microseconds=rng.randint(0, 999_999)
    )
    return moment.isoformat(timespec="microseconds")


def generate(n_cases: int, n_persons: int, seed: int = SEED) -> Dataset:
    """The same rows for every database. Search documents come from the real `search_document`."""
    rng = random.Random(seed)
    kinds = list(CaseKind)
    states = {k: [step.id for step in workflow_for(k).steps] for k in kinds}
    years = max(12, math.ceil(n_cases / (len(kinds) * 9000)))  # serials stop at 9999 a year
    first_day = dt.date(2026 - years + 1, 1, 1)
    span = (dt.date(2026, 6, 30) - first_day).days
    addresses: dict[tuple[str, str], Address] = {}

    def address() -> Address:
        key = (f"{rng.choice(STREETS)} {rng.randint(1, 60)}", rng.choice(POSTAL_CODES))
        if key not in addresses:
            addresses[key] = Address(key[0], key[1], "Uppsala")
        return addresses[key]

    # Cases in opening order, so ids grow with time as they do in a real vault.
    opened = sorted(first_day + dt.timedelta(days=rng.randrange(span)) for _ in range(n_cases))
    perm = list(range(1, n_persons + 1))
    rng.shuffle(perm)
    cursor = 0
    clients: dict[int, int] = {}  # person id -> children
    case_rows, party_rows, handler_rows, event_rows = [], [], [], []
    case_parties: list[list[int]] = []
    case_flat: list[int | None] = []
    n_flats = max(1, n_cases // 5)
    serials: dict[tuple[CaseKind, int], int] = {}
    rare = set(rng.sample(range(n_cases), min(RARE_CASES, n_cases)))
    cases: list[Case] = []
    case_client: list[int] = []
    for i, day in enumerate(opened):
        cid = i + 1
        kind = rng.choice(kinds)
        serial = serials[kind, day.year] = serials.get((kind, day.year), 0) + 1
        reference = CaseReference(kind, day.year, serial)
        client = perm[cursor % n_persons]
        cursor += 1
        clients.setdefault(client, rng.choice([0, 0, 1, 2]))
        ids = [client]
        party_rows.append((cid, client, "client", 0))
        if rng.random() < 0.5:
            perpetrator = perm[cursor % n_persons]
            cursor += 1
            if perpetrator != client:
                ids.append(perpetrator)
                party_rows.append((cid, perpetrator, "perpetrator", int(rng.random() < 0.3)))
        notes = rng.choice(NOTES)
        if i in rare:
            notes += f" Nycklarna lämnas hos {RARE_WORD} i receptionen."
        state = rng.choice(states[kind])
        outcome = None
        if kind is CaseKind.SHELTER_EXIT and rng.random() < 0.5:
            outcome = rng.choice(list(ShelterOutcome)).value
        updated = _stamp(day + dt.timedelta(days=rng.randint(0, 200)), rng)
        case_rows.append(
            (cid, reference.formatted(), kind.value, state, day.isoformat(), outcome,
             clients[client], notes, updated, "uppsalahem", None)
        )  # fmt: skip
        for handler in sorted(set(rng.sample(HANDLERS, rng.choice([1, 1, 1, 2])))):
            handler_rows.append((cid, handler))
        for _ in range(rng.randint(0, 3)):
            event_day = (day + dt.timedelta(days=rng.randint(0, 120))).isoformat()
            kind_e = rng.choice([EventKind.NOTE, EventKind.TRANSITION, EventKind.KEYS])
            event_rows.append(
                (cid, event_day, kind_e.value, "Händelse (påhittad).", "handl01", None)
            )
        case_parties.append(sorted(ids))
        case_flat.append(rng.randrange(n_flats) + 1 if rng.random() < 0.9 else None)
        cases.append(Case(cid, reference, kind, state, day, notes=notes))
        case_client.append(client)

    persons: dict[int, Person] = {}
    person_rows, child_rows = [], []
    for pid in range(1, n_persons + 1):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES) if rng.random() < 0.7 else rng.choice(TAIL_LAST_NAMES)
        birth = dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
        number = demo_personal_number(rng, birth, coordination=rng.random() < 0.08)
        number = number if rng.random() < 0.97 else None
        protection = rng.choice(PROTECTIONS) if pid in clients else ProtectionLevel.NONE
        hides = protection.hides_real_address
        real = address()
        delivery = address() if hides and rng.random() < 0.4 else None
        born = _stamp(first_day + dt.timedelta(days=rng.randrange(span)), rng)
        phone = f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        persons[pid] = Person(pid, first, last, None, protection, real, delivery, hides, phone)
        person_rows.append(
            (pid, first, last, name_key(first), name_key(last), number, protection.value,
             real.street, real.postal_code, real.city, real.care_of,
             *((delivery.street, delivery.postal_code, delivery.city, delivery.care_of)
               if delivery else (None, None, None, None)),
             int(hides), phone, "", born, born)
        )  # fmt: skip
        for position in range(clients.get(pid, 0)):
            child_rows.append((pid, position, rng.choice(["Alva", "Noah", "Elsa", "Leo"]), 2015))

    flats: dict[int, Apartment] = {}
    flat_rows = []
    for fid in range(1, n_flats + 1):
        number = f"{1000 + fid % 9000:04d}-{1000 + fid // 9000:04d}-{10 + fid % 89:02d}"
        flat = Apartment(fid, number, address(), rng.randint(1, 5), Decimal(rng.randint(30, 110)),
                         rng.randint(5500, 13500), key_system="ASSA d12",
                         key_series=f"S{rng.randint(100, 999)}")  # fmt: skip
        flats[fid] = flat
        a = flat.address
        flat_rows.append(
            (fid, number, a.street, a.postal_code, a.city, a.care_of, flat.rooms,
             str(flat.area_m2), flat.monthly_rent_sek, flat.landlord, flat.key_system,
             flat.key_series, None, "2026-01-01T00:00:00.000000+00:00")
        )  # fmt: skip

    search_rows, case_flat_rows = [], []
    for case, ids, fid in zip(cases, case_parties, case_flat, strict=True):
        flat_list = [flats[fid]] if fid is not None else []
        if fid is not None:
            case_flat_rows.append((case.id, fid))
        body = search_document(case, [persons[p] for p in ids], flat_list)
        search_rows.append((case.id, body))

    deadline_rows, n_deadlines = deadline_tables(cases, case_client, case_flat, n_flats, seed)
    data = Dataset()
    data.tables = [
        ("persons", f"INSERT INTO persons VALUES ({', '.join('?' * 20)})", person_rows),
        ("person_children", "INSERT INTO person_children VALUES (?, ?, ?, ?)", child_rows),
        ("apartments", f"INSERT INTO apartments VALUES ({', '.join('?' * 14)})", flat_rows),
        (
            "teams",
            "INSERT INTO teams (name, organisation, created_at) VALUES (?, 'uppsalahem', ?)",
            [(t, "2026-01-01") for t in dict.fromkeys(team_of(h) for h in HANDLERS)],
        ),
        (
            "users",
            "INSERT INTO users (name, display_name, role, team, created_at) "
            "VALUES (?, ?, 'handler', ?, '2026-01-01')",
            [(h, h.title(), team_of(h)) for h in HANDLERS],
        ),
        (
            "cases",
            "INSERT INTO cases (id, reference, kind, state, opened_on, outcome, children_count, "
            "notes, updated_at, organisation, shared_with) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            case_rows,
        ),
        ("case_handlers", "INSERT INTO case_handlers VALUES (?, ?)", handler_rows),
        ("case_parties", "INSERT INTO case_parties VALUES (?, ?, ?, ?)", party_rows),
        ("case_apartments", "INSERT INTO case_apartments VALUES (?, ?)", case_flat_rows),
        (
            "case_events",
            "INSERT INTO case_events (case_id, on_date, kind, text, by_user, action) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            event_rows,
        ),
        ("case_search", "INSERT INTO case_search (rowid, body) VALUES (?, ?)", search_rows),
        *deadline_rows,
    ]
    # Probes: a client in the middle of the id range, and the rarest long-tail surname.
    probe_person = perm[(n_cases // 2) % n_persons]
    counts: dict[str, int] = {}
    for row in person_rows:
        counts[row[2]] = counts.get(row[2], 0) + 1
    data.probe = {
        "cases": n_cases,
        "persons": n_persons,
        "personal_number": person_rows[probe_person - 1][5] or person_rows[0][5],
        "rare_surname": min(TAIL_LAST_NAMES, key=lambda n: (counts.get(n, 0) or 10**9, n)),
        "handler": HANDLERS[6],
        # The cases the probe handler's team handles (decides the visible_clause form).
        "team_cases": len({cid for cid, h in handler_rows if team_of(h) == team_of(HANDLERS[6])}),
        "deadlines": n_deadlines,
    }
    return data


TODAY = dt.date(2026, 7, 1)  # the benchmark's today: the newest case opened the day before
DEADLINES_PER_CASE = 0.6  # 60,000 deadlines in the 100,000-case vault (issue 11)
# What Att göra reads (vault/todo_repository.py), as shares
# of every deadline row; each row makes one deadline if its case is open (and it is in force).
DEADLINE_MIX = {
    "notice": 0.185,  # a lease under notice linked to a case
    "old_flat": 0.005,  # a finished customer-care case's old lease, notice given lately
    "review": 0.25,  # a case's risk assessment (three in ten cases have an older one too)
    "decision": 0.17,  # a decision with a validity (one in ten refused)
    "embargo": 0.07,  # a case linked to a flat under a showing embargo
    "placement": 0.10,  # a placement in sheltered housing (one in five ended)
    "trial": 0.10,  # a housing-chain trial period on a social contract (some taken over)
    "move_out": 0.12,  # a current stay in a transition flat (and some earlier ones)
}
_STAMP = "2026-07-01T00:00:00.000000+00:00"


def deadline_tables(
    cases: list[Case], clients: list[int], case_flat: list[int | None], n_flats: int, seed: int
) -> tuple[list[tuple[str, str, list[tuple[Any, ...]]]], int]:
    """The rows Att göra makes its deadlines from, and how many rows can make one; their own
    random stream, so that every other row stays as it was before deadlines were generated."""
    rng = random.Random(seed + 11)
    want = {k: round(len(cases) * DEADLINES_PER_CASE * share) for k, share in DEADLINE_MIX.items()}

    def days(day: dt.date, lo: int, hi: int) -> dt.date:
        return day + dt.timedelta(days=rng.randint(lo, hi))

    def some(pool: Sequence[Case], n: int) -> list[Case]:
        return rng.sample(list(pool), min(n, len(pool)))

    by_kind: dict[CaseKind, list[Case]] = {}
    for case in cases:
        by_kind.setdefault(case.kind, []).append(case)
    lease_rows: list[tuple[Any, ...]] = []
    tenant_rows: list[tuple[Any, ...]] = []
    case_lease_rows: list[tuple[Any, ...]] = []

    def lease(case: Case, kind: str, start: dt.date, notice: dt.date | None, status: str) -> int:
        assert case.id is not None
        lid = len(lease_rows) + 1
        flat = case_flat[case.id - 1] or rng.randrange(n_flats) + 1
        lease_rows.append(
            (lid, f"BK-{lid:07d}", flat, kind, start.isoformat(),
             notice.isoformat() if notice else None, status, _STAMP)
        )  # fmt: skip
        tenant_rows.append((lid, clients[case.id - 1], 0))
        case_lease_rows.append((case.id, lid))
        return lid

    for case in some(cases, want["notice"]):
        notice = days(case.opened_on, 0, 90)
        lease(case, "first_hand", days(case.opened_on, -3000, -60), notice, "notice_given")
    # Old flats: finished customer-care cases of late whose old lease is still under notice.
    finished = [
        c for c in by_kind.get(CaseKind.CUSTOMER_CARE, [])
        if workflow_for(c.kind).is_terminal(c.state)
    ][-3 * want["old_flat"]:]  # fmt: skip
    for case in some(finished, want["old_flat"]):
        lease(case, "first_hand", days(case.opened_on, -3000, -60), days(TODAY, -85, -1),
              "notice_given")  # fmt: skip

    risk_rows: list[tuple[Any, ...]] = []
    levels = [level.value for level in RiskLevel]
    for case in some(cases, want["review"]):
        on = days(case.opened_on, 0, 30)
        for _ in range(1 if rng.random() < 0.7 else 2):
            review = days(on, 30, 180)
            risk_rows.append(
                (len(risk_rows) + 1, case.id, on.isoformat(), "handl01", rng.choice(levels),
                 int(rng.random() < 0.3), review.isoformat())
            )  # fmt: skip
            on = days(on, 20, 120)

    decision_rows: list[tuple[Any, ...]] = []
    decision_kinds = [k.value for k in DecisionKind]
    for case in some(cases, want["decision"]):
        on = days(case.opened_on, 0, 60)
        granted = rng.choices([1, 0, None], [85, 10, 5])[0]
        decision_rows.append(
            (len(decision_rows) + 1, case.id, on.isoformat(), rng.choice(decision_kinds),
             "Beslut (påhittat).", "handl01", granted, days(on, 90, 730).isoformat())
        )  # fmt: skip

    links: dict[int, int] = {}
    for fid in case_flat:
        if fid is not None:
            links[fid] = links.get(fid, 0) + 1
    embargo_rows: list[tuple[Any, ...]] = []
    linked = 0
    for fid in rng.sample(sorted(links), len(links)):
        if linked >= want["embargo"]:
            break
        embargo_rows.append((days(TODAY, -30, 120).isoformat(), fid))
        linked += links[fid]

    agreement = (1, "shelter_framework", "Skyddat boende AB (påhittat)", "Ramavtal (påhittat)",
                 "2010-01-01", None, None, "", _STAMP, _STAMP)  # fmt: skip
    placement_rows: list[tuple[Any, ...]] = []
    for case in some(by_kind.get(CaseKind.SHELTER_EXIT, []), want["placement"]):
        start = days(case.opened_on, 0, 30)
        ended = days(start, 30, 300).isoformat() if rng.random() < 0.2 else None
        offered = rng.choice([None, 0, 1])
        placement_rows.append(
            (len(placement_rows) + 1, case.id, 1, "Skyddat boende AB (påhittat)", 1,
             start.isoformat(), days(start, 60, 365).isoformat(), ended, offered, _STAMP, _STAMP)
        )  # fmt: skip

    trial_rows: list[tuple[Any, ...]] = []
    for case in some(by_kind.get(CaseKind.HOUSING_CHAIN, []), want["trial"]):
        start = days(case.opened_on, 30, 120)
        lid = lease(case, "social_contract", start, None, "active")
        months = rng.choice([6, 12, 12, 12, 18])
        ended = days(start, 180, 540).isoformat() if rng.random() < 0.15 else None
        trial_rows.append(
            (case.id, lid, start.isoformat(), months, trial_end(start, months).isoformat(), None,
             ended, _STAMP)
        )  # fmt: skip

    flat_rows: list[tuple[Any, ...]] = []
    stay_rows: list[tuple[Any, ...]] = []
    flats = rng.sample(range(1, n_flats + 1), min(n_flats, want["move_out"]))
    categories = [c.value for c in FlatCategory]
    for fid, case in zip(flats, some(cases, len(flats)), strict=True):
        moved_in = days(case.opened_on, 0, 60)
        flat_rows.append(
            (fid, rng.choice(categories), "Nexus", "2010-01-01", "", _STAMP, _STAMP, None)
        )
        if rng.random() < 0.3:  # someone lived there before
            earlier = days(moved_in, -400, -200)
            stay_rows.append(
                (len(stay_rows) + 1, fid, rng.choice(cases).id, earlier.isoformat(),
                 days(earlier, 90, 150).isoformat(), "", days(earlier, 60, 180).isoformat(),
                 _STAMP, _STAMP)
            )  # fmt: skip
        stay_rows.append(
            (len(stay_rows) + 1, fid, case.id, moved_in.isoformat(),
             days(moved_in, 90, 540).isoformat(), "", None, _STAMP, _STAMP)
        )  # fmt: skip

    def insert(table: str, rows: list[tuple[Any, ...]]) -> tuple[str, str, list[tuple[Any, ...]]]:
        marks = ", ".join("?" * len(rows[0])) if rows else "?"
        return table, f"INSERT INTO {table} VALUES ({marks})", rows

    n = (
        sum(1 for row in lease_rows if row[6] == "notice_given")
        + len({row[1] for row in risk_rows})
        + len(decision_rows)
        + linked
        + len(placement_rows)
        + len(trial_rows)
        + len(flat_rows)
    )
    return [
        insert("leases", lease_rows),
        insert("lease_tenants", tenant_rows),
        insert("case_leases", case_lease_rows),
        insert("risk_assessments", risk_rows),
        insert("case_decisions", decision_rows),
        ("apartments", "UPDATE apartments SET embargo_until = ? WHERE id = ?", embargo_rows),
        insert("agreements", [agreement]),
        insert("placements", placement_rows),
        insert("trial_periods", trial_rows),
        insert("transition_flats", flat_rows),
        insert("transition_flat_stays", stay_rows),
    ], n


# ----------------------------------------------------------------------------- databases


def _open_unencrypted(module: Any, path: Path, create: bool) -> Connection:
    mode = "rwc" if create else "rw"
    conn = module.connect(
        f"file:{path}?mode={mode}", uri=True, isolation_level=None, check_same_thread=False
    )
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # as database.connect does
    database._configure(conn)  # the very pragmas of the vault
    return conn


@dataclass
class Bench:
    root: Path
    key: bytearray = field(default_factory=bytearray)

    @property
    def vault_folder(self) -> Path:
        return self.root / "vault"

    def path(self, kind: str) -> Path:
        if kind == VAULT:
            return Vault.database_path(self.vault_folder)
        return self.root / f"{kind}.db"

    def open(self, kind: str, *, create: bool = False) -> Connection:
        if kind == VAULT:
            return database.connect(self.path(kind), self.key, create=create)
        module = sqlite3 if kind == PLAIN else sqlcipher3
        return _open_unencrypted(module, self.path(kind), create)

    def size_mib(self, kind: str) -> float:
        return self.path(kind).stat().st_size / 2**20


def create_vault(bench: Bench, kdf: KdfParams | None = None) -> float:
    """The real thing: Vault.create with Argon2id calibrated on this machine, as the app does
    (`kdf` given: those parameters instead, for the quick run).

    Done before the data is generated, so calibration runs in a quiet, small process.
    """
    start = time.perf_counter()
    vault = Vault.create(bench.vault_folder, USER, "Bench", PASSPHRASE, kdf_params=kdf).vault
    seconds = time.perf_counter() - start
    bench.key = bytearray(vault.data_key)
    vault.lock()
    return seconds


def build(bench: Bench, data: Dataset, create_s: float) -> dict[str, dict[str, float]]:
    """Create the two unencrypted databases and bulk load all three, one transaction each."""
    stats: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        if kind != VAULT:
            conn = bench.open(kind, create=True)
            migrate(conn, data_key=bench.key, backup_dir=bench.root / f"{kind}-backups")
            conn.close()
        conn = bench.open(kind)
        gc.collect()
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for _, sql, rows in data.tables:
            conn.executemany(sql, rows)
        conn.execute("COMMIT")
        load = time.perf_counter() - start
        start = time.perf_counter()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        checkpoint = time.perf_counter() - start
        conn.close()
        stats[kind] = {"load_s": load, "checkpoint_s": checkpoint, "size_mib": bench.size_mib(kind)}
        print(f"  loaded {kind:8s} {load:6.1f} s  checkpoint {checkpoint:5.2f} s", flush=True)
    stats[VAULT]["create_s"] = create_s
    return stats


# ----------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class Query:
    name: str
    run: Callable[[Connection], object]
    goal_ms: float | None = None
    core: bool = False  # one of the issue's goals
    memsec: bool = True  # also measured with cipher_memory_security = ON


def page_offset(probe: dict[str, Any]) -> int:
    """The issue's OFFSET 5000; half the cases in a quick run with fewer than 10,000."""
    return min(5000, int(probe["cases"]) // 2)


@dataclass
class BenchSession:
    """What the Att göra service reads of a `Session`, over any of the three connections.

    `scope` None is every case of the vault (no user sees that many: the stress figure).
    """

    conn: Connection
    scope_: CaseScope | None

    def scope(self) -> CaseScope | None:
        return self.scope_

    def today(self) -> dt.date:
        return TODAY


def keyset_page(off: int, sort: CaseSort = CaseSort.NEWEST) -> Callable[[Connection], object]:
    """The page at position `off` as the case list reads it: after the last row of the page
    before (found once, on the first run, and kept)."""
    last: list[CaseSummary] = []

    def run(conn: Connection) -> object:
        if not last:
            before = search_repository.list_cases(conn, sort=sort, limit=1, offset=off - 1)
            last.append(before.rows[0])
        return search_repository.list_cases(conn, sort=sort, limit=100, after=last[0])

    return run


def queries(probe: dict[str, Any]) -> list[Query]:
    number = PersonalNumber(probe["personal_number"])
    off = page_offset(probe)
    handler = CaseFilter(handler=probe["handler"])
    # What a handler's own searches add: only the cases of their team (visible_clause).
    # The form Session.scope() picks for this team (access_repository.sees_few), chosen once.
    few = int(probe.get("team_cases", 0)) <= access_repository.FEW_CASES
    scope = CaseScope(probe["handler"], team_of(probe["handler"]), Organisation.UPPSALAHEM, few=few)

    def by_number(conn: Connection) -> object:  # the search box's personal-number path
        people = persons_repository.ids_by_personal_number(conn, number)
        ids = cases_repository.case_ids_of_persons(conn, people)
        return search_repository.cases_by_ids(conn, ids)

    horizon = TODAY + dt.timedelta(days=90)  # the page's default horizon

    def todo_page(scope: CaseScope | None) -> Callable[[Connection], object]:
        """What Att göra shows first: its first window of deadlines, built (`todo.window`)."""
        return lambda c: todo.window(BenchSession(c, scope), until=horizon)  # type: ignore[arg-type]

    def todo_counts(scope: CaseScope | None) -> Callable[[Connection], object]:
        """The status line's counts, read after the first rows are shown (`todo.counts`)."""
        return lambda c: todo.counts(BenchSession(c, scope), until=horizon)  # type: ignore[arg-type]

    return [
        Query("Att göra as a handler, 90 days", todo_page(scope), TODO_GOAL_MS, core=True),
        Query("Att göra, every case, 90 days", todo_page(None), TODO_GOAL_MS, core=True),
        Query("Att göra counts as a handler (status line)", todo_counts(scope), None, memsec=False),
        Query("Att göra counts, every case (status line)", todo_counts(None), None, memsec=False),
        Query(
            "name prefix 'Ann'",
            lambda c: persons_repository.ids_by_name_prefix(c, "Ann"),
            5,
            core=True,
        ),
        Query(
            "personal number (exact)",
            lambda c: persons_repository.ids_by_personal_number(c, number),
            5,
            core=True,
        ),
        Query(
            f"list page, newest, offset {off}",
            lambda c: search_repository.list_cases(c, limit=100, offset=off),
            5,
            core=True,
        ),
        Query(f"list page, newest, keyset at {off}", keyset_page(off), 5, core=True),
        Query(
            f"FTS specific '{RARE_WORD}'",
            lambda c: search_repository.search_text(c, (RARE_WORD,)),
            20,
            core=True,
        ),
        Query(
            f"FTS very common '{COMMON_WORD}'",
            lambda c: search_repository.search_text(c, (COMMON_WORD,)),
            100,
            core=True,
        ),
        # Further queries the app runs (no goal of their own in the issue beyond the ratio;
        # list pages and searches get the goal of their family).
        Query(
            f"name prefix '{probe['rare_surname']}'",
            lambda c: persons_repository.ids_by_name_prefix(c, probe["rare_surname"]),
            5,
        ),
        Query("search box: personal number -> cases", by_number, 5),
        Query(
            f"list page, sort=opened, offset {off}",
            lambda c: search_repository.list_cases(c, sort=CaseSort.OPENED, limit=100, offset=off),
            5,
            memsec=False,
        ),
        Query(
            f"list page, sort=kind, offset {off}",
            lambda c: search_repository.list_cases(c, sort=CaseSort.KIND, limit=100, offset=off),
            5,
        ),
        Query(
            f"list page, sort=state, offset {off}",
            lambda c: search_repository.list_cases(c, sort=CaseSort.STATE, limit=100, offset=off),
            5,
            memsec=False,
        ),
        Query(f"list page, sort=kind, keyset at {off}", keyset_page(off, CaseSort.KIND), 5),
        Query(
            f"list page, sort=state, keyset at {off}",
            keyset_page(off, CaseSort.STATE),
            5,
            memsec=False,
        ),
        Query(
            f"list page, sort=opened, keyset at {off}",
            keyset_page(off, CaseSort.OPENED),
            5,
            memsec=False,
        ),
        Query(
            "list page, my cases (handler), offset 0",
            lambda c: search_repository.list_cases(c, flt=handler, limit=100),
            5,
            memsec=False,
        ),
        Query(
            "list page as a handler (team's cases), offset 0",
            lambda c: search_repository.list_cases(c, limit=100, scope=scope),
            5,
        ),
        Query(
            f"list page as a handler, offset {off // 5}",
            lambda c: search_repository.list_cases(c, limit=100, offset=off // 5, scope=scope),
            5,
            memsec=False,
        ),
        Query(
            f"FTS specific '{RARE_WORD}' as a handler",
            lambda c: search_repository.search_text(c, (RARE_WORD,), scope=scope),
            20,
        ),
        Query(
            f"FTS very common '{COMMON_WORD}' as a handler",
            lambda c: search_repository.search_text(c, (COMMON_WORD,), scope=scope),
            100,
            memsec=False,
        ),
        Query("FTS name 'Anna'", lambda c: search_repository.search_text(c, ("Anna",)), 100),
        Query(
            "FTS 'Anna Testsson' (two terms)",
            lambda c: search_repository.search_text(c, ("Anna", "Testsson")),
            20,
        ),
        Query(
            f"FTS very common '{COMMON_WORD}', sort=opened",
            lambda c: search_repository.search_text(c, (COMMON_WORD,), sort=CaseSort.OPENED),
            100,
            memsec=False,
        ),
    ]


def _ms(start: int, end: int) -> float:
    return (end - start) / 1e6


def median(xs: Sequence[float]) -> float:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def p90(xs: Sequence[float]) -> float:
    s = sorted(xs)
    return s[max(0, math.ceil(0.9 * len(s)) - 1)]


def _rotated(kinds: Sequence[str], r: int) -> list[str]:
    r %= len(kinds)
    return [*kinds[r:], *kinds[:r]]


Samples = dict[str, dict[str, list[float]]]  # query -> kind -> ms


def measure_warm(conns: dict[str, Connection], qs: Sequence[Query], repeat: int) -> Samples:
    out: Samples = {}
    kinds = list(conns)
    for q in qs:
        out[q.name] = {k: [] for k in kinds}
        for k in kinds:
            q.run(conns[k])  # warm-up
        for r in range(repeat):
            for k in _rotated(kinds, r):
                start = time.perf_counter_ns()
                q.run(conns[k])
                out[q.name][k].append(_ms(start, time.perf_counter_ns()))
    return out


def measure_fresh(
    bench: Bench, qs: Sequence[Query], repeat: int
) -> tuple[Samples, dict[str, list[float]]]:
    out: Samples = {}
    opens: dict[str, list[float]] = {k: [] for k in KINDS}
    for q in qs:
        out[q.name] = {k: [] for k in KINDS}
        for r in range(repeat):
            for k in _rotated(KINDS, r):
                start = time.perf_counter_ns()
                conn = bench.open(k)
                opened = time.perf_counter_ns()
                q.run(conn)
                done = time.perf_counter_ns()
                conn.close()
                opens[k].append(_ms(start, opened))
                out[q.name][k].append(_ms(opened, done))
    return out, opens


@contextmanager
def open_all(bench: Bench, kinds: Sequence[str] = KINDS) -> Iterator[dict[str, Connection]]:
    conns = {k: bench.open(k) for k in kinds}
    try:
        yield conns
    finally:
        for conn in conns.values():
            conn.close()


class _Recorder:
    """A connection stand-in that remembers each statement a repository function runs."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.calls: list[tuple[str, Sequence[object]]] = []

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        self.calls.append((sql, list(params)))
        return self.conn.execute(sql, params)


def plans(conn: Connection, q: Query) -> list[tuple[str, list[str]]]:
    recorder = _Recorder(conn)
    q.run(recorder)
    out = []
    for sql, params in recorder.calls:
        rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        out.append((sql, [f"{'  ' * _depth(rows, r)}{r[3]}" for r in rows]))
    return out


def _depth(rows: list[tuple[Any, ...]], row: tuple[Any, ...]) -> int:
    parents = {r[0]: r[1] for r in rows}
    depth, parent = 0, row[1]
    while parent in parents:
        depth, parent = depth + 1, parents[parent]
    return depth


def hit_counts(conn: Connection, qs: Sequence[Query]) -> dict[str, str]:
    """How many rows each query's main statement matches (shown next to the query name)."""
    out = {}
    for q in qs:
        recorder = _Recorder(conn)
        result = q.run(recorder)
        sql, params = recorder.calls[-1]
        if "case_search MATCH" in sql:
            n = conn.execute(
                "SELECT count(*) FROM case_search WHERE case_search MATCH ?", (params[0],)
            ).fetchone()[0]
            out[q.name] = f"{n} cases match"
        elif isinstance(result, list):
            out[q.name] = f"{len(result)} ids"
        else:
            out[q.name] = f"{len(getattr(result, 'rows', []))} rows"
    if "name prefix 'Ann'" in out:
        n = conn.execute(
            "SELECT count(*) FROM persons WHERE first_key >= 'ann' AND first_key < 'ano'"
        )
        out["name prefix 'Ann'"] = f"100 of {n.fetchone()[0]} persons"
    return out


# ----------------------------------------------------------------------------- memory security


def worker(bench: Bench, memory_security: bool, repeat: int) -> None:
    """Child process: the warm queries with cipher_memory_security as asked; JSON on stdout."""
    if memory_security:
        # Process-wide, and sticky: set on a throwaway connection before any key is given.
        guard = sqlcipher3.connect(":memory:")
        guard.execute("PRAGMA cipher_memory_security = ON")
    vault = Vault.unlock(bench.vault_folder, USER, PASSPHRASE)
    try:
        conn = vault.connection
        state = conn.execute("PRAGMA cipher_memory_security").fetchone()[0]
        nokey = bench.open(NOKEY)
        probe = json.loads((bench.root / "probe.json").read_text("utf-8"))
        qs = [q for q in queries(probe) if q.memsec]
        samples = measure_warm({VAULT: conn, NOKEY: nokey}, qs, repeat)
        nokey.close()
    finally:
        vault.lock()
    print(json.dumps({"memory_security": state, "samples": samples}))


def memory_security_runs(bench: Bench, repeat: int, rounds: int = 2) -> dict[str, Samples]:
    """OFF, ON, OFF, ON: each child unlocks the vault and runs the warm queries repeat/2 times."""
    pooled: dict[str, Samples] = {"off": {}, "on": {}}
    repeat = max(5, math.ceil(repeat / rounds))
    for _ in range(rounds):
        for mode in ("off", "on"):
            cmd = [sys.executable, __file__, "--dir", str(bench.root), "--repeat", str(repeat)]
            cmd += ["--worker", f"memsec-{mode}"]
            done = subprocess.run(cmd, check=True, capture_output=True, text=True)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            expected = "1" if mode == "on" else "0"
            if str(result["memory_security"]) != expected:
                raise RuntimeError(f"worker {mode}: cipher_memory_security = {result}")
            for qname, per_kind in result["samples"].items():
                for kind, xs in per_kind.items():
                    pooled[mode].setdefault(qname, {}).setdefault(kind, []).extend(xs)
            print(f"  memory security {mode.upper():3s} worker done", flush=True)
    return pooled


# ----------------------------------------------------------------------------- unlock


def unlock_times(folder: Path, runs: int) -> dict[str, Any]:
    slots = KeySlotFile.load(Vault.keyslot_path(folder))
    slot = slots.user_slot(USER)
    assert slot is not None
    params: KdfParams = slot.kdf
    kdf, unlock, lock = [], [], []
    for _ in range(runs):  # interleaved, so a noisy spell hits both alike
        gc.collect()
        kdf.append(time_derivation(params))
        start = time.perf_counter()
        vault = Vault.unlock(folder, USER, PASSPHRASE)
        opened = time.perf_counter()
        vault.lock()
        unlock.append(opened - start)
        lock.append(time.perf_counter() - opened)
    return {
        "params": f"m={params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes}",
        "kdf_s": median(kdf),
        "unlock_s": median(unlock),
        "unlock_max_s": max(unlock),
        "lock_s": median(lock),
    }


def calibration_spread(runs: int) -> list[dict[str, Any]]:
    """What calibrate() picks here, run after run, and what those parameters then really take.

    Runs alternate between calibrate()'s own timer (one derivation per probe) and an
    experimental timer taking the median of three derivations per probe.
    """
    out = []
    for _ in range(runs):
        for probe_runs in (1, 3):
            probes: list[str] = []

            def timer(params: KdfParams, probes: list[str] = probes, n: int = probe_runs) -> float:
                seconds = median([time_derivation(params) for _ in range(n)])
                mib = params.memory_kib // 1024
                probes.append(f"{mib} MiB/t={params.iterations}: {seconds:.3f} s")
                return seconds

            params = calibrate(timer=timer)
            real = [time_derivation(params) for _ in range(3)]
            out.append(
                {
                    "timer": "calibrate() as shipped" if probe_runs == 1 else "median of 3 (exp.)",
                    "probes": probes,
                    "chosen": f"m={params.memory_kib // 1024} MiB, t={params.iterations}",
                    "derivation_s": median(real),
                }
            )
    return out


# ----------------------------------------------------------------------------- experiments


@dataclass(frozen=True)
class Experiment:
    """An index or SQL change tried on the benchmark databases only, then undone."""

    name: str
    proposal: str  # the exact change suggested for the migrations / repository
    compare: tuple[tuple[Query, Query], ...]  # (production query, the same page done differently)
    setup: tuple[str, ...] = ()
    teardown: tuple[str, ...] = ()


def experiments(qs: Sequence[Query], off: int) -> list[Experiment]:
    # E1 (deferred join) and E2 (sort indexes) are in production since migration 002; E3
    # (keyset paging) since issue 11: kept here as the before/after of OFFSET and keyset.
    prod = {q.name: q for q in qs}
    return [
        Experiment(
            "E3 keyset paging for the case list (in production since issue 11)",
            "list_cases(..., after=last row shown) seeks by the sort key and id instead of "
            "reading and skipping OFFSET rows; before = OFFSET, after = keyset",
            tuple(
                (
                    prod[f"list page, {sort}, offset {off}"],
                    prod[f"list page, {sort}, keyset at {off}"],
                )
                for sort in ("newest", "sort=kind", "sort=state", "sort=opened")
            ),
        ),
    ]


def _cpu_has(flag: str) -> str:
    try:
        text = Path("/proc/cpuinfo").read_text("ascii", errors="replace")
    except OSError:
        return "unknown"
    return "yes" if f" {flag}" in text else "no"


def hmac_experiment(bench: Bench, qs: Sequence[Query], repeat: int) -> list[dict[str, Any]]:
    """E4: a copy of the vault with HMAC-SHA256 page MACs instead of SQLCipher 4's HMAC-SHA512.

    Fresh connections pay for decrypting and checking every page they read; this shows how much
    of that is the MAC. Measured side by side with the production vault and sqlite3.
    """
    alg = "HMAC_SHA256"
    target = bench.root / "vault-hmac-sha256.db"
    hexkey = bytes(bench.key).hex()
    if not target.exists():
        conn = bench.open(VAULT)
        conn.execute(f"ATTACH DATABASE '{target}' AS e KEY \"x'{hexkey}'\"")
        conn.execute(f"PRAGMA e.cipher_hmac_algorithm = {alg}")
        conn.execute("SELECT sqlcipher_export('e')")
        conn.execute("DETACH DATABASE e")
        conn.close()

    def open_sha256() -> Connection:
        conn = sqlcipher3.connect(
            f"file:{target}?mode=rw", uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA key = \"x'{hexkey}'\"")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {alg}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        database._configure(conn)
        return conn

    openers = {
        "vault": lambda: bench.open(VAULT),
        "sha256": open_sha256,
        "sqlite3": lambda: bench.open(PLAIN),
    }
    picked = [q for q in qs if q.memsec]  # the same set as the memory-security table
    samples: Samples = {q.name: {k: [] for k in openers} for q in picked}
    for r in range(repeat):
        for q in picked:
            for k in _rotated(list(openers), r):
                conn = openers[k]()
                start = time.perf_counter_ns()
                q.run(conn)
                samples[q.name][k].append(_ms(start, time.perf_counter_ns()))
                conn.close()
    print(
        "\n[E4 HMAC-SHA256 page MACs (SQLCipher 4 default: HMAC-SHA512)]\n"
        "  proposal: none for now - see README; this CPU has SHA extensions (sha_ni): "
        f"{_cpu_has('sha_ni')}\n"
        "  fresh connection, query time, medians ms:\n"
        f"  {'query':42s} {'SHA512':>8s} {'SHA256':>8s} {'sqlite3':>8s}"
        f" {'ratio 512':>9s} {'ratio 256':>9s}"
    )
    out = []
    for q in picked:
        v, h, p = (median(samples[q.name][k]) for k in openers)
        print(f"  {q.name:42s} {v:8.3f} {h:8.3f} {p:8.3f} {v / p:9.2f} {h / p:9.2f}")
        out.append({"query": q.name, "sha512_ms": v, "sha256_ms": h, "sqlite3_ms": p})
    return out


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def todo_goals(report: dict[str, Any]) -> None:
    """Att göra: the first window within 50 ms, warm and on a fresh connection (issue 11)."""
    warm = {r["query"]: r for r in report["warm"]}
    fresh = {r["query"]: r for r in report["fresh"]}
    print(
        f"\nATT GÖRA ({report['probe'].get('deadlines', 0)} deadline rows; medians ms; goal: the "
        f"first window <= {TODO_GOAL_MS} ms warm and fresh; ratio = vault / sqlite3)"
    )
    report["todo"] = []
    for name in (q for q in warm if q.startswith("Att göra")):
        w, f = warm[name], fresh[name]
        goal = w["goal_ms"]
        ok = goal is None or (w["vault_ms"] <= goal and f["vault_ms"] <= goal)
        mark = verdict(ok) if goal is not None else "(no goal: read after the rows are shown)"
        print(
            f"  {name:44s} warm {w['vault_ms']:8.2f} (sqlite3 {w['sqlite3_ms']:7.2f}, "
            f"{w['ratio_sqlite3']:4.2f}x)  fresh {f['vault_ms']:8.2f} (sqlite3 "
            f"{f['sqlite3_ms']:7.2f}, {f['ratio_sqlite3']:4.2f}x)  {mark}"
        )
        report["todo"].append({"query": name, "warm": w, "fresh": f, "pass": ok})


def keyset_goals(report: dict[str, Any]) -> None:
    """The case list at position 5000 on a fresh connection: <= 2x plain SQLite (issue 11)."""
    fresh = {r["query"]: r for r in report["fresh"]}
    off = page_offset(report["probe"])
    print(
        f"\nCASE LIST PAGE AT POSITION {off}, FRESH CONNECTION (goal: vault keyset <= "
        f"{KEYSET_GOAL:g}x plain SQLite; medians ms)"
    )
    report["keyset"] = []
    for sort in ("newest", "sort=kind", "sort=state", "sort=opened"):
        offset = fresh[f"list page, {sort}, offset {off}"]
        keyset = fresh[f"list page, {sort}, keyset at {off}"]
        v = keyset["vault_ms"]
        to_offset, to_keyset = v / offset["sqlite3_ms"], v / keyset["sqlite3_ms"]
        print(
            f"  {sort:12s} vault keyset {v:6.3f}  sqlite3 OFFSET {offset['sqlite3_ms']:6.3f}  "
            f"sqlite3 keyset {keyset['sqlite3_ms']:6.3f}   vault keyset / sqlite3 OFFSET "
            f"{to_offset:4.2f}x {verdict(to_offset <= KEYSET_GOAL)}   / sqlite3 keyset "
            f"{to_keyset:4.2f}x {verdict(to_keyset <= KEYSET_GOAL)}   (was: vault OFFSET "
            f"{offset['vault_ms']:6.3f}, {offset['ratio_sqlite3']:4.2f}x)"
        )
        report["keyset"].append(
            {"sort": sort, "vault_keyset_ms": v, "sqlite3_offset_ms": offset["sqlite3_ms"],
             "sqlite3_keyset_ms": keyset["sqlite3_ms"], "vault_offset_ms": offset["vault_ms"],
             "ratio_to_sqlite3_offset": to_offset, "ratio_to_sqlite3_keyset": to_keyset}
        )  # fmt: skip


def summary(report: dict[str, Any]) -> None:
    """The issue's goals, one line each."""
    todo_goals(report)
    keyset_goals(report)
    print("\nGOALS")
    warm = {r["query"]: r for r in report["warm"]}
    fresh = {r["query"]: r for r in report["fresh"]}

    def line(goal: str, ok: bool, detail: str) -> None:
        print(f"  {'PASS' if ok else 'FAIL'}  {goal:55s} {detail}")

    for r in report["warm"]:
        if r["core"]:
            ok = r["vault_ms"] <= r["goal_ms"]
            line(f"{r['query']} <= {r['goal_ms']:g} ms", ok, f"warm {r['vault_ms']:.3f} ms")
    for t in report["todo"]:
        if t["warm"]["goal_ms"] is not None:
            detail = f"warm {t['warm']['vault_ms']:.2f} ms, fresh {t['fresh']['vault_ms']:.2f} ms"
            line(f"{t['query']} <= {TODO_GOAL_MS} ms (fresh too)", t["pass"], detail)
    k = report["keyset"][0]
    line(
        f"list page at {page_offset(report['probe'])}, fresh, <= {KEYSET_GOAL:g}x sqlite3",
        k["ratio_to_sqlite3_offset"] <= KEYSET_GOAL,
        f"keyset {k['ratio_to_sqlite3_offset']:.2f}x sqlite3 OFFSET, "
        f"{k['ratio_to_sqlite3_keyset']:.2f}x sqlite3 keyset",
    )
    for label, rows, goal in (("warm", warm, WARM_RATIO_GOAL), ("fresh", fresh, FRESH_RATIO_GOAL)):
        over = [
            f"{q} {r['ratio_sqlite3']:.2f}x" for q, r in rows.items() if r["ratio_sqlite3"] > goal
        ]
        core = [q for q, r in rows.items() if r["core"] and r["ratio_sqlite3"] > goal]
        worst = max(r["ratio_sqlite3"] for r in rows.values())
        line(
            f"every query <= {goal:g}x sqlite3 ({label})",
            not over,
            f"worst {worst:.2f}x" + (f"; over: {', '.join(over)}" if over else ""),
        )
        if over:
            print(f"{'':8s}of the issue's own queries over: {', '.join(core) or 'none'}")
    family = [r for r in report["warm"] if not r["core"] and r["goal_ms"] is not None]
    slow = [f"{r['query']} {r['vault_ms']:.1f} ms" for r in family if r["vault_ms"] > r["goal_ms"]]
    line(
        "further list/search queries within their family's goal",
        not slow,
        "; ".join(slow) if slow else "all",
    )
    u = report["unlock"]["calibrated"]
    lo, hi = UNLOCK_GOAL_S
    line(
        f"unlock incl. Argon2id {lo:g}-{hi:g} s"
        + (" (quick: minimum KDF)" if report["quick"] else ""),
        lo <= u["unlock_s"] <= hi,
        f"{u['unlock_s']:.3f} s median, max {u['unlock_max_s']:.3f} s ({u['params']})",
    )
    worst = max(report["memory_security"], key=lambda r: r["vault_on_ms"] / r["vault_off_ms"])
    print(
        f"  cipher_memory_security = ON: up to {worst['vault_on_ms'] / worst['vault_off_ms']:.0f}x "
        f"slower ({worst['query']}: {worst['vault_off_ms']:.1f} -> {worst['vault_on_ms']:.1f} ms)"
    )


def run_experiments(
    bench: Bench, exps: Sequence[Experiment], warm: Samples, fresh: Samples, repeat: int
) -> list[dict[str, Any]]:
    """Each alternative measured after its setup; "before" is the main run's production figure."""
    print("\nEXPERIMENTS (benchmark databases only; indexes dropped afterwards)")
    print("  before = production query in the main run; after = the alternative; medians, ms")
    out = []
    for e in exps:
        print(f"\n[{e.name}]\n  proposal: {e.proposal}")
        for kind in KINDS:
            conn = bench.open(kind)
            for sql in e.setup:
                conn.execute(sql)
            conn.close()
        try:
            alts = [alt for _, alt in e.compare]
            with open_all(bench) as conns:
                same = {
                    alt.name: prod.run(conns[VAULT]) == alt.run(conns[VAULT])
                    for prod, alt in e.compare
                }
                plan = {alt.name: plans(conns[VAULT], alt) for alt in alts}
                after_warm = measure_warm(conns, alts, repeat)
            after_fresh, _ = measure_fresh(bench, alts, repeat)
        finally:
            for kind in KINDS:
                conn = bench.open(kind)
                for sql in e.teardown:
                    conn.execute(sql)
                conn.close()
        for prod, alt in e.compare:
            row: dict[str, Any] = {
                "experiment": e.name,
                "query": alt.name,
                "same_rows": same[alt.name],
            }
            print(f"  {alt.name}   (same rows as production: {'yes' if same[alt.name] else 'NO'})")
            for label, before, after in (
                ("warm ", warm[prod.name], after_warm[alt.name]),
                ("fresh", fresh[prod.name], after_fresh[alt.name]),
            ):
                cells = "   ".join(
                    f"{k} {median(before[k]):8.3f} -> {median(after[k]):8.3f}" for k in KINDS
                )
                ratio = median(after[VAULT]) / median(after[PLAIN])
                print(f"    {label} {cells}   vault/sqlite3 after {ratio:.2f}")
                for k in KINDS:
                    row[f"{label.strip()}_{k}_before_ms"] = median(before[k])
                    row[f"{label.strip()}_{k}_after_ms"] = median(after[k])
            for _, lines in plan[alt.name]:
                print("\n".join(f"      {x}" for x in lines))
            out.append(row)
    return out


# ----------------------------------------------------------------------------- report


def _fmt(ms: float) -> str:
    return f"{ms:9.3f}" if ms < 10 else f"{ms:9.2f}" if ms < 100 else f"{ms:9.1f}"


def table(
    title: str,
    samples: Samples,
    qs: Sequence[Query],
    ratio_goal: float,
    hits: dict[str, str],
    *,
    absolute: bool,
) -> list[dict[str, Any]]:
    print(f"\n{title}")
    head = (
        f"{'query':42s} {'goal':>6s} {'vault':>9s} {'p90':>9s} {'sqlite3':>9s} {'nokey':>9s}"
        f" {'v/sqlite3':>9s} {'v/nokey':>8s}  verdict"
    )
    print(head)
    print("-" * len(head))
    rows = []
    for q in qs:
        s = samples[q.name]
        v, p, n = median(s[VAULT]), median(s[PLAIN]), median(s[NOKEY])
        ratio, enc = v / p, v / n
        fails = []
        if ratio > ratio_goal:
            fails.append(f"ratio>{ratio_goal:g}")
        if absolute and q.goal_ms is not None and v > q.goal_ms:
            fails.append(f">{q.goal_ms:g}ms")
        verdict = "PASS" if not fails else "FAIL " + ",".join(fails)
        goal = f"{q.goal_ms:g}" if q.goal_ms is not None else "-"
        mark = "*" if q.core else " "
        print(
            f"{mark}{q.name:41s} {goal:>6s} {_fmt(v)} {_fmt(p90(s[VAULT]))} {_fmt(p)} {_fmt(n)}"
            f" {ratio:9.2f} {enc:8.2f}  {verdict}"
        )
        rows.append(
            {
                "query": q.name,
                "core": q.core,
                "hits": hits.get(q.name, ""),
                "goal_ms": q.goal_ms,
                "vault_ms": v,
                "vault_p90_ms": p90(s[VAULT]),
                "sqlite3_ms": p,
                "nokey_ms": n,
                "ratio_sqlite3": ratio,
                "ratio_nokey": enc,
                "verdict": verdict,
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="benchmark folder (default: a new one in .bench/)")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--persons", type=int, help="default: 1.5 x cases")
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--unlock-runs", type=int, default=7)
    parser.add_argument("--calibrations", type=int, default=3, help="extra calibrate() runs")
    parser.add_argument("--reuse", action="store_true", help="measure databases built earlier")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a small vault, few repeats, minimum KDF: every section in seconds (make test)",
    )
    parser.add_argument("--worker", choices=["memsec-on", "memsec-off"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        worker(Bench(args.dir.resolve()), args.worker == "memsec-on", args.repeat)
        return 0
    if args.quick:
        for name, value in QUICK.items():
            if getattr(args, name) == parser.get_default(name):
                setattr(args, name, value)

    stamp = time.strftime("%Y%m%d-%H%M%S")
    root = (args.dir or REPO / ".bench" / f"{'quick' if args.quick else 'run'}-{stamp}").resolve()
    bench = Bench(root)
    n_persons = args.persons or round(args.cases * 1.5)
    versions = {
        "python": sys.version.split()[0],
        "sqlite3": sqlite3.sqlite_version,
        "sqlcipher_sqlite": sqlcipher3.connect(":memory:")
        .execute("SELECT sqlite_version()")
        .fetchone()[0],
        "cipher_version": sqlcipher3.connect(":memory:")
        .execute("PRAGMA cipher_version")
        .fetchone()[0],
        "cpus": os.cpu_count(),
    }
    print(f"benchmark folder: {root}")
    print(
        f"Python {versions['python']}, sqlite3 module SQLite {versions['sqlite3']}, "
        f"sqlcipher3 SQLite {versions['sqlcipher_sqlite']} (SQLCipher {versions['cipher_version']})"
        f", {versions['cpus']} CPUs"
    )
    t_all = time.perf_counter()

    if args.reuse:
        probe = json.loads((root / "probe.json").read_text("utf-8"))
        build_stats = json.loads((root / "build.json").read_text("utf-8"))
        vault = Vault.unlock(bench.vault_folder, USER, PASSPHRASE)
        bench.key = bytearray(vault.data_key)
        vault.lock()
    else:
        if root.exists() and any(root.iterdir()):
            parser.error(f"{root} is not empty (use --reuse to measure what is there)")
        root.mkdir(parents=True, exist_ok=True)
        if root.parent == REPO / ".bench":
            (root.parent / ".gitignore").write_text("*\n", "utf-8")
        create_s = create_vault(bench, MINIMUM_KDF if args.quick else None)
        print(f"generating {args.cases} cases, {n_persons} persons ...", flush=True)
        start = time.perf_counter()
        data = generate(args.cases, n_persons)
        print(f"  {data.rows()} rows in {time.perf_counter() - start:.1f} s", flush=True)
        probe = data.probe
        (root / "probe.json").write_text(json.dumps(probe, ensure_ascii=False), "utf-8")
        build_stats = build(bench, data, create_s)
        (root / "build.json").write_text(json.dumps(build_stats), "utf-8")
        del data
        gc.collect()

    print("\nBULK LOAD (one transaction, executemany; then a WAL checkpoint)")
    base = build_stats[PLAIN]
    for kind in KINDS:
        st = build_stats[kind]
        print(
            f"  {kind:8s} load {st['load_s']:6.1f} s ({st['load_s'] / base['load_s']:4.2f}x)"
            f"  checkpoint {st['checkpoint_s']:5.2f} s  file {st['size_mib']:6.1f} MiB"
        )
    print(f"  (Vault.create with Argon2id calibration: {build_stats[VAULT]['create_s']:.2f} s)")

    qs = queries(probe)
    with open_all(bench) as conns:
        hits = hit_counts(conns[PLAIN], qs)
        if args.plans:
            print("\nQUERY PLANS (vault; sqlite3 shown where it differs)")
            for q in qs:
                print(f"\n{q.name}")
                for (sql, vplan), (_, pplan) in zip(
                    plans(conns[VAULT], q), plans(conns[PLAIN], q), strict=True
                ):
                    print(f"  {sql}")
                    print("\n".join(f"    {line}" for line in vplan))
                    if pplan != vplan:
                        print("    -- sqlite3 --")
                        print("\n".join(f"    {line}" for line in pplan))
        print(f"\nmeasuring warm ({args.repeat} rounds) ...", flush=True)
        gc.collect()
        warm = measure_warm(conns, qs, args.repeat)
    print(f"measuring fresh connections ({args.repeat} rounds) ...", flush=True)
    gc.collect()
    fresh, opens = measure_fresh(bench, qs, args.repeat)
    print("measuring cipher_memory_security in child processes ...", flush=True)
    memsec = memory_security_runs(bench, args.repeat, rounds=1 if args.quick else 2)
    print("measuring unlock ...", flush=True)
    unlock = unlock_times(bench.vault_folder, args.unlock_runs)
    small = root / "vault-minkdf"
    if not small.exists():
        Vault.create(small, USER, "Bench", PASSPHRASE, kdf_params=MINIMUM_KDF).vault.lock()
    unlock_min = unlock_times(small, args.unlock_runs)
    spread = calibration_spread(args.calibrations)

    print("\n" + "=" * 118)
    print(
        f"{probe['cases']} cases, {probe['persons']} persons; medians of {args.repeat} "
        "(ms); * = a goal named in the issue"
    )
    for q in qs:
        if hits.get(q.name):
            print(f"  {q.name}: {hits[q.name]}")
    report: dict[str, Any] = {
        "versions": versions,
        "probe": probe,
        "build": build_stats,
        "quick": args.quick,
    }
    report["warm"] = table(
        f"WARM: open connection, after one warm-up (goal: <= {WARM_RATIO_GOAL:g}x sqlite3 and "
        "the absolute goal)",
        warm,
        qs,
        WARM_RATIO_GOAL,
        hits,
        absolute=True,
    )
    report["fresh"] = table(
        f"FRESH CONNECTION: open (key + pragmas), run once, close; query time only "
        f"(goal: <= {FRESH_RATIO_GOAL:g}x sqlite3)",
        fresh,
        qs,
        FRESH_RATIO_GOAL,
        hits,
        absolute=False,
    )
    print("\nOPEN a connection (connect + key + sqlite_master read + pragmas), median ms:")
    print(
        "  "
        + "   ".join(f"{k} {median(opens[k]):.3f}" for k in KINDS)
        + f"   (vault/sqlite3 {median(opens[VAULT]) / median(opens[PLAIN]):.2f}x)"
    )
    report["open_ms"] = {k: median(opens[k]) for k in KINDS}

    print("\nCIPHER_MEMORY_SECURITY (warm, child processes alternating OFF/ON, pooled medians)")
    head = (
        f"{'query':42s} {'vault OFF':>10s} {'vault ON':>10s} {'ON/OFF':>7s}"
        f" {'nokey OFF':>10s} {'nokey ON':>10s} {'ON/OFF':>7s}  goal"
    )
    print(head)
    print("-" * len(head))
    report["memory_security"] = []
    for q in (q for q in qs if q.memsec):
        off, on = memsec["off"][q.name], memsec["on"][q.name]
        v0, v1 = median(off[VAULT]), median(on[VAULT])
        n0, n1 = median(off[NOKEY]), median(on[NOKEY])
        goal = "-" if q.goal_ms is None else f"{q.goal_ms:g} {'ok' if v1 <= q.goal_ms else 'MISS'}"
        mark = "*" if q.core else " "
        print(
            f"{mark}{q.name:41s} {_fmt(v0):>10s} {_fmt(v1):>10s} {v1 / v0:7.2f}"
            f" {_fmt(n0):>10s} {_fmt(n1):>10s} {n1 / n0:7.2f}  {goal}"
        )
        report["memory_security"].append(
            {"query": q.name, "vault_off_ms": v0, "vault_on_ms": v1, "nokey_off_ms": n0,
             "nokey_on_ms": n1}
        )  # fmt: skip

    print("\nOPEN + UNLOCK (Vault.unlock incl. Argon2id, migrations check, audit entry; median)")
    lo, hi = UNLOCK_GOAL_S
    for label, u in (("calibrated", unlock), ("MINIMUM_KDF (reference)", unlock_min)):
        ok = "PASS" if lo <= u["unlock_s"] <= hi else "FAIL"
        verdict = ok if label == "calibrated" else "(reference)"
        print(
            f"  {label:24s} {u['params']:28s} Argon2id {u['kdf_s']:.3f} s  unlock "
            f"{u['unlock_s']:.3f} s (max {u['unlock_max_s']:.3f})  lock {u['lock_s']:.3f} s"
            f"  goal {lo:g}-{hi:g} s: {verdict}"
        )
    print(f"  (calibrated: the {probe['cases']}-case vault; MINIMUM_KDF: an empty vault)")
    print("  calibrate() again, target 0.75 s (probes -> chosen -> median of 3 real derivations):")
    for c in spread:
        flag = "" if lo <= c["derivation_s"] <= hi else "   <- outside the unlock goal"
        print(
            f"    {c['timer']:22s} {'; '.join(c['probes'])} -> {c['chosen']} -> "
            f"{c['derivation_s']:.3f} s{flag}"
        )
    report["unlock"] = {"calibrated": unlock, "minimum": unlock_min, "calibrations": spread}

    exps = experiments(qs, page_offset(probe))
    report["experiments"] = run_experiments(bench, exps, warm, fresh, args.repeat)
    report["hmac_sha256"] = hmac_experiment(bench, qs, args.repeat)
    report["cpu_sha_ni"] = _cpu_has("sha_ni")

    summary(report)
    (root / "results.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), "utf-8")
    print(f"\nresults: {root / 'results.json'}   total {time.perf_counter() - t_all:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
