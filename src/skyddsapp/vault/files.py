"""Careful file writes: private permissions from the first byte, fsync, atomic replace."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

# Windows opens files in text mode unless told otherwise, which would rewrite b"\n" bytes.
_BINARY = getattr(os, "O_BINARY", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace path with data so that a reader or a crash sees either the old or the new file.

    The temp file is created beside the target (a rename is only atomic within one file
    system), exclusively (O_EXCL will not follow a planted symlink or reuse a file someone
    else opened) and with mode set before any byte is written, so the content is never
    readable by others, not even for a moment.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | _NOFOLLOW | _CLOEXEC
    fd = os.open(tmp, flags, mode)
    try:
        try:
            # os.open's mode is filtered by the umask; fchmod makes the mode exact either way.
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            # Data must be on disk before the rename is, or a crash can leave an empty target.
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # The rename itself lives in the directory; without this a crash may forget it.
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Flush a directory's entries (renames, new files) to disk; a no-op where unsupported."""
    if os.name == "nt":
        # Windows cannot open a directory as a file; NTFS journals the rename metadata itself.
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
