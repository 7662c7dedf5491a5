"""Personnummer and samordningsnummer: published test vectors, specific messages, properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from personnummer import personnummer as library

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.personal_number import PersonalNumber, check_digit

TODAY = dt.date(2026, 3, 15)


def luhn(nine: str) -> int:
    """Independent Luhn: double every second digit counted from the right of the nine."""
    total = 0
    for position, char in enumerate(reversed(nine)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += sum(divmod(value, 10))
    return -total % 10


def parse(text: str) -> PersonalNumber:
    return PersonalNumber.parse(text, today=TODAY)


def rejection(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        parse(text)
    assert caught.value.fields == ("personal_number",)
    return str(caught.value)


# Skatteverket test numbers (also used by the personnummer project's shared test list).
@pytest.mark.parametrize(
    ("text", "digits", "coordination", "birth"),
    [
        ("198112189876", "198112189876", False, dt.date(1981, 12, 18)),
        ("811218-9876", "198112189876", False, dt.date(1981, 12, 18)),
        ("8112189876", "198112189876", False, dt.date(1981, 12, 18)),
        ("  19811218-9876 ", "198112189876", False, dt.date(1981, 12, 18)),
        ("191212121212", "191212121212", False, dt.date(1912, 12, 12)),
        ("121212+1212", "191212121212", False, dt.date(1912, 12, 12)),
        ("121212-1212", "201212121212", False, dt.date(2012, 12, 12)),
        ("090527+1474", "190905271474", False, dt.date(1909, 5, 27)),
        ("19821105-9954", "198211059954", False, dt.date(1982, 11, 5)),
        ("901211-9948", "199012119948", False, dt.date(1990, 12, 11)),
        ("791221+9990", "187912219990", False, dt.date(1879, 12, 21)),
        ("001209-9891", "200012099891", False, dt.date(2000, 12, 9)),
        ("190910799824", "190910799824", True, dt.date(1909, 10, 19)),
        ("701063-2391", "197010632391", True, dt.date(1970, 10, 3)),
        ("570574-9959", "195705749959", True, dt.date(1957, 5, 14)),
        ("197306749982", "197306749982", True, dt.date(1973, 6, 14)),
    ],
)
def test_published_valid_numbers(
    text: str, digits: str, coordination: bool, birth: dt.date
) -> None:
    number = parse(text)
    assert number.digits == digits
    assert number.is_coordination is coordination
    assert number.birth_date == birth
    assert library.valid(digits)


def test_formats() -> None:
    number = parse("811218-9876")
    assert number.formatted() == "19811218-9876"
    assert str(number) == "19811218-9876"
    assert number.short_form(TODAY) == "811218-9876"
    assert parse("191212121212").short_form(TODAY) == "121212+1212"
    assert number.masked() == "19811218-****"


def test_repr_keeps_the_birth_number_out_of_logs() -> None:
    assert "9876" not in repr(parse("198112189876"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("199001012382", "Kontrollsiffran i personnumret stämmer inte"),
        ("198707049996", "Kontrollsiffran i personnumret stämmer inte"),
        ("201211209941", "Kontrollsiffran i personnumret stämmer inte"),
        ("193901829913", "Kontrollsiffran i samordningsnumret stämmer inte"),
        ("201509160006", "Födelsenumret"),
        ("19811360-9876", "månaden ska vara 01–12"),
        ("19810230-9876", "dagen finns inte i den månaden"),
        ("19810290-9876", "dagen minus 60 finns inte"),
        ("19810200-9876", "dagen ska vara 01–31 (61–91 för samordningsnummer)"),
        ("19810260-9876", "dagen ska vara 01–31"),
        ("19810299-9876", "dagen ska vara 01–31"),
        ("17811218-9876", "ska börja med 18, 19 eller 20"),
        ("811218-987", "ska ha 10 eller 12 siffror"),
        ("1981121898765", "ska ha 10 eller 12 siffror"),
        ("811218-98765", "men har 11"),
        ("", "Personnummer saknas."),
        ("   ", "Personnummer saknas."),
        ("81121A-9876", "får bara innehålla siffror"),
        ("090527 1474", "får bara innehålla siffror"),
        ("8112-189876", "före de fyra sista siffrorna"),
        ("811218--9876", "före de fyra sista siffrorna"),
        ("8112189876-", "före de fyra sista siffrorna"),
    ],
)
def test_each_fault_has_its_own_message(text: str, expected: str) -> None:
    assert expected in rejection(text)


def test_a_birth_date_in_the_future_is_refused() -> None:
    nine = "260401123"
    future = f"20{nine}{luhn(nine)}"
    assert library.valid(future)  # the library itself does not look at the calendar
    assert "ligger i framtiden" in rejection(future)
    assert "ligger i framtiden" in rejection(f"{nine[:6]}-{nine[6:]}{luhn(nine)}")


def test_a_date_error_is_reported_before_the_check_digit() -> None:
    assert "månaden" in rejection("19811360-9870")


def test_direct_construction_checks_the_digits() -> None:
    assert PersonalNumber("198112189876").birth_date == dt.date(1981, 12, 18)
    for bad in ("8112189876", "198112189875", "19811218987x", "١٩٨١١٢١٨٩٨٧٦"):
        with pytest.raises(ValidationError):
            PersonalNumber(bad)


def test_check_digit_matches_the_vectors() -> None:
    assert check_digit("811218987") == 6
    assert check_digit("121212121") == 2
    with pytest.raises(ValueError, match="nine digits"):
        check_digit("12345")


@st.composite
def valid_digits(draw: st.DrawFn) -> str:
    birth = draw(st.dates(min_value=dt.date(1880, 1, 1), max_value=TODAY))
    serial = draw(st.integers(min_value=1, max_value=999))
    day = birth.day + (60 if draw(st.booleans()) else 0)
    nine = f"{birth:%y%m}{day:02d}{serial:03d}"
    return f"{birth.year:04d}{birth.month:02d}{day:02d}{serial:03d}{luhn(nine)}"


@given(valid_digits())
def test_valid_numbers_round_trip_through_every_form(digits: str) -> None:
    number = parse(digits)
    assert number.digits == digits
    assert parse(number.formatted()) == number
    assert parse(number.short_form(TODAY)) == number
    assert library.Personnummer(digits).format(long_format=True) == digits
    if "-" in number.short_form(TODAY):
        assert parse(number.short_form(TODAY).replace("-", "")) == number


@given(valid_digits(), st.integers(min_value=2, max_value=11), st.integers(0, 9))
def test_changing_one_checked_digit_is_always_caught(
    digits: str, position: int, replacement: int
) -> None:
    assume(int(digits[position]) != replacement)
    changed = f"{digits[:position]}{replacement}{digits[position + 1 :]}"
    with pytest.raises(ValidationError):
        parse(changed)
    short = parse(digits).short_form(TODAY)
    index = position - 2 if position < 8 else position - 1  # skip the separator
    changed_short = f"{short[:index]}{replacement}{short[index + 1 :]}"
    with pytest.raises(ValidationError):
        parse(changed_short)


@given(
    st.sampled_from(["18", "19", "20"]),
    st.integers(0, 99),
    st.integers(0, 13),
    st.integers(0, 99),
    st.integers(0, 999),
    st.integers(0, 9),
)
def test_agrees_with_the_library_apart_from_future_dates(
    century: str, year: int, month: int, day: int, serial: int, check: int
) -> None:
    digits = f"{century}{year:02d}{month:02d}{day:02d}{serial:03d}{check}"
    try:
        expected = library.Personnummer(digits).get_date() <= TODAY
    except library.PersonnummerException:
        expected = False
    try:
        parse(digits)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted is expected
