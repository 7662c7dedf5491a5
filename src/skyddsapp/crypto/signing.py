"""Ed25519 signatures: a vault signs what it seals for another vault (issue 12's hand-over), and
the receiver checks the signature against the sender's imported identity card.

Keys travel as 32 raw bytes like the X25519 keys in `crypto.box`; the private key is a wipeable
bytearray where we make it. Verification answers True/False and never raises on a bad
signature or a malformed key: a tampered package is an expected input, not an error path.
"""

from __future__ import annotations

from typing import cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from skyddsapp.crypto.aead import KEY_LENGTH, KeyBytes, random_key

SIGNING_KEY_LENGTH = 32
VERIFY_KEY_LENGTH = 32
SIGNATURE_LENGTH = 64


def new_signing_key() -> bytearray:
    """A fresh Ed25519 private key (its 32-byte seed) as wipeable bytes."""
    return random_key()


def verify_key_of(signing_key: KeyBytes) -> bytes:
    """The 32-byte public key that checks signatures made with `signing_key`."""
    return _private(signing_key).public_key().public_bytes_raw()


def sign(signing_key: KeyBytes, message: bytes) -> bytes:
    """A 64-byte Ed25519 signature over `message`."""
    return _private(signing_key).sign(message)


def verify(verify_key: bytes, message: bytes, signature: bytes) -> bool:
    """True only when `signature` is `verify_key`'s signature over exactly `message`."""
    if len(verify_key) != VERIFY_KEY_LENGTH or len(signature) != SIGNATURE_LENGTH:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(verify_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _private(signing_key: KeyBytes) -> Ed25519PrivateKey:
    if len(signing_key) != KEY_LENGTH:
        raise ValueError(f"Ed25519 private key must be {KEY_LENGTH} bytes")
    # Typed as bytes; the binding takes any buffer and keeps its own copy out of our reach.
    return Ed25519PrivateKey.from_private_bytes(cast(bytes, signing_key))
