"""AES-256-GCM sealing, HKDF, random keys and wiping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.crypto.aead import (
    KEY_LENGTH,
    NONCE_LENGTH,
    OVERHEAD,
    DecryptionError,
    hkdf,
    open_sealed,
    random_key,
    seal,
    wipe,
)

KEY = bytes(range(32))


@given(plaintext=st.binary(max_size=200), aad=st.binary(max_size=50))
def test_seal_then_open_returns_plaintext(plaintext: bytes, aad: bytes) -> None:
    blob = seal(KEY, plaintext, aad)

    assert len(blob) == len(plaintext) + OVERHEAD
    opened = open_sealed(KEY, blob, aad)
    assert isinstance(opened, bytearray)
    assert opened == plaintext


def test_each_seal_uses_a_fresh_nonce() -> None:
    first, second = seal(KEY, b"samma", b""), seal(KEY, b"samma", b"")

    assert first[:NONCE_LENGTH] != second[:NONCE_LENGTH]
    assert first != second


def test_plaintext_does_not_appear_in_blob() -> None:
    secret = b"hemlig adress 12"
    assert secret not in seal(KEY, secret, b"")


def test_bytearray_key_and_plaintext_are_accepted() -> None:
    key = bytearray(KEY)
    blob = seal(key, bytearray(b"data"), b"aad")
    assert open_sealed(key, blob, b"aad") == b"data"


@given(data=st.data())
def test_any_flipped_bit_is_detected(data: st.DataObject) -> None:
    blob = seal(KEY, b"datanyckel " * 3, b"aad")
    index = data.draw(st.integers(0, len(blob) - 1))
    bit = data.draw(st.integers(0, 7))
    tampered = bytearray(blob)
    tampered[index] ^= 1 << bit

    with pytest.raises(DecryptionError):
        open_sealed(KEY, bytes(tampered), b"aad")


def test_wrong_aad_is_detected() -> None:
    blob = seal(KEY, b"data", b"valv-1")
    with pytest.raises(DecryptionError):
        open_sealed(KEY, blob, b"valv-2")


def test_wrong_key_is_detected() -> None:
    blob = seal(KEY, b"data", b"")
    with pytest.raises(DecryptionError):
        open_sealed(bytes(32), blob, b"")


@pytest.mark.parametrize("length", [0, 1, OVERHEAD - 1])
def test_short_blob_is_a_decryption_error(length: int) -> None:
    with pytest.raises(DecryptionError):
        open_sealed(KEY, bytes(length), b"")


def test_truncated_blob_is_detected() -> None:
    blob = seal(KEY, b"data", b"")
    with pytest.raises(DecryptionError):
        open_sealed(KEY, blob[:-1], b"")


def test_decryption_error_message_is_swedish() -> None:
    assert "Dekrypteringen misslyckades" in str(DecryptionError())


@pytest.mark.parametrize("length", [16, 24, 31, 33])
def test_only_256_bit_keys_are_accepted(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        seal(bytes(length), b"data", b"")
    with pytest.raises(ValueError, match="32 bytes"):
        open_sealed(bytes(length), bytes(40), b"")


def test_hkdf_matches_rfc5869_test_case_3() -> None:
    # RFC 5869 A.3: SHA-256, no salt, no info.
    okm = hkdf(b"\x0b" * 22, b"", 42)

    assert okm.hex() == (
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
    )


def test_hkdf_separates_purposes() -> None:
    mac_key = hkdf(KEY, b"skyddsapp audit-log mac v1")

    assert len(mac_key) == KEY_LENGTH
    assert isinstance(mac_key, bytearray)
    assert mac_key != hkdf(KEY, b"skyddsapp other purpose v1")
    assert mac_key == hkdf(bytearray(KEY), b"skyddsapp audit-log mac v1")


def test_random_key_is_32_fresh_bytes() -> None:
    first, second = random_key(), random_key()

    assert isinstance(first, bytearray)
    assert len(first) == KEY_LENGTH
    assert first != second


def test_wipe_zeroes_in_place() -> None:
    buf = bytearray(b"hemlig")
    alias = buf

    wipe(buf)

    assert alias == bytes(6)
    assert len(buf) == 6
