"""Nyckelkvittens vid återlämnande: what came back, what is missing, when the lock must change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import TODAY, with_required_choices

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import CaseRole, ProtectionLevel

SPEC = FORMS["nyckelkvittens_aterlamning"]
LOCK_CHANGE = "Låsbyte ska beställas"


def defaults(file: CaseFile) -> dict[str, Any]:
    return with_required_choices({field.name: field.default for field in SPEC.fields(file)})


def make(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, {**defaults(file), **changes}, document_number="UH-2026-000010")


def without_perpetrator_in_flat(file: CaseFile) -> CaseFile:
    parties = [
        CaseParty(p.person_id, p.role, lives_in_flat=False) if p.role is CaseRole.PERPETRATOR else p
        for p in file.case.parties
    ]
    return replace(file, case=replace(file.case, parties=parties))


@pytest.fixture
def file(make_file: Callable[..., CaseFile]) -> CaseFile:
    return make_file(ProtectionLevel.PROTECTED_REGISTRATION)


def test_default_receipt_is_for_the_old_flat(file: CaseFile, pdf_tools: Any) -> None:
    form = make(file)
    text = pdf_tools.text(form.render())
    for expected in (
        "Nyckelkvittens vid återlämnande",
        "1234-5678",  # the old flat, whose lease has been given notice
        "ASSA d12",
        "S-4411",
        "Entré/tvättstuga",
        "Totalt",
        "Testa Skyddadsson",
        "Datum för återlämnandet 2026-11-27",
        "Hanna Handläggare",
    ):
        assert expected in text, expected
    assert "[x] Alla nycklar, taggar och kort har lämnats tillbaka" in form.content_text
    assert "[ ] Nycklar, taggar eller kort saknas" in form.content_text
    assert "Totalt |  |  |  | 4" in form.content_text
    # The perpetrator stays in the flat: the lock must be changed, and nobody is named.
    assert LOCK_CHANGE in text
    assert "Utövarsson" not in text


def test_the_old_flat_is_the_default_whatever_the_lease_order(file: CaseFile) -> None:
    reordered = replace(file, case=replace(file.case, lease_ids=[21, 22, 20]))
    flat = next(f for f in SPEC.fields(reordered) if f.name == "flat")
    assert flat.default == "10"


def test_all_returned_and_nobody_else_in_the_flat_needs_no_lock_change(
    file: CaseFile, pdf_tools: Any
) -> None:
    text = pdf_tools.text(make(without_perpetrator_in_flat(file)).render())
    assert LOCK_CHANGE not in text
    assert "Låsbyte" not in text


def test_missing_keys_require_a_lock_change(file: CaseFile, pdf_tools: Any) -> None:
    form = make(
        without_perpetrator_in_flat(file),
        all_returned=False,
        missing="En tagg till tvättstugan är borttappad.",
    )
    text = pdf_tools.text(form.render())
    assert LOCK_CHANGE in text
    assert "Alla nycklar, taggar och kort har inte lämnats tillbaka." in text
    assert "En tagg till tvättstugan är borttappad." in text
    assert "[ ] Alla nycklar, taggar och kort har lämnats tillbaka" in form.content_text
    assert "[x] Nycklar, taggar eller kort saknas" in form.content_text


def test_an_agent_returns_the_keys_under_a_power_of_attorney(
    file: CaseFile, pdf_tools: Any
) -> None:
    text = pdf_tools.text(make(file, person="4").render())
    assert "Ombudina Fullmaktsson" in text
    assert "Ombudet lämnar tillbaka nycklarna med stöd av fullmakt" in text


def test_a_returner_without_personal_number_is_missing(file: CaseFile) -> None:
    persons = dict(file.persons)
    persons[4] = replace(persons[4], personal_number=None)
    with pytest.raises(MissingData) as caught:
        make(replace(file, persons=persons), person="4")
    assert "personnummer för den som lämnar tillbaka nycklarna" in caught.value.items


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"all_returned": False, "missing": ""}, "missing", "Beskriv vilka"),
        ({"all_returned": True, "missing": "En nyckel"}, "missing", "Ta bort texten"),
        ({"all_returned": "ja"}, "all_returned", "Ange om alla"),
        ({"missing": "x" * 501, "all_returned": False}, "missing", "högst 500"),
        ({"date": TODAY + dt.timedelta(days=61)}, "date", "60 dagar"),
        ({"date": dt.date(2025, 11, 26)}, "date", "ett år"),
        ({"flat": None}, "flat", "Välj lägenhet"),
        ({"person": "abc"}, "person", "klient, medhyresgäst eller ombud"),
        ({"keys": ()}, "keys", "minst en"),
        (
            {"keys": [{"kind": "tag", "marking": "Entré", "system": "", "series": "S-4411"}]},
            "keys",
            "Rad 1: låssystem saknas",
        ),
    ],
)
def test_bad_options_are_refused_on_their_field(
    file: CaseFile, changes: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        make(file, **changes)
    assert any(message in text for text in caught.value.messages_for(field)), caught.value.errors
