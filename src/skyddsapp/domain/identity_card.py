"""A vault's identity card: its two public keys (X25519 to be sealed to, Ed25519 to check its
signatures) and a fingerprint short enough to compare aloud over the phone or on paper before a
peer's card is trusted (issue 12, sealed hand-overs between air-gapped vaults).

The fingerprint is SHA-256 over a versioned encoding of the vault's name and both keys, written
as 30 digits in six groups of five ("47110 08150 …", as Signal's safety numbers): digits read
aloud the same in Swedish and English, and groups of five are what people compare reliably.
Thirty digits hold about 100 bits, so a card forged to match needs some 2**100 tries.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.text import Text

KEY_LENGTH = 32
MAX_NAME = 100
FINGERPRINT_GROUPS = 6
_DIGITS_PER_GROUP = 5
_VERSION = b"skyddsapp identity card v1\x00"
CARD_HEADER = "skyddsapp identitetskort v1"
MAX_CARD_TEXT = 2000


@dataclass(frozen=True, slots=True)
class IdentityCard:
    """What one vault tells another about itself; nothing on it is secret."""

    name: str
    """The vault's own name, e.g. "Nexus, Uppsala kommun" (shown, never a person's name)."""
    seal_key: bytes
    """X25519 public key: hand-overs to this vault are sealed to it."""
    verify_key: bytes
    """Ed25519 public key: hand-overs from this vault are signed with its private half."""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)


def card(name: str, seal_key: bytes, verify_key: bytes) -> IdentityCard:
    """A checked card: a one-line name and two 32-byte keys; ValidationError otherwise."""
    errors: list[FieldError] = []
    clean = unicodedata.normalize("NFC", " ".join(name.split()))
    if not clean:
        errors.append(FieldError("name", Text("Ange valvets namn.")))
    elif len(clean) > MAX_NAME:
        errors.append(FieldError("name", Text("Valvets namn får vara högst {0} tecken.", MAX_NAME)))
    for field, key in (("seal_key", seal_key), ("verify_key", verify_key)):
        if len(key) != KEY_LENGTH:
            errors.append(FieldError(field, Text("Nyckeln på identitetskortet är inte giltig.")))
    if errors:
        raise ValidationError(errors)
    return IdentityCard(clean, bytes(seal_key), bytes(verify_key))


def fingerprint(card: IdentityCard) -> str:
    """Thirty digits in groups of five, from SHA-256 over the version, name and both keys."""
    name = card.name.encode("utf-8")
    digest = hashlib.sha256(
        _VERSION + len(name).to_bytes(2, "big") + name + card.seal_key + card.verify_key
    ).digest()
    digits = FINGERPRINT_GROUPS * _DIGITS_PER_GROUP
    # The first 128 bits, reduced to 30 digits (the bias of the reduction is below 2**-28).
    number = int.from_bytes(digest[:16], "big") % 10**digits
    text = str(number).zfill(digits)
    return " ".join(text[i : i + _DIGITS_PER_GROUP] for i in range(0, digits, _DIGITS_PER_GROUP))


def same_fingerprint(card: IdentityCard, spoken: str) -> bool:
    """Whether `spoken` (as typed back by the handler: any spaces or dashes) is `card`'s."""
    return re.sub(r"[\s-]", "", spoken) == fingerprint(card).replace(" ", "")


def card_text(card: IdentityCard) -> str:
    """The card as a short text file (or printed page) to carry to the other vault: the name,
    both keys in base32 and the fingerprint, which `parse_card` checks against the keys."""
    return "\n".join(
        (
            CARD_HEADER,
            f"namn: {card.name}",
            f"kryptering: {_b32(card.seal_key)}",
            f"signatur: {_b32(card.verify_key)}",
            f"fingeravtryck: {card.fingerprint}",
            "",
        )
    )


def parse_card(text: str) -> IdentityCard:
    """A card read back from `card_text`'s format; ValidationError naming what is wrong (not a
    card, a missing line, a damaged key, a fingerprint that does not match the keys)."""
    if len(text) > MAX_CARD_TEXT:
        raise ValidationError([FieldError("card", Text("Filen är inte ett identitetskort."))])
    lines = [line.strip() for line in text.strip().splitlines()]
    if not lines or lines[0] != CARD_HEADER:
        raise ValidationError([FieldError("card", Text("Filen är inte ett identitetskort."))])
    fields: dict[str, str] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("namn", "kryptering", "signatur", "fingeravtryck"):
            fields.setdefault(key.strip(), value.strip())
    missing = [k for k in ("namn", "kryptering", "signatur", "fingeravtryck") if k not in fields]
    if missing:
        raise ValidationError(
            [FieldError("card", Text("Identitetskortet saknar raden {0}.", missing[0]))]
        )
    found = card(fields["namn"], _unb32(fields["kryptering"]), _unb32(fields["signatur"]))
    if not same_fingerprint(found, fields["fingeravtryck"]):
        raise ValidationError(
            [
                FieldError(
                    "card",
                    Text("Fingeravtrycket på kortet stämmer inte med nycklarna: kortet är skadat."),
                )
            ]
        )
    return found


def _b32(key: bytes) -> str:
    return base64.b32encode(key).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    """The key in `text`, or b"" when it is not base32 (`card` then names the field)."""
    letters = re.sub(r"\s", "", text).upper()
    try:
        return base64.b32decode(letters + "=" * (-len(letters) % 8))
    except (binascii.Error, ValueError):
        return b""
