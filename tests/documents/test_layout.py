"""The shared A4 layout: header, page x of y, marking, QR payload, metadata, PDF/A-2b markers."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import sys
from typing import Any

import pikepdf
import pypdf
import pytest
import segno
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from skyddsapp.documents.layout import (
    FONT,
    FONT_BOLD,
    MARKING,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    DocumentHeader,
    Issuer,
    canonical_content,
    content_sha256,
    paragraph,
    qr_payload,
    render,
    signature_block,
)

PERSON = "Zlatana Hemligsdotter"  # a marker for personal data: must never reach the metadata
PNR = "19121212-1212"

HOSTILE = [
    "<b>fet</b>",
    "Kalle & Co",
    "</para><para>",
    "<font name='nope'>x</font> <br/> &amp; &#0; &lt;",
    "مرحبا بالعالم — שלום עולם",
    "emoji 😀👩‍👩‍👧 ✔",
    "x" * 500,
    "",
    "tab\there\x00nul\x1bescape\r\nnewline",
]


def _header(**changes: Any) -> DocumentHeader:
    values: dict[str, Any] = {
        "issuer": Issuer.UPPSALAHEM,
        "title": "Uppsägning av hyresavtal",
        "document_number": "UH-2026-000042",
        "case_reference": "ÄR-2026-0007",
        "date": dt.date(2026, 11, 27),
        "version": 2,
    }
    values.update(changes)
    return DocumentHeader(**values)


def _body(pages: int = 2) -> list[Flowable]:
    body: list[Flowable] = [paragraph("Hyresgäst", style="heading"), paragraph(PERSON)]
    body.append(paragraph(PNR))
    body += [paragraph("Lorem ipsum dolor sit amet. " * 12) for _ in range(10 * (pages - 1))]
    body.append(signature_block(PERSON, role="Hyresgäst"))
    return body


def _reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in _reader(pdf).pages]


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    return render(_header(), _body(), protected=True, content_text=f"{PERSON}\n{PNR}")


def test_header_and_page_numbers_on_every_page(two_pages: bytes) -> None:
    texts = _texts(two_pages)
    assert len(texts) == 2
    for number, text in enumerate(texts, start=1):
        assert "Uppsalahem AB" in text
        assert "Uppsägning av hyresavtal" in text
        assert "UH-2026-000042" in text
        assert "ÄR-2026-0007" in text
        assert "2026-11-27" in text
        assert f"Sida {number} av 2" in text
        assert MARKING in text
    assert PERSON in texts[0]


def test_no_marking_when_not_protected() -> None:
    pdf = render(_header(issuer=Issuer.NEXUS), _body(pages=1), protected=False, content_text="x")
    texts = _texts(pdf)
    assert len(texts) == 1
    assert "SEKRETESS" not in texts[0]
    assert "Socialförvaltningen — Nexus" in texts[0]
    assert "Sida 1 av 1" in texts[0]


def test_metadata_holds_no_personal_data(two_pages: bytes) -> None:
    reader = _reader(two_pages)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Uppsägning av hyresavtal"
    assert meta.author == "Uppsalahem AB"
    assert not meta.subject
    assert not meta.get("/Keywords")
    with pikepdf.open(io.BytesIO(two_pages)) as pdf:
        xmp = str(pdf.open_metadata())
        info = repr(dict(pdf.docinfo.items()))
    for marker in (PERSON, "Hemligsdotter", PNR, "ÄR-2026-0007", "UH-2026-000042"):
        assert marker not in xmp
        assert marker not in info


def test_pdfa_2b_markers_and_embedded_fonts(two_pages: bytes) -> None:
    with pikepdf.open(io.BytesIO(two_pages)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        assert intents[0].S == pikepdf.Name.GTS_PDFA1
        profile = intents[0].DestOutputProfile
        assert int(profile.N) == 3
        assert profile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        for page in pdf.pages:
            fonts = page.Resources.Font
            assert len(fonts) >= 1
            for _, font in fonts.items():
                assert "/FontFile2" in font.FontDescriptor, font.BaseFont


def test_qr_payload_carries_number_and_content_hash() -> None:
    text = f"{PERSON}\n{PNR}"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert qr_payload("UH-2026-000042", text) == f"UH-2026-000042;sha256={digest}"
    header = _header()
    expected = hashlib.sha256(canonical_content(header, text).encode()).hexdigest()
    assert content_sha256(header, text) == expected
    assert qr_payload(header.document_number, canonical_content(header, text)).endswith(expected)
    # The payload fits a small code that prints well at 24 mm.
    assert segno.make(qr_payload("UH-2026-000042", text), error="m").version <= 6


def test_content_hash_changes_with_content_and_header_only() -> None:
    header = _header()
    base = content_sha256(header, "a\nb")
    assert content_sha256(header, "a\r\nb") == base  # line endings are canonical
    assert content_sha256(header, "a\nc") != base
    assert content_sha256(_header(version=3), "a\nb") != base
    assert content_sha256(_header(date=dt.date(2026, 11, 28)), "a\nb") != base


def test_the_qr_code_is_drawn_once_per_document(two_pages: bytes) -> None:
    with pikepdf.open(io.BytesIO(two_pages)) as pdf:
        forms = {
            xobj.objgen
            for page in pdf.pages
            for _, xobj in page.Resources.get("/XObject", {}).items()
            if xobj.Subtype == pikepdf.Name.Form
        }
    assert len(forms) == 1


def _positions(pdf: bytes) -> list[tuple[int, str, float, float, float]]:
    """(page, text, x, y, width) of every text chunk, measured with the embedded fonts."""
    found: list[tuple[int, str, float, float, float]] = []
    for index, page in enumerate(_reader(pdf).pages):

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: Any,
            size: float,
            index: int = index,
        ) -> None:
            if not text.strip():
                return
            matrix = pypdf.mult(tm, cm)
            x, y = matrix[4], matrix[5]
            scale = (matrix[0] ** 2 + matrix[1] ** 2) ** 0.5
            name = FONT_BOLD if font and "Bold" in str(font.get("/BaseFont")) else FONT
            width = pdfmetrics.stringWidth(text.rstrip("\n"), name, size) * scale
            found.append((index, text, x, y, width))

        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_never_breaks_generation_nor_leaves_the_page(hostile: str) -> None:
    header = _header(
        title=f"Fullmakt {hostile}",
        document_number=f"UH-1 {hostile}",
        case_reference=hostile,
    )
    body: list[Flowable] = [
        paragraph(hostile, style="heading"),
        paragraph(f"Namn: {hostile} slut"),
        signature_block(hostile, role=hostile),
        signature_block(f"{hostile} {hostile}"),
    ]
    pdf = render(header, body, protected=True, content_text=hostile)
    reader = _reader(pdf)
    assert 1 <= len(reader.pages) <= 3
    positions = _positions(pdf)
    assert positions
    for page, text, x, y, width in positions:
        assert x >= -0.5, (page, text, x)
        assert x + width <= PAGE_WIDTH + 0.5, (page, text, x, width)
        assert 0 <= y <= PAGE_HEIGHT, (page, text, y)


def test_a_long_word_is_wrapped_inside_the_margins() -> None:
    pdf = render(_header(), [paragraph("ö" * 2000)], protected=False, content_text="")
    text = _texts(pdf)[0]
    assert text.count("ö") >= 1900  # nothing is dropped
    for _, _, x, _, width in _positions(pdf):
        assert x >= 20 * 72 / 25.4 - 0.5
        assert x + width <= PAGE_WIDTH - 20 * 72 / 25.4 + 0.5


def test_markup_is_printed_literally() -> None:
    pdf = render(_header(), [paragraph("<b>fet</b> & </para>")], protected=False, content_text="")
    text = re.sub(r"\s+", " ", _texts(pdf)[0])
    assert "<b>fet</b> & </para>" in text


def test_signature_block_has_place_date_signature_and_name() -> None:
    pdf = render(_header(), [signature_block("Anna Andersson")], protected=False, content_text="")
    text = _texts(pdf)[0]
    for label in ("Ort", "Datum", "Namnteckning", "Namnförtydligande", "Anna Andersson"):
        assert label in text


def test_the_printed_qr_code_is_the_payload_with_the_content_hash(two_pages: bytes) -> None:
    header = _header()
    digest = content_sha256(header, f"{PERSON}\n{PNR}")
    payload = f"{header.document_number};sha256={digest}"
    matrix = segno.make(payload, error="m", micro=False, mask=0).matrix
    n = len(matrix)
    expected = {(r, c) for r, row in enumerate(matrix) for c, dark in enumerate(row) if dark}
    with pikepdf.open(io.BytesIO(two_pages)) as pdf:
        (form,) = {
            xobj.objgen: xobj
            for _, xobj in pdf.pages[0].Resources.XObject.items()
            if xobj.Subtype == pikepdf.Name.Form
        }.values()
        rects = [
            [float(v) for v in operands]
            for operands, operator in pikepdf.parse_content_stream(form)
            if str(operator) == "re"
        ]
    module = rects[0][3]
    drawn = set()
    for x, y, w, _ in rects:
        row = round(n - y / module) - 1
        first = round(x / module)
        drawn |= {(row, first + i) for i in range(round(w / module))}
    assert drawn == expected


def test_rendering_writes_no_file() -> None:
    written: list[str] = []
    active = True

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if active and event == "open" and len(args) >= 2:
            mode = args[1] if isinstance(args[1], str) else ""
            flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
            if any(m in mode for m in "wax+") or flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                written.append(str(args[0]))

    sys.addaudithook(hook)  # audit hooks cannot be removed: switched off below
    try:
        render(_header(), _body(), protected=True, content_text="x")
    finally:
        active = False
    assert written == []
