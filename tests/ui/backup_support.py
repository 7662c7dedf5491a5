"""What the restore tests check a vault folder and a backup with: the files' digests, and a
flipped bit (the backup fixture itself, `usb_backup`, is in conftest.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path → SHA-256): unchanged means byte for byte."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def flip(path: Path, offset: int) -> None:
    """Damage ``path``: one bit of the byte at ``offset`` turned over, in place."""
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ 1]))
