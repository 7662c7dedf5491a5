"""Sealing to a public key: X25519 key agreement, HKDF-SHA256, then AES-256-GCM."""

from __future__ import annotations

from typing import cast

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from skyddsapp.crypto.aead import (
    KEY_LENGTH,
    OVERHEAD,
    DecryptionError,
    KeyBytes,
    open_sealed,
    random_key,
    seal,
    wipe,
)

PUBLIC_KEY_LENGTH = 32
# A box is ephemeral public key ‖ nonce ‖ ciphertext ‖ tag.
BOX_OVERHEAD = PUBLIC_KEY_LENGTH + OVERHEAD
_INFO = b"skyddsapp x25519-hkdf-sha256-aes256gcm v1"


def new_private_key() -> bytearray:
    """A fresh X25519 private key as 32 wipeable bytes."""
    # Any 32 random bytes are a valid X25519 scalar (the curve function clamps them).
    return random_key()


def public_key_of(private_key: KeyBytes) -> bytes:
    """The 32-byte public key belonging to private_key."""
    return _private(private_key).public_key().public_bytes_raw()


def seal_to(public_key: bytes, plaintext: KeyBytes, aad: bytes) -> bytes:
    """Encrypt plaintext so that only the holder of public_key's private key can read it.

    Needs no secret of the sender: this is what lets a vault reseal a new data key to every
    remaining user without knowing their passphrases.
    """
    recipient = _public(public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _box_key(ephemeral.exchange(recipient), ephemeral_public, public_key)
    try:
        return ephemeral_public + seal(key, plaintext, aad)
    finally:
        wipe(key)


def open_box(private_key: KeyBytes, blob: bytes, aad: bytes) -> bytearray:
    """Decrypt a blob from seal_to(); raises DecryptionError if anything was altered."""
    if len(blob) < BOX_OVERHEAD:
        raise DecryptionError()
    me = _private(private_key)
    ephemeral_public = blob[:PUBLIC_KEY_LENGTH]
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        # A low-order point would make the shared secret all zeros, i.e. known to anyone.
        raise DecryptionError() from None
    key = _box_key(shared, ephemeral_public, me.public_key().public_bytes_raw())
    try:
        return open_sealed(key, blob[PUBLIC_KEY_LENGTH:], aad)
    finally:
        wipe(key)


def _box_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytearray:
    # Both public keys go into the salt, so a box is tied to the one recipient it was made for.
    out = bytearray(KEY_LENGTH)
    HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_LENGTH,
        salt=ephemeral_public + recipient_public,
        info=_INFO,
    ).derive_into(shared, out)
    return out


def _private(private_key: KeyBytes) -> X25519PrivateKey:
    if len(private_key) != KEY_LENGTH:
        raise ValueError(f"X25519 private key must be {KEY_LENGTH} bytes")
    # Typed as bytes; the binding takes any buffer and keeps its own copy out of our reach.
    return X25519PrivateKey.from_private_bytes(cast(bytes, private_key))


def _public(public_key: bytes) -> X25519PublicKey:
    if len(public_key) != PUBLIC_KEY_LENGTH:
        raise ValueError(f"X25519 public key must be {PUBLIC_KEY_LENGTH} bytes")
    return X25519PublicKey.from_public_bytes(public_key)
