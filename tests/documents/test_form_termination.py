"""Uppsägning av hyresavtal: the lease, every tenant signs, the end date under 12 kap. 4 § JB."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from form_data import form_helpers

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import CaseRole, ProtectionLevel

SPEC = FORMS["uppsagning"]
MakeFile = Callable[..., CaseFile]


options, text_of = form_helpers(SPEC)


def test_the_notice_names_the_lease_every_tenant_and_the_end_date(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    text = text_of(file, pdf_tools)
    for expected in (
        "Kontraktsnummer HK-100200",
        "Objektnummer 1234-5678",
        "Hyresgäst 1 Testa Skyddadsson Personnummer 19811218-9876",
        "Hyresgäst 2 Medi Hyresgästsson Personnummer 19780202-2389",
        "Uppsägningsdatum 2026-11-20",
        "Avtalet upphör 2027-02-28",
    ):
        assert expected in text, expected
    # A signature block for every tenant on the lease.
    assert text.count("Namnteckning") == 2


@pytest.mark.parametrize(
    ("notice", "end"),
    [
        (dt.date(2026, 9, 15), "2026-12-31"),
        (dt.date(2026, 11, 30), "2027-02-28"),
        (dt.date(2027, 11, 30), "2028-02-29"),
        (dt.date(2026, 8, 31), "2026-11-30"),
    ],
)
def test_the_end_date_follows_the_law(
    make_file: MakeFile, pdf_tools: Any, notice: dt.date, end: str
) -> None:
    file = make_file(ProtectionLevel.NONE)
    active = dataclasses.replace(file.leases[20], notice_date=None, status=LeaseStatus.ACTIVE)
    file = dataclasses.replace(file, leases={**file.leases, 20: active})
    text = text_of(file, pdf_tools, notice_date=notice)
    assert f"Avtalet upphör {end}" in text


def test_a_notice_date_other_than_the_registered_one_is_refused(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill_form(
            SPEC, file, options(file, notice_date=dt.date(2026, 11, 25)), document_number="UH-1"
        )
    assert caught.value.fields == ("notice_date",)


def test_an_ended_lease_cannot_be_terminated(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    ended = dataclasses.replace(file.leases[20], status=LeaseStatus.ENDED)
    file = dataclasses.replace(file, leases={**file.leases, 20: ended})
    with pytest.raises(ValidationError) as caught:
        fill_form(SPEC, file, options(file, lease="20"), document_number="UH-1")
    assert "lease" in caught.value.fields


def test_a_tenant_without_personal_number_is_listed_as_missing(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    persons = {**file.persons, 2: dataclasses.replace(file.persons[2], personal_number=None)}
    file = dataclasses.replace(file, persons=persons)
    with pytest.raises(MissingData) as caught:
        fill_form(SPEC, file, options(file), document_number="UH-1")
    assert caught.value.items == ("personnummer för Medi Hyresgästsson",)


def test_the_12_47_warning_is_given_on_screen_and_never_printed(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.NONE)
    sole = dataclasses.replace(file.leases[20], tenant_ids=(1,))
    file = dataclasses.replace(file, leases={**file.leases, 20: sole})
    (warning,) = SPEC.warnings(file)
    assert "12 kap. 47 § jordabalken" in warning
    assert "12 kap. 47" not in text_of(file, pdf_tools)
    # No perpetrator staying in the flat: no warning.
    parties = [
        CaseParty(p.person_id, p.role, lives_in_flat=False) if p.role is CaseRole.PERPETRATOR else p
        for p in file.case.parties
    ]
    calm = dataclasses.replace(file, case=dataclasses.replace(file.case, parties=parties))
    assert SPEC.warnings(calm) == ()
