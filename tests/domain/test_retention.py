"""Gallring rules: when a closed case falls due, when it is overdue, what may be purged."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.retention import (
    DEFAULT_YEARS,
    DueCase,
    check_selection,
    confirmation_matches,
    counts_by_kind,
    due_on,
    is_due,
    last_closing_day,
    purge_by,
    purge_details,
    rules_with_defaults,
    validate_years,
)


def test_closed_in_june_2020_is_due_in_2026_and_overdue_from_2027() -> None:
    closed = dt.date(2020, 6, 10)

    assert due_on(closed, DEFAULT_YEARS) == dt.date(2026, 1, 1)
    assert purge_by(closed, DEFAULT_YEARS) == dt.date(2026, 12, 31)
    assert not is_due(closed, 5, dt.date(2025, 12, 31))
    assert is_due(closed, 5, dt.date(2026, 1, 1))
    case = DueCase(1, "KV-2020-0001", CaseKind.CUSTOMER_CARE, closed, 5)
    assert not case.overdue(dt.date(2026, 12, 31))
    assert case.overdue(dt.date(2027, 1, 1))


@given(
    closed=st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)),
    today=st.dates(dt.date(1950, 1, 1), dt.date(2200, 12, 31)),
    years=st.integers(1, 100),
)
def test_due_exactly_when_closed_on_or_before_the_last_closing_day(
    closed: dt.date, today: dt.date, years: int
) -> None:
    assert is_due(closed, years, today) == (closed <= last_closing_day(today, years))


@pytest.mark.parametrize(("value", "years"), [(1, 1), (100, 100), (" 7 ", 7), ("5", 5)])
def test_years_between_one_and_a_hundred_are_kept(value: int | str, years: int) -> None:
    assert validate_years(value) == years


@pytest.mark.parametrize("value", [0, 101, -1, "", "fem", "5.0", "1e2", "٥", True, 5.5, None])
def test_other_years_are_refused_in_swedish(value: object) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_years(value)  # type: ignore[arg-type]

    assert raised.value.fields == ("years",)
    assert "mellan 1 och 100" in str(raised.value)


def test_every_kind_gets_a_rule_stored_or_default() -> None:
    rules = rules_with_defaults({CaseKind.PRIORITY: 10})

    assert [rule.kind for rule in rules] == list(CaseKind)
    by_kind = {rule.kind: rule for rule in rules}
    assert (by_kind[CaseKind.PRIORITY].years, by_kind[CaseKind.PRIORITY].changed) == (10, True)
    assert (by_kind[CaseKind.HOUSING_FIRST].years, by_kind[CaseKind.HOUSING_FIRST].changed) == (
        DEFAULT_YEARS,
        False,
    )


def test_the_purge_entry_counts_per_kind_and_names_no_case() -> None:
    found = [
        DueCase(1, "KV-2019-0001", CaseKind.CUSTOMER_CARE, dt.date(2019, 1, 1), 5),
        DueCase(2, "FT-2019-0002", CaseKind.PRIORITY, dt.date(2019, 1, 1), 5),
        DueCase(3, "KV-2019-0003", CaseKind.CUSTOMER_CARE, dt.date(2019, 1, 1), 5),
    ]

    details = purge_details(counts_by_kind(found))

    assert details == "gallrade ärenden: 3 (customer_care=2, priority=1)"
    assert "KV-" not in details


def test_a_selection_must_be_due_and_not_empty() -> None:
    assert check_selection([3, 1, 3], {1, 2, 3}) == [3, 1]
    with pytest.raises(RuleViolation, match="Markera minst ett"):
        check_selection([], {1})
    with pytest.raises(RuleViolation, match="2 av de markerade"):
        check_selection([1, 4, 5], {1, 2})


@pytest.mark.parametrize(
    ("typed", "count", "ok"),
    [("3", 3, True), (" 3 ", 3, True), ("4", 3, False), ("", 3, False), ("0", 0, False)],
)
def test_the_confirmation_is_the_number_of_cases(typed: str, count: int, ok: bool) -> None:
    assert confirmation_matches(typed, count) is ok
