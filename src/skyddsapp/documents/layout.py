"""The shared A4 layout of every form: header, page x of y, marking, QR code, PDF/A-2b.

Everything happens in memory: `render` returns the PDF as bytes and never touches the disk
(the bundled fonts are read from the package, nothing is written). reportlab writes the PDF/A-2b
parts itself (OutputIntent, XMP identification); one pass over the finished bytes adds the
end-of-line markers PDF/A wants before ``endstream``. `benchmarks/documents_bench.py` measures it.

The QR code carries ``"<document number>:<base32 SHA-256>"``
(`skyddsapp.domain.document_register.paper_code_text`) where the hash is taken over
`canonical_content(header, content_text)`: the header fields and the form's own canonical text,
NFC-normalised with ``\\n`` line endings. A paper that comes back can be matched to what was printed
by recomputing that hash from the stored form data. The symbol is 30 mm wide, about 0.9 mm a
module, so a 100 dpi render gives 3.6 pixels a module and a 60 dpi preview more than 2
(`tests/documents/test_qr_decoding.py` decodes every form with a real reader).

Text is laid out here (`paragraph`, `break_lines`, `draw_lines`) and prepared by
`documents.text`: only characters the embedded fonts have, right-to-left lines in visual order.
The hash covers the text as stored, not as printed.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import itertools
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Literal
from xml.sax.saxutils import escape

import segno
from PIL import ImageCms
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
)

from skyddsapp.documents.fonts import (
    FONT,
    FONT_BOLD,
    font_folder,
    register_fonts,
    seed_subsets,
    string_width,
)
from skyddsapp.documents.header import DocumentHeader, Issuer
from skyddsapp.documents.text import clean as _clean
from skyddsapp.documents.text import is_rtl, printable, visual
from skyddsapp.domain.document_register import paper_code_text

__all__ = [
    "BODY_WIDTH",
    "FONT",
    "FONT_BOLD",
    "MARKING",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "DocumentHeader",
    "Issuer",
    "Line",
    "break_lines",
    "canonical_content",
    "content_sha256",
    "draw_lines",
    "font_folder",
    "paragraph",
    "printable",
    "qr_payload",
    "register_fonts",
    "render",
    "signature_block",
    "wrap_line",
]

MARKING = "SEKRETESS — skyddade personuppgifter"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
HEADER_TOP = PAGE_HEIGHT - 12 * mm  # baseline of the marking line
HEADER_HEIGHT = 48 * mm  # from the top edge down to where the body starts
FOOTER_BASELINE = 10 * mm
QR_SIZE = 30 * mm  # 33 modules of 0.9 mm: 3.6 px at 100 dpi (a 41-module 24 mm one was 2.3)
QR_TOP = HEADER_TOP + 3 * mm  # level with the top of the marking's capitals
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN  # the frame's padding is taken out of the doc margins
_FRAME_PADDING = 6  # reportlab's default Frame padding (points)
_MARKING_RED = colors.HexColor("#B00020")


# --- content hash and QR payload -----------------------------------------------------------------


def canonical_content(header: DocumentHeader, content_text: str) -> str:
    """The text whose SHA-256 the QR code carries: the header fields, then the form's text."""
    lines = [
        f"issuer={header.issuer.value}",
        f"title={header.title}",
        f"document_number={header.document_number}",
        f"case_reference={header.case_reference}",
        f"date={header.date.isoformat()}",
        f"version={header.version}",
        "---",
        content_text,
    ]
    return _clean("\n".join(lines))


def content_sha256(header: DocumentHeader, content_text: str) -> str:
    """Hex SHA-256 of `canonical_content` (what the document register stores)."""
    return hashlib.sha256(canonical_content(header, content_text).encode("utf-8")).hexdigest()


def qr_payload(document_number: str, content_text: str) -> str:
    """``"<document number>:<base32 SHA-256 of content_text>"`` — the text of the QR code."""
    return paper_code_text(
        document_number, hashlib.sha256(content_text.encode("utf-8")).hexdigest()
    )


# --- flowables -----------------------------------------------------------------------------------


_Style = Literal["body", "heading", "small"]


@functools.cache
def _style(kind: _Style) -> ParagraphStyle:
    register_fonts()
    if kind == "heading":
        return ParagraphStyle(
            "heading", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4
        )
    if kind == "small":
        return ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10)
    return ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, spaceAfter=4)


@functools.cache
def _ascent(font: str, size: float) -> float:
    return float(pdfmetrics.getAscent(font, size))


Line = tuple[str, bool]  # printed text in logical order, and whether its paragraph is RTL


def break_lines(text: str, font: str, size: float, width: float) -> list[Line]:
    """``text`` (printable) as lines, each with its paragraph's direction."""
    lines: list[Line] = []
    for paragraph_text in text.rstrip("\n").split("\n"):  # a final break adds no line
        rtl = is_rtl(paragraph_text)
        lines += [(line, rtl) for line in wrap_line(paragraph_text, font, size, width)]
    return lines


def draw_lines(
    canvas: Canvas,
    x: float,
    y: float,
    lines: Sequence[Line],
    font: str,
    size: float,
    leading: float,
) -> None:
    """Draw ``lines`` from baseline ``y`` down, each in visual order, as one text object.

    A line made only of the seeded subset's characters (nearly every line) is written as that
    subset's codes directly; any other goes through reportlab's own text output.
    """
    text = canvas.beginText(x, y)
    text.setFont(font, size, leading)
    seeded = pdfmetrics.getFont(font)
    for line, rtl in lines:
        shown = visual(line, rtl)
        encoded = seeded.seeded_bytes(shown)
        if encoded is None:
            text.textLine(shown)
            continue
        if text._curSubset != 0:
            name = seeded.getSubsetInternalName(0, canvas._doc)
            text._code.append(f"{name} {fp_str(size)} Tf {fp_str(leading)} TL")
            text._curSubset = 0
        text._code.append(f"({encoded}) Tj T*")
        text._y -= leading
    canvas.drawText(text)


class _TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of plain text: drawn literally (no markup), spaces collapsed, long words
    split, explicit line breaks kept, right-to-left lines in visual order. Splits between
    lines across pages and never leaves a single first line at the foot of one.

    It replaces reportlab's Paragraph, whose markup parser and fragment machinery cost more
    than the layout of a short paragraph, and which cannot reorder right-to-left lines.
    """

    def __init__(self, text: str, style: ParagraphStyle, lines: list[Line] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self.lines: list[Line] = lines if lines is not None else []
        self._broken_at: float | None = None if lines is None else -1.0

    def getSpaceBefore(self) -> float:  # reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # reportlab's name
        return float(self.style.spaceAfter)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._broken_at is not None and self._broken_at != available_width and self.text:
            self._broken_at = None
        if self._broken_at is None:
            style = self.style
            has_text = self.text.strip()
            self.lines = (
                break_lines(self.text, style.fontName, style.fontSize, available_width)
                if has_text
                else []
            )
            self._broken_at = available_width
        self.width = available_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fit = int(available_height / self.style.leading + 1e-8)
        if fit >= len(self.lines):
            return [self]
        if fit <= 1:  # no room, or a lone first line (an orphan): all of it moves on
            return []
        first = _TextBlock("", self.style, self.lines[:fit])
        rest = _TextBlock("", self.style, self.lines[fit:])
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        size = style.fontSize
        top = self.height - _ascent(style.fontName, size)
        draw_lines(self.canv, 0, top, self.lines, style.fontName, size, style.leading)


def paragraph(text: str, *, style: _Style = "body") -> Flowable:
    """A paragraph of plain text (markup characters are printed as they are)."""
    return _TextBlock(printable(text), _style(style))


class _SignatureLines(Flowable):  # type: ignore[misc]
    """Place and date on the left; signature, the printed name and its label on the right."""

    _SPACE = 12 * mm  # room to write in, above the lines
    _GAP = 10 * mm

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = " ".join(printable(name).split())
        self._name_lines: list[Line] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        half = (available_width - self._GAP) / 2
        self._name_lines = break_lines(self.name, FONT, 10, half)
        self.height = self._SPACE + 3.5 * mm + 5 * mm + 13 * len(self._name_lines) + 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        half = (self.width - self._GAP) / 2
        right = half + self._GAP
        line_y = self.height - self._SPACE
        canvas.setLineWidth(0.6)
        canvas.line(0, line_y, half, line_y)
        canvas.line(right, line_y, self.width, line_y)
        canvas.setFont(FONT, 8)
        canvas.drawString(0, line_y - 3 * mm, "Ort och datum")
        canvas.drawString(right, line_y - 3 * mm, "Namnteckning")
        y = line_y - 3.5 * mm - 5 * mm
        draw_lines(canvas, right, y, self._name_lines, FONT, 10, 13)
        y -= 13 * len(self._name_lines)
        canvas.line(right, y + 13 - 1.5 * mm, self.width, y + 13 - 1.5 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(right, y + 13 - 1.5 * mm - 3 * mm, "Namnförtydligande")


def wrap_line(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines at most ``width`` points wide (words longer than a line are
    split between characters; explicit line breaks are kept, an empty paragraph is one empty
    line). A character wider than ``width`` gets a line of its own. Words are separated by
    spaces only: a no-break space holds its words together."""
    width = max(width, 1.0)
    lines: list[str] = []
    space = string_width(" ", font, size)
    for paragraph_text in text.split("\n"):
        start = len(lines)
        current, current_width = "", 0.0
        for word in paragraph_text.replace("\t", " ").split(" "):
            if not word:
                continue
            word_width = string_width(word, font, size)
            needed = word_width + (space if current else 0)
            if current and current_width + needed <= width:
                current, current_width = f"{current} {word}", current_width + needed
                continue
            if current:
                lines.append(current)
            current, current_width = word, word_width
            while current and current_width > width:  # a word longer than the line
                cut = _fitting_prefix(current, font, size, width)
                lines.append(current[:cut])
                current = current[cut:]
                current_width = string_width(current, font, size)
        if current or len(lines) == start:
            lines.append(current)
    return lines


def _fitting_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def signature_block(name: str, *, role: str | None = None) -> Flowable:
    """Place and date, signature and the printed name (kept on one page with its role)."""
    parts: list[Flowable] = []
    if role:
        parts.append(paragraph(role, style="heading"))
    parts.append(_SignatureLines(name))
    return KeepTogether(parts)


# --- page decoration -----------------------------------------------------------------------------


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` as one printed line in visual order, cut with an ellipsis so that it is at most
    `width` points wide."""
    text = " ".join(printable(text).split())
    if string_width(text, font, size) > width:
        while text and string_width(text + "…", font, size) > width:
            text = text[: max(0, len(text) - max(1, len(text) // 8))]
        text += "…"
    return visual(text, is_rtl(text))


@functools.lru_cache(maxsize=16)  # a preview and its print share the payload
def _qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR matrix size and its dark modules as (row, first column, length) runs.

    The mask is fixed: every mask is valid for readers and searching for the best one costs
    about 30 ms in pure Python. The payload is upper-case letters, digits and ``-:``, so it is
    written in alphanumeric mode; error correction Q (25 %) fits the same 33×33 symbol as M.
    """
    matrix = segno.make(payload, error="q", micro=False, mask=0, boost_error=False).matrix
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(matrix), tuple(runs)


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code once as a form XObject of filled runs, then place it on the page.

    The runs are written as PDF operators in module units under one scaling matrix: integer
    operands need none of reportlab's per-number formatting (a few hundred rectangles).
    """
    if not canvas.hasForm("qr"):
        n, runs = _qr_runs(payload)
        ops = [f"0 0 0 rg {size / n:.5f} 0 0 {size / n:.5f} 0 0 cm"]
        ops += [f"{c} {n - 1 - r} {length} 1 re" for r, c, length in runs]
        ops.append("f")
        canvas.beginForm("qr", 0, 0, size, size)
        canvas.addLiteral("\n".join(ops))
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm("qr")
    canvas.restoreState()


def _decorator(
    header: DocumentHeader, *, protected: bool, payload: str
) -> Callable[[Canvas, int], None]:
    left = MARGIN
    right = PAGE_WIDTH - MARGIN
    qr_x = right - QR_SIZE
    # 5 mm is more than the 4 modules of quiet zone a reader wants, and leaves room for the
    # longest title (Överenskommelse om övertagande av hyresrätt, 134.6 mm at 14 pt).
    text_width = qr_x - left - 5 * mm
    label_width = 28 * mm
    # The same on every page: fitted once per document.
    issuer = _fit(header.issuer.value, FONT_BOLD, 9, text_width)
    title = _fit(header.title, FONT_BOLD, 14, text_width)
    rows = (
        ("Dokumentnr", header.document_number),
        ("Ärende", header.case_reference),
        ("Datum", header.date.isoformat()),
        ("Version", str(header.version) if header.registered else ""),
    )
    fields = [
        (label, _fit(value, FONT, 9, text_width - label_width)) for label, value in rows if value
    ]
    footer_number = _fit(header.document_number, FONT, 8, BODY_WIDTH * 0.28)

    def decorate(canvas: Canvas, total: int) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFillColor(colors.black)
        if protected:
            canvas.setFillColor(_MARKING_RED)
            canvas.setFont(FONT_BOLD, 10)
            canvas.drawString(left, HEADER_TOP, MARKING)
            canvas.setFillColor(colors.black)
        y = HEADER_TOP - 6 * mm
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(left, y, issuer)
        y -= 6 * mm
        canvas.setFont(FONT_BOLD, 14)
        canvas.drawString(left, y, title)
        for label, value in fields:
            y -= 4.5 * mm
            canvas.setFont(FONT, 8)
            canvas.drawString(left, y, label)
            canvas.setFont(FONT, 9)
            canvas.drawString(left + label_width, y, value)
        if payload:
            _draw_qr(canvas, payload, qr_x, QR_TOP - QR_SIZE, QR_SIZE)
        rule = PAGE_HEIGHT - HEADER_HEIGHT + 3 * mm  # 3 mm below the last header line
        canvas.setLineWidth(0.5)
        canvas.line(left, rule, right, rule)
        canvas.line(left, FOOTER_BASELINE + 5 * mm, right, FOOTER_BASELINE + 5 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(left, FOOTER_BASELINE, footer_number)
        canvas.drawRightString(right, FOOTER_BASELINE, f"Sida {page} av {total}")
        if protected:
            canvas.setFont(FONT_BOLD, 8)
            canvas.setFillColor(_MARKING_RED)
            canvas.drawCentredString(PAGE_WIDTH / 2, FOOTER_BASELINE, MARKING)
        canvas.restoreState()

    return decorate


def _canvas_class(decorate: Callable[[Canvas, int], None]) -> type[Canvas]:
    """A canvas that holds back its pages so every page can say "Sida x av y", and that
    writes the PDF/A-2b parts into reportlab's own document objects."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: a non-embedded standard font would break PDF/A.
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            # Before the doc template sets title, author etc. on it.
            self._doc.info = _PdfAInfo(dt.datetime.now(dt.UTC).replace(microsecond=0))
            seed_subsets(self._doc)

        def showPage(self) -> None:  # reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, total)
                super().showPage()
            _add_pdfa_parts(self)
            with _binary_streams():
                super().save()

    return _NumberedCanvas


# --- PDF/A-2b ------------------------------------------------------------------------------------
#
# Written by reportlab itself, no second pass over the file: an sRGB OutputIntent with the ICC
# profile embedded, an uncompressed XMP Metadata stream with the PDF/A identification that
# mirrors the document information dictionary, and (after reportlab has written the file) an
# end-of-line marker before every ``endstream``.

_SRGB = "sRGB IEC61966-2.1"
_XMP_DATE = "%Y-%m-%dT%H:%M:%S+00:00"
_PDF_DATE = "D:%Y%m%d%H%M%S+00'00'"
# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@functools.cache
def _srgb_icc() -> bytes:
    data: bytes = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return data


@functools.cache
def _srgb_icc_flate() -> bytes:
    return zlib.compress(_srgb_icc(), 9)


class _PdfACatalog(PDFCatalog):  # type: ignore[misc]
    """reportlab's document catalog, which writes only the keys it knows, plus OutputIntents."""

    __NoDefault__: ClassVar[list[str]] = [*PDFCatalog.__NoDefault__, "OutputIntents"]


class _PdfAInfo(PDFInfo):  # type: ignore[misc]
    """The document information dictionary with exactly the entries the XMP mirrors: no empty
    Subject or Keywords, no Trapped (XMP has no equivalent), the dates in UTC."""

    def __init__(self, moment: dt.datetime) -> None:
        super().__init__()
        self.moment = moment

    def entries(self) -> dict[str, str]:
        values = {
            "Title": self.title,
            "Author": self.author,
            "Subject": self.subject,
            "Keywords": self.keywords,
            "Creator": self.creator,
            "Producer": self.producer,
        }
        # The same text in both places; XML 1.0 cannot hold some characters even escaped.
        return {key: _NOT_XML.sub("\ufffd", str(v)) for key, v in values.items() if v}

    def format(self, document: Any) -> bytes:
        entries: dict[str, Any] = {k: PDFString(v) for k, v in self.entries().items()}
        entries["CreationDate"] = entries["ModDate"] = PDFString(self.moment.strftime(_PDF_DATE))
        formatted: bytes = PDFDictionary(entries).format(document)
        return formatted


def _xmp_packet(info: _PdfAInfo) -> bytes:
    """The XMP metadata: the docinfo entries under their XMP names, and pdfaid part 2, B."""

    entries = info.entries()
    when = info.moment.strftime(_XMP_DATE)
    props = []
    if "Title" in entries:
        props.append(
            "<dc:title><rdf:Alt>"
            f'<rdf:li xml:lang="x-default">{escape(entries["Title"])}</rdf:li>'
            "</rdf:Alt></dc:title>"
        )
    if "Author" in entries:
        props.append(
            "<dc:creator><rdf:Seq>"
            f"<rdf:li>{escape(entries['Author'])}</rdf:li>"
            "</rdf:Seq></dc:creator>"
        )
    if "Subject" in entries:
        props.append(
            "<dc:description><rdf:Alt>"
            f'<rdf:li xml:lang="x-default">{escape(entries["Subject"])}</rdf:li>'
            "</rdf:Alt></dc:description>"
        )
    if "Keywords" in entries:
        props.append(f"<pdf:Keywords>{escape(entries['Keywords'])}</pdf:Keywords>")
    if "Producer" in entries:
        props.append(f"<pdf:Producer>{escape(entries['Producer'])}</pdf:Producer>")
    if "Creator" in entries:
        props.append(f"<xmp:CreatorTool>{escape(entries['Creator'])}</xmp:CreatorTool>")
    props += [
        f"<xmp:CreateDate>{when}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
    ]
    packet = "\n".join(
        [
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            '<rdf:Description rdf:about=""'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
            ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
            ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
            *props,
            "</rdf:Description>",
            "</rdf:RDF>",
            "</x:xmpmeta>",
            '<?xpacket end="w"?>',
        ]
    )
    return packet.encode("utf-8")


def _add_pdfa_parts(canvas: Canvas) -> None:
    """Put the OutputIntent and the XMP Metadata stream into the catalog before it is written."""
    doc = canvas._doc
    info = doc.info
    assert isinstance(info, _PdfAInfo)
    profile = PDFStream(
        PDFDictionary({"N": 3, "Filter": PDFName("FlateDecode")}), content=_srgb_icc_flate()
    )
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(_SRGB),
            "Info": PDFString(_SRGB),
            "DestOutputProfile": profile,  # a stream: reportlab makes it an indirect object
        }
    )
    catalog = doc.Catalog
    catalog.__class__ = _PdfACatalog  # the same object, now also writing OutputIntents
    catalog.OutputIntents = PDFArray([intent])
    # No filter (PDF/A wants the Metadata stream readable as is): the document adds none.
    catalog.Metadata = XMP(creator=lambda _doc: _xmp_packet(info))


@contextmanager
def _binary_streams() -> Iterator[None]:
    """reportlab ASCII85-encodes every page stream by default: a third larger and a few ms of
    pure Python per document. Binary Flate streams are as valid for PDF/A."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


_ENDSTREAM = b"endstream\nendobj\n"


def _finish_pdfa(data: bytes) -> bytes:
    """Put an end-of-line marker before every ``endstream`` (ISO 19005-2, 6.1.7.1).

    reportlab writes the stream data straight up to the keyword. The marker moves every later
    object, so the cross-reference table and ``startxref`` are rewritten from reportlab's own
    offsets (one table from object 0, objects in file order, as reportlab always writes).
    """
    tail = data.rindex(b"startxref")
    xref = int(data[tail + len(b"startxref") :].split()[0])
    header_end = data.index(b"\n", xref + len(b"xref\n"))
    first, count = (int(v) for v in data[xref + len(b"xref\n") : header_end].split())
    entries = header_end + 1
    trailer = entries + 20 * count
    if (
        data[xref : xref + 5] != b"xref\n"
        or first != 0
        or data[trailer : trailer + 7] != b"trailer"
    ):
        raise RuntimeError("unexpected cross-reference table from reportlab")
    offsets = [int(data[entries + 20 * i : entries + 20 * i + 10]) for i in range(1, count)]
    bounds = [*offsets, xref]
    if bounds != sorted(bounds):
        raise RuntimeError("reportlab wrote the objects out of order")
    out = [data[: bounds[0]]]
    moved: list[int] = []
    position = bounds[0]
    for start, end in itertools.pairwise(bounds):
        chunk = data[start:end]
        if chunk.endswith(_ENDSTREAM):
            chunk = chunk[: -len(_ENDSTREAM)] + b"\n" + _ENDSTREAM
        moved.append(position)
        out.append(chunk)
        position += len(chunk)
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % count)
    out += [b"%010d 00000 n \n" % offset for offset in moved]
    out.append(data[trailer:tail])
    out.append(b"startxref\n%d\n%%%%EOF\n" % position)
    return b"".join(out)


# --- render --------------------------------------------------------------------------------------


def render(
    header: DocumentHeader,
    body: Sequence[Flowable],
    *,
    protected: bool,
    content_text: str,
) -> bytes:
    """Render a form on the shared layout and return PDF/A-2b bytes (nothing written to disk).

    `content_text` is the form's canonical text; the QR code carries the document number and
    `content_sha256(header, content_text)`; a header without a number gets no QR code. The PDF
    metadata holds only the form title and the issuer, never personal data. Flowables are
    consumed: build new ones for every render.
    """
    register_fonts()
    payload = (
        qr_payload(header.document_number, canonical_content(header, content_text))
        if header.registered
        else ""  # nothing in the register to match a QR code against
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN - _FRAME_PADDING,
        rightMargin=MARGIN - _FRAME_PADDING,
        topMargin=HEADER_HEIGHT,
        bottomMargin=FOOTER_BASELINE + 9 * mm,
        title=_fit(header.title, FONT, 10, 10_000),
        author=header.issuer.value,
        subject="",
        keywords="",
        creator="skyddsapp",
    )
    doc.build(
        list(body),
        canvasmaker=_canvas_class(_decorator(header, protected=protected, payload=payload)),
    )
    return _finish_pdfa(buffer.getvalue())
