"""SQL for the yearly follow-up: aggregates over every case of the vault for one period.

Every query here GROUPs or COUNTs; no row of a case, a person or a flat leaves this module,
only numbers (and a placement's provider, an organisation, where no one in its case lives at
a protected address). Dates are stored as ISO text, so a period is a BETWEEN on text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping

from skyddsapp.domain.case import DecisionKind, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import ReferralResult
from skyddsapp.domain.housing_first import MOVE_IN_ACTION, START_WAITING_ACTION, WAIT_ENDING_ACTIONS
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.old_flat_outcome import OldFlatOutcomeKind
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.yearly_report import Period, PeriodCounts
from skyddsapp.vault.database import Connection

_HIDING = tuple(p.value for p in ProtectionLevel if p.hides_real_address)
_HF = CaseKind.HOUSING_FIRST.value

# Someone in case `p.case_id` (a party, or a tenant of a lease of the case) lives at a protected
# address: the placement's provider tells where (`services.hidden_streets.case_hides_address`).
_CASE_HIDES = (
    "(EXISTS (SELECT 1 FROM case_parties cp JOIN persons pe ON pe.id = cp.person_id "
    f"WHERE cp.case_id = p.case_id AND pe.protection IN ({', '.join('?' * len(_HIDING))})) "
    "OR EXISTS (SELECT 1 FROM case_leases cl JOIN lease_tenants lt ON lt.lease_id = cl.lease_id "
    "JOIN persons pe ON pe.id = lt.person_id "
    f"WHERE cl.case_id = p.case_id AND pe.protection IN ({', '.join('?' * len(_HIDING))})))"
)

# Bostad först's wait (`domain.housing_first.waiting_dates`) per case: from the latest decision
# when it granted, else the first day of waiting; to the first move-in, or the first end
# (a move-in or a cancellation) for whether the wait still ran. One pass over the cases gives
# both histograms: "m" is 1 for a wait ended by a move in the period, 0 for one still running
# on the reference day. (LIMIT -1 keeps the per-case subqueries from being evaluated again for
# every use of their columns: the two histograms in two queries measured 91 ms on 100,000
# cases, this one 57 ms, the same without LIMIT -1 91 ms.)
_WAITS = (
    "SELECT (moved IS NOT NULL AND moved BETWEEN ? AND ?) AS m, CASE WHEN moved BETWEEN ? AND ? "
    "THEN max(0, CAST(julianday(moved) - julianday(start) AS INTEGER)) "
    "ELSE max(0, CAST(julianday(?) - julianday(start) AS INTEGER)) END AS days, count(*) "
    "FROM (SELECT "
    "coalesce((SELECT CASE WHEN d.granted = 1 THEN d.on_date END FROM case_decisions d "
    "WHERE d.case_id = c.id AND d.kind = ? ORDER BY d.on_date DESC, d.id DESC LIMIT 1), "
    "(SELECT e.on_date FROM case_events e WHERE e.case_id = c.id AND e.action = ? "
    "ORDER BY e.id LIMIT 1)) AS start, "
    "(SELECT e.on_date FROM case_events e WHERE e.case_id = c.id AND e.action = ? "
    "ORDER BY e.id LIMIT 1) AS moved, "
    "(SELECT e.on_date FROM case_events e WHERE e.case_id = c.id "
    f"AND e.action IN ({', '.join('?' * len(WAIT_ENDING_ACTIONS))}) ORDER BY e.id LIMIT 1) "
    "AS ended FROM cases c WHERE c.kind = ? LIMIT -1) "
    "WHERE start IS NOT NULL AND ((moved BETWEEN ? AND ?) "
    "OR (start <= ? AND (ended IS NULL OR ended > ?))) GROUP BY m, days"
)
_WAITS_PARAMS = (
    DecisionKind.HOUSING_FIRST.value,
    START_WAITING_ACTION,
    MOVE_IN_ACTION,
    *WAIT_ENDING_ACTIONS,
    _HF,
)


def count_period(
    conn: Connection,
    period: Period,
    reference_day: dt.date,
    terminal_actions: Mapping[CaseKind, frozenset[str]],
) -> PeriodCounts:
    """What the follow-up counts for ``period`` over every case in the vault.

    ``reference_day``: the day states are read on (a running vacancy, the waits still open,
    overdue reviews); ``terminal_actions``: per kind, the actions that close a case
    (`domain.yearly_report.terminal_actions`)."""
    span = (period.start.isoformat(), period.end.isoformat())
    ref = reference_day.isoformat()
    opened = Counter(
        {
            CaseKind(kind): int(n)
            for kind, n in conn.execute(
                "SELECT kind, count(*) FROM cases WHERE opened_on BETWEEN ? AND ? GROUP BY kind",
                span,
            )
        }
    )
    steps = Counter(
        {
            (CaseKind(kind), str(action)): int(n)
            for kind, action, n in conn.execute(
                "SELECT c.kind, e.action, count(DISTINCT e.case_id) FROM case_events e "
                "JOIN cases c ON c.id = e.case_id "
                "WHERE e.action IS NOT NULL AND e.on_date BETWEEN ? AND ? "
                "GROUP BY c.kind, e.action",
                span,
            )
        }
    )
    decisions = Counter(
        {
            (CaseKind(case_kind), DecisionKind(kind), None if granted is None else bool(granted)): (
                int(n)
            )
            for case_kind, kind, granted, n in conn.execute(
                "SELECT c.kind, d.kind, d.granted, count(*) FROM case_decisions d "
                "JOIN cases c ON c.id = d.case_id WHERE d.on_date BETWEEN ? AND ? "
                "GROUP BY c.kind, d.kind, d.granted",
                span,
            )
        }
    )
    ended = {
        (ShelterOutcome(outcome) if outcome else None): (int(n), int(children or 0))
        for outcome, n, children in conn.execute(
            "SELECT c.outcome, count(*), sum(c.children_count) FROM placements p "
            "JOIN cases c ON c.id = p.case_id WHERE p.actual_end BETWEEN ? AND ? "
            "GROUP BY c.outcome",
            span,
        )
    }
    started: dict[tuple[str | None, bool], int] = {}
    for provider, lease, n in conn.execute(
        f"SELECT CASE WHEN {_CASE_HIDES} THEN NULL ELSE p.provider END AS shown, "
        "p.provider_can_supply_lease, count(*) FROM placements p "
        "WHERE p.start_date BETWEEN ? AND ? GROUP BY shown, p.provider_can_supply_lease",
        (*_HIDING, *_HIDING, *span),
    ):
        started[(None if provider is None else str(provider), bool(lease))] = int(n)
    moved, waiting = _waits(conn, span, ref)
    return PeriodCounts(
        period=period,
        reference_day=reference_day,
        opened=opened,
        steps=steps,
        decisions=decisions,
        ended_placements=ended,
        started_placements=started,
        social_contracts=_one(
            conn, "SELECT count(*) FROM trial_periods WHERE start_date BETWEEN ? AND ?", span
        ),
        days_to_offer=_histogram(
            conn,
            "SELECT days, count(*) FROM (SELECT CAST(julianday(min(e.on_date)) - "
            "julianday(c.opened_on) AS INTEGER) AS days FROM case_events e "
            "JOIN cases c ON c.id = e.case_id WHERE c.kind = ? AND e.action = 'offer_flat' "
            "GROUP BY e.case_id HAVING min(e.on_date) BETWEEN ? AND ?) GROUP BY days",
            (CaseKind.CUSTOMER_CARE.value, *span),
        ),
        old_flats=_old_flats(conn, span, ref),
        kvinnojour_leases=_one(
            conn,
            "SELECT count(*) FROM leases WHERE kind = ? AND start_date BETWEEN ? AND ?",
            (LeaseKind.SECOND_HAND_KVINNOJOUR.value, *span),
        ),
        referrals=Counter(
            {
                (ReferralResult(result) if result else None): int(n)
                for result, n in conn.execute(
                    "SELECT result, count(*) FROM county_referrals "
                    "WHERE referred_on BETWEEN ? AND ? GROUP BY result",
                    span,
                )
            }
        ),
        referral_cases=_one(
            conn,
            "SELECT count(DISTINCT case_id) FROM county_referrals "
            "WHERE referred_on BETWEEN ? AND ?",
            span,
        ),
        referral_moves=_one(
            conn,
            "SELECT count(*) FROM county_referrals WHERE result = ? AND result_on BETWEEN ? AND ?",
            (ReferralResult.MOVED.value, *span),
        ),
        housing_first_waits=moved,
        housing_first_waiting=waiting,
        risk_assessments=_one(
            conn, "SELECT count(*) FROM risk_assessments WHERE on_date BETWEEN ? AND ?", span
        ),
        risk_assessed_cases=_one(
            conn,
            "SELECT count(DISTINCT case_id) FROM risk_assessments WHERE on_date BETWEEN ? AND ?",
            span,
        ),
        risk_overdue=_risk_overdue(conn, ref, terminal_actions),
    )


def _one(conn: Connection, sql: str, params: tuple[object, ...]) -> int:
    return int(conn.execute(sql, params).fetchone()[0] or 0)


def _histogram(conn: Connection, sql: str, params: tuple[object, ...]) -> Counter[int]:
    return Counter({int(days): int(n) for days, n in conn.execute(sql, params)})


def _waits(conn: Connection, span: tuple[str, str], ref: str) -> tuple[Counter[int], Counter[int]]:
    """Bostad först: days waited by the moves of the period, and so far by the waits still
    running on ``ref`` (both as histograms)."""
    moved: Counter[int] = Counter()
    waiting: Counter[int] = Counter()
    params = (*span, *span, ref, *_WAITS_PARAMS, *span, ref, ref)
    for was_moved, days, n in conn.execute(_WAITS, params):
        (moved if was_moved else waiting)[int(days)] += int(n)
    return moved, waiting


def _old_flats(
    conn: Connection, span: tuple[str, str], ref: str
) -> dict[OldFlatOutcomeKind, tuple[int, int, int]]:
    """Per outcome: flats, vacancy days (`old_flat_outcome.vacancy_days`) and lost rent
    (`old_flat_outcome.lost_rent_sek`, rounded half up per flat: (2·rent·12·days + 365) div 730)."""
    rows = conn.execute(
        "SELECT outcome, count(*), sum(days), sum((2 * rent * 12 * days + 365) / 730) FROM ("
        "SELECT o.outcome, a.monthly_rent_sek AS rent, max(0, CAST(julianday("
        "coalesce(o.occupied_from, ?)) - julianday(o.vacant_from) AS INTEGER)) AS days "
        "FROM old_flat_outcomes o JOIN apartments a ON a.id = o.apartment_id "
        "WHERE o.vacant_from BETWEEN ? AND ?) GROUP BY outcome",
        (ref, *span),
    )
    return {OldFlatOutcomeKind(k): (int(n), int(d or 0), int(r or 0)) for k, n, d, r in rows}


def _risk_overdue(
    conn: Connection, ref: str, terminal_actions: Mapping[CaseKind, frozenset[str]]
) -> int:
    """Cases not closed on ``ref`` whose latest assessment made by then was due for review
    before it."""
    whens = " ".join(
        f"WHEN ? THEN e.action IN ({', '.join('?' * len(actions))})"
        for actions in terminal_actions.values()
        if actions
    )
    closed_params: list[object] = [
        x
        for kind, actions in terminal_actions.items()
        if actions
        for x in (kind.value, *sorted(actions))
    ]
    closed = (
        "EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = r.case_id "
        f"AND e.action IS NOT NULL AND e.on_date <= ? AND (CASE c.kind {whens} ELSE 0 END))"
        if whens
        else "0"
    )
    # The latest assessment per case (by day, then the one recorded last) from one GROUP BY:
    # SQLite takes the bare columns of the row that holds max(). Measured 86 ms → 64 ms on
    # 100,000 cases against a NOT EXISTS of a later one.
    sql = (
        "SELECT count(*) FROM (SELECT r.case_id AS case_id, r.next_review AS next_review, "
        "max(r.on_date || printf('%012d', r.id)) FROM risk_assessments r WHERE r.on_date <= ? "
        "GROUP BY r.case_id) r JOIN cases c ON c.id = r.case_id WHERE r.next_review < ? "
        f"AND NOT {closed}"
    )
    params: list[object] = [ref, ref]
    if whens:
        params += [ref, *closed_params]
    return _one(conn, sql, tuple(params))
