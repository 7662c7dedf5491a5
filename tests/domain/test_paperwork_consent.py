"""Consent options: at least one item, an end date after today and at most a year ahead."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork import consent
from skyddsapp.domain.paperwork.consent import ConsentScope

TODAY = dt.date(2026, 8, 31)


def case_file(kind: CaseKind = CaseKind.HOUSING_CHAIN) -> CaseFile:
    case = Case(
        id=1,
        reference=CaseReference(kind, 2026, 1),
        kind=kind,
        state="open",
        opened_on=TODAY,
    )
    return CaseFile(case=case, today=TODAY)


def values(file: CaseFile, **changes: Any) -> dict[str, Any]:
    return {field.name: field.default for field in consent.fields(file)} | changes


def test_defaults_ask_for_six_months_and_leave_rent_and_debts_out() -> None:
    file = case_file()
    parsed = consent.parse(values(file), file)
    assert parsed.valid_until == dt.date(2027, 2, 28)  # 31 Aug + 6 months, clamped
    assert ConsentScope.LEASE_AND_DEBTS not in parsed.scopes
    assert len(parsed.scopes) == 4
    assert "boendekedjan" in parsed.purpose


@pytest.mark.parametrize("kind", list(CaseKind))
def test_every_kind_of_case_has_a_default_purpose(kind: CaseKind) -> None:
    assert consent.parse(values(case_file(kind)), case_file(kind)).purpose


@pytest.mark.parametrize(
    ("until", "ok"),
    [
        (dt.date(2026, 8, 31), False),
        (dt.date(2026, 9, 1), True),
        (dt.date(2027, 8, 31), True),
        (dt.date(2027, 9, 1), False),
    ],
)
def test_the_end_date_is_after_today_and_within_twelve_months(until: dt.date, ok: bool) -> None:
    file = case_file()
    if ok:
        assert consent.parse(values(file, valid_until=until), file).valid_until == until
    else:
        with pytest.raises(ValidationError) as caught:
            consent.parse(values(file, valid_until=until), file)
        assert caught.value.fields == ("valid_until",)


def test_no_items_and_no_date_are_both_reported() -> None:
    file = case_file()
    with pytest.raises(ValidationError) as caught:
        consent.parse(values(file, scopes=(), valid_until=None), file)
    assert caught.value.fields == ("scopes", "valid_until")


def test_the_purpose_is_optional() -> None:
    file = case_file()
    assert consent.parse(values(file, purpose="   "), file).purpose == ""
