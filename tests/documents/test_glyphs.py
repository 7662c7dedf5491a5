"""No form draws an empty box: every glyph shown in every generated PDF is a real glyph of its
embedded font, for all sixteen forms filled with hostile names; what the fonts cannot print
is refused with a field message; right-to-left names print right to left and extract in
logical order."""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from fontTools.ttLib import TTFont
from form_data import with_required_choices

from skyddsapp.documents.forms import FORMS, FormSpec, fill_form
from skyddsapp.documents.layout import DocumentHeader, Issuer, paragraph, render
from skyddsapp.documents.text import printable, unprintable, visual
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.schema import FieldKind, MissingData
from skyddsapp.domain.person import ProtectionLevel

SPECS = list(FORMS.values())
IDS = [spec.id for spec in SPECS]
FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"

# (first name, last name) for every person in the case and the handler: all printable.
PRINTABLE = {
    "full-width": ("Ｆｕｌｌｗｉｄｔｈ", "Ｎａｍｅ　Ｓｓｏｎ"),
    "combining": ("Zoe\u0308 A\u030a\u0301se", "Ne\u0301ve\u0327ia x\u0303\u0323"),
    "arabic": ("سارة", "أحمد العلي"),
    "hebrew": ("שרה", "כהן-לוי"),
    "mixed": ("Sara (سارة)", "Cohen [כהן] 2"),
    "controls": ("Kal\x07le\u200b\u2067ب\u2069", "Ank\u0085a\u202e\tson\u00ad\u2028Ek"),
}
# Characters the fonts lack in any form: refused, never drawn.
REFUSED = {
    "emoji": ("Anna 😀", "Svensson 👩‍👩‍👧"),
    "cjk": ("王", "小明"),
    "devanagari": ("देव", "Persson"),
}


def with_names(file: CaseFile, first: str, last: str) -> CaseFile:
    persons = {
        pid: replace(person, first_name=first, last_name=last)
        for pid, person in file.persons.items()
    }
    handlers = {user: f"{first} {last}" for user in file.handler_names}
    return replace(file, persons=persons, handler_names=handlers)


def options(spec: FormSpec, file: CaseFile, text: str) -> dict[str, Any]:
    """The defaults, with every free-text option holding ``text``."""
    values = with_required_choices({field.name: field.default for field in spec.fields(file)})
    for field in spec.fields(file):
        if field.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT):
            values[field.name] = text
    return values


def generate(spec: FormSpec, file: CaseFile, text: str) -> bytes:
    """The form with hostile text in every free-text option a field does not refuse for
    reasons of its own (a phone number, say)."""
    values = options(spec, file, text)
    try:
        return fill_form(spec, file, values, document_number="UH-1").render()
    except ValidationError as error:
        if any("U+" in message for message in map(str, error.errors)):
            raise
        defaults = with_required_choices({f.name: f.default for f in spec.fields(file)})
        kept = {k: v for k, v in values.items() if k not in error.fields}
        return fill_form(spec, file, {**defaults, **kept}, document_number="UH-1").render()


# --- reading the glyphs back ---------------------------------------------------------------------


@functools.cache
def _real_glyphs(data: bytes) -> frozenset[int]:
    """The codes of a subset's font program that map to a glyph other than .notdef (nor a
    copy of its empty box)."""
    font = TTFont(io.BytesIO(data))
    glyf = font["glyf"]
    notdef = glyf[".notdef"].compile(glyf)
    return frozenset(
        code
        for code, name in font["cmap"].tables[0].cmap.items()
        if name != ".notdef" and glyf[name].compile(glyf) != notdef
    )


@functools.cache
def _full_cmap(base_font: str) -> frozenset[int]:
    name = "DejaVuSans-Bold.ttf" if base_font.endswith("-Bold") else "DejaVuSans.ttf"
    return frozenset(TTFont(FONTS / name).getBestCmap())


def _to_unicode(font: Any) -> dict[int, str]:
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    found: dict[int, str] = {}
    for section in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
            found[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be", "replace")
    for section in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section
        ):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                found[int(low, 16) + offset] = chr(int(start, 16) + offset)
    return found


def _shown(pdf: bytes) -> Iterator[tuple[str, int, str]]:
    """(BaseFont, code, glyph name or "") of every byte of every string shown, and its text."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            fonts = page.Resources.get("/Font", {})
            current: Any = None
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "Tf":
                    current = fonts[operands[0]]
                    continue
                if op not in ("Tj", "TJ", "'", '"'):
                    continue
                strings = (
                    [o for o in operands[0] if isinstance(o, pikepdf.String)]
                    if op == "TJ"
                    else [operands[-1]]
                )
                real = _real_glyphs(current.FontDescriptor.FontFile2.read_bytes())
                unicode_map = _to_unicode(current)
                base = str(current.BaseFont).split("+", 1)[1]
                for string in strings:
                    for code in bytes(string):
                        yield base, code, "glyph" if code in real else ""
                        yield base, -1, unicode_map.get(code, "")


def assert_no_missing_glyph(pdf: bytes) -> None:
    for base, code, value in _shown(pdf):
        if code >= 0:
            assert value, f"{base}: code {code} is drawn as .notdef"
        else:
            assert value, f"{base}: a drawn code has no Unicode value"
            assert "\ufffd" not in value, f"{base}: U+FFFD drawn"
            assert all(ord(c) in _full_cmap(base) for c in value), (base, value)


# --- the forms -----------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_form_with_hostile_names_draws_only_real_glyphs(
    spec: FormSpec, make_file: Callable[..., CaseFile]
) -> None:
    base = make_file(ProtectionLevel.CONFIDENTIALITY_MARKING)
    for kind, (first, last) in PRINTABLE.items():
        file = with_names(base, first, last)
        try:
            pdf = generate(spec, file, f"{first} {last}")
        except MissingData:
            continue  # a form the case cannot make at all: nothing is drawn
        except ValidationError as error:  # pragma: no cover - the failure message
            pytest.fail(f"{kind}: printable names refused: {error}")
        assert_no_missing_glyph(pdf)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_characters_the_fonts_lack_are_refused_with_a_field_message(
    spec: FormSpec, make_file: Callable[..., CaseFile]
) -> None:
    base = make_file(ProtectionLevel.CONFIDENTIALITY_MARKING)
    for kind, (first, last) in REFUSED.items():
        file = with_names(base, first, last)
        values = with_required_choices({f.name: f.default for f in spec.fields(file)})
        problem: ValidationError | None = None
        try:
            pdf = fill_form(spec, file, values, document_number="UH-1").render()
        except ValidationError as error:
            problem = error
        if problem is None:  # a form that prints no name (an information sheet) is whole
            assert_no_missing_glyph(pdf)
        else:
            assert problem.errors, kind
            for field_error in problem.errors:
                assert field_error.field.startswith("sheet."), field_error
                assert "skrivas ut på blanketten" in field_error.message
                assert "U+" in field_error.message
        # A typed option with such characters is refused on its own field.
        typed = options(spec, base, f"{first} {last}")
        names = {
            f.name for f in spec.fields(base) if f.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT)
        }
        if not names:
            continue
        with pytest.raises(ValidationError) as refused:
            fill_form(spec, base, typed, document_number="UH-1")
        # Refused as unprintable, or by the field's own rule on odd characters: either way
        # on that field and before anything is drawn.
        assert names <= set(refused.value.fields), (kind, refused.value.errors)


def test_the_scan_finds_an_empty_box_drawn_by_bare_reportlab() -> None:
    """The check above can fail: reportlab left alone draws .notdef for a CJK character."""
    from reportlab.pdfgen.canvas import Canvas

    from skyddsapp.documents.fonts import FONT, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=FONT)
    canvas.setFont(FONT, 10)
    canvas.drawString(72, 72, "Namn: 王")
    canvas.save()
    with pytest.raises(AssertionError, match=r"notdef|U\+FFFD|no Unicode"):
        assert_no_missing_glyph(buffer.getvalue())


# --- what is printed -----------------------------------------------------------------------------


def test_full_width_letters_print_as_ascii_and_unknown_ones_are_named() -> None:
    assert printable("Ｆｕｌｌｗｉｄｔｈ　ｎａｍｅ") == "Fullwidth name"
    assert unprintable("Ｆｕｌｌｗｉｄｔｈ　ｎａｍｅ") == []
    assert unprintable("Anna 😀 王 王") == ["😀", "王"]
    assert printable("王") == "\ufffd"  # the last resort below the forms: never .notdef


def test_invisible_controls_are_dropped_and_marks_kept() -> None:
    assert printable("Kal\u0085le\u2066x\u2069") == "Kalle\u2066x\u2069"  # isolates go at draw
    assert visual(printable("Kal\u0085le\u2066x\u2069"), rtl=False) == "Kallex"
    assert printable("Ne\u0301ve\u0327") == unicodedata.normalize("NFC", "Ne\u0301ve\u0327")


def _header() -> DocumentHeader:
    import datetime as dt

    return DocumentHeader(
        issuer=Issuer.UPPSALAHEM,
        title="Fullmakt",
        document_number="UH-2026-000001",
        case_reference="ÄR-2026-0001",
        date=dt.date(2026, 11, 27),
        version=1,
    )


def _extracted(pdf: bytes) -> str:
    import pypdf

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    # Arabic is printed in its joining (presentation) forms: NFKC gives the letters back.
    text = unicodedata.normalize("NFKC", text).replace("\u2010", "-")  # a hyphen between letters
    return " ".join(text.split())


@pytest.mark.parametrize(
    "name",
    ["سارة أحمد العلي", "שרה כהן-לוי", "Namn: שרה כהן, Uppsala", "Namn: سارة أحمد"],
)
def test_right_to_left_names_extract_in_logical_order(name: str) -> None:
    pdf = render(_header(), [paragraph(name)], protected=False, content_text=name)
    assert_no_missing_glyph(pdf)
    assert name.split(",")[0] in _extracted(pdf)


def test_right_to_left_lines_are_drawn_right_to_left() -> None:
    # Visual order: the first letter of the name is drawn rightmost.
    assert visual("שרה כהן", rtl=True).replace("\u2008", " ") == "ןהכ הרש"
    assert visual("Namn: שרה", rtl=False).startswith("Namn: ")
    assert visual("Namn: שרה (כהן)", rtl=False).replace("\u2008", " ") == "Namn: (ןהכ) הרש"
    assert visual("Latin text only (x)", rtl=False) == "Latin text only (x)"


def test_a_form_for_an_arabic_name_prints_it_and_extracts_it(
    make_file: Callable[..., CaseFile],
) -> None:
    file = with_names(make_file(ProtectionLevel.NONE), "سارة", "أحمد")
    spec = FORMS["fullmakt"]
    pdf = fill_form(spec, file, options(spec, file, ""), document_number="UH-1").render()
    assert_no_missing_glyph(pdf)
    assert "سارة أحمد" in _extracted(pdf)
