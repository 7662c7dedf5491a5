"""When unlock finds the vault damaged: the newest good backup in the remembered backup folder.

Runs on the unlock worker, right after the unlock failed, so that hashing a backup's files does
not hold up the dialog. Needs no key: the backup's plaintext header and hashes are enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from skyddsapp.services import backups
from skyddsapp.services.errors import VaultError
from skyddsapp.ui.widgets.labels import error_text


@dataclass(frozen=True)
class DamageOffer:
    """What the unlock dialog shows instead of a plain error when the vault is damaged."""

    message: str
    """The unlock's own message, naming the damage (already in the chosen language)."""
    backup: backups.BackupSummary | None
    """The newest good backup of this vault, or None when none was found."""
    looked_in: Path | None
    """The folder searched; None when no backup folder has been chosen yet."""
    vault_known: bool = True
    """False when the vault's id could not be read (neither its key-slot file nor vault.head
    names it), so no backup could be matched to it."""


# Unlock errors that mean the vault's files are damaged (not a wrong secret, nor a busy or
# write-protected vault), besides VaultDamaged itself: a database that is missing, unreadable or
# not the one the key file belongs to, and a key file that does not parse.
_DAMAGE_ERRORS = frozenset({"DatabaseMissing", "DatabaseCorrupt", "WrongKey", "KeySlotFileCorrupt"})


def is_damage(error: BaseException) -> bool:
    """The vault was examined and found damaged, so a backup is what helps.

    Told apart by what the error carries (VaultDamaged names its folder and problems) or by its
    class's name, since the desktop may not import the vault's error classes; services.errors
    names only their base, VaultError.
    """
    if isinstance(error, VaultError) and (
        isinstance(getattr(error, "problems", None), list)
        and isinstance(getattr(error, "folder", None), Path)
    ):
        return True
    return any(cls.__name__ in _DAMAGE_ERRORS for cls in type(error).__mro__)


def damage_offer(error: BaseException, folder: Path, backup_dir: Path | None) -> DamageOffer | None:
    """The offer for `error`, or None when it is not damage (then it is reported as usual)."""
    if not is_damage(error):
        return None
    found: backups.BackupSummary | None = None
    try:
        vault_id = backups.vault_id_of(folder)
    except OSError:
        vault_id = None
    if backup_dir is not None and vault_id is not None and backup_dir.is_dir():
        try:
            found = backups.newest_good_backup(backup_dir, vault_id)
        except (OSError, VaultError):
            found = None  # an unreadable drive offers nothing; the damage is still named
    return DamageOffer(error_text(error), found, backup_dir, vault_known=vault_id is not None)
