"""Försättsblad för arkivering: marked when the case holds protected data, names no one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import (
    DELIVERY_STREET,
    FLAT_STREET,
    NEW_FLAT_STREET,
    PNR,
    REAL_STREET,
    SOCIAL_FLAT_STREET,
)

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.documents.layout import MARKING
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["forsattsblad"]


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in SPEC.fields(file)}


def fill(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, defaults(file) | changes, document_number="UH-2026-000099")


def personal_data(file: CaseFile) -> list[str]:
    """Every name, personal number and street of the case, as it could appear on paper."""
    found = [p.first_name for p in file.persons.values()]
    found += [p.last_name for p in file.persons.values()]
    found += list(PNR.values()) + [n[:8] + "-" + n[8:] for n in PNR.values()]
    found += [n[2:8] + "-" + n[8:] for n in PNR.values()]
    found += [REAL_STREET, DELIVERY_STREET, FLAT_STREET, NEW_FLAT_STREET, SOCIAL_FLAT_STREET]
    return found


@pytest.mark.parametrize("level", list(ProtectionLevel), ids=lambda level: level.name)
@pytest.mark.parametrize("delivery", [False, True], ids=["forwarding", "delivery"])
def test_the_cover_holds_no_name_personal_number_nor_address(
    make_file: Callable[..., CaseFile], pdf_tools: Any, level: ProtectionLevel, delivery: bool
) -> None:
    file = make_file(level, delivery=delivery)
    form = fill(file, contents="Uppsägning av hyresavtal\nFullmakt\nNyckelkvittens")
    text = pdf_tools.text(form.render())
    for secret in personal_data(file):
        assert secret not in text, secret
        assert secret not in form.content_text, secret
    assert "Hanna Handläggare" not in text


def test_a_protected_case_is_marked_and_counts_its_protected_persons(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.ASSUMED_IDENTITY)
    marked = replace(file.persons[2], protection=ProtectionLevel.CONFIDENTIALITY_MARKING)
    file = replace(file, persons={**file.persons, 2: marked})
    form = fill(file)
    text = pdf_tools.text(form.render())
    assert form.protected
    assert MARKING in form.content_text
    assert "Får endast öppnas av behörig handläggare." in text
    assert "sekretessprövning enligt offentlighets- och sekretesslagen (OSL)" in text
    assert "Antal personer med skyddade personuppgifter 2" in text
    assert "Högsta skyddsnivå Fingerade personuppgifter" in text
    assert "inga skyddade personuppgifter" not in text


def test_a_case_without_protection_is_not_marked_and_says_so(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    form = fill(make_file(ProtectionLevel.NONE))
    text = pdf_tools.text(form.render())
    assert not form.protected
    assert MARKING not in text
    assert "Ärendet innehåller inga skyddade personuppgifter." in text
    assert SPEC.title in text


def test_the_case_facts_and_retention_are_printed(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    text = pdf_tools.text(fill(make_file(ProtectionLevel.PROTECTED_REGISTRATION)).render())
    for expected in (
        "Ärendenummer KV-2026-0007",
        "Ärendetyp Kundvård vid våld i nära relation",
        "Aktualiserat 2026-11-01",
        "Gallras enligt gällande dokumenthanteringsplan.",
        "socialtjänstens akter gallras fem år efter sista anteckning",
    ):
        assert expected in text, expected


def test_the_contents_are_numbered_one_per_line(make_file: Callable[..., CaseFile]) -> None:
    content = fill(
        make_file(ProtectionLevel.PROTECTED_REGISTRATION),
        contents="  Uppsägning av hyresavtal 2026-11-20\n\nFullmakt\n",
    ).content_text
    assert "1.: Uppsägning av hyresavtal 2026-11-20" in content
    assert "2.: Fullmakt" in content
    assert "En handling per rad" not in content


def test_without_contents_there_are_lines_to_fill_in(make_file: Callable[..., CaseFile]) -> None:
    assert "En handling per rad: ____" in fill(make_file()).content_text


@pytest.mark.parametrize(
    "contents",
    [
        "Brev till Testa",
        "Intyg om SKYDDADSSON",
        "Kopia av id-handling 19811218-9876",
        "Kopia av id-handling 811218-9876",
        "Karta över Kvarngatan",
        "Post till säkra vägen 2",
        "x" * 2001,
        "\n".join(["Handling"] * 31),
    ],
)
def test_contents_naming_someone_or_too_long_are_refused(
    make_file: Callable[..., CaseFile], contents: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(make_file(ProtectionLevel.PROTECTED_REGISTRATION, delivery=True), contents=contents)
    assert caught.value.fields == ("contents",)


def test_ordinary_words_that_merely_contain_a_name_are_accepted(
    make_file: Callable[..., CaseFile],
) -> None:
    # "Testamente" contains the client's first name but is not it.
    content = fill(make_file(), contents="Testamente (kopia)\nHyresavtal HK-100201").content_text
    assert "Testamente (kopia)" in content
