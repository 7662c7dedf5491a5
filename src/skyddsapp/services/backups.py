"""Use cases for backups (issue 12 part 1): make, check, list, warn when old, restore beside.

A backup is a folder of its own on a chosen disk or removable drive: the encrypted database, the
key-slot file and a header (vault/backup.py, docs/backup-format.md). Making, listing, checking
and restoring are an administrator's. Restoring never writes over the current vault: it makes a
new vault folder beside it, and works without an unlocked vault (the vault may be lost or
damaged), opened with a passphrase or the recovery key found in the backup's own key slots.

The long steps (`create_backup`, `verify_backup`, `preview_restore`, `restore_beside`) are meant
to run off the UI thread; `create_backup` and `restore_beside` report `(done, total)` pages
through `progress`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from skyddsapp.crypto.aead import wipe
from skyddsapp.crypto.kdf import encode_passphrase
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import backup as backup_files
from skyddsapp.vault import head as head_file
from skyddsapp.vault.backup import Backup, Manifest
from skyddsapp.vault.database import as_vault_error
from skyddsapp.vault.errors import BackupDamaged, BackupExists, VaultReadOnly
from skyddsapp.vault.head import HEAD_FILENAME
from skyddsapp.vault.keyslots import (
    KeySlotError,
    KeySlotFile,
    WrongSecret,
    open_recovery_slot,
    open_user_slot,
)
from skyddsapp.vault.layout import KEYSLOT_FILENAME
from skyddsapp.vault.pages import PAGE_SIZE
from skyddsapp.vault.vault import RECOVERY_USER, Vault

__all__ = [
    "BackupCheck",
    "BackupDamaged",
    "BackupExists",
    "BackupManifest",
    "BackupStatus",
    "BackupSummary",
    "Progress",
    "WrongSecret",
    "backup_status",
    "create_backup",
    "default_restore_folder",
    "list_backups",
    "newest_good_backup",
    "preview_restore",
    "restore_beside",
    "vault_id_of",
    "verify_backup",
]

Progress = Callable[[int, int], None]
"""(done, total) pages of work, called off the UI thread; the last call is (total, total).

`create_backup` counts the copy's pages and then the check after writing as twice as many
again (it reads every page twice: its HMAC, then SQLite's integrity checks); `restore_beside`
counts the check of the backup (two parts) and then the pages copied (the third)."""

DEFAULT_KEEP = 5


@dataclass(frozen=True)
class BackupSummary:
    """From the plaintext header only: no key needed."""

    path: Path
    vault_id: str
    made_at: str  # ISO 8601 UTC
    generation: int
    size_bytes: int


@dataclass(frozen=True)
class BackupManifest:
    """Decrypted: needs the data key."""

    summary: BackupSummary
    made_by: str
    vault_name: str
    schema: int
    cases: int
    persons: int
    documents: int
    audit_entries: int


@dataclass(frozen=True)
class BackupCheck:
    summary: BackupSummary | None  # None when not even the header could be read
    problems: list[str]  # [] = whole


@dataclass(frozen=True)
class BackupStatus:
    newest_at: str | None  # ISO UTC of the newest backup recorded in this vault
    age_days: int | None
    too_old: bool  # no backup at all, or older than max_age_days


def _require_admin(vault: Vault, what: str) -> None:
    if vault.user.role is not Role.ADMIN:
        raise NotAllowed(what)


def _summary(found: Backup) -> BackupSummary:
    header = found.header
    return BackupSummary(
        found.folder, header.vault_id, header.made_at, header.generation, header.size_bytes
    )


def _manifest(found: Backup, manifest: Manifest) -> BackupManifest:
    return BackupManifest(
        summary=_summary(found),
        made_by=manifest.made_by,
        vault_name=manifest.vault_name,
        schema=manifest.schema,
        cases=manifest.cases,
        persons=manifest.persons,
        documents=manifest.documents,
        audit_entries=manifest.audit_entries,
    )


def create_backup(
    vault: Vault, target_dir: Path, *, keep: int = DEFAULT_KEEP, progress: Progress | None = None
) -> BackupManifest:
    """Back the whole vault up into a new folder in `target_dir` and keep the newest `keep`.

    The folder is written under a `.partial` name, synced and checked as `verify_backup` checks
    before it gets its final name; then the backup is recorded and `backup.create` logged in one
    transaction, and older backups of this vault in `target_dir` beyond `keep` are removed (never
    another vault's, never one whose header cannot be read). A failure leaves no folder behind.
    """
    _require_admin(vault, "göra säkerhetskopior")
    if keep < 1:
        raise ValidationError.single(
            "keep", Text("Antalet säkerhetskopior att behålla måste vara minst 1.")
        )
    if vault.read_only:
        raise VaultReadOnly(vault.folder)
    if _inside(target_dir, vault.folder):
        raise ValidationError.single(
            "target_dir",
            Text(
                "Säkerhetskopian kan inte läggas i valvets egen mapp {0}: den ska finnas kvar "
                "om valvet går förlorat. Välj en annan disk eller ett USB-minne.",
                vault.folder,
            ),
        )
    with _disk_errors_named(target_dir):
        made = backup_files.create(
            vault.folder,
            backup_files.key_of(vault),
            target_dir,
            vault_id=vault.vault_id,
            made_by=vault.user.name,
            vault_name=vault.name,
            progress=progress,
        )
    header = made.backup.header
    with vault.transaction() as audit:
        backup_files.record(vault.connection, made, header.made_at)
        audit.append(
            vault.user.name,
            "backup.create",
            "backup",
            made.backup.folder.name,
            details=f"generation {header.generation}; {header.size_bytes} byte",
        )
    backup_files.remove_older(target_dir, vault.vault_id, keep, spare=made.backup.folder)
    return _manifest(made.backup, made.manifest)


@contextmanager
def _disk_errors_named(where: Path) -> Iterator[None]:
    """A full disk or a drive pulled out while writing `where` becomes the specific message
    (DiskFull, StorageError), naming the backup's place rather than the vault."""
    try:
        yield
    except OSError as exc:
        named = as_vault_error(exc, where)
        if named is None:
            raise
        raise named from exc


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def verify_backup(vault: Vault, backup: Path) -> BackupCheck:
    """Check a backup of this vault through and through (hashes, every page, both integrity
    checks, counts and audit head against the manifest, the audit chain, the key file)."""
    _require_admin(vault, "kontrollera säkerhetskopior")
    try:
        found = backup_files.read(backup)
    except BackupDamaged as exc:
        return BackupCheck(None, exc.problems)
    if found.header.vault_id != vault.vault_id:
        return BackupCheck(
            _summary(found),
            [Text("Säkerhetskopian i {0} är gjord av ett annat valv än det som är öppet.", backup)],
        )
    _, problems = backup_files.check(found, backup_files.key_of(vault))
    return BackupCheck(_summary(found), problems)


def list_backups(vault: Vault, folder: Path) -> list[BackupCheck]:
    """This vault's backups in `folder`, newest first, each checked against its header's sizes
    and hashes (no key needed; `verify_backup` checks one through and through). A folder named
    as a backup of this vault whose header cannot be read is listed with summary None."""
    _require_admin(vault, "se säkerhetskopior")
    found: list[BackupCheck] = []
    for path in backup_files.candidates(folder):
        named = backup_files.name_of(path)
        try:
            read = backup_files.read(path)
        except BackupDamaged as exc:
            if named is not None and named[1] == vault.vault_id[:8]:
                found.append(BackupCheck(None, exc.problems))
            continue
        if read.header.vault_id == vault.vault_id:
            found.append(BackupCheck(_summary(read), backup_files.file_problems(read)))
    found.sort(key=lambda c: c.summary.made_at if c.summary else "", reverse=True)
    return found


def backup_status(vault: Vault, *, max_age_days: int, today: dt.date | None = None) -> BackupStatus:
    """How old the newest backup recorded in this vault is (for the status bar's warning)."""
    newest = backup_files.newest_recorded(vault.connection)
    if newest is None:
        return BackupStatus(None, None, True)
    made = dt.datetime.fromisoformat(newest).astimezone(dt.UTC).date()
    age = max(((today or dt.datetime.now(dt.UTC).date()) - made).days, 0)
    return BackupStatus(newest, age, age > max_age_days)


def newest_good_backup(folder: Path, vault_id: str) -> BackupSummary | None:
    """The newest backup of `vault_id` in `folder` whose header reads and whose files hash as
    it says; no key needed (offered when the vault is found damaged)."""
    good: list[BackupSummary] = []
    for path in backup_files.candidates(folder):
        named = backup_files.name_of(path)
        if named is None or named[1] != vault_id[:8]:
            continue
        try:
            read = backup_files.read(path)
        except BackupDamaged:
            continue
        if read.header.vault_id == vault_id and not backup_files.file_problems(read):
            good.append(_summary(read))
    return max(good, key=lambda s: s.made_at, default=None)


def vault_id_of(folder: Path) -> str | None:
    """The id of the vault in `folder`, read without any key (from its key-slot file, or its
    vault.head when that file is damaged), to look for its newest good backup; None if neither
    names one."""
    try:
        return KeySlotFile.load(folder / KEYSLOT_FILENAME).vault_id
    except KeySlotError:
        ids = head_file.vault_ids(folder / HEAD_FILENAME)
        return next(iter(ids)) if len(ids) == 1 else None


def preview_restore(
    backup: Path, user_name: str, secret: str, *, recovery_key: bool = False
) -> BackupManifest:
    """Open the backup's key slots with a user's passphrase (or, with `recovery_key`, the
    recovery key in `secret`), check everything as `verify_backup` does and return what it
    holds. BackupDamaged names the damage; a wrong secret is WrongSecret, as at unlock."""
    found, key, manifest = _open(backup, user_name, secret, recovery_key)
    wipe(key)
    return _manifest(found, manifest)


def default_restore_folder(current_folder: Path) -> Path:
    """Where `restore_beside` puts the restored vault unless told: beside the current one."""
    return backup_files.default_restore_name(current_folder)


def restore_beside(
    backup: Path,
    current_folder: Path,
    user_name: str,
    secret: str,
    *,
    recovery_key: bool = False,
    into: Path | None = None,
    witness_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Restore into a NEW folder beside the current vault (default
    `<vault folder name>-aterstalld-<YYYYMMDD-HHMMSS>`); returns it.

    Everything is checked first, so a damaged backup writes nothing anywhere. The restored
    vault's generation is raised above what the current vault's head and the witness say, so it
    is not taken for a rolled-back copy when unlocked; its witness (if `witness_dir` is given)
    is written for it, and `vault.restore` is logged in it.
    """
    pages: list[int] = []

    def checking(stage: int) -> None:  # the check is the first two thirds of the bar
        if progress is not None and pages:
            progress(stage * pages[0], 3 * pages[0])

    def copying(done: int, total: int) -> None:
        if progress is not None:
            progress(2 * total + done, 3 * total)

    found, key, _ = _open(backup, user_name, secret, recovery_key, stage=checking, pages=pages)
    try:
        target = into if into is not None else default_restore_folder(current_folder)
        if target.exists():
            raise BackupExists(target)
        vault_id = found.header.vault_id
        integrity_key = backup_files.integrity_key_of(found, key)
        floor = max(
            found.header.generation,
            backup_files.newest_generation(current_folder / HEAD_FILENAME, integrity_key, vault_id),
            backup_files.newest_generation(
                head_file.witness_path(witness_dir, vault_id), integrity_key, vault_id
            )
            if witness_dir is not None
            else 0,
        )
        with _disk_errors_named(target):
            return backup_files.restore(
                found,
                key,
                target,
                user_name=RECOVERY_USER if recovery_key else user_name,
                generation_floor=floor,
                witness_dir=witness_dir,
                progress=copying,
            )
    finally:
        wipe(key)


def _open(
    backup: Path,
    user_name: str,
    secret: str,
    recovery_key: bool,
    *,
    stage: Callable[[int], None] | None = None,
    pages: list[int] | None = None,
) -> tuple[Backup, bytearray, Manifest]:
    """The backup, its data key and its manifest, once all of it was checked whole.

    `stage` is told as the check goes (see vault/backup.py `check`); `pages` gets the number of
    pages the backup's files hold, for a progress bar."""
    found = backup_files.read(backup)
    if pages is not None:
        pages.append(max(found.header.size_bytes // PAGE_SIZE, 1))
    problems = backup_files.file_problems(found)
    if problems:
        raise BackupDamaged(backup, problems)
    try:
        slots = KeySlotFile.load(backup / KEYSLOT_FILENAME)
    except KeySlotError as exc:
        raise BackupDamaged(backup, [str(exc)]) from None
    if recovery_key:
        key = open_recovery_slot(slots, secret)
    else:
        key = open_user_slot(slots, user_name, encode_passphrase(secret))
    try:
        manifest, problems = backup_files.check(found, key, stage=stage)
        if problems or manifest is None:
            raise BackupDamaged(backup, problems)
        if not recovery_key:
            role = backup_files.role_of(found, key, user_name)
            if role is None:
                raise WrongSecret()
            if role is not Role.ADMIN:
                raise NotAllowed("återställa säkerhetskopior")
    except BaseException:
        wipe(key)
        raise
    return found, key, manifest
