"""Informationsblad: plain Swedish about support; no personal data, never marked."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pikepdf
import pytest
from form_data import PNR

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.documents.forms.information_sheet import SECTIONS, without_case
from skyddsapp.documents.layout import MARKING, Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["informationsblad"]
# The only phone numbers the sheet may print: national numbers everyone can check.
KNOWN_NUMBERS = {"112", "114 14", "020-50 50 50"}


def fill(file: CaseFile, **values: Any) -> FilledForm:
    defaults = {field.name: field.default for field in SPEC.fields(file)}
    return fill_form(SPEC, file, defaults | values, document_number="NX-2026-000011")


def test_the_support_and_how_to_reach_it_is_listed(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    text = pdf_tools.text(fill(make_file()).render())
    for expected in (
        "Ring 112",
        "114 14",
        "Kvinnofridslinjen på 020-50 50 50",
        "gratis",
        "dygnet runt",
        "Nexus",
        "Uppsala kommuns kontaktcenter",
        "Uppsalahem har kundvård för hyresgäster som utsätts för våld i nära relation.",
        "likvärdig lägenhet",
        "Uppsala Kvinnojour",
        "skyddat boende",
        "boendekedjan",
        "förstahandskontrakt",
        "Skatteverket",
        "skyddad folkbokföring",
        "Din kontakt Hanna Handläggare",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("level", list(ProtectionLevel), ids=lambda level: level.name)
def test_no_personal_data_and_never_marked(
    make_file: Callable[..., CaseFile], pdf_tools: Any, level: ProtectionLevel
) -> None:
    file = make_file(level)
    form = fill(file)
    text = pdf_tools.text(form.render())
    assert not form.protected
    assert MARKING not in text
    for person in file.persons.values():
        assert person.first_name not in text
        assert person.last_name not in text
    for number in PNR.values():
        assert number[2:8] not in text


def test_only_well_known_national_numbers_are_printed(
    make_file: Callable[..., CaseFile],
) -> None:
    content = fill(make_file()).content_text
    numbers = {m.strip() for m in re.findall(r"\d[\d -]*\d|\d", content)}
    assert numbers <= KNOWN_NUMBERS, numbers - KNOWN_NUMBERS


def test_the_sentences_are_short() -> None:
    for _heading, sentences in SECTIONS:
        for paragraph in sentences:
            for sentence in re.split(r"(?<=[.?!])\s+", paragraph):
                assert len(sentence.split()) <= 18, sentence


def test_the_handler_phone_is_printed_when_given(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    text = pdf_tools.text(fill(make_file(), contact_phone=" 018-12 34 56 ").render())
    assert "Telefon till din kontakt 018-12 34 56" in text


def test_without_a_phone_there_is_a_line_to_write_it(make_file: Callable[..., CaseFile]) -> None:
    assert "Telefon till din kontakt: \n" in fill(make_file()).content_text + "\n"


@pytest.mark.parametrize(
    "phone", ["ring mig", "018/123456", "+45 12 34 56 78", "070-1+23", "12", "0" * 31]
)
def test_a_bad_phone_is_refused(make_file: Callable[..., CaseFile], phone: str) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(make_file(), contact_phone=phone)
    assert caught.value.fields == ("contact_phone",)


def test_it_generates_for_an_empty_case(make_file: Callable[..., CaseFile], pdf_tools: Any) -> None:
    full = make_file()
    empty = replace(
        full,
        case=replace(full.case, parties=[], lease_ids=[], apartment_ids=[], decisions=[]),
        persons={},
        apartments={},
        leases={},
    )
    assert SPEC.title in pdf_tools.text(fill(empty).render())


def test_without_a_case_the_same_sheet_has_no_case_number_handler_or_qr(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    in_case = fill(make_file())
    alone = without_case(Issuer.UPPSALAHEM, dt.date(2026, 12, 6))
    pdf = alone.render()
    text = pdf_tools.text(pdf)
    assert SPEC.title in text
    assert "Uppsalahem AB" in text
    assert "Datum 2026-12-06" in text
    for absent in ("Dokumentnr", "Ärende", "Version", in_case.header.case_reference, "NX-"):
        assert absent not in text, absent
    assert "Hanna Handläggare" not in text
    assert MARKING not in text
    # The same information, with lines for the contact to be written by hand.
    assert (
        alone.content_text.split("Din kontakt")[0] == in_case.content_text.split("Din kontakt")[0]
    )
    assert "Din kontakt: \nTelefon till din kontakt: \n" in alone.content_text
    for data, has_qr in ((in_case.render(), True), (pdf, False)):  # QR: a form XObject
        with pikepdf.open(io.BytesIO(data)) as document:
            assert ("/XObject" in document.pages[0].Resources) is has_qr
