"""AES-256-GCM sealing, HKDF sub-keys, random keys and best-effort wiping of key buffers."""

from __future__ import annotations

import os
from typing import TypeAlias

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
# A sealed blob is nonce ‖ ciphertext ‖ tag; the ciphertext is as long as the plaintext.
OVERHEAD = NONCE_LENGTH + TAG_LENGTH

# Keys travel as bytearray where we create them, so they can be wiped; bytes is accepted too.
KeyBytes: TypeAlias = bytes | bytearray


class DecryptionError(Exception):
    """A sealed blob failed authentication: wrong key, wrong associated data, or altered."""

    def __init__(self) -> None:
        super().__init__("Dekrypteringen misslyckades: fel nyckel, eller så har datan ändrats.")


def wipe(buf: bytearray) -> None:
    """Overwrite buf with zeros in place.

    Best effort only: Python cannot wipe immutable bytes (every bytes object a key ever passed
    through, e.g. a str passphrase or a library's internal copy, stays in freed memory until
    reused). We keep secrets we create in bytearrays and zero them as soon as we are done.
    """
    buf[:] = bytes(len(buf))


def random_key() -> bytearray:
    """A fresh 256-bit key from the operating system's CSPRNG."""
    # os.urandom returns an immutable bytes object that cannot be wiped; it is dropped at once.
    return bytearray(os.urandom(KEY_LENGTH))


def _cipher(key: KeyBytes) -> AESGCM:
    # AESGCM keeps its own copy of the key inside the library, out of our reach to wipe.
    if len(key) != KEY_LENGTH:
        # Only AES-256: AESGCM would silently accept a 128- or 192-bit key.
        raise ValueError(f"key must be {KEY_LENGTH} bytes, got {len(key)}")
    return AESGCM(key)


def seal(key: KeyBytes, plaintext: bytes | bytearray, aad: bytes) -> bytes:
    """Encrypt and authenticate plaintext, binding aad; returns nonce ‖ ciphertext ‖ tag."""
    # A random 96-bit nonce is safe for far more than the 2^32 messages NIST allows per key;
    # we seal a handful of things per key.
    nonce = os.urandom(NONCE_LENGTH)
    return nonce + _cipher(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: KeyBytes, blob: bytes, aad: bytes) -> bytearray:
    """Decrypt a blob from seal(); raises DecryptionError if anything was altered."""
    cipher = _cipher(key)
    if len(blob) < OVERHEAD:
        raise DecryptionError()
    out = bytearray(len(blob) - OVERHEAD)
    try:
        # decrypt_into keeps the plaintext out of immutable bytes, so the caller can wipe it.
        cipher.decrypt_into(blob[:NONCE_LENGTH], blob[NONCE_LENGTH:], aad, out)
    except InvalidTag:
        wipe(out)
        raise DecryptionError() from None
    return out


def hkdf(key: KeyBytes, info: bytes, length: int = KEY_LENGTH) -> bytearray:
    """Derive an independent sub-key from a uniformly random key (HKDF-SHA256, no salt).

    No salt is needed because the input is already a uniform random key (RFC 5869 §3.1);
    info separates purposes, e.g. b"skyddsapp audit-log mac v1".
    """
    out = bytearray(length)
    HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive_into(key, out)
    return out
