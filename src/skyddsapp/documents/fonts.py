"""The bundled DejaVu fonts: registered once, embedded as subsets, and what they can draw.

`register_fonts` makes reportlab use them; `repertoire` is the set of characters both the
regular and the bold face have a glyph for (what a form may print); `string_width` measures
text in them without reportlab's per-character Python loop.
"""

from __future__ import annotations

import functools
import io
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFName, PDFObject
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

# reportlab keeps ASCII at its own codes in a font's first subset and gives the other 159 codes
# (1-31, 128-255) to characters in order of first use, so every document embeds a different
# subset, made, formatted and compressed anew (a few ms per font). Seeding every document with
# the same 159 characters first makes that subset, and so its font program, widths and
# ToUnicode map, the same every time: they are made once per process. The seed is Swedish
# letters and the punctuation the forms print, then Latin-1 and Latin Extended-A for names; any
# other character goes to a second subset, made per document as before.
_SEED_ORDER = "åäöÅÄÖéÉüÜ–—‘’“”„•…☒☐✓✔§€°×−≤≥«»\ufffd" + "".join(
    chr(code) for code in range(0xA1, 0x180)
)
_SEED_SLOTS = 159
_NOT_SEEDED = "\uffff"  # what a character outside the seeded subset becomes when encoded
# A PDF literal string as reportlab's escapePDF writes it: ASCII as it is, a backslash and
# parentheses escaped, every other byte as an octal escape (the page stream is ASCII).
_PDF_ESCAPES = {code: chr(code) if 32 <= code < 127 else f"\\{code:03o}" for code in range(256)} | {
    ord("\\"): "\\\\",
    ord("("): "\\(",
    ord(")"): "\\)",
}


def _one_byte_each(text: str) -> bool:
    return not text or max(text) <= "\xff"


_KEPT_SUBSETS = 4  # in practice one: the seeded subset


class _SeededFace(TTFontFace):  # type: ignore[misc]
    """reportlab's typeface, keeping the font programs of seeded subsets once made."""

    kept: dict[tuple[int, ...], bytes]
    keeps: Callable[[tuple[int, ...]], bool]

    def makeSubset(self, subset: list[int]) -> bytes:  # reportlab's name
        key = tuple(subset)
        data = self.kept.get(key)
        if data is None:
            data = super().makeSubset(subset)
            if self.keeps(key):
                self.kept[key] = data
        return data


class _Formatted(PDFObject):  # type: ignore[misc]
    """PDF syntax formatted once (it holds no reference, so it is the same in any document)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


@dataclass(frozen=True, slots=True)
class _Written:
    """The seeded subset's parts that are the same in every document."""

    program: bytes  # the font program, Flate
    widths: _Formatted
    to_unicode: bytes  # the ToUnicode CMap, Flate


class _SeededFont(TTFont):  # type: ignore[misc]
    """A bundled TrueType font whose first subset is seeded, so its objects are made once.

    Only subsets of the seed and ASCII are kept: nothing taken from a document's own text (a
    name in another script, say) stays in memory after the document is written.
    """

    def __init__(self, name: str, data: bytes) -> None:
        super().__init__(name, io.BytesIO(data))
        present = dict.fromkeys(c for c in _SEED_ORDER if ord(c) in self.face.charToGlyph)
        self.seed_text = "".join(present)[:_SEED_SLOTS]
        if len(self.seed_text) != _SEED_SLOTS:
            raise RuntimeError(f"{name} lacks characters of the subset seed")
        self.seed = frozenset({0, *range(32, 128), *map(ord, self.seed_text)})
        self.written: dict[tuple[int, ...], _Written] = {}
        self.codes: dict[int, str] | None = None  # character → code in the seeded subset
        self.face.__class__ = _SeededFace  # the face reportlab parsed, now keeping programs
        self.face.kept = {}
        self.face.keeps = self._keeps

    def _keeps(self, subset: tuple[int, ...]) -> bool:
        return self.seed.issuperset(subset) and len(self.face.kept) < _KEPT_SUBSETS

    def seed_document(self, doc: Any) -> None:
        """Give the seed characters their codes in ``doc`` before any text is drawn."""
        self.splitString(self.seed_text, doc)
        if self.codes is None:  # the same codes in every document: read them once
            assigned = self.state[doc].assignments
            table: dict[int, str] = dict.fromkeys(range(256), _NOT_SEEDED)
            table.update({code: chr(n) for code, n in assigned.items() if n < 256})
            table[0xA0] = " "  # as reportlab does: a no-break space is drawn as a space
            self.codes = table

    def seeded_bytes(self, text: str) -> str | None:
        """``text`` as the seeded subset's codes, escaped for a PDF string (one character per
        byte), or None if a character is outside the seed: what ``splitString`` and
        ``escapePDF`` give for such text, without their per-character Python loops."""
        if self.codes is None:
            return None
        encoded = text.translate(self.codes)
        if _NOT_SEEDED in encoded or not _one_byte_each(encoded):
            return None
        return encoded.translate(_PDF_ESCAPES)

    def addObjects(self, doc: Any) -> None:  # reportlab's name: called when doc is written
        state = self.state.get(doc)
        first = tuple(state.subsets[0]) if state is not None else ()
        name = self.getSubsetInternalName(0, doc)[1:] if state and state.internalName else ""
        super().addObjects(doc)
        if not name or not doc.compression or first not in self.face.kept:
            return
        font = doc.idToObject["BasicFonts"].dict[name]
        descriptor = doc.idToObject[font.FontDescriptor.name]
        program = doc.idToObject[descriptor["FontFile2"].name]
        to_unicode = doc.idToObject[font.ToUnicode.name]
        written = self.written.get(first)
        if written is None:
            cmap = to_unicode.content
            written = self.written[first] = _Written(
                program=zlib.compress(program.content),
                widths=_Formatted(font.Widths.format(doc)),
                to_unicode=zlib.compress(cmap.encode() if isinstance(cmap, str) else cmap),
            )
        for stream, deflated in ((program, written.program), (to_unicode, written.to_unicode)):
            stream.content, stream.filters = deflated, None
            stream.dictionary["Filter"] = PDFName("FlateDecode")
        font.Widths = written.widths


def font_folder() -> Traversable:
    """Where the DejaVu fonts and their licence are: inside the installed package (the wheel
    puts ``resources/fonts`` there), else ``resources/fonts`` of a source checkout."""
    packaged = resources.files(__package__) / "fonts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "resources" / "fonts"


@functools.cache
def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (once; embedded as subsets)."""
    folder = font_folder()
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(_SeededFont(name, (folder / filename).read_bytes()))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def seed_subsets(doc: Any) -> None:
    """Give both fonts' seed characters their codes in ``doc`` (before any text is drawn)."""
    for name in (FONT, FONT_BOLD):
        pdfmetrics.getFont(name).seed_document(doc)


def seeded_font(name: str) -> _SeededFont:
    """The registered font ``name`` (FONT or FONT_BOLD)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    assert isinstance(font, _SeededFont)
    return font


@functools.cache
def repertoire() -> frozenset[str]:
    """The characters both faces draw with a glyph of their own (not .notdef), in the Basic
    Multilingual Plane: reportlab writes malformed ToUnicode entries for characters above it
    (emoji), so those could not be read back from the PDF; U+FFFE and U+FFFF are not
    characters."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (FONT, FONT_BOLD)]
    codes = set.intersection(*({c for c, g in face.charToGlyph.items() if g} for face in faces))
    return frozenset(chr(code) for code in codes if 0 < code <= 0xFFFD)


class _Advances(dict[str, float]):
    """Advance widths (1/1000 em) by character; a character without a glyph of its own has the
    font's default width, which is not stored: nothing a document says stays behind."""

    def __init__(self, widths: dict[str, float], default: float) -> None:
        super().__init__(widths)
        self.default = default

    def __missing__(self, char: str) -> float:
        return self.default


@functools.cache
def _advances(font: str) -> _Advances:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    widths = {chr(code): float(width) for code, width in face.charWidths.items()}
    return _Advances(widths, face.defaultWidth)


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points, as ``pdfmetrics.stringWidth`` (no kerning), faster."""
    return sum(map(_advances(font).__getitem__, text)) * size / 1000
