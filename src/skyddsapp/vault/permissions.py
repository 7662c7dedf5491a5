"""Is the vault folder private? Asked before unlock by both programs (no database code here).

The vault is encrypted, but a folder other users can read lets them copy it away and guess
passphrases at leisure, and one they can write lets them swap files (an older copy, a planted
WAL). So the folder and every entry directly in it must have no group or other permission
bits; otherwise the vault is not opened and the message says how to fix it.

Skipped on Windows: POSIX mode bits say nothing there (Python reports 0o777 or 0o666 from the
read-only flag alone); the folder lives in the user's profile, whose ACL admits the user,
SYSTEM and Administrators only.
"""

from __future__ import annotations

import os
import shlex
import stat
import sys
from pathlib import Path

from skyddsapp.vault.errors import VaultNotPrivate

OTHERS = stat.S_IRWXG | stat.S_IRWXO


def check_private(folder: Path) -> None:
    """Raise `VaultNotPrivate` naming the first of the folder and the entries in it that
    another user could read, write or enter. A missing folder is left to the caller."""
    if sys.platform == "win32":
        return
    try:
        mode = stat.S_IMODE(os.stat(folder).st_mode)
    except FileNotFoundError:
        return
    if mode & OTHERS:
        raise VaultNotPrivate(
            folder, mode, folder=True, fix=f"chmod 700 {shlex.quote(str(folder))}"
        )
    with os.scandir(folder) as entries:
        found = sorted(entries, key=lambda e: e.name)
    for entry in found:
        try:
            info = entry.stat()  # a link counts by what it points to
        except OSError:
            continue  # a dangling link gives nobody anything
        mode = stat.S_IMODE(info.st_mode)
        if mode & OTHERS:
            private = "700" if stat.S_ISDIR(info.st_mode) else "600"
            fix = f"chmod {private} {shlex.quote(entry.path)}"
            raise VaultNotPrivate(Path(entry.path), mode, folder=False, fix=fix)
