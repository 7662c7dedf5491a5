"""Årsuppföljning: the yearly follow-up's figures for a period, counts only.

The vault hands over what it counted for the period (`PeriodCounts`: numbers grouped by kind,
action, outcome or day, never a case or a person) and `figures` turns them into the sections
of the follow-up the committee's report has: ended placements in sheltered housing by outcome
with the children who followed, placements by provider and call-off reason, contracts
through boendekedjan and takeovers, customer care, Kvinnojouren's flats against the quota,
Länskompotten, Bostad först's waits, förtur, perpetrator moves and risk assessments. Each
figure says in its docstring what it counts and by which date it falls in the period.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from skyddsapp.domain.case import DecisionKind, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import ReferralResult
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.flows import WORKFLOWS
from skyddsapp.domain.old_flat_outcome import OldFlatOutcomeKind
from skyddsapp.domain.text import Text
from skyddsapp.domain.workflow import CANCEL_ACTION

MIN_YEAR, MAX_YEAR = 2000, 2100
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Period:
    """Perioden: from ``start`` to ``end``, both days included."""

    start: dt.date
    end: dt.date

    @property
    def is_calendar_year(self) -> bool:
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            12,
            31,
        ) and (self.start.year == self.end.year)

    @property
    def label(self) -> str:
        if self.is_calendar_year:
            return str(self.start.year)
        return f"{self.start.isoformat()}–{self.end.isoformat()}"

    def year_before(self) -> Period:
        """The same days a year earlier (29 February becomes the 28th)."""
        return Period(_year_earlier(self.start), _year_earlier(self.end))

    def reference_day(self, today: dt.date) -> dt.date:
        """The day a state is read on ("at the end of the period"): its last day, or today
        while the period runs."""
        return min(self.end, today)


def _year_earlier(day: dt.date) -> dt.date:
    if (day.month, day.day) == (2, 29):
        return dt.date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def year_period(year: int) -> Period:
    """The calendar year ``year``; ValidationError outside 2000–2100."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise_if_errors(
            [FieldError("year", Text("Året ska vara mellan {0} och {1}.", MIN_YEAR, MAX_YEAR))]
        )
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))


def checked_period(start: dt.date, end: dt.date, today: dt.date) -> Period:
    """A period from ``start`` to ``end`` (both included); ValidationError listing every
    problem: out of order, outside 2000–2100, starting after today."""
    errors: list[FieldError] = []
    if end < start:
        errors.append(FieldError("end", "Periodens slut kan inte ligga före dess början."))
    for name, day in (("start", start), ("end", end)):
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            errors.append(
                FieldError(name, Text("Året ska vara mellan {0} och {1}.", MIN_YEAR, MAX_YEAR))
            )
    if start > today:
        errors.append(FieldError("start", "Perioden kan inte börja i framtiden."))
    raise_if_errors(errors)
    return Period(start, end)


def terminal_actions() -> dict[CaseKind, frozenset[str]]:
    """Per case kind, the workflow actions that end a case (to a terminal step, or cancel):
    a case with such an event on or before a day was closed on that day."""
    found: dict[CaseKind, frozenset[str]] = {}
    for kind, workflow in WORKFLOWS.items():
        actions = {t.action for t in workflow.transitions if workflow.is_terminal(t.to_state)}
        found[kind] = frozenset(actions | {CANCEL_ACTION})
    return found


# ------------------------------------------------------------------ what the vault counts


@dataclass(frozen=True)
class PeriodCounts:
    """What the vault counted for one period: numbers only, grouped (`vault` fills it)."""

    period: Period
    reference_day: dt.date
    opened: Counter[CaseKind] = field(default_factory=Counter)
    """Cases opened in the period, by kind (a request, an application, a referral …)."""
    steps: Counter[tuple[CaseKind, str]] = field(default_factory=Counter)
    """Cases that took a workflow action in the period, by kind and action (a case once)."""
    decisions: Counter[tuple[CaseKind, DecisionKind, bool | None]] = field(default_factory=Counter)
    """Decisions dated in the period, by the kind of their case, their own kind and yes
    (True) / no (False) / neither (None)."""
    ended_placements: Mapping[ShelterOutcome | None, tuple[int, int]] = field(default_factory=dict)
    """Placements ended in the period by the case's outcome: (placements, children)."""
    started_placements: Mapping[tuple[str | None, bool], int] = field(default_factory=dict)
    """Placements started in the period by (provider, can supply a lease); provider None
    where someone in the case lives at a protected address (the provider tells where)."""
    social_contracts: int = 0
    """Trial periods (social contracts of boendekedjan) starting in the period."""
    days_to_offer: Counter[int] = field(default_factory=Counter)
    """Customer care: days from the request (the case opened) to the first offer of an
    equivalent flat, for the cases first offered one in the period (a histogram)."""
    old_flats: Mapping[OldFlatOutcomeKind, tuple[int, int, int]] = field(default_factory=dict)
    """Old flats whose vacancy began in the period, by outcome: (flats, vacancy days, lost
    rent in kronor), a running vacancy counted up to the reference day."""
    kvinnojour_leases: int = 0
    """Kvinnojour subleases starting in the period."""
    referrals: Counter[ReferralResult | None] = field(default_factory=Counter)
    """Länskompotten referrals sent in the period, by answer (None: no answer yet)."""
    referral_cases: int = 0
    referral_moves: int = 0
    """Länskompotten referrals answered "moved" in the period."""
    housing_first_waits: Counter[int] = field(default_factory=Counter)
    """Bostad först: days waited from the grant to the move, for moves in the period."""
    housing_first_waiting: Counter[int] = field(default_factory=Counter)
    """Bostad först: days waited so far by the cases still waiting on the reference day."""
    risk_assessments: int = 0
    risk_assessed_cases: int = 0
    risk_overdue: int = 0
    """Open cases on the reference day whose latest assessment's review date had passed."""


# ------------------------------------------------------------------ the figures


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    outcome: ShelterOutcome | None
    """None: ended without an outcome recorded."""
    placements: int
    children: int


@dataclass(frozen=True, slots=True)
class ShelterEndings:
    """Avslutade placeringar i skyddat boende, by where the client went (by the actual end)."""

    rows: tuple[OutcomeRow, ...]

    @property
    def placements(self) -> int:
        return sum(r.placements for r in self.rows)

    @property
    def children(self) -> int:
        return sum(r.children for r in self.rows)

    def of(self, outcome: ShelterOutcome | None) -> OutcomeRow:
        return next(r for r in self.rows if r.outcome is outcome)


@dataclass(frozen=True, slots=True)
class ProviderRow:
    provider: str | None
    """None: withheld (someone in the case lives at a protected address)."""
    can_supply_lease: bool
    placements: int


@dataclass(frozen=True, slots=True)
class PlacementStarts:
    """Placeringar (avrop) by provider and call-off reason, by the start date."""

    rows: tuple[ProviderRow, ...]

    @property
    def total(self) -> int:
        return sum(r.placements for r in self.rows)

    def by_reason(self, can_supply_lease: bool) -> int:
        return sum(r.placements for r in self.rows if r.can_supply_lease is can_supply_lease)


@dataclass(frozen=True, slots=True)
class HousingChain:
    """Boendekedjan and övertaganden."""

    social_contracts: int
    """Social contracts whose trial period started in the period."""
    taken_over: int
    """Clients of boendekedjan who took over the first-hand lease."""
    ended_without_takeover: int
    lease_takeovers: int
    """Övertagande av hyresrätt (a co-tenant, spouse or sambo): agreements signed."""
    lease_takeovers_refused: int


@dataclass(frozen=True, slots=True)
class MedianDays:
    """A median and the longest of whole days over ``count`` cases."""

    count: int
    median: float | None
    longest: int | None


def median_of(histogram: Mapping[int, int]) -> MedianDays:
    """The median and maximum of the values a histogram (value → how many) counts."""
    values = sorted((v, n) for v, n in histogram.items() if n > 0)
    count = sum(n for _, n in values)
    if not count:
        return MedianDays(0, None, None)

    def at(position: int) -> int:
        seen = 0
        for value, n in values:
            seen += n
            if position < seen:
                return value
        raise AssertionError("position beyond the histogram")

    middle = count // 2
    median = float(at(middle)) if count % 2 else (at(middle - 1) + at(middle)) / 2
    return MedianDays(count, median, values[-1][0])


@dataclass(frozen=True, slots=True)
class CustomerCare:
    """Kundvård vid våld i nära relation, and the old flats."""

    requests: int
    """Requests from Nexus: customer-care cases opened in the period."""
    granted: int
    refused: int
    """Kundvårdsgruppens beslut dated in the period."""
    offers: int
    """Cases offered an equivalent flat in the period."""
    moves: int
    """Moves registered in the period."""
    days_to_offer: MedianDays
    """From the request to the first offer, for the cases first offered one in the period."""
    old_flats: Mapping[OldFlatOutcomeKind, int]
    vacancy_days: int
    lost_rent_sek: int

    @property
    def old_flat_count(self) -> int:
        return sum(self.old_flats.values())


@dataclass(frozen=True, slots=True)
class Kvinnojour:
    """Andrahandsuthyrning till Uppsala Kvinnojour against the quota."""

    flats_let: int
    quota: int
    """Flats a year under the agreement in force at the start of the period (or the board's
    decision where no agreement sets one)."""

    @property
    def left(self) -> int:
        return max(0, self.quota - self.flats_let)


@dataclass(frozen=True, slots=True)
class CountyReferrals:
    """Länskompotten: referrals sent in the period and their answers; moves answered in it."""

    referrals: int
    cases: int
    by_result: Mapping[ReferralResult | None, int]
    moved: int


@dataclass(frozen=True, slots=True)
class HousingFirst:
    """Bostad först: waits that ended with a move in the period, and those still running."""

    granted: int
    """Decisions granting Bostad först dated in the period."""
    moved_in: MedianDays
    waiting: MedianDays
    """The cases still waiting on the period's reference day and how long they had waited."""


@dataclass(frozen=True, slots=True)
class Requests:
    """A kind of case decided on an application: förtur, flytt av våldsutövaren."""

    requests: int
    granted: int
    refused: int
    done: int
    """Förtur: leases signed; perpetrator moves: moves registered."""


@dataclass(frozen=True, slots=True)
class RiskAssessments:
    """Hot- och riskbedömningar: made in the period, and overdue on its reference day."""

    done: int
    cases: int
    overdue: int


@dataclass(frozen=True, slots=True)
class YearlyFigures:
    """Every figure of the yearly follow-up for one period."""

    period: Period
    reference_day: dt.date
    shelter: ShelterEndings
    placements: PlacementStarts
    chain: HousingChain
    customer_care: CustomerCare
    kvinnojour: Kvinnojour
    county: CountyReferrals
    housing_first: HousingFirst
    priority: Requests
    perpetrator_moves: Requests
    risk: RiskAssessments


@dataclass(frozen=True, slots=True)
class Comparison:
    """The figures of a period and of the same period the year before."""

    current: YearlyFigures
    previous: YearlyFigures


_DECIDED_IN = {
    DecisionKind.CUSTOMER_CARE_GROUP: CaseKind.CUSTOMER_CARE,
    DecisionKind.HOUSING_FIRST: CaseKind.HOUSING_FIRST,
    DecisionKind.PRIORITY: CaseKind.PRIORITY,
    DecisionKind.PERPETRATOR_MOVE: CaseKind.PERPETRATOR_MOVE,
}


def _decided(counts: PeriodCounts, kind: DecisionKind, granted: bool) -> int:
    """Decisions of ``kind`` in the case kind they decide (a förtur decision in a förtur
    case), yes or no."""
    return counts.decisions[(_DECIDED_IN[kind], kind, granted)]


def figures(counts: PeriodCounts, kvinnojour_quota: int) -> YearlyFigures:
    """The follow-up's sections from what the vault counted for the period."""
    step = counts.steps
    outcomes: list[ShelterOutcome | None] = [*ShelterOutcome]
    if counts.ended_placements.get(None, (0, 0))[0]:
        outcomes.append(None)
    shelter = ShelterEndings(
        tuple(OutcomeRow(o, *counts.ended_placements.get(o, (0, 0))) for o in outcomes)
    )
    providers = tuple(
        ProviderRow(provider, lease, n)
        for (provider, lease), n in sorted(
            counts.started_placements.items(),
            key=lambda item: (item[0][0] is None, item[0][0] or "", not item[0][1]),
        )
    )
    kv, hc = CaseKind.CUSTOMER_CARE, CaseKind.HOUSING_CHAIN
    old = {k: counts.old_flats.get(k, (0, 0, 0)) for k in OldFlatOutcomeKind}
    return YearlyFigures(
        period=counts.period,
        reference_day=counts.reference_day,
        shelter=shelter,
        placements=PlacementStarts(providers),
        chain=HousingChain(
            social_contracts=counts.social_contracts,
            taken_over=step[(hc, "take_over")],
            ended_without_takeover=step[(hc, "end_without_takeover")],
            lease_takeovers=step[(CaseKind.LEASE_TAKEOVER, "sign_agreement")],
            lease_takeovers_refused=step[(CaseKind.LEASE_TAKEOVER, "refuse")],
        ),
        customer_care=CustomerCare(
            requests=counts.opened[kv],
            granted=_decided(counts, DecisionKind.CUSTOMER_CARE_GROUP, True),
            refused=_decided(counts, DecisionKind.CUSTOMER_CARE_GROUP, False),
            offers=step[(kv, "offer_flat")],
            moves=step[(kv, "register_move")],
            days_to_offer=median_of(counts.days_to_offer),
            old_flats={k: v[0] for k, v in old.items()},
            vacancy_days=sum(v[1] for v in old.values()),
            lost_rent_sek=sum(v[2] for v in old.values()),
        ),
        kvinnojour=Kvinnojour(counts.kvinnojour_leases, kvinnojour_quota),
        county=CountyReferrals(
            referrals=sum(counts.referrals.values()),
            cases=counts.referral_cases,
            by_result={r: counts.referrals[r] for r in [*ReferralResult, None]},
            moved=counts.referral_moves,
        ),
        housing_first=HousingFirst(
            granted=_decided(counts, DecisionKind.HOUSING_FIRST, True),
            moved_in=median_of(counts.housing_first_waits),
            waiting=median_of(counts.housing_first_waiting),
        ),
        priority=Requests(
            requests=counts.opened[CaseKind.PRIORITY],
            granted=_decided(counts, DecisionKind.PRIORITY, True),
            refused=_decided(counts, DecisionKind.PRIORITY, False),
            done=step[(CaseKind.PRIORITY, "sign_lease")],
        ),
        perpetrator_moves=Requests(
            requests=counts.opened[CaseKind.PERPETRATOR_MOVE],
            granted=_decided(counts, DecisionKind.PERPETRATOR_MOVE, True),
            refused=_decided(counts, DecisionKind.PERPETRATOR_MOVE, False),
            done=step[(CaseKind.PERPETRATOR_MOVE, "register_move")],
        ),
        risk=RiskAssessments(
            counts.risk_assessments, counts.risk_assessed_cases, counts.risk_overdue
        ),
    )
