"""Nyckelkvittens vid utlämning: every key with system and series, who got them, a total."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import astuple, replace
from typing import Any

import pytest
from form_data import PNR, TODAY, with_required_choices

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.key_registry import KeyItem
from skyddsapp.domain.paperwork.keys import KeyKind, KeyRow
from skyddsapp.domain.paperwork.schema import FieldKind, MissingData
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["nyckelkvittens_utlamning"]


def defaults(file: CaseFile) -> dict[str, Any]:
    return with_required_choices({field.name: field.default for field in SPEC.fields(file)})


def make(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, {**defaults(file), **changes}, document_number="UH-2026-000009")


@pytest.fixture
def file(make_file: Callable[..., CaseFile]) -> CaseFile:
    return make_file(ProtectionLevel.PROTECTED_REGISTRATION)


def test_default_receipt_lists_every_key_of_the_newest_flat(file: CaseFile, pdf_tools: Any) -> None:
    form = make(file)
    text = pdf_tools.text(form.render())
    for expected in (
        "Nyckelkvittens vid utlämning",
        "3456-7890",  # the flat of the newest lease (starts 2026-12-15)
        "Typ Märkning Låssystem Serienummer Antal",
        "Nyckel",
        "Tagg",
        "Entré/tvättstuga",
        "ASSA d12",
        "S-6630",
        "Totalt",
        "Testa Skyddadsson",
        PNR["client"][:8] + "-" + PNR["client"][8:],
        "Utlämningsdatum 2026-11-27",
        "Hanna Handläggare",
        "Legitimation kontrollerad Körkort",
    ):
        assert expected in text, expected
    assert "Nyckel | Lägenhet/ytterdörr | ASSA d12 | S-6630 | 3" in form.content_text
    assert "Totalt |  |  |  | 4" in form.content_text
    assert "fullmakt" not in text.casefold()
    assert form.protected


def test_the_key_rows_default_is_a_tuple_of_key_rows(file: CaseFile) -> None:
    field = next(f for f in SPEC.fields(file) if f.name == "keys")
    assert field.kind is FieldKind.KEY_ROWS
    assert isinstance(field.default, tuple)
    assert all(isinstance(row, KeyRow) for row in field.default)


def test_rows_as_dicts_give_the_same_receipt_as_key_rows(file: CaseFile) -> None:
    garage = KeyRow(KeyKind.KORT, "Garage", "Salto", "G-17", 5)
    flat = file.apartments[12]
    register = replace(file.keys, items=(*file.keys.items, KeyItem(99, 12, *astuple(garage))))
    file = replace(file, keys=register)
    rows = (
        KeyRow(KeyKind.NYCKEL, "Lägenhet/ytterdörr", "ASSA d12", flat.key_series, 2),
        garage,
        KeyRow(KeyKind.TAGG, "Entré/tvättstuga", "ASSA d12", flat.key_series, 1),
    )
    as_dicts = [
        {
            "kind": row.kind.value,
            "marking": row.marking,
            "system": row.system,
            "series": row.series,
            "count": str(row.count),
        }
        for row in rows
    ]
    by_rows = make(file, keys=rows)
    by_dicts = make(file, keys=as_dicts)
    assert by_rows.content_sha256 == by_dicts.content_sha256
    assert "Kort | Garage | Salto | G-17 | 5" in by_rows.content_text
    assert "Totalt |  |  |  | 8" in by_rows.content_text


def test_another_flat_with_its_own_keys(file: CaseFile, pdf_tools: Any) -> None:
    rows = (KeyRow(KeyKind.NYCKEL, "Lägenhet/ytterdörr", "ASSA d12", "S-5520", 3),)
    text = pdf_tools.text(make(file, flat="11", keys=rows).render())
    assert "2345-6789" in text
    assert "S-5520" in text
    assert "S-6630" not in text


def test_an_agent_acts_under_a_power_of_attorney(file: CaseFile, pdf_tools: Any) -> None:
    form = make(file, person="4")
    text = pdf_tools.text(form.render())
    assert "Ombudina Fullmaktsson" in text
    assert "Ombud för Testa Skyddadsson" in text
    assert "med stöd av fullmakten ovan" in text
    assert "Fullmakt NX-2026-000009, gäller till och med 2027-01-26" in text
    assert form.protected


def test_a_co_tenant_may_receive_the_keys(file: CaseFile, pdf_tools: Any) -> None:
    text = pdf_tools.text(make(file, person=2).render())
    assert "Medi Hyresgästsson" in text
    assert "fullmakt" not in text.casefold()


@pytest.mark.parametrize("day", [TODAY + dt.timedelta(days=60), dt.date(2025, 11, 27)])
def test_dates_inside_the_window_are_accepted(file: CaseFile, day: dt.date) -> None:
    assert f"Utlämningsdatum: {day.isoformat()}" in make(file, date=day).content_text


def test_a_receiver_without_personal_number_is_missing(file: CaseFile) -> None:
    persons = dict(file.persons)
    persons[1] = replace(persons[1], personal_number=None, uses_skatteverket_forwarding=False)
    with pytest.raises(MissingData) as caught:
        make(replace(file, persons=persons))
    assert "personnummer för mottagaren" in caught.value.items


def _row(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": "key",
        "marking": "Ytterdörr",
        "system": "ASSA d12",
        "series": "S-6630",
        "count": 1,
    }
    return {**row, **changes}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("flat", "", "Välj lägenhet"),
        ("flat", "999", "hör inte till ärendet"),
        ("person", None, "Välj vem"),
        ("person", "3", "klient, medhyresgäst eller ombud"),  # the perpetrator
        ("person", "5", "klient, medhyresgäst eller ombud"),  # the contact person
        ("date", None, "saknas"),
        ("date", TODAY + dt.timedelta(days=61), "60 dagar"),
        ("date", dt.date(2025, 11, 26), "ett år"),
        ("keys", (), "minst en"),
        ("keys", "Ytterdörr", "minst en"),
        ("keys", [_row(), _row(marking="")], "Rad 2: märkning saknas"),
        ("keys", [_row(marking="x" * 61)], "Rad 1: märkning får vara högst 60"),
        ("keys", [_row(system="")], "Rad 1: låssystem saknas"),
        ("keys", [_row(series=" ")], "Rad 1: serienummer saknas"),
        ("keys", [_row(kind="dörr")], "Rad 1: välj typ"),
        ("keys", [_row(count=0)], "Rad 1: antal"),
        ("keys", [_row(count=21)], "Rad 1: antal"),
        ("keys", [_row(count="tre")], "Rad 1: antal"),
        ("keys", [_row(count=True)], "Rad 1: antal"),
        ("keys", [_row(), 7], "Rad 2: raden kan inte läsas"),
        ("keys", [_row()] * 21, "högst 20 rader"),
        ("keys", [_row(series="S-4411")], "nyckelserie S-6630"),
    ],
)
def test_bad_options_are_refused_on_their_field(
    file: CaseFile, field: str, value: Any, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        make(file, **{field: value})
    assert field in caught.value.fields
    assert any(message in text for text in caught.value.messages_for(field)), caught.value.errors


def test_every_bad_row_is_reported_at_once(file: CaseFile) -> None:
    with pytest.raises(ValidationError) as caught:
        make(file, keys=[_row(marking=""), _row(), _row(system="", count=0)])
    messages = caught.value.messages_for("keys")
    assert any(m.startswith("Rad 1:") for m in messages)
    assert any(m.startswith("Rad 3: låssystem") for m in messages)
    assert any(m.startswith("Rad 3: antal") for m in messages)
    assert not any(m.startswith("Rad 2") for m in messages)
