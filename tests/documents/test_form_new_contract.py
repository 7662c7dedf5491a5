"""Kontraktsunderlag för ny bostad: tenants, flat, rent, keys, approval, manual handling."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from form_data import FLAT_STREET, NEW_FLAT_STREET, form_helpers

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.new_contract import MANUAL
from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.paperwork.home_address import WITHHELD_HOME_ADDRESS
from skyddsapp.domain.paperwork.new_contract import new_leases
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["kontraktsunderlag"]
MakeFile = Callable[..., CaseFile]
APPROVALS = (DecisionKind.CUSTOMER_CARE_GROUP, DecisionKind.TENANT_APPROVAL)


options, text_of = form_helpers(SPEC)


def with_decisions(file: CaseFile, decisions: list[Decision]) -> CaseFile:
    return dataclasses.replace(file, case=dataclasses.replace(file.case, decisions=decisions))


def test_the_default_is_the_newest_new_lease_with_everything_to_write_it(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    assert options(file)["lease"] == "22"
    text = text_of(file, pdf_tools)
    for expected in (
        "BK-300400",
        "Bostadssocialt kontrakt",
        "Startdatum (tillträde) 2026-12-15",
        "Månadshyra 6 900 kr",
        "3456-7890",
        "2 rum, 51 m²",
        "Låssystem ASSA d12",
        "Nyckelserie S-6630",
        "Testa Skyddadsson",
        "19811218-9876",
        "Skatteverkets förmedlingsuppdrag",
        "Kundvårdsgruppens beslut",
        "Hyresgästgodkännande",
        "Beslutsfattare Exempelsson",
        MANUAL,
        "För hyresvärden Uppsalahem AB",
        "Hanna Handläggare",
    ):
        assert expected in text, expected


def test_only_new_leases_are_offered(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    field = next(f for f in SPEC.fields(file) if f.name == "lease")
    assert [c.value for c in field.choices] == ["21", "22"]
    ended = dataclasses.replace(file.leases[22], status=LeaseStatus.ENDED)
    file = dataclasses.replace(file, leases={**file.leases, 22: ended})
    assert [lease.id for lease in new_leases(file)] == [21]
    assert options(file)["lease"] == "21"


def test_another_new_lease_can_be_chosen(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    text = text_of(file, pdf_tools, lease="21")
    assert "HK-100201" in text
    assert "Månadshyra 8 900 kr" in text
    assert "Nyckelserie S-5520" in text
    assert NEW_FLAT_STREET in text  # nothing hidden in this case
    assert MANUAL not in text  # nobody is protected


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"lease": "20"}, "lease"),  # the client's old, noticed lease
        ({"lease": "99"}, "lease"),
        ({"lease": None}, "lease"),
        ({"notes": "x" * 1001}, "notes"),
        ({"notes": "a\x07b"}, "notes"),
    ],
)
def test_bad_options_are_refused(make_file: MakeFile, changes: dict[str, Any], field: str) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill_form(SPEC, file, options(file, **changes), document_number="UH-1")
    assert caught.value.fields == (field,)


def test_notes_are_printed(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    text = text_of(file, pdf_tools, notes="Nycklar hämtas av ombud.")
    assert "Anteckningar Nycklar hämtas av ombud." in text


def test_every_tenant_signs_and_a_co_residents_home_address_is_withheld(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    lease = dataclasses.replace(file.leases[22], tenant_ids=(1, 2))
    file = dataclasses.replace(file, leases={**file.leases, 22: lease})
    form = fill_form(SPEC, file, options(file), document_number="UH-1")
    assert form.content_text.count("Underskrift: Hyresgäst:") == 2
    text = str(pdf_tools.text(form.render()))
    assert "Hyresgäst 2 Medi Hyresgästsson" in text
    assert " ".join(WITHHELD_HOME_ADDRESS.split()) in text
    assert FLAT_STREET not in text


def test_without_an_approval_decision_the_form_says_so(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    file = with_decisions(file, [d for d in file.case.decisions if d.kind not in APPROVALS])
    assert "Inget beslut om kundvård eller hyresgästgodkännande" in text_of(file, pdf_tools)


def test_a_refused_approval_blocks_the_contract(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    kept = [d for d in file.case.decisions if d.kind is not DecisionKind.TENANT_APPROVAL]
    refusal = Decision(
        date=dt.date(2026, 11, 20),
        kind=DecisionKind.CUSTOMER_CARE_GROUP,
        text="Avslag.",
        decided_by="Kundvårdsgruppen",
        granted=False,
    )
    file = with_decisions(file, [*kept, refusal])
    with pytest.raises(MissingData) as caught:
        fill_form(SPEC, file, options(file), document_number="UH-1")
    assert caught.value.items == ("beviljat beslut (Kundvårdsgruppen eller hyresgästgodkännande)",)


def test_one_granted_approval_is_enough(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    refusal = Decision(
        date=dt.date(2026, 11, 20),
        kind=DecisionKind.CUSTOMER_CARE_GROUP,
        text="Avslag.",
        decided_by="Kundvårdsgruppen",
        granted=False,
    )
    file = with_decisions(file, [*file.case.decisions, refusal])
    text = text_of(file, pdf_tools)
    assert "Hyresgästgodkännande" in text
    assert "Kundvårdsgruppens beslut" not in text


def test_missing_personal_number_and_flat_are_listed(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    client = dataclasses.replace(file.persons[1], personal_number=None)
    apartments = {k: v for k, v in file.apartments.items() if k != 12}
    file = dataclasses.replace(file, persons={**file.persons, 1: client}, apartments=apartments)
    with pytest.raises(MissingData) as caught:
        fill_form(SPEC, file, options(file), document_number="UH-1")
    assert caught.value.items == (
        "lägenheten som avtalet gäller",
        "personnummer för Testa Skyddadsson",
    )


def test_missing_keys_leave_lines_to_fill(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    flat = dataclasses.replace(file.apartments[12], key_system="", key_series="")
    file = dataclasses.replace(file, apartments={**file.apartments, 12: flat})
    content = fill_form(SPEC, file, options(file), document_number="UH-1").content_text
    assert "Låssystem: \nNyckelserie: \n" in content
