"""Ed25519 signatures: only the signer's key makes one, any change to message, signature or key
is refused, and a malformed input is a False, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.crypto.signing import (
    SIGNATURE_LENGTH,
    new_signing_key,
    sign,
    verify,
    verify_key_of,
)

SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")


def test_rfc8032_test_vector_1() -> None:
    assert verify_key_of(SEED).hex() == (
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    )
    assert sign(SEED, b"").hex() == (
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )


@given(message=st.binary(max_size=200))
def test_a_signature_verifies_with_its_key_only(message: bytes) -> None:
    key, other = new_signing_key(), new_signing_key()
    signature = sign(key, message)

    assert len(signature) == SIGNATURE_LENGTH
    assert verify(verify_key_of(key), message, signature)
    assert not verify(verify_key_of(other), message, signature)


@given(message=st.binary(min_size=1, max_size=100), data=st.data())
def test_any_flipped_bit_is_refused(message: bytes, data: st.DataObject) -> None:
    key = new_signing_key()
    signature = sign(key, message)
    where = data.draw(st.sampled_from(["message", "signature"]))
    target = bytearray(message if where == "message" else signature)
    index = data.draw(st.integers(0, len(target) - 1))
    target[index] ^= 1 << data.draw(st.integers(0, 7))

    if where == "message":
        assert not verify(verify_key_of(key), bytes(target), signature)
    else:
        assert not verify(verify_key_of(key), message, bytes(target))


@pytest.mark.parametrize(
    ("verify_key", "signature"),
    [(b"", b"\x00" * 64), (b"\x00" * 31, b"\x00" * 64), (b"\x01" * 32, b""), (b"\x01" * 32, b"x")],
)
def test_malformed_keys_and_signatures_are_false(verify_key: bytes, signature: bytes) -> None:
    assert verify(verify_key, b"hand-over", signature) is False


def test_a_private_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        sign(b"short", b"x")
