"""The shared sheet: addresses follow the rules even for persons who are not protected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from form_data import FLAT_STREET
from reportlab.pdfbase import pdfmetrics

from skyddsapp.documents.forms.base import Sheet
from skyddsapp.documents.layout import (
    FONT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    DocumentHeader,
    Issuer,
    render,
    wrap_line,
)
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork.home_address import WITHHELD_HOME_ADDRESS
from skyddsapp.domain.person import ProtectionLevel


def test_a_co_residents_address_is_withheld_when_the_case_hides_its_flat(
    make_file: Callable[..., CaseFile],
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    co_tenant = file.persons[2]  # not protected, but lives in the flat
    sheet = Sheet("Prov")
    sheet.person(co_tenant, label="Namn", file=file)
    text = sheet.content_text()
    assert FLAT_STREET not in text
    assert WITHHELD_HOME_ADDRESS in text
    assert not sheet.protected


def test_a_co_residents_address_is_printed_when_nobody_is_hidden(
    make_file: Callable[..., CaseFile],
) -> None:
    file = make_file(ProtectionLevel.CONFIDENTIALITY_MARKING)
    sheet = Sheet("Prov")
    sheet.person(file.persons[2], label="Namn", file=file)
    assert FLAT_STREET in sheet.content_text()


def test_printing_an_address_without_the_case_is_refused(
    make_file: Callable[..., CaseFile],
) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValueError, match="case file"):
        Sheet("Prov").person(file.persons[2], label="Namn")


def test_headings_travel_with_their_block_without_wasting_pages(pdf_tools: Any) -> None:
    sheet = Sheet("Prov")
    sheet.heading("Innehåll")
    sheet.lines_to_fill("En handling per rad", 10)
    sheet.heading("Underskrift")
    sheet.signature("Hanna Handläggare", "Handläggare")
    pdf = render(_HEADER, sheet.flowables(), protected=False, content_text=sheet.content_text())
    assert len(pdf_tools.reader(pdf).pages) == 1


def test_a_heading_never_ends_a_page_alone(pdf_tools: Any) -> None:
    # Push the heading down line by line: wherever the page ends, it stays with its block.
    for filler in range(30, 50):
        sheet = Sheet("Prov")
        for line in range(filler):
            sheet.text(f"Rad {line}")
        sheet.heading("Underskrift")
        sheet.signature("Person Personsson", "Hyresgäst")
        pdf = render(_HEADER, sheet.flowables(), protected=False, content_text="")
        pages = {text.strip(): page for page, text, *_ in pdf_tools.positions(pdf)}
        assert pages["Underskrift"] == pages["Person Personsson"], filler


_HEADER = DocumentHeader(
    issuer=Issuer.UPPSALAHEM,
    title="Prov",
    document_number="UH-1",
    case_reference="KV-2026-0001",
    date=dt.date(2026, 11, 27),
    version=1,
)


def test_a_value_longer_than_a_page_continues_on_the_next(pdf_tools: Any) -> None:
    sheet = Sheet("Prov")
    long_value = " ".join(f"ord{number}" for number in range(1500))
    sheet.fields([("Bedömning", long_value), ("Efter", "slut")])
    pdf = render(_HEADER, sheet.flowables(), protected=False, content_text=sheet.content_text())
    text = pdf_tools.text(pdf)
    assert len(pdf_tools.reader(pdf).pages) >= 2
    assert "ord0 " in text
    assert "ord1499" in text
    assert "slut" in text
    for _page, _text, x, y, width in pdf_tools.positions(pdf):
        assert x + width <= PAGE_WIDTH + 0.5
        assert 0 <= y <= PAGE_HEIGHT


def test_field_rows_wrap_long_words_inside_the_value_column() -> None:
    lines = wrap_line("a" * 400 + " slut", FONT, 10, 100)
    assert len(lines) > 3
    assert all(pdfmetrics.stringWidth(line, FONT, 10) <= 100 for line in lines)
    assert "".join(lines[:-1]) == "a" * 400  # nothing lost where the word was cut
    assert lines[-1] == "slut"


def test_a_heading_over_a_long_block_starts_where_the_block_can_start(pdf_tools: Any) -> None:
    sheet = Sheet("Prov")
    for line in range(20):
        sheet.text(f"Inledning {line}")
    sheet.heading("Bedömning")
    sheet.fields([(f"Fält {row}", f"Värde {row}") for row in range(80)])
    pdf = render(_HEADER, sheet.flowables(), protected=False, content_text=sheet.content_text())
    pages = {text.strip(): page for page, text, *_ in pdf_tools.positions(pdf)}
    # Not pushed whole to a new page, leaving the first one half empty.
    assert pages["Bedömning"] == pages["Värde 0"] == 0
    assert pages["Värde 79"] >= 1
    text = pdf_tools.text(pdf)
    assert all(f"Värde {row}" in text for row in range(80))  # nothing lost at the breaks


@pytest.mark.parametrize("width", [-50.0, 0.0, 0.5, 3.0])
def test_wrapping_into_a_width_narrower_than_a_letter_ends_and_loses_nothing(
    width: float,
) -> None:
    lines = wrap_line("abc def", FONT, 10, width)
    assert "".join(lines) == "abcdef"
    assert all(lines)


def test_wrapping_keeps_empty_paragraphs_and_drops_nothing() -> None:
    assert wrap_line("", FONT, 10, 100) == [""]
    assert wrap_line("a\n\nb", FONT, 10, 100) == ["a", "", "b"]
    assert wrap_line("   ", FONT, 10, 100) == [""]
