"""The files a vault folder holds, by name: cheap to import (the desktop asks before unlock)."""

from __future__ import annotations

from pathlib import Path

DATABASE_FILENAME = "vault.db"
KEYSLOT_FILENAME = "keyslots.json"


def vault_exists(folder: Path) -> bool:
    """A vault (or what is left of one) is in `folder`: its database or its key slot file."""
    return (folder / DATABASE_FILENAME).exists() or (folder / KEYSLOT_FILENAME).exists()
