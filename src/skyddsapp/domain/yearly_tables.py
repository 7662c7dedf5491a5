"""The yearly follow-up as tables, the year before beside each figure, with the small-count rule.

Both the CSV and the PDF are made from these tables, so that they always show the same
figures and the same suppression (`domain.small_counts`): inside a table, the lines of one
breakdown (`Role.PART`) and their sum (`Role.TOTAL`) are masked together, column by column; a
count on its own (`Role.COUNT`) is masked by itself; a measure (a median, days, kronor) resting
on fewer than three cases is withheld; a number that counts no persons (`Role.NUMBER`, a
quota) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from skyddsapp.domain.case import ShelterOutcome
from skyddsapp.domain.county_referral import ReferralResult
from skyddsapp.domain.old_flat_outcome import OldFlatOutcomeKind
from skyddsapp.domain.small_counts import WITHHELD, is_small, mask_column, shown_count
from skyddsapp.domain.text import Text
from skyddsapp.domain.yearly_report import Comparison, MedianDays, Requests, YearlyFigures

NOT_APPLICABLE = "–"


class Role(Enum):
    """What a line of a table is, for the small-count rule."""

    PART = "part"
    TOTAL = "total"
    COUNT = "count"
    MEASURE = "measure"
    NUMBER = "number"


Value = int | float | None


@dataclass(frozen=True, slots=True)
class Line:
    label: str
    values: tuple[Value, ...]
    """One per column (None: nothing to show, e.g. the median of no cases)."""
    role: Role = Role.COUNT
    basis: tuple[int, ...] = ()
    """For a measure: how many cases each column's value rests on."""


@dataclass(frozen=True, slots=True)
class FigureTable:
    title: str
    columns: tuple[str, ...]
    lines: tuple[Line, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class ShownTable:
    """A table as it leaves the vault: every cell a text."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    note: str = ""
    parts: tuple[int, ...] = ()
    """The rows of the table's breakdown (what a chart draws), by index."""
    total: int | None = None
    """The row of the breakdown's sum, by index (None: the table has none)."""


@dataclass(frozen=True, slots=True)
class ChartData:
    """What a bar chart of a table draws (the PDF's and the dashboard's alike): the breakdown's
    lines, the period's value beside the year before's. None is a value not shown (held back by
    the small-count rule): no bar is drawn for it; the table says why."""

    categories: tuple[str, ...]
    now: tuple[float | None, ...]
    before: tuple[float | None, ...]
    now_label: str
    before_label: str


MAX_CHART_LINES = 12


def shown_number(text: str) -> float | None:
    """A shown cell as a number; None for a suppressed ("<3", "..") or empty ("–") cell."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def chart_data(table: ShownTable) -> ChartData | None:
    """The chart of ``table``: its breakdown's lines (their sum left out) in the first column
    against the same measure the year before; None for a table without a breakdown of 2 to
    MAX_CHART_LINES lines, or with nothing to draw."""
    rows = [table.rows[i] for i in table.parts]
    if len(table.columns) not in (2, 4) or not 2 <= len(rows) <= MAX_CHART_LINES:
        return None
    before_col = len(table.columns) // 2
    now = tuple(shown_number(cells[0]) for _, cells in rows)
    before = tuple(shown_number(cells[before_col]) for _, cells in rows)
    if not any(now + before):
        return None
    return ChartData(
        tuple(label for label, _ in rows),
        now,
        before,
        table.columns[0],
        table.columns[before_col],
    )


def number_text(value: Value) -> str:
    """A figure as Swedish text: whole numbers as they are, halves with a decimal comma."""
    if value is None:
        return NOT_APPLICABLE
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}".replace(".", ",")
    return str(value)


def shown(table: FigureTable, *, suppress: bool = True) -> ShownTable:
    """The table's cells as text; with ``suppress`` (the default, for outside the unit) the
    small-count rule applies."""
    width = len(table.columns)
    cells = [[number_text(v) for v in line.values] for line in table.lines]
    if suppress:
        parts = [i for i, line in enumerate(table.lines) if line.role is Role.PART]
        total = next((i for i, ln in enumerate(table.lines) if ln.role is Role.TOTAL), None)
        for col in range(width):
            if parts:
                values = [_count(table.lines[i].values[col]) for i in parts]
                total_value = None if total is None else _count(table.lines[total].values[col])
                masked, masked_total = mask_column(values, total_value)
                for i, text in zip(parts, masked, strict=True):
                    cells[i][col] = text
                if total is not None and masked_total is not None:
                    cells[total][col] = masked_total
            elif total is not None:
                cells[total][col] = shown_count(_count(table.lines[total].values[col]))
            for i, line in enumerate(table.lines):
                if line.role is Role.COUNT:
                    cells[i][col] = shown_count(_count(line.values[col]))
                elif (
                    line.role is Role.MEASURE
                    and line.values[col] is not None
                    and is_small(line.basis[col])
                ):
                    cells[i][col] = WITHHELD
    rows = tuple((line.label, tuple(c)) for line, c in zip(table.lines, cells, strict=True))
    breakdown = tuple(i for i, line in enumerate(table.lines) if line.role is Role.PART)
    total = next((i for i, line in enumerate(table.lines) if line.role is Role.TOTAL), None)
    return ShownTable(table.title, table.columns, rows, table.note, breakdown, total)


def _count(value: Value) -> int:
    assert isinstance(value, int), "only counts are masked"
    return value


# ------------------------------------------------------------------ the tables


_OUTCOME_NONE = "Utfall inte registrerat"
_REFERRAL_LABELS: dict[ReferralResult | None, str] = {
    **{r: r.label for r in ReferralResult},
    None: "Väntar på svar",
}


PROVIDER_WITHHELD = "Leverantören visas inte (skyddad adress)"
CAN_SUPPLY_LEASE = "kan ordna lägenhetskontrakt"
CANNOT_SUPPLY_LEASE = "kan inte ordna kontrakt"
PROVIDER_TEXTS = (PROVIDER_WITHHELD, CAN_SUPPLY_LEASE, CANNOT_SUPPLY_LEASE)
"""The provider line's fixed words (the name itself is what was typed), for the translations."""


def _provider_label(provider: str | None, can_supply_lease: bool) -> str:
    name = provider if provider is not None else PROVIDER_WITHHELD
    reason = CAN_SUPPLY_LEASE if can_supply_lease else CANNOT_SUPPLY_LEASE
    return Text("{0} – {1}", name, reason)


def tables(comparison: Comparison) -> list[FigureTable]:
    """Every table of the follow-up: the period's figures with the year before's beside."""
    now, before = comparison.current, comparison.previous
    years = (now.period.label, before.period.label)

    def per_year(get: Callable[[YearlyFigures], Value]) -> tuple[Value, ...]:
        return (get(now), get(before))

    def count(label: str, get: Callable[[YearlyFigures], int], role: Role = Role.COUNT) -> Line:
        return Line(label, per_year(get), role)

    def waits(label: str, get: Callable[[YearlyFigures], MedianDays]) -> list[Line]:
        basis = (get(now).count, get(before).count)
        return [
            Line(label, per_year(lambda f: get(f).count)),
            Line("Median, dagar", per_year(lambda f: get(f).median), Role.MEASURE, basis),
            Line("Längst, dagar", per_year(lambda f: get(f).longest), Role.MEASURE, basis),
        ]

    shelter_outcomes: list[ShelterOutcome | None] = [*ShelterOutcome]
    if any(r.outcome is None for f in (now, before) for r in f.shelter.rows):
        shelter_outcomes.append(None)

    def outcome_row(f: YearlyFigures, o: ShelterOutcome | None) -> tuple[int, int]:
        row = next((r for r in f.shelter.rows if r.outcome is o), None)
        return (row.placements, row.children) if row else (0, 0)

    shelter_lines = [
        Line(
            o.label if o else _OUTCOME_NONE,
            (*outcome_row(now, o), *outcome_row(before, o)),
            Role.PART,
        )
        for o in shelter_outcomes
    ]
    shelter_lines.append(
        Line(
            "Summa",
            (
                now.shelter.placements,
                now.shelter.children,
                before.shelter.placements,
                before.shelter.children,
            ),
            Role.TOTAL,
        )
    )
    provider_keys = sorted(
        {(r.provider, r.can_supply_lease) for f in (now, before) for r in f.placements.rows},
        key=lambda k: (k[0] is None, k[0] or "", not k[1]),
    )

    def placed(f: YearlyFigures, key: tuple[str | None, bool]) -> int:
        return sum(
            r.placements for r in f.placements.rows if (r.provider, r.can_supply_lease) == key
        )

    provider_lines = [
        Line(
            _provider_label(provider, lease),
            per_year(lambda f, k=(provider, lease): placed(f, k)),  # type: ignore[misc]
            Role.PART,
        )
        for provider, lease in provider_keys
    ]
    provider_lines.append(count("Summa", lambda f: f.placements.total, Role.TOTAL))
    old_lines = [
        Line(k.label, per_year(lambda f, k=k: f.customer_care.old_flats[k]), Role.PART)  # type: ignore[misc]
        for k in OldFlatOutcomeKind
    ]
    flats = (now.customer_care.old_flat_count, before.customer_care.old_flat_count)
    old_lines += [
        count("Summa", lambda f: f.customer_care.old_flat_count, Role.TOTAL),
        Line("Vakansdagar", per_year(lambda f: f.customer_care.vacancy_days), Role.MEASURE, flats),
        Line(
            "Hyresförlust, kronor",
            per_year(lambda f: f.customer_care.lost_rent_sek),
            Role.MEASURE,
            flats,
        ),
    ]
    referral_lines = [
        Line(label, per_year(lambda f, r=r: f.county.by_result[r]), Role.PART)  # type: ignore[misc]
        for r, label in _REFERRAL_LABELS.items()
    ]
    referral_lines += [
        count("Förfrågningar till kommunerna", lambda f: f.county.referrals, Role.TOTAL),
        count("Ärenden med förfrågan", lambda f: f.county.cases),
        count("Flyttat genom Länskompotten", lambda f: f.county.moved),
    ]

    def requests(f: Callable[[YearlyFigures], Requests], done: str) -> list[Line]:
        return [
            count("Ärenden öppnade", lambda y: f(y).requests),
            count("Beviljade", lambda y: f(y).granted),
            count("Avslagna", lambda y: f(y).refused),
            count(done, lambda y: f(y).done),
        ]

    return [
        FigureTable(
            "Avslutade placeringar i skyddat boende efter utfall",
            (
                Text("Klienter {0}", years[0]),
                Text("Antal barn {0}", years[0]),
                Text("Klienter {0}", years[1]),
                Text("Antal barn {0}", years[1]),
            ),
            tuple(shelter_lines),
            "Placeringar vars faktiska slutdatum ligger i perioden; barn som följde med.",
        ),
        FigureTable(
            "Placeringar efter leverantör och avropsgrund",
            years,
            tuple(provider_lines),
            "Placeringar som började i perioden. Avropsgrund: om leverantören kan ordna ett "
            "lägenhetskontrakt när placeringen upphör.",
        ),
        FigureTable(
            "Boendekedjan och övertaganden",
            years,
            (
                count(
                    "Bostadssociala kontrakt (prövotiden började)",
                    lambda f: f.chain.social_contracts,
                ),
                count("Förstahandskontraktet övertaget", lambda f: f.chain.taken_over),
                count("Avslutade utan övertagande", lambda f: f.chain.ended_without_takeover),
                count(
                    "Övertagande av hyresrätt: överenskommelser", lambda f: f.chain.lease_takeovers
                ),
                count(
                    "Övertagande av hyresrätt: avslag", lambda f: f.chain.lease_takeovers_refused
                ),
            ),
        ),
        FigureTable(
            "Kundvård vid våld i nära relation",
            years,
            (
                count("Förfrågningar från Nexus", lambda f: f.customer_care.requests),
                count("Beviljade av Kundvårdsgruppen", lambda f: f.customer_care.granted),
                count("Avslagna av Kundvårdsgruppen", lambda f: f.customer_care.refused),
                count("Erbjudna likvärdig bostad", lambda f: f.customer_care.offers),
                count("Flyttar genomförda", lambda f: f.customer_care.moves),
                *waits("Första erbjudande: ärenden", lambda f: f.customer_care.days_to_offer)[1:],
            ),
            "Median och längsta tid från förfrågan till första erbjudande, för ärenden som "
            "fick sitt första erbjudande i perioden.",
        ),
        FigureTable(
            "Den gamla lägenheten",
            years,
            tuple(old_lines),
            "Lägenheter vars vakans började i perioden; en vakans som pågår räknas till "
            "periodens slut. Hyresförlust = månadshyra × 12 / 365 × vakansdagar.",
        ),
        FigureTable(
            "Uppsala Kvinnojour",
            years,
            (
                count("Lägenheter uthyrda i andra hand", lambda f: f.kvinnojour.flats_let),
                Line(
                    "Kvot, lägenheter per år", per_year(lambda f: f.kvinnojour.quota), Role.NUMBER
                ),
            ),
        ),
        FigureTable(
            "Länskompotten",
            years,
            tuple(referral_lines),
            "Förfrågningar skickade i perioden efter svar; flyttar efter dagen för svaret.",
        ),
        FigureTable(
            "Bostad först",
            years,
            (
                count("Beviljade insatser", lambda f: f.housing_first.granted),
                *waits("Flyttat in", lambda f: f.housing_first.moved_in),
                *waits("Väntar vid periodens slut", lambda f: f.housing_first.waiting),
            ),
            "Väntetid från beslutet om Bostad först till inflyttningen.",
        ),
        FigureTable("Förtur", years, tuple(requests(lambda f: f.priority, "Hyresavtal tecknade"))),
        FigureTable(
            "Flytt av våldsutövare",
            years,
            tuple(requests(lambda f: f.perpetrator_moves, "Flyttar genomförda")),
        ),
        FigureTable(
            "Hot- och riskbedömningar",
            years,
            (
                count("Bedömningar gjorda", lambda f: f.risk.done),
                count("Ärenden med bedömning", lambda f: f.risk.cases),
                count("Öppna ärenden med försenad uppföljning", lambda f: f.risk.overdue),
            ),
            "Försenad: den senaste bedömningens uppföljningsdatum hade passerats vid periodens "
            "slut i ett ärende som inte var avslutat.",
        ),
    ]


KEY_FIGURES = ("ended", "first_hand", "requests", "days", "kvinnojour", "overdue")
"""The dashboard's headline figures, in their order: placements ended, of them to a first-hand
lease, customer-care requests, median days to the first offer, Kvinnojouren's flats against
the quota, open cases with an overdue risk assessment."""


def key_figures(comparison: Comparison, *, suppress: bool = True) -> dict[str, tuple[str, str]]:
    """Each of KEY_FIGURES as text, the period's and the year before's, under the tables' rule
    when ``suppress``: a count of 1–2 as "<3", a median resting on fewer than three cases
    withheld."""

    def count(value: int) -> str:
        return shown_count(value) if suppress else str(value)

    def median(days: MedianDays) -> str:
        if days.median is not None and suppress and is_small(days.count):
            return WITHHELD
        return number_text(days.median)

    def one(figures: YearlyFigures) -> tuple[str, ...]:
        first_hand = figures.shelter.of(ShelterOutcome.FIRST_HAND_FROM_PROVIDER)
        return (
            count(figures.shelter.placements),
            count(first_hand.placements),
            count(figures.customer_care.requests),
            median(figures.customer_care.days_to_offer),
            f"{count(figures.kvinnojour.flats_let)} / {figures.kvinnojour.quota}",
            count(figures.risk.overdue),
        )

    now, before = one(comparison.current), one(comparison.previous)
    return {key: (now[i], before[i]) for i, key in enumerate(KEY_FIGURES)}


def shown_tables(comparison: Comparison, *, suppress: bool = True) -> list[ShownTable]:
    return [shown(t, suppress=suppress) for t in tables(comparison)]


def all_cells(shown_list: Sequence[ShownTable]) -> list[str]:
    """Every text of the tables, for checks that nothing else leaves."""
    texts: list[str] = []
    for table in shown_list:
        texts += [table.title, *table.columns, table.note]
        for label, cells in table.rows:
            texts += [label, *cells]
    return texts
