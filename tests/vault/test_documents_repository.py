"""The document register's tables: what the schema itself refuses, and what reads leave out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import sqlcipher3
from vault_kit import add_case, add_person, session_of

from skyddsapp.domain.document_register import DocumentNumber, DocumentSeries, RegisteredDocument
from skyddsapp.vault import database, documents_repository
from skyddsapp.vault.vault import Vault

NOW = dt.datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=dt.UTC)
PDF = b"%PDF-1.7\n" + bytes(3 * 1024 * 1024)  # spans many overflow pages


def _entry(
    case_id: int, serial: int, series: DocumentSeries = DocumentSeries.UPPSALAHEM
) -> RegisteredDocument:
    return RegisteredDocument(
        id=None,
        number=DocumentNumber(series, 2026, serial),
        case_id=case_id,
        form_id="fullmakt",
        title="Fullmakt",
        version=1,
        document_date=dt.date(2026, 3, 2),
        content_sha256="c" * 64,
        protected=True,
        created_at=NOW,
        created_by="admin",
    )


def _case_id(opened: Vault) -> int:
    session = session_of(opened)
    person = add_person(session, "Regina", "Registersson")
    assert person.id is not None
    case = add_case(session, person.id)
    assert case.id is not None
    return case.id


def test_an_entry_reads_back_as_written(opened: Vault) -> None:
    conn = opened.connection
    case_id = _case_id(opened)
    with database.transaction(conn):
        doc_id = documents_repository.insert(conn, _entry(case_id, 7), PDF)

    stored = documents_repository.get(conn, doc_id)
    assert stored is not None
    assert stored == replace(_entry(case_id, 7), id=doc_id)
    assert stored.created_at == NOW
    assert documents_repository.pdf(conn, doc_id) == PDF
    assert documents_repository.get_by_number(conn, stored.number) == stored
    assert documents_repository.last_serial(conn, 2026) == 7
    assert documents_repository.last_serial(conn, 2027) is None
    assert documents_repository.count_of_form(conn, case_id, "fullmakt") == 1
    assert documents_repository.count_of_form(conn, case_id, "uppsagning") == 0


def test_a_serial_is_given_once_per_year_across_series(opened: Vault) -> None:
    conn = opened.connection
    case_id = _case_id(opened)
    with database.transaction(conn):
        documents_repository.insert(conn, _entry(case_id, 1), PDF)
    # NX-2026-000001 has another number text, but the year's serial is taken.
    with pytest.raises(sqlcipher3.IntegrityError), database.transaction(conn):
        documents_repository.insert(conn, _entry(case_id, 1, DocumentSeries.NEXUS), PDF)


def test_a_document_needs_a_case(opened: Vault) -> None:
    conn = opened.connection
    with pytest.raises(sqlcipher3.IntegrityError), database.transaction(conn):
        documents_repository.insert(conn, _entry(999_999, 1), PDF)


def test_a_scan_is_replaced_in_place(opened: Vault) -> None:
    conn = opened.connection
    case_id = _case_id(opened)
    with database.transaction(conn):
        doc_id = documents_repository.insert(conn, _entry(case_id, 1), PDF)
        first = documents_repository.put_scan(
            conn, doc_id, "image/png", b"a", "a.png", at=NOW, by="admin"
        )
        second = documents_repository.put_scan(
            conn, doc_id, "image/jpeg", b"b", "b.jpg", at=NOW, by="admin"
        )
    assert (first, second) == (False, True)
    assert documents_repository.scan(conn, doc_id) == ("image/jpeg", b"b")
    stored = documents_repository.get(conn, doc_id)
    assert stored is not None
    assert (stored.has_scan, stored.scan_filename) == (True, "b.jpg")
    count = conn.execute("SELECT count(*) FROM document_scans").fetchone()[0]
    assert count == 1


def test_the_blobs_are_the_last_columns(opened: Vault) -> None:
    # SQLite reads a row's columns in order: with the blob last, listing the register never
    # walks a PDF's overflow pages.
    conn = opened.connection
    for table, blob in (("documents", "pdf"), ("document_scans", "data")):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        assert columns[-1] == blob
