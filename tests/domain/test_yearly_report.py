"""The follow-up's periods, medians, sections and tables, without a vault."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.case import ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.small_counts import SMALL, WITHHELD
from skyddsapp.domain.yearly_report import (
    Comparison,
    PeriodCounts,
    checked_period,
    figures,
    median_of,
    terminal_actions,
    year_period,
)
from skyddsapp.domain.yearly_tables import shown_tables, tables

TODAY = dt.date(2026, 5, 4)


def test_a_year_and_the_year_before() -> None:
    period = year_period(2025)
    assert (period.start, period.end, period.label) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
        "2025",
    )
    assert period.year_before().label == "2024"
    leap = checked_period(dt.date(2024, 2, 29), dt.date(2024, 3, 31), TODAY)
    assert leap.label == "2024-02-29–2024-03-31"
    assert leap.year_before().start == dt.date(2023, 2, 28)
    assert year_period(2026).reference_day(TODAY) == TODAY
    assert year_period(2025).reference_day(TODAY) == dt.date(2025, 12, 31)


def test_bad_periods_name_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        checked_period(dt.date(2027, 1, 1), dt.date(1999, 1, 1), TODAY)
    assert caught.value.fields == ("end", "end", "start")
    with pytest.raises(ValidationError):
        year_period(2101)


def test_terminal_actions_are_per_kind() -> None:
    actions = terminal_actions()
    assert "register_move" in actions[CaseKind.COUNTY_REFERRAL]  # moved: the end
    assert "register_move" not in actions[CaseKind.CUSTOMER_CARE]  # moved: not yet closed
    assert all("cancel" in found for found in actions.values())


@given(st.lists(st.integers(min_value=0, max_value=400), max_size=30))
def test_the_median_of_a_histogram_is_the_median_of_its_values(days: list[int]) -> None:
    found = median_of(Counter(days))
    assert found.count == len(days)
    if days:
        assert found.median == statistics.median(days)
        assert found.longest == max(days)
    else:
        assert (found.median, found.longest) == (None, None)


counts_of = st.dictionaries(
    st.sampled_from(list(ShelterOutcome)),
    st.tuples(st.integers(0, 60), st.integers(0, 40)),
)


@given(counts_of, counts_of)
def test_the_shelter_table_adds_up_and_masks_only_small_counts(
    now: dict[ShelterOutcome, tuple[int, int]], before: dict[ShelterOutcome, tuple[int, int]]
) -> None:
    period = year_period(2025)
    comparison = Comparison(
        figures(PeriodCounts(period, period.end, ended_placements=now), 2),
        figures(PeriodCounts(period.year_before(), period.end, ended_placements=before), 2),
    )
    shelter = comparison.current.shelter
    assert shelter.placements == sum(n for n, _ in now.values())
    assert shelter.children == sum(c for _, c in now.values())
    exact = shown_tables(comparison, suppress=False)[0]
    assert dict(exact.rows)["Summa"][:2] == (str(shelter.placements), str(shelter.children))
    masked = shown_tables(comparison)[0]
    for (label, raw), (_, cells) in zip(exact.rows, masked.rows, strict=True):
        for value, cell in zip(raw, cells, strict=True):
            n = int(value)
            assert cell in (value, WITHHELD) or (cell == SMALL and 0 < n < 3), label


def test_every_table_has_a_cell_for_every_column() -> None:
    period = year_period(2025)
    empty = figures(PeriodCounts(period, period.end), 2)
    found = tables(Comparison(empty, empty))
    assert len(found) == 11
    for table in found:
        assert all(len(line.values) == len(table.columns) for line in table.lines)
