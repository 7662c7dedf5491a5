"""Use cases for paperwork: generate a form from a case, keep the document register, verify paper.

Every generated PDF is kept inside the encrypted database; it reaches the disk only through
`save_pdf`, which the user asks for and the audit log records. The rules (numbers, status,
signatures, scans, QR codes) live in `skyddsapp.domain.document_register`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skyddsapp.documents.header import Issuer
from skyddsapp.domain.case import CaseEvent, EventKind
from skyddsapp.domain.document_register import (
    DocumentSeries,
    DocumentStatus,
    RegisteredDocument,
    document_status,
    next_document_number,
    next_version,
    paper_verdict,
    parse_paper_code,
    scan_filename,
    scan_media_type,
)
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.services import keys
from skyddsapp.services.case_files import case_file
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import (
    cases_repository,
    documents_repository,
)
from skyddsapp.vault.files import atomic_write

if TYPE_CHECKING:
    from skyddsapp.documents.forms import FormSpec

__all__ = [
    "DocumentRecord",
    "DocumentStatus",
    "GeneratedDocument",
    "PaperCheck",
    "archive",
    "attach_scan",
    "case_file",
    "forms",
    "generate",
    "get",
    "mark_printed",
    "mark_signed",
    "pdf",
    "register",
    "save_pdf",
    "scan",
    "verify_paper",
]

# The number series of each issuer: UH-… for Uppsalahem, NX-… for Nexus.
SERIES = {Issuer.UPPSALAHEM: DocumentSeries.UPPSALAHEM, Issuer.NEXUS: DocumentSeries.NEXUS}
_ISSUER = {series: issuer for issuer, series in SERIES.items()}


@dataclass(frozen=True)
class DocumentRecord:
    """En rad i dokumentregistret (no PDF bytes; fetch them with `pdf`)."""

    id: int
    number: str  # e.g. "UH-2026-000042" (UH = Uppsalahem, NX = Nexus), unique per vault
    case_id: int
    form_id: str
    title: str
    issuer: Issuer
    version: int  # 1 for the first document of this form in this case, then 2, 3 …
    content_sha256: str
    protected: bool
    created_at: dt.datetime  # UTC (timezone-aware)
    created_by: str
    printed_at: dt.datetime | None
    printed_by: str | None
    print_count: int
    signed_on: dt.date | None
    signed_by: str | None  # who signed the paper (free text: "Klienten och handläggaren")
    has_scan: bool
    archived_at: dt.datetime | None
    archived_by: str | None
    document_date: dt.date | None = None  # the date printed on the document
    signature_recorded_by: str | None = None  # the user who recorded the signature
    scan_media_type: str | None = None  # application/pdf, image/png or image/jpeg
    scan_filename: str | None = None  # the name the scan had when it was attached

    @property
    def status(self) -> DocumentStatus:
        return document_status(
            print_count=self.print_count, signed_on=self.signed_on, archived_at=self.archived_at
        )

    @property
    def default_filename(self) -> str:
        """A name for "Spara som PDF" that carries no personal data: the document number."""
        return f"{self.number}.pdf"


@dataclass(frozen=True)
class GeneratedDocument:
    record: DocumentRecord
    pdf: bytes


@dataclass(frozen=True)
class PaperCheck:
    """Result of "Verifiera papper"."""

    document: DocumentRecord | None  # None: no document with that number in this vault
    hash_matches: bool
    message: str  # Swedish, for the handler
    hash_checked: bool = True  # False when only a number was given (or it is unknown)
    latest_version: int | None = None  # a newer version of the same form exists in the case


def _record(entry: RegisteredDocument) -> DocumentRecord:
    assert entry.id is not None
    return DocumentRecord(
        id=entry.id,
        number=entry.number.formatted(),
        case_id=entry.case_id,
        form_id=entry.form_id,
        title=entry.title,
        issuer=_ISSUER[entry.series],
        version=entry.version,
        content_sha256=entry.content_sha256,
        protected=entry.protected,
        created_at=entry.created_at,
        created_by=entry.created_by,
        printed_at=entry.printed_at,
        printed_by=entry.printed_by,
        print_count=entry.print_count,
        signed_on=entry.signed_on,
        signed_by=entry.signed_by,
        has_scan=entry.has_scan,
        archived_at=entry.archived_at,
        archived_by=entry.archived_by,
        document_date=entry.document_date,
        signature_recorded_by=entry.signature_recorded_by,
        scan_media_type=entry.scan_media_type,
        scan_filename=entry.scan_filename,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def _entry(session: Session, document_id: int) -> RegisteredDocument:
    found = documents_repository.get(session.conn, document_id)
    if found is None:
        raise NotFound("Dokumentet", document_id)
    session.require_case(found.case_id)  # a document is seen as its case is
    return found


# --- generating -----------------------------------------------------------------------------------


# The forms (and reportlab behind them) are imported when first used, not when the desktop starts:
# importing them costs about 0.35 s, which would otherwise land between unlock and the case list.


def forms() -> list[FormSpec]:
    """Every form, in the order the desktop lists them."""
    from skyddsapp.documents.forms import FORMS

    return list(FORMS.values())


def generate(
    session: Session,
    case_id: int,
    form_id: str,
    values: Mapping[str, Any],
    *,
    issuer: Issuer | None = None,
) -> GeneratedDocument:
    """Fill a form from the case, number it, keep the PDF in the register; logged.

    Raises ValidationError (bad option values) or MissingData (the case lacks something);
    nothing is stored then.
    """
    session.require_write()
    from skyddsapp.documents.forms import FORMS, fill_form

    spec = FORMS.get(form_id)
    if spec is None:
        raise NotFound("Blanketten", form_id)
    file = case_file(session, case_id)
    chosen = issuer or spec.issuer
    today = session.today()
    conn = session.conn
    with session.vault.transaction() as audit:
        # Inside the write transaction: no one else can take the same serial meanwhile.
        number = next_document_number(
            SERIES[chosen], today.year, documents_repository.last_serial(conn, today.year)
        )
        options = spec.parse(values, file)
        variant = spec.variant(options)
        version = next_version(documents_repository.count_of_form(conn, case_id, form_id, variant))
        filled = fill_form(
            spec, file, values, document_number=str(number), version=version, issuer=chosen
        )
        data = filled.render()
        now = _now()
        entry = RegisteredDocument(
            id=None,
            number=number,
            case_id=case_id,
            form_id=spec.id,
            title=filled.header.title,
            version=version,
            document_date=filled.header.date,
            content_sha256=filled.content_sha256,
            protected=filled.protected,
            created_at=now,
            created_by=session.user_name,
            variant=variant,
        )
        document_id = documents_repository.insert(conn, entry, data)
        if spec.id in keys.REGISTRY_FORMS:
            keys.record_from_document(session, case_id, spec.id, options, document_id)
        event_text = f"Dokument skapat: {entry.title} ({number})"
        cases_repository.add_event(
            conn, case_id, CaseEvent(today, EventKind.DOCUMENT, event_text, session.user_name)
        )
        cases_repository.touch(conn, case_id, _stamp(now))
        audit.append(
            session.user_name,
            "document.generate",
            "document",
            document_id,
            details=f"{spec.id} {number}",
        )
    return GeneratedDocument(_record(_entry(session, document_id)), data)


# --- the register ---------------------------------------------------------------------------------


def register(session: Session, case_id: int) -> list[DocumentRecord]:
    """The case's documents, newest first."""
    session.require_case(case_id)
    return [_record(entry) for entry in documents_repository.of_case(session.conn, case_id)]


def get(session: Session, document_id: int) -> DocumentRecord:
    session.require_read()
    return _record(_entry(session, document_id))


def pdf(session: Session, document_id: int) -> bytes:
    """The PDF exactly as generated. Opening it is a look at what it holds, so it is logged."""
    session.require_read()
    entry = _entry(session, document_id)
    data = _pdf_bytes(session, document_id)
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "document.view",
            "document",
            document_id,
            details=_view_details("pdf", entry),
        )
    return data


def _export_details(number: str, file_name: str) -> str:
    """The document number and whether the default file name was kept — never the name itself,
    which a handler may have made out of the client's name."""
    return f"{number} " + ("standardnamn" if file_name == f"{number}.pdf" else "eget filnamn")


def _pdf_bytes(session: Session, document_id: int) -> bytes:
    data = documents_repository.pdf(session.conn, document_id)
    if data is None:
        raise NotFound("Dokumentet", document_id)
    return data


def _view_details(what: str, entry: RegisteredDocument) -> str:
    return f"{what} {entry.number}" + (" protected" if entry.protected else "")


def mark_printed(session: Session, document_id: int) -> DocumentRecord:
    """Count one more print (the last printing's time and user are kept)."""
    session.require_write()
    changed = _entry(session, document_id).printed(_now(), session.user_name)
    return _save_paper(session, changed, "document.print", f"print {changed.print_count}")


def mark_signed(
    session: Session, document_id: int, signed_on: dt.date, signed_by: str
) -> DocumentRecord:
    """Record that the paper came back signed, by whom (free text) and on which day."""
    session.require_write()
    entry = _entry(session, document_id)
    changed = entry.signed(
        signed_on, signed_by, recorded_by=session.user_name, today=session.today()
    )
    details = f"signed_on {signed_on.isoformat()}"
    if entry.signed_on is not None:
        details += " (corrected)"
    # Who signed is free text that may name the client, so it stays out of the log's details.
    return _save_paper(session, changed, "document.sign", details)


def archive(session: Session, document_id: int) -> DocumentRecord:
    """Archive the document, whatever its status; once archived it can no longer change."""
    session.require_write()
    entry = _entry(session, document_id)
    changed = entry.archived(_now(), session.user_name)
    return _save_paper(session, changed, "document.archive", f"from {entry.status.value}")


def _save_paper(
    session: Session, changed: RegisteredDocument, action: str, details: str
) -> DocumentRecord:
    assert changed.id is not None
    with session.vault.transaction() as audit:
        documents_repository.update_paper(session.conn, changed)
        audit.append(session.user_name, action, "document", changed.id, details=details)
    return get(session, changed.id)


# --- scans ----------------------------------------------------------------------------------------


def attach_scan(session: Session, document_id: int, data: bytes, filename: str) -> DocumentRecord:
    """Keep the scan of the signed paper (PDF, PNG or JPEG by content; at most 25 MB).

    A new scan replaces the earlier one; the audit entry says so.
    """
    session.require_write()
    entry = _entry(session, document_id)
    entry.require_open()
    media_type = scan_media_type(data)
    name = scan_filename(filename)
    with session.vault.transaction() as audit:
        replaced = documents_repository.put_scan(
            session.conn, document_id, media_type, data, name, at=_now(), by=session.user_name
        )
        details = f"{media_type} {len(data)} bytes" + (
            "; replaced earlier scan" if replaced else ""
        )
        audit.append(session.user_name, "document.scan", "document", document_id, details=details)
    return get(session, document_id)


def scan(session: Session, document_id: int) -> tuple[str, bytes]:
    """The scan's media type and bytes; looking at it is logged like looking at the PDF."""
    session.require_read()
    entry = _entry(session, document_id)
    found = documents_repository.scan(session.conn, document_id)
    if found is None:
        raise NotFound("Skanningen av dokument", entry.number)
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "document.view",
            "document",
            document_id,
            details=_view_details("scan", entry),
        )
    return found


# --- leaving the vault ----------------------------------------------------------------------------


def save_pdf(session: Session, document_id: int, path: Path) -> None:
    """Write the stored PDF to ``path`` (0600, fsync, atomic rename); logged as an export.

    The file is written inside the transaction that holds the audit entry: if the write fails,
    no export is logged, and a PDF never reaches the disk without its entry.
    """
    session.require_read()
    data = _pdf_bytes(session, document_id)
    record_number = get(session, document_id).number
    target = export_target(session, Path(path))
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "document.export",
            "document",
            document_id,
            # Not the file name: handlers may name a file after the client.
            details=_export_details(record_number, target.name),
        )
        write_export(target, data)


def write_export(target: Path, data: bytes) -> None:
    """Write an exported file (0600, whole or not at all); a failure is named for the user."""
    try:
        atomic_write(target, data, mode=0o600)
    except OSError as error:
        raise ValidationError.single(
            "path",
            Text("Filen kunde inte sparas: {0}", error.strerror or type(error).__name__),
        ) from error


def export_target(session: Session, path: Path) -> Path:
    """Where an export may be written: a file name, outside the vault's own folder."""
    target = Path(os.path.abspath(path))
    folder = session.vault.folder.resolve()
    if target.resolve().is_relative_to(folder) or target.is_relative_to(folder):
        raise ValidationError.single(
            "path",
            "Spara inte dokument i valvets mapp: där ska bara det krypterade valvet ligga. "
            "Välj en annan mapp.",
        )
    if not target.name:
        raise ValidationError.single("path", "Ange ett filnamn.")
    if target.is_dir():
        raise ValidationError.single("path", "Det finns redan en mapp med det namnet.")
    if not target.parent.is_dir():
        raise ValidationError.single("path", "Mappen finns inte. Välj en befintlig mapp.")
    return target


# --- paper that comes back ------------------------------------------------------------------------


def verify_paper(session: Session, qr_text: str) -> PaperCheck:
    """Match the text of a paper's QR code (or its typed number) against the register; logged.

    Unreadable text raises ValidationError on the field ``qr_text``.
    """
    session.require_read()
    code = parse_paper_code(qr_text)
    entry = documents_repository.get_by_number(session.conn, code.number)
    latest = (
        documents_repository.latest_version(
            session.conn, entry.case_id, entry.form_id, entry.variant
        )
        if entry is not None
        else None
    )
    if entry is not None:
        session.require_case(entry.case_id)  # refused before anything is written
    verdict = paper_verdict(code, entry, latest)
    if entry is None:
        outcome = "unknown number"
    elif not verdict.hash_checked:
        outcome = "number only"
    else:
        outcome = "match" if verdict.hash_matches else "MISMATCH"
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "document.verify",
            "document",
            entry.id if entry is not None and entry.id is not None else "",
            details=f"{code.number} {outcome}",
        )
    return PaperCheck(
        document=_record(entry) if entry is not None else None,
        hash_matches=verdict.hash_matches,
        message=verdict.message,
        hash_checked=verdict.hash_checked,
        latest_version=latest if entry is not None and latest != entry.version else None,
    )
