"""The document register's rules: numbers, status, signatures, scans and the QR text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.document_register import (
    JPEG,
    MAX_SCAN_BYTES,
    MAX_SERIAL,
    PDF,
    PNG,
    DocumentNumber,
    DocumentSeries,
    DocumentStatus,
    PaperCode,
    RegisteredDocument,
    next_document_number,
    next_version,
    paper_code_text,
    paper_verdict,
    parse_paper_code,
    scan_filename,
    scan_media_type,
    validate_signature,
)
from skyddsapp.domain.errors import RuleViolation, ValidationError

TODAY = dt.date(2026, 5, 4)
NOW = dt.datetime(2026, 5, 4, 8, 30, tzinfo=dt.UTC)
SHA = "ab" * 32


def _document(**changes: object) -> RegisteredDocument:
    fields: dict[str, object] = {
        "id": 7,
        "number": DocumentNumber(DocumentSeries.UPPSALAHEM, 2026, 42),
        "case_id": 3,
        "form_id": "fullmakt",
        "title": "Fullmakt",
        "version": 2,
        "document_date": dt.date(2026, 5, 1),
        "content_sha256": SHA,
        "protected": True,
        "created_at": NOW,
        "created_by": "handl",
    }
    fields.update(changes)
    return RegisteredDocument(**fields)  # type: ignore[arg-type]


class TestNumbers:
    def test_format_and_parse(self) -> None:
        number = DocumentNumber(DocumentSeries.NEXUS, 2026, 42)
        assert str(number) == "NX-2026-000042"
        assert DocumentNumber.parse(" nx-2026-000042 ") == number

    @given(
        st.sampled_from(DocumentSeries),
        st.integers(2000, 2099),
        st.integers(1, MAX_SERIAL),
    )
    def test_every_number_reads_back(self, series: DocumentSeries, year: int, serial: int) -> None:
        number = DocumentNumber(series, year, serial)
        assert DocumentNumber.parse(number.formatted()) == number

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("UH-2026-42", "Dokumentnumret ska skrivas som UH-2026-000042"),
            ("KV-2026-0001", "Dokumentnumret ska skrivas som"),
            ("XX-2026-000001", "börjar med XX, som ingen utfärdare har; giltiga är UH, NX"),
            ("UH-1999-000001", "Årtalet i dokumentnumret ska vara 2000–2099."),
            ("UH-2026-000000", "Löpnumret i dokumentnumret ska vara 000001–999999."),
        ],
    )
    def test_bad_numbers_are_named(self, text: str, message: str) -> None:
        with pytest.raises(ValidationError) as caught:
            DocumentNumber.parse(text)
        assert caught.value.fields == ("number",)
        assert message in str(caught.value)

    def test_the_serial_is_shared_by_the_year(self) -> None:
        assert next_document_number(DocumentSeries.NEXUS, 2026, None).formatted() == (
            "NX-2026-000001"
        )
        assert str(next_document_number(DocumentSeries.UPPSALAHEM, 2026, 41)) == "UH-2026-000042"

    def test_a_full_year_is_refused(self) -> None:
        with pytest.raises(RuleViolation, match="Dokumentnumren för år 2026 är slut"):
            next_document_number(DocumentSeries.UPPSALAHEM, 2026, MAX_SERIAL)

    def test_versions_count_from_one(self) -> None:
        assert next_version(0) == 1
        assert next_version(2) == 3


class TestStatus:
    def test_labels_are_swedish(self) -> None:
        assert [s.label for s in DocumentStatus] == [
            "Skapad",
            "Utskriven",
            "Underskriven",
            "Arkiverad",
        ]

    def test_a_paper_moves_through_its_life(self) -> None:
        document = _document()
        assert document.status is DocumentStatus.GENERATED
        printed = document.printed(NOW, "handl")
        assert printed.status is DocumentStatus.PRINTED
        assert printed.printed(NOW, "annan").print_count == 2
        signed = printed.signed(TODAY, " Klienten  och handläggaren ", recorded_by="h", today=TODAY)
        assert signed.status is DocumentStatus.SIGNED
        assert signed.signed_by == "Klienten och handläggaren"
        archived = signed.archived(NOW, "handl")
        assert archived.status is DocumentStatus.ARCHIVED
        assert archived.series is DocumentSeries.UPPSALAHEM

    def test_signed_without_a_recorded_print_counts_as_signed(self) -> None:
        signed = _document().signed(TODAY, "Klienten", recorded_by="h", today=TODAY)
        assert signed.status is DocumentStatus.SIGNED
        assert signed.print_count == 0

    def test_any_status_may_be_archived_but_only_once(self) -> None:
        archived = _document().archived(NOW, "h")
        with pytest.raises(RuleViolation, match="UH-2026-000042 är redan arkiverat"):
            archived.archived(NOW, "h")

    def test_an_archived_document_cannot_change(self) -> None:
        archived = _document().archived(NOW, "h")
        message = "Dokument UH-2026-000042 är arkiverat och kan inte längre ändras."
        with pytest.raises(RuleViolation, match=message):
            archived.printed(NOW, "h")
        with pytest.raises(RuleViolation, match=message):
            archived.signed(TODAY, "Klienten", recorded_by="h", today=TODAY)
        with pytest.raises(RuleViolation, match=message):
            archived.require_open()


class TestSignature:
    def test_who_is_required_and_short(self) -> None:
        for bad, message in (
            ("  ", "Vem som skrev under saknas."),
            ("x" * 101, "Vem som skrev under får vara högst 100 tecken."),
            ("Anna\x00", "Vem som skrev under innehåller otillåtna tecken."),
        ):
            with pytest.raises(ValidationError) as caught:
                validate_signature(TODAY, bad, document_date=TODAY, today=TODAY)
            assert caught.value.messages_for("signed_by") == [message]
        assert validate_signature(TODAY, "x" * 100, document_date=TODAY, today=TODAY)

    def test_the_date_lies_between_the_document_and_today(self) -> None:
        created = dt.date(2026, 5, 1)
        with pytest.raises(ValidationError) as caught:
            validate_signature(
                TODAY + dt.timedelta(days=1), "A", document_date=created, today=TODAY
            )
        assert caught.value.messages_for("signed_on") == [
            "Underskriftsdatumet kan inte ligga i framtiden."
        ]
        with pytest.raises(ValidationError) as caught:
            validate_signature(dt.date(2026, 4, 30), "A", document_date=created, today=TODAY)
        assert caught.value.messages_for("signed_on") == [
            "Underskriftsdatumet kan inte ligga före dokumentets datum 2026-05-01."
        ]
        assert validate_signature(created, "A", document_date=created, today=TODAY) == "A"

    def test_every_problem_is_reported_at_once(self) -> None:
        with pytest.raises(ValidationError) as caught:
            validate_signature(None, "", document_date=TODAY, today=TODAY)
        assert set(caught.value.fields) == {"signed_by", "signed_on"}


class TestScans:
    @pytest.mark.parametrize(
        ("data", "media_type"),
        [
            (b"%PDF-1.7\n...", PDF),
            (b"\x89PNG\r\n\x1a\n\x00\x00", PNG),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF", JPEG),
        ],
    )
    def test_the_content_decides(self, data: bytes, media_type: str) -> None:
        assert scan_media_type(data) == media_type

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"", "Filen är tom."),
            (b"GIF89a....", "varken PDF, PNG eller JPEG (filnamnet avgör inte)"),
            (b" %PDF-1.7", "varken PDF, PNG eller JPEG"),
            (b"PK\x03\x04 a zip named scan.pdf", "varken PDF, PNG eller JPEG"),
        ],
    )
    def test_anything_else_is_refused(self, data: bytes, message: str) -> None:
        with pytest.raises(ValidationError) as caught:
            scan_media_type(data)
        assert caught.value.fields == ("scan",)
        assert message in str(caught.value)

    def test_at_most_25_megabytes(self) -> None:
        assert scan_media_type(b"%PDF-" + bytes(MAX_SCAN_BYTES - 5)) == PDF
        with pytest.raises(
            ValidationError, match="Filen är 25,0 MB; en skanning får vara högst 25"
        ):
            scan_media_type(b"%PDF-" + bytes(MAX_SCAN_BYTES - 4))

    def test_file_names_are_one_clean_line(self) -> None:
        assert scan_filename("C:\\Skannat\\papper 1.pdf") == "papper 1.pdf"
        assert scan_filename("/home/h/skan\nning\x00.png") == "skanning.png"
        assert scan_filename("   ") == "skanning"
        assert len(scan_filename("a" * 500)) == 200


class TestPaperCode:
    def test_the_qr_text_is_the_number_and_the_hash_in_base32(self) -> None:
        text = paper_code_text("UH-2026-000042", SHA)
        assert text == "UH-2026-000042:VOV2XK5LVOV2XK5LVOV2XK5LVOV2XK5LVOV2XK5LVOV2XK5LVOVQ"
        assert len(text) == 67
        code = parse_paper_code(f"  {text}\r\n")
        assert code == PaperCode(DocumentNumber(DocumentSeries.UPPSALAHEM, 2026, 42), SHA)
        # A reader that lowers the case, or a typist, still gets the whole hash.
        assert parse_paper_code(text.lower()).sha256 == SHA
        assert parse_paper_code(text.replace(":", " : ")).sha256 == SHA

    @given(st.binary(min_size=32, max_size=32))
    def test_every_hash_survives_the_qr_text(self, digest: bytes) -> None:
        assert parse_paper_code(paper_code_text("NX-2026-000001", digest.hex())).sha256 == (
            digest.hex()
        )

    def test_papers_printed_with_the_hex_text_are_still_read(self) -> None:
        code = parse_paper_code(f"  UH-2026-000042;sha256={SHA.upper()}\r\n")
        assert code == PaperCode(DocumentNumber(DocumentSeries.UPPSALAHEM, 2026, 42), SHA)
        assert parse_paper_code(f"uh-2026-000042 ; SHA256 = {SHA}").sha256 == SHA

    def test_a_bare_number_has_no_hash(self) -> None:
        assert parse_paper_code("NX-2026-000001\n").sha256 is None

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("", "Skanna QR-koden på papperet eller klistra in texten från den."),
            ("  \n", "Skanna QR-koden"),
            ("hej hej", "Texten kommer inte från en QR-kod i skyddsapp"),
            ("https://example.org/UH-2026-000001", "Texten kommer inte från en QR-kod"),
            (f"QQ-2026-000001;sha256={SHA}", "börjar med QQ, som ingen utfärdare har"),
            ("UH-2026-000001;md5=abc", "ska koden fortsätta med ;sha256= och kontrollsumman"),
            ("UH-2026-000001;sha256", "ska koden fortsätta med ;sha256="),
            ("UH-2026-000001;sha256=" + "g" * 64, "andra tecken än 0–9 och a–f"),
            ("UH-2026-000001;sha256=" + SHA[:-1], "64 tecken lång men är 63"),
            ("UH-2026-000001:" + "A" * 51 + "1", "andra tecken än A–Z och 2–7"),
            ("UH-2026-000001:" + "A" * 51, "52 tecken lång men är 51"),
            ("UH-2026-000001:", "52 tecken lång men är 0"),
            # 52 letters carry 260 bits; the last four are zero in every printed code.
            ("UH-2026-000001:" + "A" * 51 + "B", "Kontrollsummans sista tecken stämmer inte"),
        ],
    )
    def test_unreadable_text_gets_a_specific_answer(self, text: str, message: str) -> None:
        with pytest.raises(ValidationError) as caught:
            parse_paper_code(text)
        assert caught.value.fields == ("qr_text",)
        assert message in str(caught.value)

    @given(st.text(max_size=80))
    def test_any_text_is_read_or_refused_cleanly(self, text: str) -> None:
        problem: ValidationError | None = None
        try:
            parse_paper_code(text)
        except ValidationError as error:
            problem = error
        assert problem is None or problem.fields == ("qr_text",)


class TestVerdict:
    def test_match(self) -> None:
        code = parse_paper_code(paper_code_text("UH-2026-000042", SHA))
        verdict = paper_verdict(code, _document())
        assert verdict.hash_matches
        assert verdict.hash_checked
        assert verdict.message == (
            "QR-koden stämmer med dokument UH-2026-000042 (version 2, Fullmakt), skapat "
            "2026-05-01. Jämför papperets text med registrets PDF: QR-koden visar inte om texten "
            "har ändrats för hand."
        )

    def test_a_newer_version_is_named(self) -> None:
        code = parse_paper_code(f"UH-2026-000042;sha256={SHA}")
        assert paper_verdict(code, _document(), latest_version=2).message.endswith("för hand.")
        verdict = paper_verdict(code, _document(), latest_version=3)
        assert verdict.hash_matches
        assert verdict.message.endswith("Det finns en nyare version (3) av blanketten i ärendet.")

    def test_mismatch(self) -> None:
        code = parse_paper_code("UH-2026-000042;sha256=" + "0" * 64)
        verdict = paper_verdict(code, _document())
        assert not verdict.hash_matches
        assert verdict.hash_checked
        assert verdict.message.startswith(
            "Innehållet stämmer INTE med dokument UH-2026-000042 (version 2, Fullmakt), "
            "skapat 2026-05-01."
        )

    def test_number_only(self) -> None:
        verdict = paper_verdict(parse_paper_code("UH-2026-000042"), _document())
        assert not verdict.hash_matches
        assert not verdict.hash_checked
        assert "saknar kontrollsumma, så innehållet kan inte jämföras" in verdict.message

    def test_unknown(self) -> None:
        verdict = paper_verdict(parse_paper_code("NX-2026-000009"), None)
        assert not verdict.hash_matches
        assert verdict.message == "Inget dokument med numret NX-2026-000009 finns i valvet."
