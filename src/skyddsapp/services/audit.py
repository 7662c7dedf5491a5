"""Use cases for the audit log: verify the chain, read entries (administrators and auditors)."""

from __future__ import annotations

from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault import database
from skyddsapp.vault.migrations import schema_version
from skyddsapp.vault.vault import Vault


def _require_reader(vault: Vault) -> None:
    if not vault.user.role.may_read_audit_log:
        raise NotAllowed("läsa granskningsloggen")


def verify(vault: Vault) -> audit_log.VerifyResult:
    _require_reader(vault)
    result = audit_log.verify(vault.connection, vault.data_key)
    with vault.transaction() as audit:
        outcome = "ok" if result.ok else f"bruten vid post {result.broken_id}"
        audit.append(vault.user.name, "audit.verify", "vault", vault.vault_id, details=outcome)
    return result


def entries(vault: Vault) -> list[audit_log.AuditEntry]:
    _require_reader(vault)
    return list(audit_log.entries(vault.connection))


def check(vault: Vault) -> list[str]:
    """`vault check`: integrity, SQLCipher page MACs, schema version, audit chain. [] means ok."""
    _require_reader(vault)
    problems = database.integrity_problems(vault.connection)
    result = audit_log.verify(vault.connection, vault.data_key)
    if not result.ok:
        problems.append(
            f"Granskningsloggen är bruten vid post {result.broken_id}: {result.problem}"
        )
    with vault.transaction() as audit:
        details = f"schema {schema_version(vault.connection)}; {len(problems)} problem"
        audit.append(vault.user.name, "vault.check", "vault", vault.vault_id, details=details)
    return problems
