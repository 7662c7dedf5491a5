"""SQL for the document register: entries, their PDFs and the scans of signed paper."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.document_register import DocumentNumber, RegisteredDocument
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

# Never the blobs: the list of a case's documents must not read megabytes of PDF.
_SELECT = (
    "SELECT d.id, d.number, d.case_id, d.form_id, d.title, d.version, d.document_date, "
    "d.content_sha256, d.protected, d.created_at, d.created_by, d.printed_at, d.printed_by, "
    "d.print_count, d.signed_on, d.signed_by, d.signature_recorded_by, d.archived_at, "
    "d.archived_by, s.media_type, s.filename, d.variant "
    "FROM documents d LEFT JOIN document_scans s ON s.document_id = d.id"
)


def _stamp(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="microseconds") if moment is not None else None


def _moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _document(row: tuple[object, ...]) -> RegisteredDocument:
    (
        doc_id, number, case_id, form_id, title, version, document_date, sha, protected,
        created_at, created_by, printed_at, printed_by, print_count, signed_on, signed_by,
        recorded_by, archived_at, archived_by, media_type, filename, variant,
    ) = row  # fmt: skip
    created = _moment(str(created_at))
    assert created is not None
    return RegisteredDocument(
        id=int(doc_id),  # type: ignore[call-overload]
        number=DocumentNumber.parse(str(number)),
        case_id=int(case_id),  # type: ignore[call-overload]
        form_id=str(form_id),
        title=str(title),
        version=int(version),  # type: ignore[call-overload]
        document_date=required_day(str(document_date)),
        content_sha256=str(sha),
        protected=bool(protected),
        created_at=created,
        created_by=str(created_by),
        printed_at=_moment(printed_at),  # type: ignore[arg-type]
        printed_by=printed_by,  # type: ignore[arg-type]
        print_count=int(print_count),  # type: ignore[call-overload]
        signed_on=day(signed_on),  # type: ignore[arg-type]
        signed_by=signed_by,  # type: ignore[arg-type]
        signature_recorded_by=recorded_by,  # type: ignore[arg-type]
        archived_at=_moment(archived_at),  # type: ignore[arg-type]
        archived_by=archived_by,  # type: ignore[arg-type]
        has_scan=media_type is not None,
        scan_media_type=media_type,  # type: ignore[arg-type]
        scan_filename=filename,  # type: ignore[arg-type]
        variant=str(variant),
    )


def last_serial(conn: Connection, year: int) -> int | None:
    """The highest serial given out in ``year``, in any series."""
    row = conn.execute(
        "SELECT max(number_serial) FROM documents WHERE number_year = ?", (year,)
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def count_of_form(conn: Connection, case_id: int, form_id: str, variant: str = "") -> int:
    row = conn.execute(
        "SELECT count(*) FROM documents WHERE case_id = ? AND form_id = ? AND variant = ?",
        (case_id, form_id, variant),
    ).fetchone()
    return int(row[0])


def latest_version(conn: Connection, case_id: int, form_id: str, variant: str = "") -> int | None:
    row = conn.execute(
        "SELECT max(version) FROM documents WHERE case_id = ? AND form_id = ? AND variant = ?",
        (case_id, form_id, variant),
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def insert(conn: Connection, document: RegisteredDocument, pdf: bytes) -> int:
    cursor = conn.execute(
        "INSERT INTO documents (number, number_year, number_serial, case_id, form_id, title, "
        "issuer, version, document_date, content_sha256, protected, created_at, created_by, "
        "printed_at, printed_by, print_count, signed_on, signed_by, signature_recorded_by, "
        "archived_at, archived_by, variant, pdf) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document.number.formatted(),
            document.number.year,
            document.number.serial,
            document.case_id,
            document.form_id,
            document.title,
            document.series.name,
            document.version,
            iso(document.document_date),
            document.content_sha256,
            int(document.protected),
            _stamp(document.created_at),
            document.created_by,
            _stamp(document.printed_at),
            document.printed_by,
            document.print_count,
            iso(document.signed_on),
            document.signed_by,
            document.signature_recorded_by,
            _stamp(document.archived_at),
            document.archived_by,
            document.variant,
            pdf,
        ),
    )
    return int(cursor.lastrowid)


def update_paper(conn: Connection, document: RegisteredDocument) -> None:
    """Write what happened to the paper: printed, signed, archived (the rest never changes)."""
    conn.execute(
        "UPDATE documents SET printed_at = ?, printed_by = ?, print_count = ?, signed_on = ?, "
        "signed_by = ?, signature_recorded_by = ?, archived_at = ?, archived_by = ? "
        "WHERE id = ?",
        (
            _stamp(document.printed_at),
            document.printed_by,
            document.print_count,
            iso(document.signed_on),
            document.signed_by,
            document.signature_recorded_by,
            _stamp(document.archived_at),
            document.archived_by,
            document.id,
        ),
    )


def get(conn: Connection, document_id: int) -> RegisteredDocument | None:
    row = conn.execute(f"{_SELECT} WHERE d.id = ?", (document_id,)).fetchone()
    return _document(row) if row else None


def get_by_number(conn: Connection, number: DocumentNumber) -> RegisteredDocument | None:
    row = conn.execute(f"{_SELECT} WHERE d.number = ?", (number.formatted(),)).fetchone()
    return _document(row) if row else None


def of_case(conn: Connection, case_id: int) -> list[RegisteredDocument]:
    """The case's documents, newest first."""
    rows = conn.execute(f"{_SELECT} WHERE d.case_id = ? ORDER BY d.id DESC", (case_id,))
    return [_document(row) for row in rows]


def pdf(conn: Connection, document_id: int) -> bytes | None:
    row = conn.execute("SELECT pdf FROM documents WHERE id = ?", (document_id,)).fetchone()
    return bytes(row[0]) if row else None


def put_scan(
    conn: Connection,
    document_id: int,
    media_type: str,
    data: bytes,
    filename: str,
    *,
    at: dt.datetime,
    by: str,
) -> bool:
    """Store the scan of the signed paper, replacing an earlier one; True if one was replaced."""
    replaced = (
        conn.execute(
            "SELECT 1 FROM document_scans WHERE document_id = ?", (document_id,)
        ).fetchone()
        is not None
    )
    conn.execute(
        "INSERT INTO document_scans (document_id, media_type, filename, added_at, added_by, data) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET "
        "media_type = excluded.media_type, filename = excluded.filename, "
        "added_at = excluded.added_at, added_by = excluded.added_by, data = excluded.data",
        (document_id, media_type, filename, _stamp(at), by, data),
    )
    return replaced


def scan(conn: Connection, document_id: int) -> tuple[str, bytes] | None:
    row = conn.execute(
        "SELECT media_type, data FROM document_scans WHERE document_id = ?", (document_id,)
    ).fetchone()
    return (str(row[0]), bytes(row[1])) if row else None
