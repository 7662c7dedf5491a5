"""The shared A4 layout of every form: header, page x of y, marking, QR code, PDF/A-2b.

Everything happens in memory: `render` returns the PDF as bytes and never touches the disk
(the bundled fonts are read from the package, nothing is written).

The QR code carries ``"<document number>;sha256=<hex>"`` where the hash is taken over
`canonical_content(header, content_text)`: the header fields and the form's own canonical text,
NFC-normalised with ``\\n`` line endings. A paper that comes back can be matched to what was printed
by recomputing that hash from the stored form data.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal
from xml.sax.saxutils import escape

import pikepdf
import segno
from PIL import ImageCms
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

__all__ = [
    "BODY_WIDTH",
    "FONT",
    "FONT_BOLD",
    "MARKING",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "DocumentHeader",
    "Issuer",
    "canonical_content",
    "content_sha256",
    "paragraph",
    "qr_payload",
    "render",
    "signature_block",
]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARKING = "SEKRETESS — skyddade personuppgifter"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
HEADER_TOP = PAGE_HEIGHT - 12 * mm  # baseline of the marking line
HEADER_HEIGHT = 48 * mm  # from the top edge down to where the body starts
FOOTER_BASELINE = 10 * mm
QR_SIZE = 24 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN  # the frame's padding is taken out of the doc margins
_FRAME_PADDING = 6  # reportlab's default Frame padding (points)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# reportlab writes malformed ToUnicode entries for characters outside the BMP (emoji), so they are
# shown as U+FFFD on paper; the content hash still covers the original text.
_ASTRAL = re.compile(r"[\U00010000-\U0010FFFF]")


class Issuer(enum.Enum):
    """The organisation that issues a document (shown first in the header)."""

    UPPSALAHEM = "Uppsalahem AB"
    NEXUS = "Socialförvaltningen — Nexus"


@dataclass(frozen=True, slots=True)
class DocumentHeader:
    """What the header of every page shows. Holds no personal data by design."""

    issuer: Issuer
    title: str
    document_number: str
    case_reference: str
    date: dt.date
    version: int


# --- fonts ---------------------------------------------------------------------------------------


@functools.cache
def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (once; embedded as subsets)."""
    folder = resources.files(__package__) / "fonts"
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        data = (folder / filename).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


# --- content hash and QR payload -----------------------------------------------------------------


def _clean(text: str) -> str:
    """NFC, ``\\n`` line endings, no control characters other than tab and newline."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


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
    """``"<document number>;sha256=<hex of content_text>"`` — the text encoded in the QR code."""
    digest = hashlib.sha256(content_text.encode("utf-8")).hexdigest()
    return f"{document_number};sha256={digest}"


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


def _printable(text: str) -> str:
    return _ASTRAL.sub("\ufffd", _clean(text))


def paragraph(text: str, *, style: _Style = "body") -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, long words are split."""
    safe = escape(_printable(text)).replace("\n", "<br/>")
    return Paragraph(safe, _style(style))


def signature_block(name: str, *, role: str | None = None) -> Flowable:
    """Place, date and signature lines above the printed name (kept on one page)."""
    gap = 10 * mm
    half = (BODY_WIDTH - gap) / 2
    small = _style("small")
    rows: list[list[Any]] = [
        ["", "", ""],
        [Paragraph("Ort", small), "", Paragraph("Datum", small)],
        ["", "", ""],
        [Paragraph("Namnteckning", small), "", ""],
        [paragraph(name), "", ""],
        [Paragraph("Namnförtydligande", small), "", ""],
    ]
    table = Table(
        rows,
        colWidths=[half, gap, half],
        rowHeights=[12 * mm, None, 14 * mm, None, None, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 2), (2, 2), 0.6, colors.black),
                ("LINEBELOW", (0, 4), (2, 4), 0.6, colors.black),
                ("SPAN", (0, 3), (2, 3)),
                ("SPAN", (0, 4), (2, 4)),
                ("SPAN", (0, 5), (2, 5)),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # not Helvetica (PDF/A: embedded only)
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    parts: list[Flowable] = []
    if role:
        parts.append(paragraph(role, style="heading"))
    parts.append(table)
    return KeepTogether(parts)


# --- page decoration -----------------------------------------------------------------------------


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` (one line) with an ellipsis so that it is at most `width` points wide."""
    text = " ".join(_printable(text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text + "…"


def _qr_runs(payload: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The QR matrix size and its dark modules as (row, first column, length) runs.

    The mask is fixed: every mask is valid for readers and searching for the best one costs
    about 30 ms in pure Python.
    """
    matrix = segno.make(payload, error="m", micro=False, mask=0).matrix
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
    return len(matrix), runs


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code once as a form XObject (filled runs, no reportlab QR widget), then
    place that form on the page."""
    if not canvas.hasForm("qr"):
        n, runs = _qr_runs(payload)
        module = size / n
        canvas.beginForm("qr")
        path = canvas.beginPath()
        for r, c, length in runs:
            path.rect(c * module, size - (r + 1) * module, length * module, module)
        canvas.drawPath(path, stroke=0, fill=1)
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
    text_width = qr_x - left - 6 * mm
    label_width = 28 * mm

    def decorate(canvas: Canvas, total: int) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFillColor(colors.black)
        if protected:
            canvas.setFillColor(colors.HexColor("#B00020"))
            canvas.setFont(FONT_BOLD, 10)
            canvas.drawString(left, HEADER_TOP, MARKING)
            canvas.setFillColor(colors.black)
        y = HEADER_TOP - 6 * mm
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(left, y, _fit(header.issuer.value, FONT_BOLD, 9, text_width))
        y -= 6 * mm
        canvas.setFont(FONT_BOLD, 14)
        canvas.drawString(left, y, _fit(header.title, FONT_BOLD, 14, text_width))
        fields = (
            ("Dokumentnr", header.document_number),
            ("Ärende", header.case_reference),
            ("Datum", header.date.isoformat()),
            ("Version", str(header.version)),
        )
        for label, value in fields:
            y -= 4.5 * mm
            canvas.setFont(FONT, 8)
            canvas.drawString(left, y, label)
            canvas.setFont(FONT, 9)
            canvas.drawString(left + label_width, y, _fit(value, FONT, 9, text_width - label_width))
        _draw_qr(canvas, payload, qr_x, HEADER_TOP - 4 * mm - QR_SIZE, QR_SIZE)
        rule = PAGE_HEIGHT - HEADER_HEIGHT + 4 * mm
        canvas.setLineWidth(0.5)
        canvas.line(left, rule, right, rule)
        canvas.line(left, FOOTER_BASELINE + 5 * mm, right, FOOTER_BASELINE + 5 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(
            left, FOOTER_BASELINE, _fit(header.document_number, FONT, 8, BODY_WIDTH * 0.28)
        )
        canvas.drawRightString(right, FOOTER_BASELINE, f"Sida {page} av {total}")
        if protected:
            canvas.setFont(FONT_BOLD, 8)
            canvas.setFillColor(colors.HexColor("#B00020"))
            canvas.drawCentredString(PAGE_WIDTH / 2, FOOTER_BASELINE, MARKING)
        canvas.restoreState()

    return decorate


def _canvas_class(decorate: Callable[[Canvas, int], None]) -> type[Canvas]:
    """A canvas that holds back its pages so every page can say "Sida x av y"."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: a non-embedded standard font would break PDF/A.
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


# --- PDF/A-2b ------------------------------------------------------------------------------------


@functools.cache
def _srgb_icc() -> bytes:
    data: bytes = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return data


def _to_pdfa(data: bytes) -> bytes:
    """Add an sRGB OutputIntent and PDF/A-2b XMP identification (in memory)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Trapped" in pdf.docinfo:  # reportlab writes it; XMP has no equivalent
            del pdf.docinfo["/Trapped"]
        icc = pikepdf.Stream(pdf, _srgb_icc())
        icc["/N"] = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier="sRGB IEC61966-2.1",
            Info="sRGB IEC61966-2.1",
            DestOutputProfile=icc,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


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
    `content_sha256(header, content_text)`. The PDF metadata holds only the form title and the
    issuer, never personal data. Flowables are consumed: build new ones for every render.
    """
    register_fonts()
    payload = qr_payload(header.document_number, canonical_content(header, content_text))
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
    return _to_pdfa(buffer.getvalue())
