"""The shared A4 layout: header, page x of y, marking, QR payload, metadata, PDF/A-2b markers."""

from __future__ import annotations

import base64
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
from skyddsapp.domain.document_register import paper_code_text, parse_paper_code

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
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    letters = base64.b32encode(digest).decode().rstrip("=")
    assert qr_payload("UH-2026-000042", text) == f"UH-2026-000042:{letters}"
    header = _header()
    expected = hashlib.sha256(canonical_content(header, text).encode()).hexdigest()
    assert content_sha256(header, text) == expected
    payload = qr_payload(header.document_number, canonical_content(header, text))
    assert parse_paper_code(payload).sha256 == expected  # the whole hash, read back
    # Alphanumeric mode: a 33×33 symbol at error correction Q, 0.9 mm a module at 30 mm.
    code = segno.make(payload, error="q", micro=False, boost_error=False)
    assert (code.mode, code.version, code.error) == ("alphanumeric", 4, "Q")


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
    for label in ("Ort och datum", "Namnteckning", "Namnförtydligande", "Anna Andersson"):
        assert label in text


def test_the_printed_qr_code_is_the_payload_with_the_content_hash(two_pages: bytes) -> None:
    header = _header()
    digest = content_sha256(header, f"{PERSON}\n{PNR}")
    payload = paper_code_text(header.document_number, digest)
    matrix = segno.make(payload, error="q", micro=False, mask=0, boost_error=False).matrix
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


# --- PDF/A-2b parts written by reportlab itself (no second pass) ---------------------------------

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


def _pdf_date(value: str) -> dt.datetime:
    """``D:YYYYMMDDHHmmSS+HH'mm'`` → an aware datetime."""
    match = re.fullmatch(r"D:(\d{14})([+-])(\d\d)'(\d\d)'?", value)
    assert match, value
    sign = 1 if match[2] == "+" else -1
    offset = dt.timedelta(hours=int(match[3]), minutes=int(match[4])) * sign
    return dt.datetime.strptime(match[1], "%Y%m%d%H%M%S").replace(tzinfo=dt.timezone(offset))


def _xmp_and_info(pdf: bytes) -> tuple[bytes, dict[str, str], Any]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        metadata = document.Root.Metadata
        raw = metadata.read_raw_bytes()
        stream_dict = dict(metadata.stream_dict.items())
        info = {str(k): str(v) for k, v in document.docinfo.items()}
    return raw, info, stream_dict


@pytest.mark.parametrize(
    "title", ["Uppsägning av hyresavtal", "Fullmakt <&> \"'] \ufffe \x1b slut", "x" * 300]
)
def test_the_xmp_is_well_formed_and_mirrors_the_document_info(title: str) -> None:
    import xml.etree.ElementTree as ET

    pdf = render(_header(title=title), _body(pages=1), protected=False, content_text="x")
    raw, info, stream_dict = _xmp_and_info(pdf)
    assert "/Filter" not in stream_dict  # PDF/A: the metadata stays readable without decoding
    assert stream_dict["/Subtype"] == pikepdf.Name.XML
    assert raw.startswith(b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>')
    assert raw.rstrip().endswith(b'<?xpacket end="w"?>')
    root = ET.fromstring(raw.decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    (desc,) = root.findall("rdf:RDF/rdf:Description", _NS)

    def one(path: str) -> str:
        (element,) = desc.findall(path, _NS)
        return element.text or ""

    assert one("pdfaid:part") == "2"
    assert one("pdfaid:conformance") == "B"
    assert one("dc:title/rdf:Alt/rdf:li") == info["/Title"]
    assert info["/Title"].startswith(title.split(" ")[0])
    assert [li.text for li in desc.findall("dc:creator/rdf:Seq/rdf:li", _NS)] == [info["/Author"]]
    assert one("xmp:CreatorTool") == info["/Creator"] == "skyddsapp"
    assert one("pdf:Producer") == info["/Producer"]
    created = dt.datetime.fromisoformat(one("xmp:CreateDate"))
    assert created == _pdf_date(info["/CreationDate"])
    assert dt.datetime.fromisoformat(one("xmp:ModifyDate")) == _pdf_date(info["/ModDate"])
    # Entries without an XMP twin, or empty, are not written at all.
    assert not {"/Trapped", "/Subject", "/Keywords"} & set(info)
    assert not desc.findall("dc:description", _NS)
    assert not desc.findall("pdf:Keywords", _NS)


def test_exactly_one_srgb_output_intent_and_one_metadata_stream(two_pages: bytes) -> None:
    with pikepdf.open(io.BytesIO(two_pages)) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.Type == pikepdf.Name.OutputIntent
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile.read_bytes()
        assert profile[12:16] == b"mntr"
        assert profile[16:20] == b"RGB "
        metadata = [
            obj
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Type") == pikepdf.Name.Metadata
        ]
        assert len(metadata) == 1
        # Binary Flate streams only: no ASCII85 (reportlab's default) left in the file.
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                assert "/ASCII85Decode" not in repr(obj.stream_dict.get("/Filter"))


def test_file_structure_streams_and_cross_references(two_pages: bytes) -> None:
    """ISO 19005-2, 6.1.7.1: an EOL after ``stream`` and before ``endstream``, and /Length is
    the number of bytes between them; and the cross-reference table points at every object."""
    pdf = two_pages
    tail = pdf.rindex(b"startxref")
    xref = int(pdf[tail + 9 :].split()[0])
    assert pdf[xref:].startswith(b"xref\n0 ")
    assert pdf.endswith(b"%%EOF\n")
    lines = pdf[xref:].split(b"\n")
    count = int(lines[1].split()[1])
    for number in range(1, count):
        offset = int(lines[2 + number][:10])
        assert pdf[offset:].startswith(b"%d 0 obj\n" % number), number
    with pikepdf.open(io.BytesIO(pdf)) as document:
        lengths = {
            obj.objgen[0]: int(obj.stream_dict.Length)
            for obj in document.objects
            if isinstance(obj, pikepdf.Stream)
        }
    assert len(lengths) == pdf.count(b"endstream") >= 5
    for number, length in lengths.items():
        offset = int(lines[2 + number][:10])
        start = pdf.index(b"\nstream\n", offset) + len(b"\nstream\n")
        assert pdf[start + length : start + length + 11] == b"\nendstream\n", number
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.check_pdf_syntax() == []
        assert document.get_warnings() == []


def test_rendering_leaves_reportlabs_settings_as_they_were() -> None:
    from reportlab import rl_config

    before = rl_config.useA85
    render(_header(), _body(pages=1), protected=False, content_text="x")
    assert rl_config.useA85 == before


# --- paragraphs are laid out as reportlab's Paragraph would, without its parser ------------------


def _parsed(text: str, style: str) -> Any:
    """The paragraph as reportlab's parser makes it from escaped text (the reference)."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    from skyddsapp.documents.layout import _style, printable

    return Paragraph(escape(printable(text)).replace("\n", "<br/>"), _style(style))


@pytest.mark.parametrize("style", ["body", "heading", "small"])
@pytest.mark.parametrize(
    "text",
    [*HOSTILE, "  lead\n\n  trail  \n", "a\u00a0b  c", "&quot; &amp;amp; ;", "a\nb", " "],
)
def test_paragraph_breaks_lines_where_reportlabs_paragraph_does(text: str, style: Any) -> None:
    fast, parsed = paragraph(text, style=style), _parsed(text, style)
    assert fast.wrap(300, 2000) == parsed.wrap(300, 2000)
    assert [line for line, _rtl in fast.lines] == _line_texts(parsed)


def _line_texts(para: Any) -> list[str]:
    """The text of each wrapped line (reportlab keeps one-font lines as words, others as
    fragments)."""
    if para.blPara.kind == 0:
        return [" ".join(words) for _, words in para.blPara.lines]
    return [" ".join("".join(f.text for f in line.words).split()) for line in para.blPara.lines]


# --- the seeded first font subset ----------------------------------------------------------------


def _fonts(pdf: bytes) -> dict[str, tuple[bytes, list[float], bytes, int]]:
    """BaseFont → (font program, widths, ToUnicode map, last char) over all pages."""
    found = {}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for _, font in page.Resources.Font.items():
                found[str(font.BaseFont)] = (
                    font.FontDescriptor.FontFile2.read_bytes(),
                    [float(w) for w in font.Widths],
                    font.ToUnicode.read_bytes(),
                    int(font.LastChar) - int(font.FirstChar) + 1,
                )
    return found


def test_the_first_font_subset_is_the_same_in_every_document() -> None:
    one = render(_header(), _body(), protected=True, content_text="a")
    other = render(
        _header(title="Fullmakt", document_number="UH-9"),
        [paragraph("Åsa Ödmark, Östra vägen 5 — § 12 ☒ …", style="heading")],
        protected=False,
        content_text="b",
    )
    first, second = _fonts(one), _fonts(other)
    for name in ("/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"):
        assert first[name] == second[name]
        program, widths, _, count = first[name]
        assert program[:4] == b"\x00\x01\x00\x00"  # a TrueType font program
        assert len(widths) == count == 256


def test_characters_outside_the_seed_get_their_own_subset_and_are_not_kept() -> None:
    from reportlab.pdfbase import pdfmetrics

    text = "Zoë Łódź Ωμέγα 北京 Ярослав"
    pdf = render(_header(), [paragraph(text)], protected=False, content_text=text)
    assert "/AAAAAB+DejaVuSans" in _fonts(pdf)  # the second subset
    assert "Zoë Łódź Ωμέγα" in " ".join(_texts(pdf)[0].split())
    for name in (FONT, FONT_BOLD):
        font = pdfmetrics.getFont(name)
        for subset in [*font.face.kept, *font.written]:
            assert font.seed.issuperset(subset)
            assert ord("Ω") not in subset


def test_the_font_ships_with_its_licence() -> None:
    from skyddsapp.documents.layout import font_folder

    folder = font_folder()
    names = {entry.name for entry in folder.iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= names
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text("utf-8")


def test_the_wheel_puts_the_fonts_where_the_layout_looks_first() -> None:
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    mapping = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert mapping["resources/fonts"] == "skyddsapp/documents/fonts"
    assert (root / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()


def test_seeded_lines_are_encoded_as_reportlab_encodes_them() -> None:
    from reportlab.lib.rl_accel import escapePDF

    from skyddsapp.documents.fonts import seeded_font

    font = seeded_font(FONT)
    doc = render  # any hashable key stands for a document
    font.seed_document(doc)
    try:
        for line in ["Åsa Ödmark (x) \\ 100 % — § 12 ☒ …", "a\u00a0b", "()\\", ""]:
            chunks = font.splitString(line, doc)
            assert {subset for subset, _ in chunks} <= {0}
            assert font.seeded_bytes(line) == "".join(escapePDF(t) for _, t in chunks)
        assert font.seeded_bytes("Ω") is None  # outside the seed: reportlab's own way
        assert font.seeded_bytes("Ab中") is None
    finally:
        del font.state[doc]
