"""A private temp folder in the user's runtime directory, so that spooled print jobs stay there.

CUPS writes a whole print job to $TMPDIR before sending it (Qt's CUPS engine uses cupsTempFd),
and /tmp is often on disk and outlives the session. $XDG_RUNTIME_DIR is the user's own, mode
0700 and, on systemd systems, in memory; it is emptied at logout.
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

TEMP_VARIABLES = ("TMPDIR", "TMP", "TEMP")


def _private_runtime_dir() -> Path | None:
    """$XDG_RUNTIME_DIR when it is a directory of this user's that no one else can enter."""
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.name != "posix" or not value:
        return None
    try:
        info = os.lstat(value)  # lstat: a symlink is not the runtime directory
    except OSError:
        return None
    if (
        not stat.S_ISDIR(info.st_mode)
        or info.st_uid != os.getuid()
        or stat.S_IMODE(info.st_mode) != 0o700
    ):
        return None
    return Path(value)


def use_private_temp_dir(
    at_exit: Callable[..., object] = atexit.register,
) -> Path | None:
    """Point TMPDIR, TMP, TEMP and Python's tempfile at a new folder in $XDG_RUNTIME_DIR,
    removed at exit (``at_exit`` registers the removal). Call it before the QApplication and
    any printing: Qt and CUPS read $TMPDIR when they need it. None (and nothing changed) when
    there is no such directory, or it is not private."""
    runtime = _private_runtime_dir()
    if runtime is None:
        return None
    try:
        folder = Path(tempfile.mkdtemp(prefix="skyddsapp-", dir=runtime))  # mode 0700
    except OSError:
        return None
    for variable in TEMP_VARIABLES:
        os.environ[variable] = str(folder)
    tempfile.tempdir = str(folder)
    at_exit(shutil.rmtree, folder, ignore_errors=True)
    return folder
