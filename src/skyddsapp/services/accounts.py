"""Use cases for staff accounts and teams: add, move, deactivate, list, change passphrase
(administrators)."""

from __future__ import annotations

from dataclasses import replace

from skyddsapp.crypto.kdf import MINIMUM_KDF as MINIMUM_KDF  # for demo vaults (re-exported)
from skyddsapp.crypto.kdf import KdfParams, calibrate
from skyddsapp.domain.access import Organisation, Team, check_membership, validate_team_name
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role, User
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.vault import access_repository, users_repository
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.vault import RECOVERY_USER, Vault


def _require_admin(vault: Vault, what: str) -> None:
    if vault.user.role is not Role.ADMIN:
        raise NotAllowed(what)


def list_users(vault: Vault) -> list[User]:
    _require_admin(vault, "se användarkonton")
    return vault.users()


def add_user(
    vault: Vault,
    name: str,
    display_name: str,
    role: Role,
    passphrase: str,
    *,
    team: str | None = None,
) -> User:
    """Add an account (`team`: as in `Vault.add_user`, the organisation's team by default)."""
    _require_admin(vault, "lägga till användare")
    return vault.add_user(name, display_name, role, passphrase, team=team)


def teams(vault: Vault) -> list[Team]:
    _require_admin(vault, "se team")
    return access_repository.teams(vault.connection)


def add_team(vault: Vault, name: str, organisation: Organisation) -> Team:
    """A new team of one organisation; its members see each other's cases."""
    _require_admin(vault, "lägga till team")
    team = Team(validate_team_name(name), organisation)
    conn = vault.connection
    if any(t.name.casefold() == team.name.casefold() for t in access_repository.teams(conn)):
        raise ValidationError.single("team", Text("Teamet {0} finns redan.", team.name))
    with vault.transaction() as audit:
        access_repository.insert_team(conn, team, utc_now())
        audit.append(vault.user.name, "team.add", "team", team.name, details=organisation.value)
    return team


def set_team(vault: Vault, name: str, team_name: str | None) -> User:
    """Move a user to another team (None: out of every team, so they see no case)."""
    _require_admin(vault, "flytta användare mellan team")
    conn = vault.connection
    user = users_repository.get(conn, name)
    if user is None:
        raise NotFound("Användaren", name)
    team = None
    if team_name is not None:
        team = access_repository.team(conn, team_name)
        if team is None:
            raise NotFound("Teamet", team_name)
    check_membership(user.role, team)
    if user.team == team_name:
        return user
    with vault.transaction() as audit:
        access_repository.set_user_team(conn, name, team_name)
        details = f"{user.team or '-'} -> {team_name or '-'}"
        audit.append(vault.user.name, "user.team", "user", name, details=details)
    return replace(user, team=team_name)


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
