"""Begäran om kundvård: the client, the lease and household, what is asked, Nexus' confirmation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from form_data import PNR, REAL_STREET, form_helpers

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork import customer_care_request
from skyddsapp.domain.paperwork.customer_care_request import CareRequest
from skyddsapp.domain.paperwork.home_address import WITHHELD_HOME_ADDRESS
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import CaseRole, ProtectionLevel

SPEC = FORMS["kundvard_begaran"]
MakeFile = Callable[..., CaseFile]


options, text_of = form_helpers(SPEC)


def content_of(file: CaseFile, **changes: Any) -> str:
    return fill_form(SPEC, file, options(file, **changes), document_number="NX-1").content_text


def with_decisions(file: CaseFile, decisions: list[Decision]) -> CaseFile:
    return dataclasses.replace(file, case=dataclasses.replace(file.case, decisions=decisions))


def without(file: CaseFile, kind: DecisionKind) -> list[Decision]:
    return [d for d in file.case.decisions if d.kind is not kind]


def test_the_request_carries_client_lease_household_and_confirmation(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    text = text_of(file, pdf_tools)
    for expected in (
        "Uppsalahem AB, Kundvårdsgruppen",
        "Testa Skyddadsson",
        "19811218-9876",
        "Skatteverkets förmedlingsuppdrag",  # the client's printable address
        "HK-100200",
        "Förstahandskontrakt",
        "1234-5678",
        "8 450 kr",
        "Medi Hyresgästsson",
        "Antal barn i hushållet 2",
        "Nexus styrker behovet",
        "2026-11-10",
        "Beslutsfattare Exempelsson",
        "Beviljas: Nexus styrker behovet.",
        "Hanna Handläggare",
        "Klientens samtycke",
    ):
        assert expected in text, expected
    content = content_of(file)
    assert "[x] Likvärdig bostad / byte av lägenhet" in content
    assert "[ ] Övertagande av hyresrätt" in content
    assert "Våldsutövaren står på hyresavtalet: Nej" in content
    assert "Våldsutövaren bor i lägenheten: Ja" in content
    assert "Motivering: ____" in content  # left to fill in by hand
    # The perpetrator is described, not named; the children are counted, not named.
    assert "Utövarsson" not in text
    assert PNR["perpetrator"][2:8] not in text
    assert "Lilla" not in text
    assert "Lillen" not in text


def test_the_chosen_request_motivation_and_areas_are_printed(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.NONE)
    changes = {
        "request": "other",
        "motivation": "Klienten behöver en lägenhet\nnära barnens skola.",
        "areas": "Inte Gottsunda",
    }
    text = text_of(file, pdf_tools, **changes)
    assert "Klienten behöver en lägenhet nära barnens skola." in text
    assert "Inte Gottsunda" in text
    content = content_of(file, **changes)
    assert "[x] Annat" in content
    assert "[ ] Likvärdig bostad / byte av lägenhet" in content


def test_a_perpetrator_on_the_lease_is_flagged_with_the_takeover_note(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    lease = dataclasses.replace(file.leases[20], tenant_ids=(1, 3))
    file = dataclasses.replace(file, leases={**file.leases, 20: lease})
    content = content_of(file)
    assert "Våldsutövaren står på hyresavtalet: Ja" in content
    assert "12 kap. 47 § jordabalken" in text_of(file, pdf_tools)


def test_no_registered_perpetrator_leaves_lines_to_fill(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    parties = [p for p in file.case.parties if p.role is not CaseRole.PERPETRATOR]
    file = dataclasses.replace(file, case=dataclasses.replace(file.case, parties=parties))
    content = content_of(file)
    assert "Våldsutövaren står på hyresavtalet: \n" in content
    assert "Våldsutövaren bor i lägenheten: \n" in content


def test_a_client_home_address_is_withheld_when_the_case_hides_its_flat(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.NONE)
    contact = dataclasses.replace(
        file.persons[5], protection=ProtectionLevel.PROTECTED_REGISTRATION
    )
    file = dataclasses.replace(file, persons={**file.persons, 5: contact})
    text = text_of(file, pdf_tools)
    assert REAL_STREET not in text
    assert " ".join(WITHHELD_HOME_ADDRESS.split()) in text


@pytest.mark.parametrize("granted", [False, None])
def test_the_need_must_be_confirmed_by_a_granting_decision(
    make_file: MakeFile, granted: bool | None
) -> None:
    file = make_file(ProtectionLevel.NONE)
    refused = Decision(
        date=dt.date(2026, 11, 20),
        kind=DecisionKind.NEED_CONFIRMATION,
        text="Behovet styrks inte.",
        decided_by="Nexus",
        granted=granted,
    )
    file = with_decisions(file, [*file.case.decisions, refused])
    with pytest.raises(MissingData) as caught:
        content_of(file)
    assert any(item.startswith("Nexus bekräftelse av behovet") for item in caught.value.items)


def test_missing_prerequisites_are_listed_together(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    file = with_decisions(file, without(file, DecisionKind.NEED_CONFIRMATION))
    client = dataclasses.replace(file.persons[1], personal_number=None)
    file = dataclasses.replace(
        file,
        persons={**file.persons, 1: client},
        case=dataclasses.replace(file.case, lease_ids=[]),
    )
    with pytest.raises(MissingData) as caught:
        content_of(file)
    assert caught.value.items == (
        "klientens personnummer",
        "klientens nuvarande hyresavtal",
        "Nexus bekräftelse av behovet",
    )


def test_a_case_without_client_misses_the_client(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    parties = [p for p in file.case.parties if p.role is not CaseRole.CLIENT]
    file = dataclasses.replace(file, case=dataclasses.replace(file.case, parties=parties))
    with pytest.raises(MissingData) as caught:
        content_of(file)
    assert "klient i ärendet" in caught.value.items


def test_a_client_without_any_printable_address_is_missing(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    client = dataclasses.replace(file.persons[1], real_address=None)
    file = dataclasses.replace(file, persons={**file.persons, 1: client})
    with pytest.raises(MissingData) as caught:
        content_of(file)
    assert any("adress" in item for item in caught.value.items)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"request": "move_the_perpetrator"}, "request"),
        ({"request": None}, "request"),
        ({"request": "other", "motivation": "  "}, "motivation"),
        ({"motivation": "x" * 2001}, "motivation"),
        ({"motivation": "bad\x00char"}, "motivation"),
        ({"areas": "x" * 301}, "areas"),
    ],
)
def test_bad_options_are_refused_before_anything_is_drawn(
    make_file: MakeFile, changes: dict[str, Any], field: str
) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill_form(SPEC, file, options(file, **changes), document_number="NX-1")
    assert caught.value.fields == (field,)


def test_parse_gives_the_request_with_trimmed_texts(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    parsed = customer_care_request.parse(
        {"request": "takeover", "motivation": "  Rad 1  \n Rad 2 ", "areas": "  Norr   om ån "},
        file,
    )
    assert parsed.request is CareRequest.TAKEOVER
    assert parsed.motivation == "Rad 1\n Rad 2"
    assert parsed.areas == "Norr om ån"
