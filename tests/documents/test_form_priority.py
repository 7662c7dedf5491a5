"""Beslut om förtur: the decision, the criteria applied, the assessment, the household."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import REAL_STREET

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.priority import PriorityCriterion
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["fortur_beslut"]


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in SPEC.fields(file)}


def fill(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, defaults(file) | changes, document_number="UH-2026-000042")


def with_priority(file: CaseFile, **changes: Any) -> CaseFile:
    """The case with its PRIORITY decision changed (None: without one)."""
    others = [d for d in file.case.decisions if d.kind is not DecisionKind.PRIORITY]
    old = file.case.latest_decision(DecisionKind.PRIORITY)
    assert old is not None
    decisions = others if changes.get("remove") else [*others, replace(old, **changes)]
    return replace(file, case=replace(file.case, decisions=decisions))


@pytest.fixture
def file(make_file: Callable[..., CaseFile]) -> CaseFile:
    return make_file(ProtectionLevel.PROTECTED_REGISTRATION)


def test_a_granted_decision_shows_applicant_decision_criteria_and_household(
    file: CaseFile, pdf_tools: Any
) -> None:
    form = fill(file, area_restrictions="Gottsunda och Valsätra")
    text = pdf_tools.text(form.render())
    for expected in (
        "Testa Skyddadsson",
        "19811218-9876",
        "Skatteverkets förmedlingsuppdrag",  # the printable address, never the real one
        "Bifall – förtur beviljas",
        "Beslutsdatum 2026-11-10",
        "Förturen gäller till och med 2027-11-10",
        "Beviljas: Beslut om förtur efter individuell behovsbedömning.",
        "Beslutsfattare Exempelsson",
        "☒ Våld i nära relation bekräftat av socialtjänsten",
        "☒ Hemmavarande barn",
        "☐ Ingen annan lösning på bostadsfrågan",
        "Socialtjänsten (Nexus) har styrkt behovet 2026-11-10.",
        "Antal vuxna 1",
        "Antal barn 2",
        "Minst 3 rum och kök",
        "Gottsunda och Valsätra",
        "Kontakta handläggaren om du har frågor om beslutet.",
        "Hanna Handläggare",
    ):
        assert expected in text, expected
    assert REAL_STREET not in text
    assert "överklagas" not in text
    assert form.protected


def test_every_published_criterion_is_listed_and_only_the_chosen_are_ticked(
    file: CaseFile,
) -> None:
    form = fill(file, criteria=(PriorityCriterion.NO_OTHER_SOLUTION.value,))
    for criterion in PriorityCriterion:
        mark = "x" if criterion is PriorityCriterion.NO_OTHER_SOLUTION else " "
        assert f"[{mark}] {criterion.label}" in form.content_text


def test_a_refusal_is_printed_clearly_and_needs_no_validity_nor_criteria(
    file: CaseFile, pdf_tools: Any
) -> None:
    refused = with_priority(file, granted=False, valid_until=None, text="Avslås.")
    text = pdf_tools.text(fill(refused, criteria=()).render())
    assert "Avslag – förtur beviljas inte" in text
    assert "Bifall" not in text
    assert "Avslås." in text
    assert "Områden som inte får erbjudas" not in text


def test_the_household_and_flat_size_follow_the_options(file: CaseFile) -> None:
    content = fill(file, adults=2, children=3, rooms=5).content_text
    assert "Antal vuxna: 2" in content
    assert "Antal barn: 3" in content
    assert "Minst 5 rum och kök" in content


def test_without_area_restrictions_the_sheet_says_so(file: CaseFile) -> None:
    assert "Inga begränsningar har angetts." in fill(file).content_text


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"remove": True}, "beslut om förtur i ärendet"),
        ({"valid_until": None}, "beslutets giltighetstid"),
        ({"granted": None}, "beslutets utfall (bifall eller avslag)"),
    ],
)
def test_the_priority_decision_is_required_whole(
    file: CaseFile, changes: dict[str, Any], missing: str
) -> None:
    with pytest.raises(MissingData) as caught:
        fill(with_priority(file, **changes))
    assert missing in caught.value.items


def test_a_client_with_personal_number_and_printable_address_is_required(
    file: CaseFile,
) -> None:
    client = file.persons[1]
    without = replace(client, personal_number=None, delivery_address=None)
    with pytest.raises(MissingData) as caught:
        fill(replace(file, persons={**file.persons, 1: without}))
    assert "klientens personnummer" in caught.value.items
    # Skyddad folkbokföring without a personnummer: no address may be printed at all.
    assert "klientens personnummer eller kontaktadress" in caught.value.items
    no_client = replace(file, case=replace(file.case, parties=file.case.parties[1:]))
    with pytest.raises(MissingData) as caught:
        fill(no_client)
    assert "klient i ärendet" in caught.value.items


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("criteria", ()),
        ("criteria", ("inte_ett_kriterium",)),
        ("assessment", ""),
        ("assessment", "x" * 2001),
        ("adults", 0),
        ("adults", 11),
        ("adults", "två"),
        ("adults", True),
        ("children", -1),
        ("rooms", 0),
        ("rooms", 11),
        ("area_restrictions", "x" * 1001),
    ],
)
def test_bad_options_are_refused_on_their_field_before_anything_is_drawn(
    file: CaseFile, field: str, value: Any
) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(file, **{field: value})
    assert field in caught.value.fields


def test_children_at_home_needs_children_in_the_household(file: CaseFile) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(file, children=0)
    assert caught.value.fields == ("criteria",)
    assert "Hemmavarande barn" in caught.value.messages_for("criteria")[0]


def test_defaults_come_from_the_case(file: CaseFile) -> None:
    values = defaults(file)
    assert values["adults"] == 1
    assert values["children"] == 2
    assert values["rooms"] == 3
    assert set(values["criteria"]) == {
        PriorityCriterion.VIOLENCE_CONFIRMED.value,
        PriorityCriterion.RISK_IN_CURRENT_HOME.value,
        PriorityCriterion.CHILDREN_AT_HOME.value,
    }
    # No risk details (level, whether the perpetrator seeks the victim out) in the draft.
    assert "risk" not in values["assessment"].replace("riskbedömning", "")
