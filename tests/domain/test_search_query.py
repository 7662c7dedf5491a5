"""How the search box reads a query, and what a case may be found by."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.person import Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.search import MAX_TERMS, QueryKind, parse_search, search_document


@pytest.mark.parametrize("text", ["198112189876", "811218-9876", "19811218-9876", " 811218 9876 "])
def test_a_personal_number_in_any_form_is_read_as_one(text: str) -> None:
    query = parse_search(text)
    assert query.kind is QueryKind.PERSONAL_NUMBER
    assert query.personal_number == PersonalNumber("198112189876")


def test_an_invalid_number_is_searched_as_text() -> None:
    query = parse_search("811218-9875")
    assert query.kind is QueryKind.TEXT


def test_references_whole_and_partial() -> None:
    assert parse_search("kv-2026-0001").kind is QueryKind.REFERENCE
    assert parse_search("kv-2026-0001").reference == "KV-2026-0001"
    assert parse_search("KV-2026-00").kind is QueryKind.REFERENCE_PREFIX
    assert parse_search("KV-").kind is QueryKind.REFERENCE_PREFIX


def test_two_letters_and_a_dash_are_a_reference_only_for_a_known_kind() -> None:
    assert parse_search("al-").kind is QueryKind.TEXT
    assert parse_search("fv-2026").kind is QueryKind.REFERENCE_PREFIX


def test_words_are_cleaned_and_capped() -> None:
    query = parse_search('  "Anna"  Öst*  NEAR(  ')
    assert query.kind is QueryKind.TEXT
    assert query.terms == ("Anna", "Öst", "NEAR")
    many = parse_search(" ".join(f"ord{i}" for i in range(20)))
    assert len(many.terms) == MAX_TERMS


@pytest.mark.parametrize("text", ["", "   ", '"" ** ()', "\t\n"])
def test_nothing_to_search_for_is_empty(text: str) -> None:
    assert parse_search(text).kind is QueryKind.EMPTY


@given(st.text())
def test_any_text_is_read_without_error(text: str) -> None:
    query = parse_search(text)
    assert all(term and len(term) <= 64 for term in query.terms)
    assert all('"' not in term for term in query.terms)


def _person(protection: ProtectionLevel, street: str) -> Person:
    return Person(
        id=1,
        first_name="Anna",
        last_name="Testsson",
        personal_number=PersonalNumber("198112189876"),
        protection=protection,
        real_address=Address(street, "75320", "Uppsala"),
        uses_skatteverket_forwarding=protection.hides_real_address,
    )


def _flat(street: str) -> Apartment:
    return Apartment(
        id=2,
        object_number="1234-5678",
        address=Address(street, "75428", "Uppsala"),
        rooms=2,
        area_m2=Decimal(55),
        monthly_rent_sek=7000,
    )


def _case() -> Case:
    return Case(
        id=1,
        reference=CaseReference.parse("KV-2026-0007"),
        kind=CaseKind.CUSTOMER_CARE,
        state="received",
        opened_on=dt.date(2026, 3, 1),
        notes="Önskar markplan.",
    )


@pytest.mark.parametrize(
    "protection", [ProtectionLevel.PROTECTED_REGISTRATION, ProtectionLevel.ASSUMED_IDENTITY]
)
def test_a_hidden_real_address_is_never_in_the_search_document(
    protection: ProtectionLevel,
) -> None:
    body = search_document(_case(), [_person(protection, "Hemligvägen 3")], [_flat("Nyavägen 9")])
    assert "Hemligvägen" not in body
    assert "Nyavägen" not in body, "the flat of the case may be where the person lives now"
    assert "1234-5678" in body
    assert "Anna Testsson" in body


@pytest.mark.parametrize(
    "protection", [ProtectionLevel.NONE, ProtectionLevel.CONFIDENTIALITY_MARKING]
)
def test_a_shown_address_and_the_flat_are_searchable(protection: ProtectionLevel) -> None:
    body = search_document(_case(), [_person(protection, "Synligvägen 3")], [_flat("Demogatan 4")])
    for expected in ("KV-2026-0007", "Synligvägen 3", "Demogatan 4", "1234-5678", "markplan"):
        assert expected in body
    assert "198112189876" not in body


def test_a_co_residents_home_address_is_not_indexed_when_the_case_hides_its_flat() -> None:
    hidden = _person(ProtectionLevel.PROTECTED_REGISTRATION, "Hemligvägen 3")
    partner = _person(ProtectionLevel.NONE, "Sambovägen 5")
    body = search_document(_case(), [hidden, partner], [_flat("Nyavägen 9")])
    assert "Sambovägen" not in body
    alone = search_document(_case(), [partner], [_flat("Nyavägen 9")])
    assert "Sambovägen 5" in alone
