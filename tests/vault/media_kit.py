"""Small real file systems for tests: a tiny tmpfs (a full disk) that can be made read-only.

Mounting needs root (CI and the development machines run as root); elsewhere the tests that
need it are skipped, and benchmarks/prove.py falls back to SQLite's max_page_count.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def can_mount() -> bool:
    """Root with a mount command, and tmpfs mounts allowed (not in every container)."""
    if shutil.which("mount") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    probe = Path(tempfile.mkdtemp(prefix="skyddsapp-mount-"))
    try:
        with small_fs(probe, 64):
            return True
    except (subprocess.CalledProcessError, OSError):
        return False
    finally:
        probe.rmdir()


@contextmanager
def small_fs(where: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of `size_kib` KiB mounted at `where` for the duration; unmounted after."""
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(where)],
        check=True,
        capture_output=True,
    )
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def fill(where: Path) -> None:
    """Take every free byte of the file system at `where`."""
    number = len(list(where.glob("fyllnad*")))
    with (where / f"fyllnad-{number}").open("wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            try:
                while handle.write(b"\0" * size):
                    pass
            except OSError:
                continue
