"""Use cases for the audit log and the vault's health: verify, check, repair, read entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from skyddsapp.documents.header import Issuer
from skyddsapp.domain.audit_review import AuditQuery, AuditReview, review_period
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.services import documents
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault import audit_search_repository
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.files import atomic_write
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


def export_extract(
    vault: Vault,
    path: Path,
    *,
    query: AuditQuery | None = None,
    person_id: int | None = None,
    issuer: Issuer = Issuer.UPPSALAHEM,
) -> int:
    """Loggutdrag: the entries of a search, or of who has seen a person, as a PDF written to
    `path` (0600, atomic, never inside the vault folder). Logged as `audit.export` with the
    selection, never the file name. Returns how many entries it holds."""
    # reportlab is loaded on first use only (the desktop starts without it).
    from skyddsapp.documents.audit_extract import ExtractRow, render_extract

    _require_reader(vault)
    target = documents.export_target(Session(vault), path)
    conn = vault.connection
    if person_id is not None:
        entries = audit_search_repository.looks_at_person(conn, person_id)
        selection = (
            f"Alla loggade åtkomster till person {person_id} i valvet, dess ärenden och handlingar."
        )
    else:
        query = query or AuditQuery()
        entries = audit_search_repository.search(conn, query)
        selection = _selection_text(query)
    now = dt.datetime.now(dt.UTC)
    pdf = render_extract(
        [
            ExtractRow(
                e.id,
                e.at,
                e.user_name,
                e.action,
                f"{e.object_type} {e.object_id}".strip(),
                e.reason,
                e.details,
            )
            for e in entries
        ],
        issuer=issuer,
        number=f"LOGG-{now:%Y%m%d-%H%M%S}",
        selection=selection,
        made_by=vault.user.display_name,
        made_on=now.date(),
    )
    details = f"person {person_id}" if person_id is not None else _describe(query or AuditQuery())
    with vault.transaction() as audit:
        audit.append(
            vault.user.name,
            "audit.export",
            "vault",
            vault.vault_id,
            details=f"{details}; {len(entries)}",
        )
        try:
            atomic_write(target, pdf, mode=0o600)
        except OSError as error:
            raise ValidationError.single(
                "path", Text("Filen kunde inte sparas: {0}", error.strerror or type(error).__name__)
            ) from error
    return len(entries)


def _action_text(action: str) -> str:
    if not action:
        return ""
    return f"händelser som börjar med {action}" if action.endswith(".") else f"händelse {action}"


def _selection_text(query: AuditQuery) -> str:
    parts = [
        f"användare {query.user}" if query.user else "",
        f"ärende {query.case_id} i valvet med dess handlingar" if query.case_id else "",
        f"person {query.person_id} i valvet" if query.person_id else "",
        _action_text(query.action),
        f"från och med {query.since}" if query.since else "",
        f"till och med {query.until}" if query.until else "",
        "bara brutna förseglingar" if query.flagged_only else "",
    ]
    chosen = "; ".join(p for p in parts if p)
    return f"Loggposter med {chosen.rstrip('.')}." if chosen else "Alla loggposter."
