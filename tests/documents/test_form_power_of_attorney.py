"""Fullmakt: principal, agent, landlord, scope with the leases it concerns, validity, witnesses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from form_data import form_helpers

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.paperwork.power_of_attorney import AttorneyScope
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["fullmakt"]
MakeFile = Callable[..., CaseFile]
TODAY = dt.date(2026, 11, 27)


options, text_of = form_helpers(SPEC)


def test_the_power_of_attorney_names_both_parties_the_landlord_and_the_leases(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    text = text_of(file, pdf_tools, witness_1="Vera Vittne")
    for expected in (
        "Fullmaktsgivare Namn Testa Skyddadsson Personnummer 19811218-9876",
        "Ombud Namn Ombudina Fullmaktsson Personnummer 19690707-9864",
        "gentemot hyresvärden Uppsalahem AB",
        "☒ Underteckna hyresavtal för ny bostad",
        "☒ Säga upp nuvarande hyresavtal",
        "☒ Kvittera ut och lämna tillbaka nycklar, taggar och kort",
        "Avtal som sägs upp Kontrakt HK-100200, objektnummer 1234-5678",
        "Ny bostad Kontrakt BK-300400, objektnummer 3456-7890",
        "Gäller från 2026-11-27",
        "Gäller till och med 2027-02-25",
        "Fullmaktsgivarens underskrift",
        "Bevittnas",
        "Vera Vittne",
    ):
        assert expected in text, expected
    assert "Ombudsgatan" not in text  # no addresses on a power of attorney


def test_only_the_chosen_scope_is_ticked_and_described(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    text = text_of(file, pdf_tools, scopes=(AttorneyScope.COLLECT_KEYS.value,))
    assert "☐ Säga upp nuvarande hyresavtal" in text
    assert "☒ Kvittera ut och lämna tillbaka nycklar, taggar och kort" in text
    assert "Avtal som sägs upp" not in text
    assert "Ny bostad Kontrakt BK-300400" in text
    assert "Bevittnas" not in text  # no witnesses asked for


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"agent": ""}, "agent", "Välj ombud."),
        ({"agent": "abc"}, "agent", "Välj ombud."),
        ({"agent": "2"}, "agent", "rollen Ombud"),
        ({"scopes": ()}, "scopes", "minst en"),
        ({"scopes": ("fly",)}, "scopes", "okänt val"),
        ({"valid_until": TODAY - dt.timedelta(days=1)}, "valid_until", "före startdatumet"),
        ({"valid_until": TODAY + dt.timedelta(days=400)}, "valid_until", "högst 366 dagar"),
        (
            {"valid_from": TODAY - dt.timedelta(days=30), "valid_until": TODAY - dt.timedelta(1)},
            "valid_until",
            "redan gått ut",
        ),
        ({"witness_1": "x" * 101}, "witness_1", "högst 100 tecken"),
    ],
)
def test_bad_options_are_refused_on_their_field(
    make_file: MakeFile, changes: dict[str, Any], field: str, message: str
) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill_form(SPEC, file, options(file, **changes), document_number="UH-1")
    assert field in caught.value.fields
    assert any(message in text for text in caught.value.messages_for(field))


def test_personal_numbers_are_required_of_both(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    persons = {
        **file.persons,
        1: dataclasses.replace(file.persons[1], personal_number=None),
        4: dataclasses.replace(file.persons[4], personal_number=None),
    }
    file = dataclasses.replace(file, persons=persons)
    with pytest.raises(MissingData) as caught:
        fill_form(SPEC, file, options(file), document_number="UH-1")
    assert caught.value.items == ("fullmaktsgivarens personnummer", "ombudets personnummer")


def test_an_ended_lease_is_never_the_one_to_terminate(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    old = dataclasses.replace(
        file.leases[20],
        id=23,
        contract_number="GAMMALT-1",
        start_date=dt.date(2015, 1, 1),
        notice_date=dt.date(2018, 12, 1),
        status=LeaseStatus.ENDED,
    )
    case = dataclasses.replace(file.case, lease_ids=[23, *file.case.lease_ids])
    file = dataclasses.replace(file, case=case, leases={**file.leases, 23: old})
    text = text_of(file, pdf_tools)
    assert "Avtal som sägs upp Kontrakt HK-100200" in text
    assert "GAMMALT-1" not in text


def test_the_landlord_is_the_one_of_the_leases_the_scope_concerns(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.NONE)
    private = dataclasses.replace(file.apartments[10], landlord="Privatvärden AB")
    file = dataclasses.replace(file, apartments={**file.apartments, 10: private})
    sign_only = text_of(file, pdf_tools, scopes=(AttorneyScope.SIGN_LEASE.value,))
    assert "gentemot hyresvärden Uppsalahem AB i följande" in sign_only
    both = text_of(file, pdf_tools)
    assert "gentemot hyresvärdarna Privatvärden AB och Uppsalahem AB" in both
