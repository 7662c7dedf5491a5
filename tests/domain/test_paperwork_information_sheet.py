"""Information sheet option: an optional Swedish phone number for the handler."""

from __future__ import annotations

import datetime as dt

import pytest

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork import information_sheet

FILE = CaseFile(
    case=Case(
        id=1,
        reference=CaseReference(CaseKind.SHELTER_EXIT, 2026, 1),
        kind=CaseKind.SHELTER_EXIT,
        state="open",
        opened_on=dt.date(2026, 1, 1),
    ),
    today=dt.date(2026, 1, 2),
)


@pytest.mark.parametrize("phone", ["", "018-12 34 56", "+46 18 12 34 56", "070-123 45 67"])
def test_good_numbers_or_none(phone: str) -> None:
    assert information_sheet.parse({"contact_phone": phone}, FILE).contact_phone == phone


def test_default_is_empty() -> None:
    field = information_sheet.fields(FILE)[0]
    assert information_sheet.parse({field.name: field.default}, FILE).contact_phone == ""


@pytest.mark.parametrize("phone", ["abc", "018 12 34 56 ext 2", "+47 22 00 00 00", "01"])
def test_bad_numbers(phone: str) -> None:
    with pytest.raises(ValidationError) as caught:
        information_sheet.parse({"contact_phone": phone}, FILE)
    assert caught.value.fields == ("contact_phone",)
