"""A vault's identity card and its fingerprint, compared aloud before a peer is trusted."""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.identity_card import (
    card,
    card_text,
    fingerprint,
    parse_card,
    same_fingerprint,
)

SEAL = bytes(range(32))
VERIFY = bytes(range(32, 64))


def test_the_fingerprint_is_thirty_digits_in_six_groups_of_five() -> None:
    shown = card("Nexus, Uppsala kommun", SEAL, VERIFY).fingerprint

    assert re.fullmatch(r"\d{5}( \d{5}){5}", shown)


def test_the_fingerprint_is_stable_for_the_same_card() -> None:
    assert fingerprint(card("Nexus", SEAL, VERIFY)) == fingerprint(card(" Nexus ", SEAL, VERIFY))


@given(index=st.integers(0, 63), bit=st.integers(0, 7))
def test_any_change_to_a_key_changes_the_fingerprint(index: int, bit: int) -> None:
    keys = bytearray(SEAL + VERIFY)
    keys[index] ^= 1 << bit
    changed = card("Nexus", bytes(keys[:32]), bytes(keys[32:]))

    assert changed.fingerprint != card("Nexus", SEAL, VERIFY).fingerprint


def test_the_name_is_part_of_the_fingerprint() -> None:
    assert card("Nexus", SEAL, VERIFY).fingerprint != card("Uppsalahem", SEAL, VERIFY).fingerprint


def test_a_fingerprint_typed_back_with_other_spacing_matches() -> None:
    nexus = card("Nexus", SEAL, VERIFY)
    digits = nexus.fingerprint.replace(" ", "")
    typed = "-".join(digits[i : i + 3] for i in range(0, len(digits), 3))

    assert same_fingerprint(nexus, typed)
    assert not same_fingerprint(nexus, digits[:-1] + str((int(digits[-1]) + 1) % 10))
    assert not same_fingerprint(nexus, "")


def test_a_bad_card_is_refused_field_by_field() -> None:
    with pytest.raises(ValidationError) as caught:
        card("  ", b"\x00" * 31, b"")

    assert {e.field for e in caught.value.errors} == {"name", "seal_key", "verify_key"}


def test_a_long_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="högst 100 tecken"):
        card("x" * 101, SEAL, VERIFY)


@given(name=st.text(min_size=1, max_size=100).filter(lambda n: n.strip() and "\n" not in n))
def test_a_card_survives_its_text_form(name: str) -> None:
    try:
        original = card(name, SEAL, VERIFY)
    except ValidationError:
        return
    assert parse_card(card_text(original)) == original


@given(text=st.text(max_size=400))
def test_any_text_is_a_card_or_a_validation_error(text: str) -> None:
    with contextlib.suppress(ValidationError):
        parse_card(text)
