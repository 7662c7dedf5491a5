"""Valvets identitetskort on paper: the vault's name, its fingerprint large enough to read aloud
over the phone, and both public keys, on the documents' A4 layout (issue 12, sealed hand-overs).

The paper goes to the other vault's administrator (by hand or by post) or lies beside the phone
while the two administrators compare the fingerprint aloud. Nothing on it is secret and nothing
on it is about a person: no case, no register number, no QR code, never marked confidential.
The PDF's metadata holds the title and the issuer only (`layout.render`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from skyddsapp.documents.fonts import FONT_BOLD, register_fonts, string_width
from skyddsapp.documents.header import DocumentHeader, Issuer
from skyddsapp.documents.layout import BODY_WIDTH, paragraph, printable, render, wrap_line
from skyddsapp.domain.identity_card import IdentityCard, card_text

__all__ = ["TITLE", "render_card_sheet"]

TITLE = "Valvets identitetskort"
NAME_SIZE = 18
FINGERPRINT_SIZE = 26
KEY_SIZE = 9


class _Boxed(Flowable):  # type: ignore[misc]
    """Lines of one size in a framed box, each centred: the name and the fingerprint, which
    the two administrators read aloud to each other and so must stand out on the page."""

    def __init__(self, lines: Sequence[tuple[str, str, float]], padding: float = 5 * mm) -> None:
        super().__init__()
        self._lines = lines
        self._padding = padding

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(available_width, BODY_WIDTH)
        self.height = sum(size * 1.35 for _t, _f, size in self._lines) + 2 * self._padding
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.2)
        canvas.roundRect(0, 0, self.width, self.height, 3 * mm)
        y = self.height - self._padding
        for text, font, size in self._lines:
            y -= size * 1.1
            canvas.setFont(font, size)
            canvas.drawCentredString(self.width / 2, y, text)
            y -= size * 0.25
        canvas.restoreState()


def _fitting(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` (a long vault name wraps)."""
    return wrap_line(text, font, size, width) or [""]


def render_card_sheet(card: IdentityCard, *, issuer: Issuer, made_on: dt.date) -> bytes:
    """The card as one A4 page of PDF/A-2b bytes (nothing written to disk)."""
    register_fonts()
    inner = BODY_WIDTH - 12 * mm
    # A vault name is typed by an administrator: drawn with the fonts' characters, wrapped.
    name = printable(card.name)
    name_lines = [
        (line, FONT_BOLD, NAME_SIZE) for line in _fitting(name, FONT_BOLD, NAME_SIZE, inner)
    ]
    groups = card.fingerprint.split()
    half = (len(groups) + 1) // 2
    rows = [" ".join(groups[:half]), " ".join(groups[half:])]
    size = float(FINGERPRINT_SIZE)
    while size > 12 and max(string_width(r, FONT_BOLD, size) for r in rows) > inner:
        size -= 1
    fingerprint_lines = [(row, FONT_BOLD, size) for row in rows]
    header = DocumentHeader(
        issuer=issuer, title=TITLE, document_number="", case_reference="", date=made_on, version=0
    )
    lines = card_text(card).splitlines()
    key_lines = [line for line in lines if line.startswith(("kryptering:", "signatur:"))]
    body: list[Flowable] = [
        paragraph(
            "Det här kortet visar vilket valv som skickar och tar emot förseglade överlämningar. "
            "Det innehåller bara offentliga nycklar och inga uppgifter om någon person."
        ),
        Spacer(0, 3 * mm),
        paragraph("Valvets namn", style="heading"),
        _Boxed(name_lines),
        Spacer(0, 3 * mm),
        paragraph("Fingeravtryck", style="heading"),
        _Boxed(fingerprint_lines),
        Spacer(0, 3 * mm),
        paragraph("Så jämför ni kortet", style="heading"),
        paragraph(
            "1. Den andra administratören läser upp fingeravtrycket i grupper om fem siffror, "
            "i telefon eller på plats, eller jämför med det här papperet."
        ),
        paragraph(
            "2. Skriv in siffrorna i skyddsapp när du lägger till valvet. Lägg inte till "
            "valvet om en enda siffra skiljer: då kan kortet vara förfalskat."
        ),
        paragraph("3. Samma kort finns som textfil (Exportera kortet) för att föra in nycklarna."),
        Spacer(0, 3 * mm),
        paragraph("Offentliga nycklar", style="heading"),
        *[paragraph(line) for line in key_lines],
        Spacer(0, 6 * mm),
        paragraph(
            f"Utskrivet {made_on.isoformat()}. Fingeravtrycket räknas fram ur namnet och båda "
            "nycklarna: ändras något av dem, ändras fingeravtrycket.",
            style="small",
        ),
    ]
    content = "\n".join([TITLE, *lines])
    return render(header, body, protected=False, content_text=content)
