"""Instruktion för post via Skatteverket: what goes on which envelope, never the real address."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import DELIVERY_STREET, REAL_STREET

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.documents.layout import MARKING
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.printable_address import SKATTEVERKET_FORWARDING_ADDRESS

SPEC = FORMS["post_skatteverket"]


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in SPEC.fields(file)}


def fill(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, defaults(file) | changes, document_number="NX-2026-000003")


@pytest.mark.parametrize(
    "level",
    [
        ProtectionLevel.CONFIDENTIALITY_MARKING,
        ProtectionLevel.PROTECTED_REGISTRATION,
        ProtectionLevel.ASSUMED_IDENTITY,
    ],
)
def test_forwarding_gives_inner_and_outer_envelope_step_by_step(
    make_file: Callable[..., CaseFile], pdf_tools: Any, level: ProtectionLevel
) -> None:
    form = fill(make_file(level))
    text = pdf_tools.text(form.render())
    for expected in (
        "Testa Skyddadsson",
        "Skriv mottagarens personnummer 19811218-9876 och namn Testa Skyddadsson på innerkuvertet.",
        "Adressera ytterkuvertet till " + ", ".join(SKATTEVERKET_FORWARDING_ADDRESS),
        "Ett rekommenderat brev skickas ensamt i ett eget ytterkuvert",
        "Skriv aldrig mottagarens verkliga adress",
        level.label.lower(),
    ):
        assert expected in text, expected
    assert "Innerkuvert (igenklistrat) | Ytterkuvert" in form.content_text
    assert REAL_STREET not in text
    assert form.protected
    assert MARKING in text


@pytest.mark.parametrize(
    "level", [ProtectionLevel.PROTECTED_REGISTRATION, ProtectionLevel.ASSUMED_IDENTITY]
)
def test_a_safe_delivery_address_is_used_instead_of_forwarding(
    make_file: Callable[..., CaseFile], pdf_tools: Any, level: ProtectionLevel
) -> None:
    form = fill(make_file(level, delivery=True))
    text = pdf_tools.text(form.render())
    assert f"Kontaktadress {DELIVERY_STREET}" in text
    assert "kontaktadress. Skicka posten dit." in text
    assert "Skriv aldrig mottagarens verkliga adress" in text
    assert "förmedlingsuppdrag" not in text
    assert REAL_STREET not in text
    assert form.protected


def test_a_person_without_protection_gets_mail_at_the_ordinary_address(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    form = fill(make_file(ProtectionLevel.NONE))
    text = pdf_tools.text(form.render())
    assert "Mottagaren har inga skyddade personuppgifter." in text
    assert REAL_STREET in text  # the rule allows it for an unprotected person
    assert "förmedlingsuppdrag" not in text
    assert not form.protected


def test_a_marked_person_who_does_not_use_forwarding_gets_the_address_the_rule_gives(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.CONFIDENTIALITY_MARKING)
    own = replace(file.persons[1], uses_skatteverket_forwarding=False)
    form = fill(replace(file, persons={**file.persons, 1: own}))
    text = pdf_tools.text(form.render())
    assert "Mottagaren har sekretessmarkering men tar inte emot post via Skatteverket." in text
    assert form.protected


def test_another_protected_party_may_be_chosen_but_not_an_unprotected_one(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    hidden = replace(file.persons[4], protection=ProtectionLevel.PROTECTED_REGISTRATION)
    file = replace(file, persons={**file.persons, 4: hidden})
    choices = [choice.value for choice in SPEC.fields(file)[0].choices]
    assert choices == ["1", "4"]
    text = pdf_tools.text(fill(file, person="4").render())
    assert "Ombudina Fullmaktsson" in text
    assert "19690707-9864" in text
    assert "Ombudsgatan" not in text
    with pytest.raises(ValidationError) as caught:
        fill(file, person="3")  # the perpetrator has no protection
    assert caught.value.fields == ("person",)


@pytest.mark.parametrize("value", ["", "999", "inte-ett-id"])
def test_an_unknown_or_empty_recipient_is_refused(
    make_file: Callable[..., CaseFile], value: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(make_file(), person=value)
    assert caught.value.fields == ("person",)


def test_forwarding_needs_the_personnummer(make_file: Callable[..., CaseFile]) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    without = replace(file.persons[1], personal_number=None)
    with pytest.raises(MissingData) as caught:
        fill(replace(file, persons={**file.persons, 1: without}))
    assert caught.value.items == ("mottagarens personnummer eller kontaktadress",)


def test_a_case_without_persons_lacks_a_recipient(make_file: Callable[..., CaseFile]) -> None:
    file = make_file()
    empty = replace(file, case=replace(file.case, parties=[]), persons={})
    with pytest.raises(MissingData) as caught:
        fill(empty)
    assert caught.value.items == (
        "mottagare (klienten eller en person med skyddade personuppgifter)",
    )
