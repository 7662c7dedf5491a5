"""Beställning av låsbyte: object, key system and order details, and no names of residents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import FLAT_STREET, PNR, TODAY

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.documents.layout import MARKING
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import CaseRole, ProtectionLevel

SPEC = FORMS["lasbyte"]
ORALLY = "Adress lämnas muntligt av handläggaren"


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in SPEC.fields(file)}


def make(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, {**defaults(file), **changes}, document_number="UH-2026-000011")


@pytest.fixture
def file(make_file: Callable[..., CaseFile]) -> CaseFile:
    return make_file(ProtectionLevel.PROTECTED_REGISTRATION)


def test_default_order_for_the_old_flat(file: CaseFile, pdf_tools: Any) -> None:
    text = pdf_tools.text(make(file).render())
    for expected in (
        "Beställning av låsbyte",
        "Objektnummer 1234-5678",
        ORALLY,
        "Låssystem ASSA d12",
        "Nuvarande nyckelserie S-4411",
        "Antal nya nycklar 3",
        # The perpetrator stays in the flat: keys may be in the wrong hands, it is urgent.
        "Obehörig person kan ha nycklar till lägenheten",
        "Akut – inom 24 timmar",
        "Beställt 2026-11-27",
        "Ska vara utfört senast 2026-11-28",
        "Hanna Handläggare, Uppsalahem AB",
        "Nya nycklar lämnas endast ut mot nyckelkvittens",
        "Utfört datum",
    ):
        assert expected in text, expected
    assert FLAT_STREET not in text


@pytest.mark.parametrize("level", list(ProtectionLevel))
def test_no_person_of_the_case_is_named(
    level: ProtectionLevel, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    file = make_file(level)
    form = make(file)
    text = pdf_tools.text(form.render())
    for person in file.persons.values():
        for name in (person.first_name, person.last_name):
            assert name not in text, name
            assert name not in form.content_text, name
    for number in PNR.values():
        assert number[:8] not in text
    assert not form.protected
    assert MARKING not in text


def test_without_protection_the_street_is_printed(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    text = pdf_tools.text(make(make_file(ProtectionLevel.NONE)).render())
    assert FLAT_STREET in text
    assert ORALLY not in text


def test_without_a_perpetrator_in_the_flat_the_default_is_a_missing_key(file: CaseFile) -> None:
    parties = [
        CaseParty(p.person_id, p.role) if p.role is CaseRole.PERPETRATOR else p
        for p in file.case.parties
    ]
    calm = replace(file, case=replace(file.case, parties=parties))
    content = make(calm).content_text
    assert "Skäl: Nyckel, tagg eller kort saknas" in content
    assert "Brådskande: Inom en vecka" in content
    assert "Ska vara utfört senast: 2026-12-04" in content


def test_a_planned_date_and_another_reason(file: CaseFile) -> None:
    planned = TODAY + dt.timedelta(days=20)
    content = make(
        file,
        reason="other",
        detail="Cylindern kärvar efter inbrottsförsök.",
        urgency="planned",
        wanted_date=planned,
        new_keys=5,
        flat="11",
    ).content_text
    assert "Objektnummer: 2345-6789" in content
    assert "Nuvarande nyckelserie: S-5520" in content
    assert "Skäl: Annat skäl" in content
    assert "Beskrivning: Cylindern kärvar efter inbrottsförsök." in content
    assert f"Önskat datum: {planned.isoformat()}" in content
    assert f"Ska vara utfört senast: {planned.isoformat()}" in content
    assert "Antal nya nycklar: 5" in content


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"flat": "999"}, "flat", "hör inte till ärendet"),
        ({"reason": "hämnd"}, "reason", "Välj skäl"),
        ({"reason": "other", "detail": ""}, "detail", "Beskriv skälet"),
        ({"detail": "Utövarsson har kvar en nyckel"}, "detail", "Skriv inga namn"),
        ({"detail": "testa har tappat nyckeln"}, "detail", "Skriv inga namn"),
        ({"detail": "x" * 301}, "detail", "högst 300"),
        ({"urgency": ""}, "urgency", "Välj brådskande"),
        ({"urgency": "planned", "wanted_date": None}, "wanted_date", "Ange önskat datum"),
        (
            {"urgency": "planned", "wanted_date": TODAY - dt.timedelta(days=1)},
            "wanted_date",
            "redan passerat",
        ),
        (
            {"urgency": "planned", "wanted_date": TODAY + dt.timedelta(days=366)},
            "wanted_date",
            "365 dagar",
        ),
        ({"urgency": "acute", "wanted_date": TODAY}, "wanted_date", "Planerat datum"),
        ({"wanted_date": "imorgon", "urgency": "planned"}, "wanted_date", "kan inte läsas"),
        ({"new_keys": 0}, "new_keys", "från 1 till 20"),
        ({"new_keys": 21}, "new_keys", "från 1 till 20"),
        ({"new_keys": "3"}, "new_keys", "från 1 till 20"),
        ({"new_keys": True}, "new_keys", "från 1 till 20"),
    ],
)
def test_bad_options_are_refused_on_their_field(
    file: CaseFile, changes: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        make(file, **changes)
    assert any(message in text for text in caught.value.messages_for(field)), caught.value.errors


def test_a_word_that_only_contains_a_name_is_not_a_name(file: CaseFile) -> None:
    # "Våld" is a first name in the test case; "våldsamt" is not that name.
    content = make(file, reason="other", detail="Dörren har brutits upp våldsamt.").content_text
    assert "Dörren har brutits upp våldsamt." in content


@pytest.mark.parametrize(
    ("attribute", "missing"),
    [("key_system", "lägenhetens låssystem"), ("key_series", "lägenhetens nyckelserie")],
)
def test_a_flat_without_key_system_is_missing(file: CaseFile, attribute: str, missing: str) -> None:
    apartments = dict(file.apartments)
    apartments[10] = replace(apartments[10], **{attribute: ""})
    with pytest.raises(MissingData) as caught:
        make(replace(file, apartments=apartments))
    assert missing in caught.value.items
