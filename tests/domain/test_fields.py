"""The one normalisation of typed text: one-line and multi-line fields, reasons, refusals."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.fields import (
    clean_line,
    clean_reason,
    clean_text,
    normalise_line,
    normalise_text,
    reveal_reason,
)
from skyddsapp.domain.paperwork.keys import KeyKind, KeyRow, parse_key_rows
from skyddsapp.domain.paperwork.schema import long_text_value

# Mostly ordinary text, with the characters that have caused trouble mixed in.
ODD = st.sampled_from(
    (
        "\u3000",
        "\u00a0",
        "\r\n",
        "\r",
        "\n",
        "\t",
        " ",
        "A\u030a",
        "\u0301",
        "\u200b",
        "\x07",
        "\x1c",
        "\x85",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\x00",
    )
)
TEXTS = st.lists(st.one_of(ODD, st.text(max_size=3)), max_size=12).map("".join)


def line(value: str, **options: object) -> tuple[str, list[str]]:
    errors: list[FieldError] = []
    text = clean_line(value, field="f", label="Fältet", errors=errors, **options)  # type: ignore[arg-type]
    return text, [e.message for e in errors]


def text(value: str, **options: object) -> tuple[str, list[str]]:
    errors: list[FieldError] = []
    cleaned = clean_text(value, field="f", label="Fältet", errors=errors, **options)  # type: ignore[arg-type]
    return cleaned, [e.message for e in errors]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Anna\u3000\nKarin ", "Anna Karin"),
        ("Anna\u00a0\t Karin", "Anna Karin"),
        ("A\u030asa", "Åsa"),
        ("Rad ett\r\nrad två", "Rad ett rad två"),
        ("a\u2028b", "a b"),
    ],
)
def test_a_line_is_composed_trimmed_and_collapsed(raw: str, expected: str) -> None:
    assert line(raw) == (expected, [])


@pytest.mark.parametrize("raw", ["Anna\x07", "Anna\u200bKarin", "An\x1cna", "Anna\x85", "\ufeffA"])
def test_a_line_with_a_control_or_format_character_is_refused_by_name(raw: str) -> None:
    assert line(raw)[1] == ["Fältet innehåller otillåtna tecken."]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Rad ett  \r\nRad två\r\n\r\n", "Rad ett\nRad två"),
        ("Rad ett\rRad två\u2029Rad tre", "Rad ett\nRad två\nRad tre"),
        ("Kolumn\tkolumn\u3000\u00a0x", "Kolumn kolumn  x"),
        ("\n\n  Indrag\n  - punkt", "Indrag\n  - punkt"),
        ("O\u0308verenskommet", "Överenskommet"),
    ],
)
def test_a_text_keeps_its_lines_and_normalises_the_rest(raw: str, expected: str) -> None:
    assert text(raw) == (expected, [])


@pytest.mark.parametrize("raw", ["Ring\x07", "Ring\x0bnu", "Ring\u200b", "Rad\x85rad", "\x00"])
def test_a_text_with_a_control_character_other_than_a_newline_is_refused(raw: str) -> None:
    assert text(raw)[1] == ["Fältet innehåller otillåtna tecken."]


def test_required_and_length_limits_count_the_normalised_text() -> None:
    assert line(" \u3000 ")[1] == ["Fältet saknas."]
    assert text(" \r\n ", required=True)[1] == ["Fältet saknas."]
    assert line("a\u3000\u3000b", max_length=3) == ("a b", [])
    assert text("A\u030a" * 3, max_length=3) == ("ÅÅÅ", [])
    assert text("abcd", max_length=3)[1] == ["Fältet får vara högst 3 tecken."]


@given(TEXTS)
def test_normalising_a_line_twice_changes_nothing(raw: str) -> None:
    once = normalise_line(raw)
    assert normalise_line(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert once == once.strip()
    assert "  " not in once
    assert all(c == " " or not c.isspace() for c in once)
    cleaned, errors = line(raw, max_length=10_000, required=False)
    if not errors:
        assert line(cleaned, max_length=10_000, required=False) == (cleaned, [])


@given(TEXTS)
def test_normalising_a_text_twice_changes_nothing(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once
    assert all(row == row.rstrip() for row in once.split("\n"))
    assert all(c in " \n" or not c.isspace() for c in once)
    cleaned, errors = text(raw)
    if not errors:
        assert text(cleaned) == (cleaned, [])
        assert not any(unicodedata.category(c).startswith("C") and c != "\n" for c in cleaned)


def test_a_reason_is_one_line_and_refused_with_control_characters() -> None:
    assert clean_reason(" Klienten\r\nringde\u3000", field="reason", label="Skälet") == (
        "Klienten ringde"
    )
    assert clean_reason("  ", field="reason", label="Skälet") == ""
    with pytest.raises(ValidationError) as caught:
        clean_reason("Skäl\x07", field="reason", label="Skälet")
    assert caught.value.messages_for("reason") == ["Skälet innehåller otillåtna tecken."]
    with pytest.raises(ValidationError, match="Ange varför uppgiften behöver visas"):
        reveal_reason("\u3000\n")


def test_form_long_text_uses_the_same_rules() -> None:
    errors: list[FieldError] = []
    value = long_text_value({"x": "Rad\tett \r\nrad två"}, "x", "Texten", errors)
    assert (value, errors) == ("Rad ett\nrad två", [])
    long_text_value({"x": "Rad\x0bett"}, "x", "Texten", errors)
    assert [e.message for e in errors] == ["Texten innehåller otillåtna tecken."]


def test_a_flat_saved_before_normalisation_still_matches_its_key_rows() -> None:
    # Saved raw before texts were normalised: the rows, as the dialog hands them back, are clean.
    legacy = Apartment(
        1,
        "1000-1",
        Address("Provgatan 1", "75320", "Uppsala"),
        2,
        Decimal(50),
        7000,
        key_system="ASSA\u3000d12",
        key_series="AB\u300012",
    )
    errors: list[FieldError] = []
    rows = parse_key_rows(
        [KeyRow(KeyKind.NYCKEL, "Dörr", "ASSA d12", "AB\u300012", 2)], errors, legacy
    )
    assert errors == []
    assert rows[0].series == "AB 12"
    assert legacy.validated().key_series == "AB 12"


def test_a_care_of_name_gives_itself_back_when_read_again() -> None:
    address = Address("Provgatan 1", "75320", "Uppsala", " c/o C/O\u3000Anna Lind")
    assert address.care_of == "Anna Lind"
    again = Address(address.street, address.postal_code, address.city, address.care_of)
    assert again == address
