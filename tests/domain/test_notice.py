"""Notice period under 12 kap. 4 § jordabalken: worked examples and properties."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.notice import add_months, notice_end_date
from skyddsapp.domain.rules import notice_end_date as reexported

D = dt.date


@pytest.mark.parametrize(
    ("notice", "end"),
    [
        (D(2025, 9, 15), D(2025, 12, 31)),  # DOMAIN.md's example
        (D(2025, 9, 1), D(2025, 12, 31)),
        (D(2025, 9, 30), D(2025, 12, 31)),
        (D(2025, 8, 31), D(2025, 11, 30)),  # three months run out on 30 Nov itself
        (D(2026, 1, 31), D(2026, 4, 30)),  # "säg upp senast 31 januari för att flytta 1 maj"
        (D(2026, 2, 5), D(2026, 5, 31)),  # Uppsalahem: notice in February ends 31 May
        (D(2025, 11, 30), D(2026, 2, 28)),
        (D(2027, 11, 30), D(2028, 2, 29)),  # leap year
        (D(2025, 10, 15), D(2026, 1, 31)),  # across the turn of the year
        (D(2025, 12, 31), D(2026, 3, 31)),
    ],
)
def test_worked_examples(notice: dt.date, end: dt.date) -> None:
    assert notice_end_date(notice) == end


def test_rules_exposes_the_same_function() -> None:
    assert reexported is notice_end_date


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 8, 31), 3, D(2025, 11, 30)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2025, 1, 15), 12, D(2026, 1, 15)),
    ],
)
def test_add_months_clamps_to_the_last_day(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


notices = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))


@given(notices)
def test_end_is_the_last_day_of_a_month(notice: dt.date) -> None:
    end = notice_end_date(notice)
    assert end.day == calendar.monthrange(end.year, end.month)[1]


@given(notices)
def test_end_leaves_at_least_three_and_less_than_four_months(notice: dt.date) -> None:
    end = notice_end_date(notice)
    assert end >= add_months(notice, 3)
    assert end < add_months(notice, 4) + dt.timedelta(days=1)


@given(notices, notices)
def test_a_later_notice_never_ends_earlier(first: dt.date, second: dt.date) -> None:
    early, late = sorted((first, second))
    assert notice_end_date(early) <= notice_end_date(late)


@given(notices)
def test_every_notice_in_a_month_ends_on_the_same_day(notice: dt.date) -> None:
    assert notice_end_date(notice) == notice_end_date(notice.replace(day=1))


def test_lease_end_date_follows_the_notice() -> None:
    lease = Lease(
        id=1,
        contract_number="K-1001",
        apartment_id=7,
        tenant_ids=(1,),
        kind=LeaseKind.FIRST_HAND,
        start_date=D(2020, 4, 1),
    )
    assert lease.end_date is None
    lease.notice_date = D(2025, 9, 15)
    lease.status = LeaseStatus.NOTICE_GIVEN
    assert lease.end_date == D(2025, 12, 31)
