"""Opening and closing a session: create a vault, unlock it, lock it (what the desktop calls)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from skyddsapp.crypto.kdf import KdfParams
from skyddsapp.crypto.recovery import InvalidRecoveryKey
from skyddsapp.domain.errors import DomainError
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.vault_folder import vault_exists as vault_exists
from skyddsapp.vault import database
from skyddsapp.vault.errors import VaultError
from skyddsapp.vault.keyslots import KeySlotError
from skyddsapp.vault.vault import Sleep, Vault

# Every error an unlock or create can end in that has a message meant for the user.
USER_ERRORS: tuple[type[Exception], ...] = (
    VaultError,
    KeySlotError,
    DomainError,
    ServiceError,
    InvalidRecoveryKey,
)


@dataclass(frozen=True)
class NewVault:
    session: Session
    recovery_key: str


def create_vault(
    folder: Path,
    admin_name: str,
    display_name: str,
    passphrase: str,
    *,
    kdf_params: KdfParams | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> NewVault:
    created = Vault.create(folder, admin_name, display_name, passphrase, kdf_params=kdf_params)
    return NewVault(Session(created.vault, today), created.recovery_key)


def unlock(
    folder: Path,
    user_name: str,
    passphrase: str,
    *,
    sleep: Sleep | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    witness_dir: Path | None = None,
) -> Session:
    """Open a session. `witness_dir` (optional): the user's own folder, outside the vault, where
    a copy of the vault's head is kept and checked (it names a whole vault folder put back)."""
    vault = Vault.unlock(
        folder, user_name, passphrase, sleep=sleep or time.sleep, witness_dir=witness_dir
    )
    return Session(vault, today)


def unlock_with_recovery_key(
    folder: Path,
    recovery_key: str,
    *,
    sleep: Sleep | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    witness_dir: Path | None = None,
) -> Session:
    vault = Vault.unlock_with_recovery_key(
        folder, recovery_key, sleep=sleep or time.sleep, witness_dir=witness_dir
    )
    return Session(vault, today)


def lock(session: Session) -> None:
    session.vault.lock()


def storage_error(exc: BaseException, folder: Path | None) -> Exception | None:
    """The specific message for a failure of the disk or the database behind `folder` (a full
    disk, a read-only medium, a damaged page), or None when `exc` is something else: a bug."""
    if isinstance(exc, USER_ERRORS):
        return exc
    path = Vault.database_path(folder) if folder is not None else Path("vault.db")
    return database.as_vault_error(exc, path)
