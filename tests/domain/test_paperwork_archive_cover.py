"""Archive cover options: a list of documents that names no one."""

from __future__ import annotations

import datetime as dt

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.case import Case, CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork import archive_cover
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel

TODAY = dt.date(2026, 11, 27)


def case_file() -> CaseFile:
    client = Person(
        id=1,
        first_name="Anna-Karin",
        last_name="Ek",
        protection=ProtectionLevel.PROTECTED_REGISTRATION,
        real_address=Address("Storgatan 12 B", "753 20", "Uppsala"),
    )
    other = Person(id=2, first_name="Bo", last_name="Lindqvist")
    outsider = Person(
        id=3, first_name="Cilla", last_name="Fri", protection=ProtectionLevel.ASSUMED_IDENTITY
    )
    case = Case(
        id=1,
        reference=CaseReference(CaseKind.CUSTOMER_CARE, 2026, 1),
        kind=CaseKind.CUSTOMER_CARE,
        state="open",
        opened_on=TODAY,
        parties=[CaseParty(1, CaseRole.CLIENT), CaseParty(2, CaseRole.CO_TENANT)],
    )
    return CaseFile(case=case, persons={1: client, 2: other, 3: outsider}, today=TODAY)


def test_one_document_per_line_blank_lines_dropped() -> None:
    parsed = archive_cover.parse({"contents": " Fullmakt \n\n  Nyckelkvittens\n"}, case_file())
    assert parsed.contents == ("Fullmakt", "Nyckelkvittens")
    assert archive_cover.parse({"contents": ""}, case_file()).contents == ()


@pytest.mark.parametrize(
    "contents",
    [
        "Brev från Anna-Karin",
        "Intyg LINDQVIST",
        "Karta Storgatan",
        "Kopia 811218-9876",
        "Kopia 198112189876",
        "Kopia 8112189876",
    ],
)
def test_names_streets_and_personal_numbers_are_refused(contents: str) -> None:
    with pytest.raises(ValidationError) as caught:
        archive_cover.parse({"contents": contents}, case_file())
    assert caught.value.fields == ("contents",)


@pytest.mark.parametrize(
    "contents",
    [
        "Ekonomiskt bistånd, beslut",  # contains "Ek" but is not the name
        "Bostadsbeslut 2026-11-20",  # "Bo" is too short to check on its own
        "Hyresavtal HK-100200, objekt 1234-5678",
    ],
)
def test_ordinary_words_dates_and_numbers_pass(contents: str) -> None:
    assert archive_cover.parse({"contents": contents}, case_file()).contents == (contents,)


def test_only_parties_with_protection_are_counted() -> None:
    assert [p.id for p in archive_cover.protected_persons(case_file())] == [1]


def test_the_message_names_the_word_that_hit() -> None:
    with pytest.raises(ValidationError) as caught:
        archive_cover.parse({"contents": "Brev till Lindqvist på Storgatan"}, case_file())
    assert "”lindqvist”, ”storgatan”" in caught.value.messages_for("contents")[0]
