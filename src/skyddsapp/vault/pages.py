"""SQLCipher's per-page HMAC, checked from Python: which pages of a file are damaged.

SQLCipher 4 (our settings: raw 256-bit key, 4096-byte pages, HMAC-SHA512, page number
little-endian) ends every page with a 16-byte IV and a 64-byte HMAC over the encrypted content,
the IV and the page number. Page 1 starts with the 16-byte salt, which is not covered. The HMAC
key is PBKDF2-HMAC-SHA512 of the data key over the salt XOR 0x3a, two rounds.

Checking this ourselves needs no SQLite: a damaged page is named before SQLite reads (and maybe
acts on) it, and the file is only ever opened for reading.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from pathlib import Path

PAGE_SIZE = 4096
SALT_LENGTH = 16
_HMAC_LENGTH = 64
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITERATIONS = 2
# SQLite never writes the page holding the byte at 1 GiB (its lock byte): it stays zeros.
_LOCK_BYTE_PAGE = 0x40000000 // PAGE_SIZE + 1
# Pages are read 256 at a time: one read call per MiB rather than one per page.
_READ_PAGES = 256


class PageChecker:
    """Checks pages of one database against its salt and the data key."""

    def __init__(self, data_key: bytes | bytearray, salt: bytes) -> None:
        if len(salt) != SALT_LENGTH:
            raise ValueError("the salt is 16 bytes")
        hmac_salt = bytes(b ^ _HMAC_SALT_MASK for b in salt)
        self._key = bytearray(
            hashlib.pbkdf2_hmac("sha512", data_key, hmac_salt, _FAST_KDF_ITERATIONS, 32)
        )
        # Keyed once; each page's HMAC starts from a copy (benchmarks/backup_bench.py: a
        # fifth less time for the page pass than keying an HMAC per page).
        self._keyed = hmac.new(self._key, digestmod=hashlib.sha512)

    @classmethod
    def for_file(cls, data_key: bytes | bytearray, database: Path) -> PageChecker | None:
        """A checker using the salt at the start of `database`, or None if it has none."""
        with database.open("rb") as handle:
            salt = handle.read(SALT_LENGTH)
        return cls(data_key, salt) if len(salt) == SALT_LENGTH else None

    def page_ok(self, page_number: int, page: bytes | memoryview) -> bool:
        if len(page) != PAGE_SIZE or page_number < 1:
            return False
        start = SALT_LENGTH if page_number == 1 else 0
        body = page[start : PAGE_SIZE - _HMAC_LENGTH]
        expected = self._keyed.copy()
        expected.update(body)
        expected.update(page_number.to_bytes(4, "little"))
        return hmac.compare_digest(expected.digest(), bytes(page[PAGE_SIZE - _HMAC_LENGTH :]))

    def wipe(self) -> None:
        self._key[:] = bytes(len(self._key))
        # The keyed state goes too (OpenSSL clears it as it frees it); no page passes after.
        self._keyed = hmac.new(self._key, digestmod=hashlib.sha512)


def damaged_pages(
    checker: PageChecker, database: Path, *, digest: hashlib._Hash | None = None
) -> Iterator[int]:
    """Numbers of the pages of `database` whose HMAC does not hold (a short last page too).

    `digest` is given every byte read, in the same pass (a backup's check hashes the file)."""
    number = 0
    with database.open("rb") as handle:
        while chunk := handle.read(_READ_PAGES * PAGE_SIZE):
            if digest is not None:
                digest.update(chunk)
            view = memoryview(chunk)
            for start in range(0, len(chunk), PAGE_SIZE):
                page = view[start : start + PAGE_SIZE]
                number += 1
                if number == _LOCK_BYTE_PAGE and not any(page):
                    continue
                if not checker.page_ok(number, page):
                    yield number
