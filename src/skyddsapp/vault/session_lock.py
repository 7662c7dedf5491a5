"""Who has the vault open: a shared lock per session, an exclusive one for a rekey.

A rekey replaces `vault.db` by a new file. Another program that has the vault open at that
moment would keep writing to the old file (its WAL and its acknowledged commits lost with it),
so a rekey needs the vault to itself. Every session holds a shared `flock` on `vault.lock` (an
empty file, no data) for as long as it is open; a rekey asks to make its own exclusive and is
refused, with a clear message, while anyone else holds theirs. The operating system releases
a lock when its process dies, so a crash never leaves the vault locked.

Where `flock` does not exist (Windows) or the file cannot be made (a read-only medium, where
nothing is written anyway), the lock is a no-op.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

if sys.platform != "win32":
    import fcntl

LOCK_FILENAME = "vault.lock"
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class Busy(Exception):
    """Another session holds the vault."""


class SessionLock:
    def __init__(self, folder: Path) -> None:
        self._fd: int | None = None
        if sys.platform == "win32":
            return
        try:
            fd = os.open(folder / LOCK_FILENAME, os.O_RDWR | os.O_CREAT | _CLOEXEC, 0o600)
        except OSError:
            return  # a read-only medium: nothing will be written, nothing to guard
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise Busy() from None
        self._fd = fd

    def exclusive(self) -> None:
        """Make this session's lock exclusive; Busy while another session holds the vault."""
        if self._fd is None or sys.platform == "win32":
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise Busy() from None

    def shared(self) -> None:
        if self._fd is not None and sys.platform != "win32":
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
