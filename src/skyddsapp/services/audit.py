"""Use cases for the audit log and the vault's health: verify, check, repair, read entries."""

from __future__ import annotations

from pathlib import Path

from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault.migrations import schema_version
from skyddsapp.vault.vault import Vault


def _require_reader(vault: Vault) -> None:
    if not vault.user.role.may_read_audit_log:
        raise NotAllowed("läsa granskningsloggen")


def verify(vault: Vault) -> audit_log.VerifyResult:
    _require_reader(vault)
    result = vault.verify_audit()
    if not vault.read_only:
        with vault.transaction() as audit:
            outcome = "ok" if result.ok else f"bruten vid post {result.broken_id}"
            audit.append(vault.user.name, "audit.verify", "vault", vault.vault_id, details=outcome)
    return result


def entries(vault: Vault) -> list[audit_log.AuditEntry]:
    _require_reader(vault)
    return list(audit_log.entries(vault.connection))


def check(vault: Vault) -> list[str]:
    """Check an open vault: page MACs, integrity, audit chain, key file. [] means whole.

    Only a check that found nothing is logged: a damaged vault is not written to.
    """
    _require_reader(vault)
    problems = vault.examine()
    if not problems and not vault.read_only:
        with vault.transaction() as audit:
            details = f"schema {schema_version(vault.connection)}; 0 problem"
            audit.append(vault.user.name, "vault.check", "vault", vault.vault_id, details=details)
    return problems


def check_folder(
    folder: Path, user_name: str, passphrase: str, *, witness_dir: Path | None = None
) -> list[str]:
    """`vault check` on a closed vault: every file examined read-only before anything opens it;
    [] means whole (and only then is the check logged)."""
    return Vault.check(folder, user_name, passphrase, witness_dir=witness_dir)


def repair_folder(
    folder: Path, user_name: str, passphrase: str, *, witness_dir: Path | None = None
) -> list[str]:
    """Accept the damage an examination names (administrator); returns what was accepted."""
    return Vault.repair(folder, user_name, passphrase, witness_dir=witness_dir)
