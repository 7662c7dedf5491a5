"""Valvets identitetskort on paper: one page with the vault's name, the fingerprint in its
groups and both keys; never marked, no QR code, no register number, and metadata that names
only the title and the issuer."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pikepdf
import pytest

from skyddsapp.documents.identity_card_sheet import TITLE, render_card_sheet
from skyddsapp.documents.layout import MARKING, Issuer
from skyddsapp.domain.identity_card import card, card_text

CARD = card("Nexus, Uppsala kommun", bytes(range(32)), bytes(range(100, 132)))
DAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def sheet() -> bytes:
    return render_card_sheet(CARD, issuer=Issuer.NEXUS, made_on=DAY)


def test_one_page_with_the_name_the_fingerprint_and_both_keys(sheet: bytes, pdf_tools: Any) -> None:
    [page] = pdf_tools.pages(sheet)
    text = " ".join(page.split())
    assert TITLE in text
    assert CARD.name in text
    for group in CARD.fingerprint.split():
        assert group in text
    for line in card_text(CARD).splitlines()[2:4]:  # kryptering: …, signatur: …
        assert line in text
    assert "2026-12-06" in text


def test_the_fingerprint_is_printed_large(sheet: bytes, pdf_tools: Any) -> None:
    groups = set(CARD.fingerprint.split())
    runs = [r for r in pdf_tools.positions(sheet) if set(r[1].split()) & groups]
    assert runs
    # Three groups of five digits over at least a third of the page's width: readable aloud.
    assert max(width for *_rest, width in runs) > 595 / 3


def test_never_marked_no_qr_code_no_number(sheet: bytes, pdf_tools: Any) -> None:
    text = pdf_tools.text(sheet)
    assert MARKING not in text
    assert "Dokumentnummer" not in text
    with pikepdf.open(io.BytesIO(sheet)) as pdf:
        operators = [str(op) for _operands, op in pikepdf.parse_content_stream(pdf.pages[0])]
    # The QR code of a registered form is a form XObject placed with "Do": none here.
    assert "Do" not in operators


def test_metadata_names_the_title_and_issuer_only(sheet: bytes, pdf_tools: Any) -> None:
    meta = pdf_tools.reader(sheet).metadata
    assert meta.title == TITLE
    assert meta.author == Issuer.NEXUS.value
    assert not meta.subject
    with pikepdf.open(io.BytesIO(sheet)) as pdf:
        xmp = str(pdf.open_metadata())
        info = repr(dict(pdf.docinfo.items()))
    for marker in (CARD.name, CARD.fingerprint.split()[0], "Uppsala kommun"):
        assert marker not in xmp
        assert marker not in info


def test_a_long_name_wraps_inside_the_page(pdf_tools: Any) -> None:
    long = card(
        "Socialförvaltningen i Uppsala kommun, enheten " + "Nexus " * 8,
        CARD.seal_key,
        CARD.verify_key,
    )
    data = render_card_sheet(long, issuer=Issuer.UPPSALAHEM, made_on=DAY)
    assert len(pdf_tools.pages(data)) == 1
    for _page, _text, x, _y, width in pdf_tools.positions(data):
        assert x + width <= 595 - 50  # inside the right margin (20 mm)
