"""Samtycke till informationsutbyte: voluntary, revocable, only the chosen items, until a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import DELIVERY_STREET, REAL_STREET

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.consent import ConsentScope
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["samtycke"]


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in SPEC.fields(file)}


def fill(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, defaults(file) | changes, document_number="NX-2026-000007")


@pytest.fixture
def file(make_file: Callable[..., CaseFile]) -> CaseFile:
    return make_file(ProtectionLevel.PROTECTED_REGISTRATION)


def test_the_consent_names_client_parties_items_and_end_date(
    file: CaseFile, pdf_tools: Any
) -> None:
    form = fill(file, valid_until=dt.date(2027, 3, 31))
    text = pdf_tools.text(form.render())
    for expected in (
        "Testa Skyddadsson",
        "19811218-9876",
        "Skatteverkets förmedlingsuppdrag",
        "Socialförvaltningen i Uppsala kommun, enheten Nexus",
        "Uppsalahem AB",
        "åt båda hållen",
        "Gäller från 2026-11-27",
        "Gäller till och med 2027-03-31",
        "Det är frivilligt att lämna samtycke.",
        "Du kan när som helst ta tillbaka samtycket. Säg det eller skriv det till din handläggare.",
        "Samtycket gäller bara de uppgifter som är ikryssade ovan.",
        "Samtycket gäller bara till och med 2027-03-31.",
        "Hanna Handläggare",
        "Handläggare, Nexus",
        "likvärdig bostad",  # the default purpose of a customer-care case
    ):
        assert expected in text, expected
    assert REAL_STREET not in text
    assert form.protected


def test_only_the_chosen_items_are_ticked_and_every_item_is_listed(file: CaseFile) -> None:
    content = fill(file, scopes=(ConsentScope.LEASE_AND_DEBTS.value,)).content_text
    for scope in ConsentScope:
        mark = "x" if scope is ConsentScope.LEASE_AND_DEBTS else " "
        assert f"[{mark}] {scope.label}" in content


def test_the_client_and_the_nexus_handler_sign(file: CaseFile) -> None:
    content = fill(file).content_text
    assert "Underskrift: Jag lämnar samtycke enligt ovan: Testa Skyddadsson" in content
    assert "Underskrift: Handläggare, Nexus: Hanna Handläggare" in content


def test_a_safe_delivery_address_is_printed_instead_of_forwarding(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    text = pdf_tools.text(fill(make_file(ProtectionLevel.ASSUMED_IDENTITY, delivery=True)).render())
    assert DELIVERY_STREET in text
    assert REAL_STREET not in text


def test_without_purpose_the_purpose_row_is_left_out(file: CaseFile) -> None:
    assert "Syfte:" not in fill(file, purpose="").content_text


def test_a_client_with_personal_number_and_printable_address_is_required(
    file: CaseFile,
) -> None:
    no_client = replace(file, case=replace(file.case, parties=file.case.parties[1:]))
    with pytest.raises(MissingData) as caught:
        fill(no_client)
    assert caught.value.items == ("klient i ärendet",)
    without = replace(file.persons[1], personal_number=None)
    with pytest.raises(MissingData) as caught:
        fill(replace(file, persons={**file.persons, 1: without}))
    assert "klientens personnummer" in caught.value.items
    homeless = replace(
        file.persons[1],
        protection=ProtectionLevel.NONE,
        real_address=None,
        uses_skatteverket_forwarding=False,
    )
    with pytest.raises(MissingData) as caught:
        fill(replace(file, persons={**file.persons, 1: homeless}))
    assert caught.value.items == ("klientens adress",)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("scopes", (), "minst en"),
        ("scopes", ("allt",), "okänt val"),
        ("valid_until", None, "saknas"),
        ("valid_until", dt.date(2026, 11, 27), "efter i dag"),
        ("valid_until", dt.date(2026, 1, 1), "efter i dag"),
        ("valid_until", dt.date(2027, 11, 28), "högst 12 månader"),
        ("purpose", "x" * 1001, "högst"),
    ],
)
def test_bad_options_are_refused_on_their_field_before_anything_is_drawn(
    file: CaseFile, field: str, value: Any, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(file, **{field: value})
    assert caught.value.fields == (field,)
    assert message in caught.value.messages_for(field)[0]


def test_twelve_months_ahead_is_the_latest_end(file: CaseFile) -> None:
    assert "2027-11-27" in fill(file, valid_until=dt.date(2027, 11, 27)).content_text
