"""Use cases for staff accounts: add, deactivate, list, change passphrase (administrators)."""

from __future__ import annotations

from skyddsapp.crypto.kdf import MINIMUM_KDF as MINIMUM_KDF  # for demo vaults (re-exported)
from skyddsapp.crypto.kdf import KdfParams, calibrate
from skyddsapp.domain.users import Role, User
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.vault import RECOVERY_USER, Vault


def _require_admin(vault: Vault, what: str) -> None:
    if vault.user.role is not Role.ADMIN:
        raise NotAllowed(what)


def list_users(vault: Vault) -> list[User]:
    _require_admin(vault, "se användarkonton")
    return vault.users()


def add_user(vault: Vault, name: str, display_name: str, role: Role, passphrase: str) -> User:
    _require_admin(vault, "lägga till användare")
    return vault.add_user(name, display_name, role, passphrase)


def deactivate_user(vault: Vault, name: str) -> None:
    _require_admin(vault, "inaktivera användare")
    vault.deactivate_user(name)


def change_passphrase(vault: Vault, name: str, new_passphrase: str) -> None:
    """Anyone may change their own; an administrator (or the recovery key) may reset another's."""
    if name != vault.user.name:
        _require_admin(vault, "byta lösenfras åt någon annan")
    vault.change_passphrase(name, new_passphrase)


def raise_kdf_params(vault: Vault, passphrase: str, params: KdfParams | None = None) -> KdfParams:
    """Recalibrate Argon2id on this machine and rewrap the signed-in user's slot."""
    if vault.user.name == RECOVERY_USER:
        raise NotAllowed("höja nyckelparametrar med återställningsnyckeln")
    chosen = params or calibrate()
    vault.raise_kdf_params(chosen, passphrase)
    return chosen
