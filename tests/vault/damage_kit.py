"""Making damage on purpose: crash images of a vault, byte flips, the WAL's frame layout.

Shared by tests/vault/test_damage.py and benchmarks/prove.py (`make prove`).
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from skyddsapp.vault.vault import Vault

WAL_HEADER = 32
WAL_FRAME = 24 + 4096
# The files a crash leaves on disk; -shm is rebuilt from the WAL, as after a reboot.
CRASH_FILES = ("vault.db", "vault.db-wal", "keyslots.json", "vault.head")


def crash_image(vault: Vault, target: Path) -> Path:
    """The vault's folder as a SIGKILL would leave it now: the open WAL and all.

    Copied while the connection is open and idle. With synchronous=FULL every acknowledged
    commit is already in the files, exactly as the kernel would keep them after a kill.
    """
    target.mkdir(mode=0o700, parents=True)
    for name in CRASH_FILES:
        source = vault.folder / name
        if source.exists():
            shutil.copy2(source, target / name)
    return target


def flip(path: Path, offset: int, rng: random.Random | None = None) -> None:
    """Flip one bit (a random one, or the lowest) of the byte at `offset`."""
    bit = 1 << (rng.randrange(8) if rng else 0)
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ bit]))


def wal_frames(path: Path) -> int:
    return max(0, (path.stat().st_size - WAL_HEADER) // WAL_FRAME)


def frame_offset(frame: int) -> int:
    """Where 1-based `frame` starts in the WAL."""
    return WAL_HEADER + (frame - 1) * WAL_FRAME
