"""Recovery keys printed on paper: 170 random bits in Crockford base32 with a BCH checksum."""

from __future__ import annotations

import secrets
import unicodedata

# Crockford base32: digits and letters without I, L, O (read as 1, 1, 0) and U.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {symbol: value for value, symbol in enumerate(ALPHABET)}
_ALIASES = {"O": "0", "I": "1", "L": "1"}
# Word processors and phones turn "-" into these; a key copied from a document must still work.
_SEPARATORS = frozenset("-‐‑‒–—―−_")

DATA_SYMBOLS = 34  # 34 × 5 = 170 bits of randomness
CHECK_SYMBOLS = 6
SYMBOLS = DATA_SYMBOLS + CHECK_SYMBOLS
GROUP_SIZE = 5
GROUPS = SYMBOLS // GROUP_SIZE

# The checksum is BIP-350's bech32m code over GF(32): for strings of up to 89 symbols it is
# guaranteed to detect any error in at most 4 symbols (so every single substitution and every
# swap of two neighbours), and misses other errors with probability about 1 in 10^9. The
# prefix, fed in the way bech32 feeds its human-readable part, keeps checksums from other
# systems from validating here.
_CHECKSUM_PREFIX = "skyddsapp-recovery"
_BECH32M_CONST = 0x2BC830A3
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class InvalidRecoveryKey(ValueError):
    """The typed recovery key cannot be right: wrong length, a foreign character, or a typo."""


def generate_recovery_key() -> str:
    """A new recovery key, e.g. "7K3QM-0RZ9X-…" (8 groups of 5), to be shown once and printed."""
    data = [secrets.randbelow(32) for _ in range(DATA_SYMBOLS)]
    return _format(data + _checksum(_CHECKSUM_PREFIX, data))


def normalize_recovery_key(text: str) -> str:
    """The canonical grouped form of a typed key; raises InvalidRecoveryKey before any KDF runs.

    Case is ignored, as are spaces, line breaks and dashes; O is read as 0 and I, L as 1.
    """
    # NFKC folds full-width letters and digits from some input methods into ASCII.
    folded = unicodedata.normalize("NFKC", text).upper()
    chars = [c for c in folded if not (c.isspace() or c in _SEPARATORS)]
    if not chars:
        raise InvalidRecoveryKey("Återställningsnyckeln är tom. Skriv av nyckeln från papperet.")
    if len(chars) != SYMBOLS:
        raise InvalidRecoveryKey(
            f"Återställningsnyckeln har fel längd: den ska ha {SYMBOLS} tecken "
            f"({GROUPS} grupper om {GROUP_SIZE}), men {len(chars)} tecken angavs. "
            "Kontrollera att ingen grupp saknas eller har skrivits två gånger."
        )
    values: list[int] = []
    for position, char in enumerate(chars):
        value = _VALUE.get(_ALIASES.get(char, char))
        if value is None:
            # The position, never the character: error messages may end up in a log.
            group, index = divmod(position, GROUP_SIZE)
            raise InvalidRecoveryKey(
                "Återställningsnyckeln innehåller ett tecken som inte finns i nycklar "
                f"(grupp {group + 1}, tecken {index + 1}). Nyckeln består bara av siffror "
                "och bokstäverna A–Z utom U."
            )
        values.append(value)
    if _polymod(_expand_prefix(_CHECKSUM_PREFIX) + values) != _BECH32M_CONST:
        raise InvalidRecoveryKey("Återställningsnyckeln är felskriven — kontrollera tecknen.")
    return _format(values)


def recovery_secret(normalized: str) -> bytes:
    """The bytes fed to the KDF: the 40 symbols of the canonical key, without separators.

    Changing this breaks every existing recovery slot.
    """
    return normalize_recovery_key(normalized).replace("-", "").encode("ascii")


def _format(values: list[int]) -> str:
    symbols = "".join(ALPHABET[v] for v in values)
    return "-".join(symbols[i : i + GROUP_SIZE] for i in range(0, len(symbols), GROUP_SIZE))


def _polymod(values: list[int]) -> int:
    """BCH remainder of values over GF(32), exactly as in BIP-173."""
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                chk ^= generator
    return chk


def _expand_prefix(prefix: str) -> list[int]:
    return [ord(c) >> 5 for c in prefix] + [0] + [ord(c) & 31 for c in prefix]


def _checksum(prefix: str, data: list[int]) -> list[int]:
    remainder = _polymod(_expand_prefix(prefix) + data + [0] * CHECK_SYMBOLS) ^ _BECH32M_CONST
    return [(remainder >> 5 * (CHECK_SYMBOLS - 1 - i)) & 31 for i in range(CHECK_SYMBOLS)]
