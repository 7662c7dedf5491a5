"""Beslut om hyresgästgodkännande: the answers, the exception with its reason, what is missing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import (
    EXCEPTION_REASON,
    FLAT_STREET,
    NEW_FLAT_STREET,
    REAL_STREET,
    SOCIAL_FLAT_STREET,
)

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.documents.layout import MARKING
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference

SPEC = FORMS["hyresgastgodkannande"]


def fill(file: CaseFile) -> FilledForm:
    return fill_form(SPEC, file, {}, document_number="UH-2026-000043")


def with_answers(file: CaseFile, **changes: Any) -> CaseFile:
    """The case with its tenant approval's answers (and decision) changed."""
    [approval] = file.tenant_approvals
    decision_changes = changes.pop("decision", {})
    decision = replace(approval.decision, **decision_changes)
    changed = replace(approval, decision=decision, **changes)
    others = [d for d in file.case.decisions if d.kind is not DecisionKind.TENANT_APPROVAL]
    case = replace(file.case, decisions=[*others, decision])
    return replace(file, case=case, tenant_approvals=(changed,))


def test_the_exception_and_its_reason_are_printed_with_the_answers(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    form = fill(make_file(ProtectionLevel.PROTECTED_REGISTRATION, kind=CaseKind.KVINNOJOUR_SUBLET))
    text = pdf_tools.text(form.render())
    for expected in (
        "Beslut om hyresgästgodkännande",
        "godkännas som hyresgäst i andra hand hos Uppsala Kvinnojour",
        "Testa Skyddadsson",
        "19811218-9876",
        "Bifall – sökanden godkänns som hyresgäst",
        "Beslutsdatum 2026-11-10",
        "Beslutstext Beviljas: Hyresgästgodkännande.",
        "Kreditupplysning Med betalningsanmärkningar/hyresskuld",
        "Boendereferens Störningar eller misskötsel",
        "Undantag från kraven i riktlinjen för uthyrning",
        "☒ Hyresskuld eller störningar orsakade av våldet",
        f"Skäl till undantaget {EXCEPTION_REASON}",
        "styrelsebeslut 2024",
        "Beslutsfattare Exempelsson",
        "Hanna Handläggare",
    ):
        assert expected in text, expected
    # The Kvinnojour let's flat, its street withheld: the client's registration is protected.
    assert "3456-7890" in text
    for secret in (REAL_STREET, SOCIAL_FLAT_STREET, FLAT_STREET, NEW_FLAT_STREET):
        assert secret not in text
    assert form.protected
    assert MARKING in text


def test_without_the_exception_the_sheet_says_none_was_used(
    make_file: Callable[..., CaseFile],
) -> None:
    file = with_answers(
        make_file(ProtectionLevel.NONE),
        credit_check=CreditCheck.CLEAR,
        housing_reference=HousingReference.MISSING,
        exception_used=False,
        exception_reason="",
    )
    content = fill(file).content_text
    assert "Kreditupplysning: Utan betalningsanmärkningar" in content
    assert "Boendereferens: Saknas" in content
    assert "inget undantag används" in content
    assert "Undantag från kraven" not in content
    assert EXCEPTION_REASON not in content


def test_a_refusal_is_printed_as_such(make_file: Callable[..., CaseFile]) -> None:
    file = with_answers(
        make_file(ProtectionLevel.NONE),
        credit_check=CreditCheck.NOT_DONE,
        exception_used=False,
        exception_reason="",
        decision={"granted": False, "text": "Avslås."},
    )
    content = fill(file).content_text
    assert "Beslut: Avslag – sökanden godkänns inte som hyresgäst" in content
    assert "Kreditupplysning: Ej gjord" in content
    assert "undantag" not in content.lower()


def test_outside_the_kvinnojour_the_flat_is_the_clients_running_lease(
    make_file: Callable[..., CaseFile],
) -> None:
    """The flat of the client's running lease that starts last (here the social contract's),
    never the old one under notice."""
    content = fill(make_file(ProtectionLevel.NONE)).content_text
    assert SOCIAL_FLAT_STREET in content
    assert FLAT_STREET not in content
    assert NEW_FLAT_STREET not in content
    assert "i andra hand" not in content


def test_answers_recorded_with_an_older_decision_are_not_printed_for_a_newer_one(
    make_file: Callable[..., CaseFile],
) -> None:
    file = make_file(ProtectionLevel.NONE)
    [approval] = file.tenant_approvals
    newer = replace(approval.decision, text="Ett nyare beslut utan uppgifter.")
    file = replace(file, case=file.case.with_decision(newer))
    with pytest.raises(MissingData) as caught:
        fill(file)
    assert caught.value.items == (
        "kreditupplysning och boendereferens för beslutet (registrera beslutet på nytt)",
    )


def test_what_is_missing_is_listed_whole(make_file: Callable[..., CaseFile]) -> None:
    file = make_file(ProtectionLevel.NONE)
    without = replace(
        file,
        case=replace(
            file.case,
            parties=file.case.parties[1:],
            decisions=[
                d for d in file.case.decisions if d.kind is not DecisionKind.TENANT_APPROVAL
            ],
        ),
    )
    with pytest.raises(MissingData) as caught:
        fill(without)
    assert caught.value.items == (
        "sökande (klient i ärendet)",
        "beslut om hyresgästgodkännande i ärendet",
    )
    client = file.persons[1]
    no_number = replace(file, persons={**file.persons, 1: replace(client, personal_number=None)})
    with pytest.raises(MissingData) as caught:
        fill(no_number)
    assert caught.value.items == ("sökandens personnummer",)
