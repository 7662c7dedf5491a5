"""Use cases for the audit log and the vault's health: verify, check, repair, read entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from skyddsapp.domain.audit_review import AuditQuery, AuditReview, review_period
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault import audit_search_repository
from skyddsapp.vault.audit import utc_now
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


def search(vault: Vault, query: AuditQuery) -> list[audit_log.AuditEntry]:
    """Loggsökning (administrators and auditors). The search itself is logged, with its filters
    (ids and dates only, no names)."""
    _require_reader(vault)
    found = audit_search_repository.search(vault.connection, query)
    _log_look(vault, "audit.search", _describe(query), len(found))
    return found


def who_has_seen(vault: Vault, person_id: int) -> list[audit_log.AuditEntry]:
    """Vem har sett personen: every logged look at the person, their cases and their papers."""
    _require_reader(vault)
    found = audit_search_repository.looks_at_person(vault.connection, person_id)
    _log_look(vault, "audit.seen_person", f"person {person_id}", len(found))
    return found


def sign_off_review(
    vault: Vault, since: str | dt.date, until: str | dt.date, remarks: str = ""
) -> AuditReview:
    """Record that the log for a period has been reviewed (a granskare or an administrator)."""
    _require_reader(vault)
    start, end, text = review_period(since, until, remarks)
    with vault.transaction() as audit:
        conn = vault.connection
        review = audit_search_repository.add_review(
            conn,
            AuditReview(
                None,
                start,
                end,
                vault.user.name,
                utc_now(),
                text,
                audit_search_repository.last_entry_id(conn),
            ),
        )
        audit.append(
            vault.user.name,
            "audit.review",
            "audit_review",
            review.id or "",
            details=f"{start.isoformat()}–{end.isoformat()}",
        )
    return review


def reviews(vault: Vault) -> list[AuditReview]:
    _require_reader(vault)
    return audit_search_repository.reviews(vault.connection)


def _log_look(vault: Vault, action: str, details: str, count: int) -> None:
    if vault.read_only:
        return
    with vault.transaction() as audit:
        audit.append(
            vault.user.name, action, "vault", vault.vault_id, details=f"{details}; {count}"
        )


def _describe(query: AuditQuery) -> str:
    parts = [
        f"user={query.user}" if query.user else "",
        f"case={query.case_id}" if query.case_id is not None else "",
        f"person={query.person_id}" if query.person_id is not None else "",
        f"action={query.action}" if query.action else "",
        f"since={query.since}" if query.since else "",
        f"until={query.until}" if query.until else "",
        "flagged" if query.flagged_only else "",
    ]
    return " ".join(p for p in parts if p) or "alla"
