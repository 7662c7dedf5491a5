"""Recovery keys: format, forgiving normalisation, a checksum that catches typos before the KDF."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.crypto import recovery
from skyddsapp.crypto.recovery import (
    ALPHABET,
    CHECK_SYMBOLS,
    DATA_SYMBOLS,
    GROUP_SIZE,
    SYMBOLS,
    InvalidRecoveryKey,
    generate_recovery_key,
    normalize_recovery_key,
    recovery_secret,
)

KEY_PATTERN = re.compile(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}")
TYPO = "Återställningsnyckeln är felskriven — kontrollera tecknen."

data_symbols = st.lists(st.integers(0, 31), min_size=DATA_SYMBOLS, max_size=DATA_SYMBOLS)


def _key(data: list[int]) -> str:
    return recovery._format(data + recovery._checksum(recovery._CHECKSUM_PREFIX, data))


def test_generated_key_is_eight_groups_of_five_crockford_symbols() -> None:
    key = generate_recovery_key()

    assert KEY_PATTERN.fullmatch(key), key
    assert DATA_SYMBOLS * 5 >= 160
    assert SYMBOLS == DATA_SYMBOLS + CHECK_SYMBOLS == 8 * GROUP_SIZE


def test_generated_keys_differ() -> None:
    assert len({generate_recovery_key() for _ in range(50)}) == 50


def test_generated_key_normalises_to_itself() -> None:
    key = generate_recovery_key()
    assert normalize_recovery_key(key) == key


@given(data=data_symbols)
def test_round_trip(data: list[int]) -> None:
    key = _key(data)
    assert KEY_PATTERN.fullmatch(key)
    assert normalize_recovery_key(key) == key


@given(data=data_symbols, separator=st.sampled_from([" ", "", "  ", "\n", "–", "—", "-"]))
def test_case_spacing_and_dashes_do_not_matter(data: list[int], separator: str) -> None:
    key = _key(data)
    typed = separator.join(key.lower().split("-"))

    assert normalize_recovery_key(f"  {typed}\n") == key


@given(data=data_symbols)
def test_look_alike_letters_are_read_as_digits(data: list[int]) -> None:
    key = _key(data)
    typed = key.replace("0", "O").replace("1", "l")

    assert normalize_recovery_key(typed) == key
    assert normalize_recovery_key(key.replace("1", "I")) == key


def test_full_width_characters_are_folded() -> None:
    key = generate_recovery_key()
    full_width = "".join(chr(ord(c) + 0xFEE0) if c != "-" else " " for c in key)

    assert normalize_recovery_key(full_width) == key


@given(data=data_symbols, position=st.integers(0, SYMBOLS - 1), delta=st.integers(1, 31))
def test_any_single_substitution_is_caught(data: list[int], position: int, delta: int) -> None:
    symbols = list(_key(data).replace("-", ""))
    symbols[position] = ALPHABET[ALPHABET.index(symbols[position]) ^ delta]

    with pytest.raises(InvalidRecoveryKey) as caught:
        normalize_recovery_key("".join(symbols))
    assert str(caught.value) == TYPO


@given(data=data_symbols, position=st.integers(0, SYMBOLS - 2))
def test_any_swap_of_neighbours_is_caught(data: list[int], position: int) -> None:
    symbols = list(_key(data).replace("-", ""))
    if symbols[position] == symbols[position + 1]:
        return
    symbols[position], symbols[position + 1] = symbols[position + 1], symbols[position]

    with pytest.raises(InvalidRecoveryKey, match="felskriven"):
        normalize_recovery_key("".join(symbols))


def test_every_error_in_up_to_four_symbols_is_caught() -> None:
    # The checksum is GF(2)-linear, so a typo pattern goes unnoticed exactly when its
    # syndrome is zero. Enumerating the syndromes of all single-symbol errors and all pairs
    # of them proves detection of every error touching at most four of the 40 symbols:
    # one or two symbols (singles non-zero and distinct), three (no pair equals a single),
    # four (no two pairs are equal).
    zero = recovery._polymod([0] * SYMBOLS)

    def syndrome(position: int, error: int) -> int:
        values = [0] * SYMBOLS
        values[position] = error
        return recovery._polymod(values) ^ zero

    by_position = [[syndrome(p, e) for e in range(1, 32)] for p in range(SYMBOLS)]
    singles = [s for row in by_position for s in row]
    assert 0 not in singles
    assert len(set(singles)) == len(singles)

    pairs: set[int] = set()
    count = 0
    for a in range(SYMBOLS):
        for b in range(a + 1, SYMBOLS):
            for sa in by_position[a]:
                pairs.update(sa ^ sb for sb in by_position[b])
                count += 31
    assert len(pairs) == count
    assert pairs.isdisjoint(singles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a1lqfn3a", True),  # BIP-350 bech32m test vectors: our checksum is theirs.
        ("abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx", True),
        ("a1lqfn3q", False),
    ],
)
def test_checksum_is_bech32m(text: str, expected: bool) -> None:
    bech32_alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    prefix, data = text.rsplit("1", 1)
    values = recovery._expand_prefix(prefix) + [bech32_alphabet.index(c) for c in data]

    assert (recovery._polymod(values) == recovery._BECH32M_CONST) is expected


@pytest.mark.parametrize("length", [SYMBOLS - 1, SYMBOLS + 1, SYMBOLS - GROUP_SIZE, 10])
def test_wrong_length_is_named(length: int) -> None:
    with pytest.raises(InvalidRecoveryKey, match="fel längd") as caught:
        normalize_recovery_key("7" * length)
    assert f"40 tecken (8 grupper om 5), men {length} tecken angavs" in str(caught.value)


def test_a_missing_group_is_a_wrong_length() -> None:
    groups = generate_recovery_key().split("-")

    with pytest.raises(InvalidRecoveryKey, match="fel längd"):
        normalize_recovery_key("-".join(groups[:3] + groups[4:]))


def test_empty_input_is_named() -> None:
    with pytest.raises(InvalidRecoveryKey, match="tom"):
        normalize_recovery_key(" - \n")


@pytest.mark.parametrize("bad", ["U", "#", "Å", "*"])
def test_foreign_character_is_located_but_not_echoed(bad: str) -> None:
    symbols = list(generate_recovery_key().replace("-", ""))
    symbols[12] = bad

    with pytest.raises(InvalidRecoveryKey) as caught:
        normalize_recovery_key("".join(symbols))
    message = str(caught.value)
    assert "grupp 3, tecken 3" in message
    assert f"”{bad}”" not in message


def test_invalid_recovery_key_is_a_value_error() -> None:
    assert issubclass(InvalidRecoveryKey, ValueError)


def test_recovery_secret_is_the_compact_ascii_key() -> None:
    key = generate_recovery_key()
    secret = recovery_secret(key)

    assert secret == key.replace("-", "").encode("ascii")
    assert len(secret) == SYMBOLS
    assert recovery_secret(key.lower().replace("-", " ")) == secret


def test_recovery_secret_refuses_a_mistyped_key() -> None:
    key = generate_recovery_key()
    mistyped = ("1" if key[0] != "1" else "2") + key[1:]

    with pytest.raises(InvalidRecoveryKey):
        recovery_secret(mistyped)
