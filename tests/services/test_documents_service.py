"""Use cases for paperwork: generate, the document register, scans, export, verify paper.

The finished forms `fullmakt` (a client and an agent, both with personal numbers) and
`uppsagning` (a lease whose tenants have personal numbers) are used on a real vault.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from service_support import TODAY, Factory, audit_entries, last_audit, pnr, snapshot

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case import CaseParty, EventKind
from skyddsapp.domain.document_register import MAX_SCAN_BYTES, paper_code_text
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import CaseRole, ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import access, cases, documents, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.services.documents import DocumentStatus, PaperCheck
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault.vault import Vault

LoginFn = Callable[[Vault, str, Role], Session]

CLIENT_FIRST = "Qöxbärta"
CLIENT_LAST = "Zyxwvutsdotter"
CLIENT_NUMBER = pnr("19790314", "459")
AGENT_NUMBER = pnr("19650707", "238")
PDF_SCAN = b"%PDF-1.4\n% scan\n"
PNG_SCAN = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG_SCAN = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32


@dataclass
class PaperCase:
    """A case with a protected client, an agent (Ombud) and the client's lease."""

    id: int
    client_id: int
    agent_id: int
    lease_id: int


def _paper_case(make: Factory, *, agent_number: str | None = AGENT_NUMBER) -> PaperCase:
    client = make.person(
        CLIENT_FIRST,
        CLIENT_LAST,
        number=CLIENT_NUMBER,
        protection=ProtectionLevel.PROTECTED_REGISTRATION,
    )
    agent = make.person("Ombudina", "Fullmaktsson", number=agent_number)
    assert client.id is not None
    assert agent.id is not None
    lease = make.lease((client.id,))
    assert lease.id is not None
    case = make.case(client=client, leases=[lease], handlers=(make.session.user_name,))
    assert case.id is not None
    cases.add_party(make.session, case.id, CaseParty(agent.id, CaseRole.AGENT))
    return PaperCase(case.id, client.id, agent.id, lease.id)


def _fullmakt(paper: PaperCase, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "agent": str(paper.agent_id),
        "scopes": ("sign_lease", "collect_keys"),
        "valid_from": TODAY,
        "valid_until": TODAY + dt.timedelta(days=30),
    }
    values.update(changes)
    return values


def _uppsagning(paper: PaperCase) -> dict[str, object]:
    return {"lease": str(paper.lease_id), "notice_date": TODAY}


def _personal_data() -> list[str]:
    """What of the client must never reach the audit log or a file in plaintext."""
    return [
        CLIENT_FIRST,
        CLIENT_LAST,
        CLIENT_NUMBER,
        CLIENT_NUMBER[2:],
        f"{CLIENT_NUMBER[:8]}-{CLIENT_NUMBER[8:]}",
        f"{CLIENT_NUMBER[2:8]}-{CLIENT_NUMBER[8:]}",
    ]


def _entries_since(session: Session, first_id: int) -> list[audit_log.AuditEntry]:
    return [e for e in audit_entries(session.conn) if e.id > first_id]


def _no_personal_data(entries: list[audit_log.AuditEntry]) -> None:
    for entry in entries:
        text = f"{entry.object_id} {entry.reason} {entry.details}".casefold()
        for marker in _personal_data():
            assert marker.casefold() not in text, (entry.action, marker)


@pytest.fixture
def paper(make: Factory) -> PaperCase:
    return _paper_case(make)


@pytest.fixture
def fresh_make(fresh_session: Session) -> Factory:
    return Factory(fresh_session)


# --- forms and the case file ---------------------------------------------------------------------


def test_forms_lists_every_form_in_order() -> None:
    assert documents.forms() == list(FORMS.values())
    assert {"fullmakt", "uppsagning"} <= {spec.id for spec in documents.forms()}


def test_case_file_holds_what_forms_draw_on(session: Session, make: Factory) -> None:
    co_tenant = make.person("Medi", "Hyresgästsson", number=pnr("19800505", "123"))
    assert co_tenant.id is not None
    paper = _paper_case(make)
    lease = make.lease((paper.client_id, co_tenant.id))
    case = cases.get_case(session, paper.id)
    assert lease.id is not None
    cases.update_case(session, case.with_lease(lease.id))

    file = documents.case_file(session, paper.id)

    assert file.case.id == paper.id
    # Every party, and the tenants of every lease even when they are not parties.
    assert {paper.client_id, paper.agent_id, co_tenant.id} <= set(file.persons)
    assert set(file.leases) == {paper.lease_id, lease.id}
    assert {file.leases[i].apartment_id for i in file.leases} <= set(file.apartments)
    assert file.client() is not None
    assert file.client().full_name == f"{CLIENT_FIRST} {CLIENT_LAST}"  # type: ignore[union-attr]
    assert file.today == TODAY
    assert file.user_name == session.user_name
    assert file.handler_display_name() == "Administratör"


def test_case_file_of_an_unknown_case(session: Session) -> None:
    with pytest.raises(NotFound):
        documents.case_file(session, 999_999)


# --- generating ----------------------------------------------------------------------------------


def test_numbers_share_one_serial_per_year_and_versions_count_per_form_and_case(
    fresh_session: Session, fresh_make: Factory
) -> None:
    session = fresh_session
    first, other = _paper_case(fresh_make), _paper_case(fresh_make)

    made = [
        documents.generate(session, first.id, "fullmakt", _fullmakt(first)),
        documents.generate(session, first.id, "uppsagning", _uppsagning(first)),
        documents.generate(session, first.id, "fullmakt", _fullmakt(first)),
        documents.generate(session, first.id, "fullmakt", _fullmakt(first), issuer=Issuer.NEXUS),
        documents.generate(session, other.id, "fullmakt", _fullmakt(other)),
    ]

    assert [(g.record.number, g.record.version) for g in made] == [
        ("UH-2026-000001", 1),
        ("UH-2026-000002", 1),
        ("UH-2026-000003", 2),
        ("NX-2026-000004", 3),
        ("UH-2026-000005", 1),
    ]
    assert [g.record.issuer for g in made] == [Issuer.UPPSALAHEM] * 3 + [
        Issuer.NEXUS,
        Issuer.UPPSALAHEM,
    ]
    # Newest first, and only the case's own.
    register = documents.register(session, first.id)
    assert [r.number for r in register] == [
        "NX-2026-000004",
        "UH-2026-000003",
        "UH-2026-000002",
        "UH-2026-000001",
    ]
    assert [r.number for r in documents.register(session, other.id)] == ["UH-2026-000005"]


def test_a_generated_document_is_registered_with_its_exact_pdf(
    session: Session, paper: PaperCase
) -> None:
    before = snapshot(session.conn)

    made = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper))

    record = made.record
    assert made.pdf.startswith(b"%PDF-")
    assert record == documents.get(session, record.id)
    assert (record.case_id, record.form_id, record.title) == (paper.id, "fullmakt", "Fullmakt")
    assert record.protected  # the client has skyddad folkbokföring
    assert record.status is DocumentStatus.GENERATED
    assert record.status.label == "Skapad"
    assert (record.created_by, record.document_date) == (session.user_name, TODAY)
    assert record.created_at.tzinfo is not None
    assert (record.print_count, record.printed_at, record.signed_on, record.archived_at) == (
        0,
        None,
        None,
        None,
    )
    assert not record.has_scan
    assert len(record.content_sha256) == 64
    assert record.default_filename == f"{record.number}.pdf"
    assert documents.pdf(session, record.id) == made.pdf
    after = snapshot(session.conn)
    assert after["documents"] == before["documents"] + 1
    assert after["case_events"] == before["case_events"] + 1
    assert after["audit_log"] == before["audit_log"] + 2  # generate, then the view above


def test_the_stored_hash_is_the_one_in_the_printed_qr_code(
    session: Session, paper: PaperCase
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    # Fill the same form again with the same number and version: what the QR code carries.
    again = fill_form(
        FORMS["fullmakt"],
        documents.case_file(session, paper.id),
        _fullmakt(paper),
        document_number=record.number,
        version=record.version,
    )
    assert again.qr_payload == paper_code_text(record.number, record.content_sha256)
    assert again.content_sha256 == record.content_sha256


def test_generating_writes_a_case_event_and_an_audit_entry(
    session: Session, paper: PaperCase
) -> None:
    record = documents.generate(session, paper.id, "uppsagning", _uppsagning(paper)).record

    event = cases.get_case(session, paper.id).events[-1]
    assert event.kind is EventKind.DOCUMENT
    assert event.text == f"Dokument skapat: Uppsägning av hyresavtal ({record.number})"
    assert (event.date, event.by) == (TODAY, session.user_name)
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id, entry.details) == (
        "document.generate",
        "document",
        str(record.id),
        f"uppsagning {record.number}",
    )
    _no_personal_data([entry])


@pytest.mark.parametrize(
    ("form_id", "values", "error"),
    [
        ("fullmakt", {"valid_until": TODAY - dt.timedelta(days=1)}, ValidationError),
        ("fullmakt", {"agent": ""}, ValidationError),
        ("uppsagning", {"lease": "999999"}, ValidationError),
    ],
)
def test_bad_values_store_nothing(
    session: Session, paper: PaperCase, form_id: str, values: dict[str, object], error: type
) -> None:
    base = _fullmakt(paper) if form_id == "fullmakt" else _uppsagning(paper)
    before = snapshot(session.conn)
    with pytest.raises(error):
        documents.generate(session, paper.id, form_id, {**base, **values})
    assert snapshot(session.conn) == before
    assert documents.register(session, paper.id) == []


def test_missing_data_stores_nothing_and_burns_no_number(
    fresh_session: Session, fresh_make: Factory
) -> None:
    session = fresh_session
    paper = _paper_case(fresh_make, agent_number=None)  # the agent lacks a personal number
    before = snapshot(session.conn)

    with pytest.raises(MissingData, match="ombudets personnummer"):
        documents.generate(session, paper.id, "fullmakt", _fullmakt(paper))

    assert snapshot(session.conn) == before
    made = documents.generate(session, paper.id, "uppsagning", _uppsagning(paper))
    assert (made.record.number, made.record.version) == ("UH-2026-000001", 1)


def test_unknown_form_and_case_are_not_found(session: Session, paper: PaperCase) -> None:
    before = snapshot(session.conn)
    with pytest.raises(NotFound, match="Blanketten finns_inte finns inte"):
        documents.generate(session, paper.id, "finns_inte", {})
    with pytest.raises(NotFound, match="Ärendet"):
        documents.generate(session, 999_999, "fullmakt", _fullmakt(paper))
    with pytest.raises(NotFound, match="Ärendet"):
        documents.register(session, 999_999)
    with pytest.raises(NotFound, match="Dokumentet"):
        documents.get(session, 999_999)
    with pytest.raises(NotFound, match="Dokumentet"):
        documents.pdf(session, 999_999)
    assert snapshot(session.conn) == before


# --- the paper's life ----------------------------------------------------------------------------


def test_print_sign_scan_archive(session: Session, paper: PaperCase) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    start = last_audit(session.conn).id

    printed = documents.mark_printed(session, record.id)
    assert printed.status is DocumentStatus.PRINTED
    assert (printed.print_count, printed.printed_by) == (1, session.user_name)
    assert printed.printed_at is not None
    assert documents.mark_printed(session, record.id).print_count == 2

    signed = documents.mark_signed(session, record.id, TODAY, "Klienten och handläggaren")
    assert signed.status is DocumentStatus.SIGNED
    assert (signed.signed_on, signed.signed_by) == (TODAY, "Klienten och handläggaren")
    assert signed.signature_recorded_by == session.user_name

    scanned = documents.attach_scan(session, record.id, PNG_SCAN, "C:\\Skannat\\papper.png")
    assert scanned.has_scan
    assert (scanned.scan_media_type, scanned.scan_filename) == ("image/png", "papper.png")
    assert documents.scan(session, record.id) == ("image/png", PNG_SCAN)

    archived = documents.archive(session, record.id)
    assert archived.status is DocumentStatus.ARCHIVED
    assert archived.archived_by == session.user_name
    assert archived.archived_at is not None
    assert documents.register(session, paper.id)[0] == archived

    entries = _entries_since(session, start)
    assert [(e.action, e.object_type, e.object_id) for e in entries] == [
        ("document.print", "document", str(record.id)),
        ("document.print", "document", str(record.id)),
        ("document.sign", "document", str(record.id)),
        ("document.scan", "document", str(record.id)),
        ("document.view", "document", str(record.id)),
        ("document.archive", "document", str(record.id)),
    ]
    assert entries[2].details == f"signed_on {TODAY.isoformat()}"
    assert entries[3].details == f"image/png {len(PNG_SCAN)} bytes"
    assert entries[4].details == f"scan {record.number} protected"
    assert "handläggaren" not in " ".join(e.details for e in entries)
    _no_personal_data(entries)


def test_an_archived_document_cannot_change(session: Session, paper: PaperCase) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    documents.archive(session, record.id)
    before = snapshot(session.conn)
    message = f"Dokument {record.number} är arkiverat och kan inte längre ändras."

    with pytest.raises(RuleViolation, match=message):
        documents.mark_printed(session, record.id)
    with pytest.raises(RuleViolation, match=message):
        documents.mark_signed(session, record.id, TODAY, "Klienten")
    with pytest.raises(RuleViolation, match=message):
        documents.attach_scan(session, record.id, PDF_SCAN, "skanning.pdf")
    with pytest.raises(RuleViolation, match="är redan arkiverat"):
        documents.archive(session, record.id)
    assert snapshot(session.conn) == before
    # Reading and exporting stay possible.
    assert documents.pdf(session, record.id).startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("signed_on", "signed_by", "field"),
    [
        (TODAY + dt.timedelta(days=1), "Klienten", "signed_on"),
        (TODAY - dt.timedelta(days=1), "Klienten", "signed_on"),  # before the document's date
        (TODAY, "", "signed_by"),
        (TODAY, "x" * 101, "signed_by"),
    ],
)
def test_a_bad_signature_is_refused_and_changes_nothing(
    session: Session, paper: PaperCase, signed_on: dt.date, signed_by: str, field: str
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        documents.mark_signed(session, record.id, signed_on, signed_by)
    assert caught.value.fields == (field,)
    assert snapshot(session.conn) == before
    assert documents.get(session, record.id) == record


def test_a_second_signature_corrects_the_first(session: Session, paper: PaperCase) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    documents.mark_signed(session, record.id, TODAY, "Klienten")
    corrected = documents.mark_signed(session, record.id, TODAY, "Klienten och ombudet")
    assert corrected.signed_by == "Klienten och ombudet"
    assert last_audit(session.conn).details == f"signed_on {TODAY.isoformat()} (corrected)"


# --- scans ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "media_type"),
    [(PDF_SCAN, "application/pdf"), (PNG_SCAN, "image/png"), (JPEG_SCAN, "image/jpeg")],
)
def test_the_scan_type_is_read_from_the_content(
    session: Session, paper: PaperCase, data: bytes, media_type: str
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    # The name says PDF; the content decides.
    stored = documents.attach_scan(session, record.id, data, "skanning.pdf")
    assert stored.scan_media_type == media_type
    assert documents.scan(session, record.id) == (media_type, data)


def test_a_new_scan_replaces_the_old_and_the_log_says_so(
    session: Session, paper: PaperCase
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    documents.attach_scan(session, record.id, PDF_SCAN, "första.pdf")
    before = snapshot(session.conn)

    documents.attach_scan(session, record.id, JPEG_SCAN, "andra.jpg")

    assert documents.scan(session, record.id) == ("image/jpeg", JPEG_SCAN)
    assert documents.get(session, record.id).scan_filename == "andra.jpg"
    after = snapshot(session.conn)
    assert after["document_scans"] == before["document_scans"]
    scan_entry = [e for e in audit_entries(session.conn) if e.action == "document.scan"][-1]
    assert scan_entry.details == f"image/jpeg {len(JPEG_SCAN)} bytes; replaced earlier scan"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Filen är tom."),
        (b"GIF89a\x01\x00", "varken PDF, PNG eller JPEG"),
        (b"PK\x03\x04", "varken PDF, PNG eller JPEG"),
        (b"%PDF-" + bytes(MAX_SCAN_BYTES), "en skanning får vara högst 25 MB"),
    ],
    ids=["empty", "gif", "zip", "too-large"],
)
def test_a_bad_scan_is_refused_and_stores_nothing(
    session: Session, paper: PaperCase, data: bytes, message: str
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match=message) as caught:
        documents.attach_scan(session, record.id, data, "skanning.pdf")
    assert caught.value.fields == ("scan",)
    assert snapshot(session.conn) == before
    assert not documents.get(session, record.id).has_scan
    with pytest.raises(NotFound, match="Skanningen"):
        documents.scan(session, record.id)


def test_looking_at_the_pdf_is_logged(session: Session, paper: PaperCase) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    documents.pdf(session, record.id)
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.details) == (
        "document.view",
        str(record.id),
        f"pdf {record.number} protected",
    )


# --- export ---------------------------------------------------------------------------------------


def test_save_pdf_writes_the_stored_pdf_privately_and_logs_it(
    session: Session, paper: PaperCase, tmp_path: Path
) -> None:
    made = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper))
    target = tmp_path / "ut" / "fullmakt.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")  # replaced atomically

    documents.save_pdf(session, made.record.id, target)

    assert target.read_bytes() == made.pdf
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["fullmakt.pdf"]  # no temp left
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.details) == (
        "document.export",
        str(made.record.id),
        f"{made.record.number} eget filnamn",  # never the file name, which may name the client
    )


def test_save_pdf_refuses_the_vault_folder(
    session: Session, paper: PaperCase, shared_vault: Vault, tmp_path: Path
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    folder = shared_vault.folder
    link = tmp_path / "genväg"
    link.symlink_to(folder, target_is_directory=True)
    before = snapshot(session.conn)
    files_before = sorted(p.name for p in folder.rglob("*"))

    for inside in (
        folder / "fullmakt.pdf",
        folder / "backups" / "fullmakt.pdf",
        link / "fullmakt.pdf",
        folder / ".." / folder.name / "x.pdf",
    ):
        with pytest.raises(ValidationError, match="Spara inte dokument i valvets mapp") as caught:
            documents.save_pdf(session, record.id, inside)
        assert caught.value.fields == ("path",)

    assert sorted(p.name for p in folder.rglob("*")) == files_before
    assert snapshot(session.conn) == before


def test_save_pdf_into_a_missing_folder_is_refused(
    session: Session, paper: PaperCase, tmp_path: Path
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="Mappen finns inte"):
        documents.save_pdf(session, record.id, tmp_path / "saknas" / "x.pdf")
    with pytest.raises(ValidationError, match="mapp med det namnet"):
        documents.save_pdf(session, record.id, tmp_path)
    assert snapshot(session.conn) == before


# --- verifying paper ------------------------------------------------------------------------------


def _check(session: Session, text: str) -> tuple[PaperCheck, audit_log.AuditEntry]:
    check = documents.verify_paper(session, text)
    return check, last_audit(session.conn)


def test_verify_a_matching_paper(session: Session, paper: PaperCase) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record

    check, entry = _check(session, f"  {paper_code_text(record.number, record.content_sha256)}\n")

    assert check.document == record
    assert check.hash_matches
    assert check.hash_checked
    assert check.message == (
        f"QR-koden stämmer med dokument {record.number} (version {record.version}, Fullmakt), "
        f"skapat {TODAY.isoformat()}. Jämför papperets text med registrets PDF: QR-koden visar "
        "inte om texten har ändrats för hand."
    )
    assert check.latest_version is None
    assert (entry.action, entry.object_id, entry.details) == (
        "document.verify",
        str(record.id),
        f"{record.number} match",
    )


def test_verify_a_tampered_paper(session: Session, paper: PaperCase) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    tampered = ("0" if record.content_sha256[0] != "0" else "1") + record.content_sha256[1:]

    check, entry = _check(session, paper_code_text(record.number, tampered))

    assert check.document == record
    assert not check.hash_matches
    assert check.hash_checked
    assert check.message.startswith(f"Innehållet stämmer INTE med dokument {record.number}")
    assert entry.details == f"{record.number} MISMATCH"


def test_verify_a_paper_printed_with_the_earlier_hex_text(
    session: Session, paper: PaperCase
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    check, entry = _check(session, f"{record.number};sha256={record.content_sha256}")
    assert check.hash_matches
    assert entry.details == f"{record.number} match"


def test_verify_a_number_only(session: Session, paper: PaperCase) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    check, entry = _check(session, record.number.lower())
    assert check.document == record
    assert not check.hash_matches
    assert not check.hash_checked
    assert "innehållet kan inte jämföras" in check.message
    assert entry.details == f"{record.number} number only"


def test_verify_an_unknown_number(session: Session) -> None:
    check, entry = _check(session, "NX-2099-999999;sha256=" + "a" * 64)
    assert check.document is None
    assert not check.hash_matches
    assert check.message == "Inget dokument med numret NX-2099-999999 finns i valvet."
    assert (entry.action, entry.object_id, entry.details) == (
        "document.verify",
        "",
        "NX-2099-999999 unknown number",
    )


@pytest.mark.parametrize(
    "text", ["", "hej", "UH-2026-1;sha256=aa", "UH-2026-000001;sha256=xyz", "%PDF-1.4"]
)
def test_verify_unreadable_text(session: Session, text: str) -> None:
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        documents.verify_paper(session, text)
    assert caught.value.fields == ("qr_text",)
    assert snapshot(session.conn) == before


# --- rights ---------------------------------------------------------------------------------------


def test_an_auditor_can_neither_generate_nor_read(
    session: Session, paper: PaperCase, shared_vault: Vault, login: LoginFn, tmp_path: Path
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    auditor = login(shared_vault, "granskare", Role.AUDITOR)
    before = snapshot(session.conn)

    with pytest.raises(NotAllowed):
        documents.generate(auditor, paper.id, "fullmakt", _fullmakt(paper))
    for read in (
        lambda: documents.case_file(auditor, paper.id),
        lambda: documents.register(auditor, paper.id),
        lambda: documents.get(auditor, record.id),
        lambda: documents.pdf(auditor, record.id),
        lambda: documents.scan(auditor, record.id),
        lambda: documents.verify_paper(auditor, record.number),
        lambda: documents.save_pdf(auditor, record.id, tmp_path / "x.pdf"),
    ):
        with pytest.raises(NotAllowed):
            read()
    for change in (
        lambda: documents.mark_printed(auditor, record.id),
        lambda: documents.mark_signed(auditor, record.id, TODAY, "Klienten"),
        lambda: documents.attach_scan(auditor, record.id, PDF_SCAN, "x.pdf"),
        lambda: documents.archive(auditor, record.id),
    ):
        with pytest.raises(NotAllowed):
            change()
    assert snapshot(session.conn) == before
    assert not (tmp_path / "x.pdf").exists()


def test_a_social_worker_generates_for_nexus(
    session: Session, paper: PaperCase, shared_vault: Vault, login: LoginFn
) -> None:
    worker = login(shared_vault, "nexus.sara", Role.SOCIAL_WORKER)
    if "nexus.sara" not in cases.get_case(session, paper.id).handlers:
        access.share_case(session, paper.id)
        access.assign_handler(session, paper.id, "nexus.sara")
    made = documents.generate(worker, paper.id, "fullmakt", _fullmakt(paper), issuer=Issuer.NEXUS)
    assert made.record.number.startswith("NX-2026-")
    assert made.record.created_by == "nexus.sara"
    file = documents.case_file(worker, paper.id)
    assert file.handler_names["nexus.sara"] == "Nexus.Sara"


# --- nothing readable at rest ---------------------------------------------------------------------


def _marker_forms(marker: str) -> list[bytes]:
    texts = {marker, marker.casefold(), marker.upper()}
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [
                f"{path.name}: {marker!r}"
                for marker in _personal_data()
                if any(form in data for form in _marker_forms(marker))
            ]
    return found


def test_the_protected_client_is_in_no_file_of_the_vault(
    fresh_session: Session, fresh_make: Factory, fresh_vault: Vault, tmp_path: Path
) -> None:
    session = fresh_session
    paper = _paper_case(fresh_make)
    client = persons.get_person(session, paper.client_id)
    assert client.protection.is_protected
    made = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper))
    documents.generate(session, paper.id, "uppsagning", _uppsagning(paper))
    # A scan whose bytes carry the client's name and number in plain text.
    scan = PDF_SCAN + f"{CLIENT_FIRST} {CLIENT_LAST} {CLIENT_NUMBER}".encode() + b"\n%%EOF"
    documents.attach_scan(session, made.record.id, scan, "skanning.pdf")
    documents.mark_signed(session, made.record.id, TODAY, f"{CLIENT_FIRST} {CLIENT_LAST}")
    documents.verify_paper(session, f"{made.record.number};sha256={made.record.content_sha256}")

    # The detector finds the markers where they are plain (or the check proves nothing).
    (tmp_path / "plain.bin").write_bytes(scan)
    assert _leaks(tmp_path)
    folder = fresh_vault.folder
    assert (folder / "vault.db-wal").exists()
    assert _leaks(folder) == []
    _no_personal_data(audit_entries(session.conn))
    fresh_vault.lock()
    assert _leaks(folder) == []


def test_verify_says_when_a_newer_version_exists(session: Session, paper: PaperCase) -> None:
    first = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    documents.generate(session, paper.id, "fullmakt", _fullmakt(paper))

    check, _entry = _check(session, f"{first.number};sha256={first.content_sha256}")

    assert check.hash_matches
    assert check.latest_version == first.version + 1
    assert check.message.endswith(
        f"Det finns en nyare version ({first.version + 1}) av blanketten i ärendet."
    )


def test_the_export_log_keeps_the_default_name_apart_from_a_chosen_one(
    session: Session, paper: PaperCase, tmp_path: Path
) -> None:
    record = documents.generate(session, paper.id, "fullmakt", _fullmakt(paper)).record
    documents.save_pdf(session, record.id, tmp_path / f"{record.number}.pdf")
    assert last_audit(session.conn).details == f"{record.number} standardnamn"
    documents.save_pdf(session, record.id, tmp_path / "Testa Skyddadsson fullmakt.pdf")
    details = last_audit(session.conn).details
    assert details == f"{record.number} eget filnamn"
    assert "Skyddadsson" not in details


def test_letters_to_different_tenants_are_not_versions_of_each_other(
    session: Session, make: Factory
) -> None:
    paper = _paper_case(make)
    co_tenant = make.person("Medi", "Hyresgästsson", number=pnr("19800505", "123"))
    assert co_tenant.id is not None
    lease = make.lease((paper.client_id, co_tenant.id))
    assert lease.id is not None
    housing.register_notice(session, lease.id, TODAY - dt.timedelta(days=3))
    cases.update_case(session, cases.get_case(session, paper.id).with_lease(lease.id))

    def letter(recipient: int) -> documents.DocumentRecord:
        values = {"lease": str(lease.id), "recipient": str(recipient)}
        return documents.generate(session, paper.id, "uppsagning_bekraftelse", values).record

    to_client = letter(paper.client_id)
    to_co_tenant = letter(co_tenant.id)
    again_to_client = letter(paper.client_id)

    assert (to_client.version, to_co_tenant.version, again_to_client.version) == (1, 1, 2)
    check_co_tenant, _ = _check(
        session, f"{to_co_tenant.number};sha256={to_co_tenant.content_sha256}"
    )
    assert check_co_tenant.latest_version is None
    check_client, _ = _check(session, f"{to_client.number};sha256={to_client.content_sha256}")
    assert check_client.latest_version == 2
