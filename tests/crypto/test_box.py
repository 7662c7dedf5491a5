"""Sealing to an X25519 public key: only the private key opens, any change is caught."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.crypto.aead import DecryptionError
from skyddsapp.crypto.box import (
    BOX_OVERHEAD,
    PUBLIC_KEY_LENGTH,
    new_private_key,
    open_box,
    public_key_of,
    seal_to,
)

PRIVATE = bytearray(range(1, 33))
PUBLIC = public_key_of(PRIVATE)


@given(plaintext=st.binary(max_size=100), aad=st.binary(max_size=30))
def test_round_trip(plaintext: bytes, aad: bytes) -> None:
    blob = seal_to(PUBLIC, plaintext, aad)

    assert len(blob) == len(plaintext) + BOX_OVERHEAD
    assert open_box(PRIVATE, blob, aad) == plaintext


def test_rfc7748_public_key() -> None:
    # RFC 7748 §6.1, Alice's key pair.
    private = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")

    assert public_key_of(private).hex() == (
        "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    )


def test_each_seal_uses_a_fresh_ephemeral_key() -> None:
    first, second = seal_to(PUBLIC, b"nyckel", b""), seal_to(PUBLIC, b"nyckel", b"")

    assert first[:PUBLIC_KEY_LENGTH] != second[:PUBLIC_KEY_LENGTH]


def test_another_private_key_cannot_open() -> None:
    blob = seal_to(PUBLIC, b"nyckel", b"")

    with pytest.raises(DecryptionError):
        open_box(new_private_key(), blob, b"")


def test_wrong_aad_is_caught() -> None:
    blob = seal_to(PUBLIC, b"nyckel", b"valv-1")

    with pytest.raises(DecryptionError):
        open_box(PRIVATE, blob, b"valv-2")


@given(data=st.data())
def test_any_flipped_bit_is_caught(data: st.DataObject) -> None:
    blob = bytearray(seal_to(PUBLIC, b"datanyckel", b"aad"))
    index = data.draw(st.integers(0, len(blob) - 1))
    blob[index] ^= 1 << data.draw(st.integers(0, 7))

    with pytest.raises(DecryptionError):
        open_box(PRIVATE, bytes(blob), b"aad")


@pytest.mark.parametrize(
    "ephemeral",
    [bytes(32), (1).to_bytes(32, "little")],
    ids=["zero", "one"],
)
def test_low_order_ephemeral_key_is_refused(ephemeral: bytes) -> None:
    blob = seal_to(PUBLIC, b"nyckel", b"")

    with pytest.raises(DecryptionError):
        open_box(PRIVATE, ephemeral + blob[PUBLIC_KEY_LENGTH:], b"")


def test_sealing_to_a_low_order_key_is_refused() -> None:
    with pytest.raises(ValueError, match=r"shared key"):
        seal_to(bytes(32), b"nyckel", b"")


def test_short_blob_is_a_decryption_error() -> None:
    with pytest.raises(DecryptionError):
        open_box(PRIVATE, bytes(BOX_OVERHEAD - 1), b"")


def test_key_lengths_are_checked() -> None:
    with pytest.raises(ValueError, match="public key"):
        seal_to(bytes(31), b"x", b"")
    with pytest.raises(ValueError, match="private key"):
        public_key_of(bytes(16))


def test_new_private_keys_are_fresh_and_wipeable() -> None:
    first, second = new_private_key(), new_private_key()

    assert isinstance(first, bytearray)
    assert first != second
    assert len(public_key_of(first)) == PUBLIC_KEY_LENGTH
