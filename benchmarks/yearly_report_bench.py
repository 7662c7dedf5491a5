"""Yearly follow-up benchmark: a year's figures (and the year before's) from a 100,000-case vault.

The databases and their data are vault_bench.py's (the encrypted vault, plain ``sqlite3`` and
``sqlcipher3`` without a key, same schema and rows), with the rows the follow-up counts added
on their own random stream: workflow steps with their action ids for every kind of case,
decisions of the kinds it counts, Länskompotten referrals, old-flat outcomes, Kvinnojour
subleases and Bostad först decisions. Measured, median of rounds, the three databases
interleaved round by round:

- ``figures``     vault.yearly_report_repository.count_period for the year and the year before,
                  the SQL `services.yearly_report.figures` runs (its goal: at most 1 s);
- ``service``     services.yearly_report.figures on the real vault (rights, both years, the
                  Kvinnojour quota and the audit entry's commit);
- each query of count_period on its own, to see where the time goes.

    .venv/bin/python benchmarks/yearly_report_bench.py              # 100,000 cases
    .venv/bin/python benchmarks/yearly_report_bench.py --quick      # 1,500 cases, seconds
    .venv/bin/python benchmarks/yearly_report_bench.py --dir .bench/y --reuse   # no rebuild
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.util
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import Municipality, ReferralResult
from skyddsapp.domain.flows import WORKFLOWS
from skyddsapp.domain.old_flat_outcome import OldFlatOutcomeKind
from skyddsapp.domain.yearly_report import terminal_actions, year_period
from skyddsapp.services import yearly_report
from skyddsapp.services.context import Session
from skyddsapp.vault import yearly_report_repository
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

HERE = Path(__file__).resolve().parent
YEAR = 2025
GOAL_S = 1.0
QUICK_CASES = 1500


def _vault_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vault_bench", HERE / "vault_bench.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["vault_bench"] = module  # its dataclasses look it up
    spec.loader.exec_module(module)
    return module


Rows = list[tuple[Any, ...]]
_STAMP = "2026-07-01T00:00:00.000000+00:00"


def figure_tables(cases: Rows, n_flats: int, seed: int) -> list[tuple[str, str, Rows]]:
    """The rows the yearly follow-up counts, added to vault_bench's data (own random stream,
    so every row vault_bench generates stays as it was)."""
    rng = random.Random(seed + 14)
    today = dt.date(2026, 7, 1)

    def after(day: dt.date, lo: int, hi: int) -> dt.date:
        return min(today, day + dt.timedelta(days=rng.randint(lo, hi)))

    events: Rows = []
    decisions: Rows = []
    referrals: Rows = []
    outcomes: Rows = []
    leases: Rows = []
    decided = {
        CaseKind.CUSTOMER_CARE: DecisionKind.CUSTOMER_CARE_GROUP,
        CaseKind.PRIORITY: DecisionKind.PRIORITY,
        CaseKind.PERPETRATOR_MOVE: DecisionKind.PERPETRATOR_MOVE,
        CaseKind.HOUSING_FIRST: DecisionKind.HOUSING_FIRST,
    }
    municipalities = [m.value for m in Municipality]
    results = [r.value for r in ReferralResult]
    outcome_kinds = [k.value for k in OldFlatOutcomeKind]
    for cid, _ref, kind_value, _state, opened_text, *_ in cases:
        kind = CaseKind(kind_value)
        opened = dt.date.fromisoformat(opened_text)
        workflow = WORKFLOWS[kind]
        state, day = workflow.initial_state, opened
        for _ in range(rng.randint(0, 5)):  # a random walk along the workflow
            moves = workflow.transitions_from(state)
            if not moves:
                break
            move = rng.choice(moves)
            day = after(day, 1, 40)
            events.append((cid, day.isoformat(), "transition", "Steg (påhittat).", "handl01",
                           move.action))  # fmt: skip
            state = move.to_state
        if kind in decided and rng.random() < 0.8:
            granted = rng.choices([1, 0, None], [80, 15, 5])[0]
            decisions.append((cid, after(opened, 0, 30).isoformat(), decided[kind].value,
                              "Beslut (påhittat).", "handl01", granted, None))  # fmt: skip
        if kind is CaseKind.COUNTY_REFERRAL:
            sent = after(opened, 0, 20)
            result = rng.choice([None, *results])
            answered = after(sent, 5, 60).isoformat() if result else None
            referrals.append((cid, sent.isoformat(), rng.choice(municipalities), result,
                              answered, "", _STAMP, _STAMP))  # fmt: skip
        if kind is CaseKind.CUSTOMER_CARE and rng.random() < 0.3:
            vacant = after(opened, 90, 200)
            outcome = rng.choice(outcome_kinds)
            occupied = None if outcome == "vacant" else after(vacant, 0, 60).isoformat()
            outcomes.append((cid, rng.randrange(n_flats) + 1, outcome, "", 1,
                             vacant.isoformat(), occupied, "handl01", _STAMP, _STAMP))  # fmt: skip
        if kind is CaseKind.KVINNOJOUR_SUBLET and rng.random() < 0.5:
            leases.append((f"KJ-{cid:07d}", rng.randrange(n_flats) + 1,
                           "second_hand_kvinnojour", after(opened, 10, 60).isoformat(), None,
                           "active", _STAMP))  # fmt: skip
    return [
        ("case_events", "INSERT INTO case_events (case_id, on_date, kind, text, by_user, action) "
         "VALUES (?, ?, ?, ?, ?, ?)", events),
        ("case_decisions", "INSERT INTO case_decisions (case_id, on_date, kind, text, "
         "decided_by, granted, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)", decisions),
        ("county_referrals", "INSERT INTO county_referrals (case_id, referred_on, municipality, "
         "result, result_on, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
         referrals),
        ("old_flat_outcomes", "INSERT INTO old_flat_outcomes (case_id, apartment_id, outcome, "
         "safety_assessment, no_disturbances, vacant_from, occupied_from, recorded_by, "
         "recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", outcomes),
        ("leases", "INSERT INTO leases (contract_number, apartment_id, kind, start_date, "
         "notice_date, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", leases),
    ]  # fmt: skip


def _queries(today: dt.date) -> dict[str, Callable[[Connection], object]]:
    """count_period for both years, and each of its statements alone (recorded on a run)."""
    period = year_period(YEAR)
    terminal = terminal_actions()

    def both(conn: Connection) -> object:
        for p in (period, period.year_before()):
            yearly_report_repository.count_period(conn, p, p.reference_day(today), terminal)
        return None

    return {"figures, the year and the year before": both}


class _Recorder:
    """Runs each statement and remembers it, so that each can be timed on its own."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.calls: list[tuple[str, Sequence[object]]] = []

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        self.calls.append((sql, params))
        return self.conn.execute(sql, params)


def _statements(conn: Connection, today: dt.date) -> list[tuple[str, Sequence[object]]]:
    recorder = _Recorder(conn)
    period = year_period(YEAR)
    yearly_report_repository.count_period(
        recorder,  # type: ignore[arg-type]
        period,
        period.reference_day(today),
        terminal_actions(),
    )
    return recorder.calls


def _short(sql: str) -> str:
    text = " ".join(sql.split())
    start = text.find("FROM")
    return text[start : start + 60] if start >= 0 else text[:60]


def build(vb: ModuleType, bench: Any, cases: int, quick: bool) -> None:
    create_s = vb.create_vault(bench, MINIMUM_KDF if quick else None)
    print(f"generating {cases} cases ...", flush=True)
    data = vb.generate(cases, round(cases * 1.5))
    case_rows = next(rows for name, _, rows in data.tables if name == "cases")
    n_flats = len(next(rows for name, _, rows in data.tables if name == "apartments"))
    data.tables += figure_tables(case_rows, n_flats, vb.SEED)
    print(f"  {data.rows()} rows", flush=True)
    vb.build(bench, data, create_s)


def measure(
    vb: ModuleType, root: Path, cases: int, rounds: int, quick: bool, reuse: bool = False
) -> dict[str, Any]:
    bench = vb.Bench(root)
    if reuse:
        vault = Vault.unlock(bench.vault_folder, vb.USER, vb.PASSPHRASE)
        bench.key = bytearray(vault.data_key)
        vault.lock()
    else:
        build(vb, bench, cases, quick)
    gc.collect()
    today = vb.TODAY
    figures: dict[str, Any] = {}
    queries = _queries(today)
    with vb.open_all(bench) as conns:
        samples = vb.measure_warm(conns, [vb.Query(n, f) for n, f in queries.items()], rounds)
        statements = _statements(conns[vb.PLAIN], today)
        per_statement: dict[str, dict[str, float]] = {}
        for i, (sql, params) in enumerate(statements):
            name = f"{i + 1:2d} {_short(sql)}"
            q = vb.Query(name, lambda c, s=sql, p=params: c.execute(s, p).fetchall())
            got = vb.measure_warm(conns, [q], max(3, rounds // 3))[name]
            per_statement[name] = {k: vb.median(v) for k, v in got.items()}
    for name, by_kind in samples.items():
        figures[name] = {k: vb.median(v) for k, v in by_kind.items()}
    figures["statements"] = per_statement

    vault = Vault.unlock(bench.vault_folder, vb.USER, vb.PASSPHRASE)
    try:
        session = Session(vault, lambda: today)
        times = []
        for _ in range(rounds):
            start = time.perf_counter_ns()
            yearly_report.figures(session, year=YEAR)
            times.append((time.perf_counter_ns() - start) / 1e6)
        figures["service on the vault (ms)"] = vb.median(times)
        made = yearly_report.figures(session, year=YEAR).current
        figures["ended placements in the year"] = made.shelter.placements
        figures["customer-care requests in the year"] = made.customer_care.requests
    finally:
        vault.lock()
    return figures


def report(figures: dict[str, Any], cases: int, vb: ModuleType) -> bool:
    print(f"\nYEARLY FOLLOW-UP {YEAR} on {cases} cases (median ms, warm connection)")
    print(f"  {'':44s} {'vault':>9s} {'sqlite3':>9s} {'nokey':>9s}  vault/sqlite3")
    for name, by_kind in figures.items():
        if not isinstance(by_kind, dict) or name == "statements":
            continue
        v, p, n = by_kind[vb.VAULT], by_kind[vb.PLAIN], by_kind[vb.NOKEY]
        print(f"  {name:44s} {v:9.1f} {p:9.1f} {n:9.1f}  {v / p:5.2f}x")
    print("  per statement:")
    for name, by_kind in figures["statements"].items():
        v, p = by_kind[vb.VAULT], by_kind[vb.PLAIN]
        print(f"    {name:62s} {v:8.2f} {p:8.2f}  {v / max(p, 1e-3):5.2f}x")
    service = figures["service on the vault (ms)"]
    print(f"  services.yearly_report.figures on the vault: {service:.1f} ms")
    print(f"  ({figures['ended placements in the year']} placements ended, "
          f"{figures['customer-care requests in the year']} customer-care requests)")  # fmt: skip
    ok = bool(service <= GOAL_S * 1000)
    print(f"\nGOAL  the year's figures ≤ {GOAL_S:.0f} s: {service / 1000:.3f} s  "
          f"{'PASS' if ok else 'FAIL'}")  # fmt: skip
    return ok


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="1,500 cases, 3 rounds")
    parser.add_argument("--dir", type=Path, help="keep the databases here (default: temporary)")
    parser.add_argument("--reuse", action="store_true", help="measure the databases in --dir")
    args = parser.parse_args(argv)
    cases = QUICK_CASES if args.quick else args.cases
    rounds = 3 if args.quick else args.rounds
    vb = _vault_bench()
    root = args.dir or Path(tempfile.mkdtemp(prefix="yearly-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        figures = measure(vb, root, cases, rounds, args.quick, args.reuse and args.dir is not None)
    finally:
        if args.dir is None:
            shutil.rmtree(root, ignore_errors=True)
    figures["goal met"] = report(figures, cases, vb)
    return figures


if __name__ == "__main__":
    main(sys.argv[1:])
