"""Andrahandsavtal: Kvinnojour or social contract, trial period, lawful terms only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from form_data import DELIVERY_STREET, PNR

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.paperwork.sublease import UNLAWFUL_TERMS
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["andrahandsavtal"]


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in SPEC.fields(file)}


def make(file: CaseFile, **changes: Any) -> FilledForm:
    return fill_form(SPEC, file, {**defaults(file), **changes}, document_number="UH-2026-000012")


@pytest.fixture
def file(make_file: Callable[..., CaseFile]) -> CaseFile:
    return make_file(ProtectionLevel.PROTECTED_REGISTRATION)


@pytest.fixture
def kvinnojour(make_file: Callable[..., CaseFile]) -> CaseFile:
    return make_file(ProtectionLevel.PROTECTED_REGISTRATION, kind=CaseKind.KVINNOJOUR_SUBLET)


def test_social_contract_with_trial_period_and_joint_assessment(
    file: CaseFile, pdf_tools: Any
) -> None:
    form = make(file)
    text = pdf_tools.text(form.render())
    for expected in (
        "Andrahandsavtal",
        "Socialförvaltningen, Uppsala kommun",
        "Testa Skyddadsson",
        PNR["client"][:8] + "-" + PNR["client"][8:],
        "Skatteverkets förmedlingsuppdrag",  # the address the rule allows
        "3456-7890",
        "BK-300400",
        "Bostadssocialt kontrakt",
        "Tillträdesdag 2026-12-15",
        "Avtalstid Tills vidare",
        "Prövotid 12 månader, till och med 2027-12-14",
        "Månadshyra 6 900 kr",
        "Beslut om bostadssocialt kontrakt 2026-11-10",
        "tillsammans en bedömning av om hyresgästen ska ta över förstahandskontraktet",
        "12 kap. 26 § jordabalken",
        "12 kap. 4 § jordabalken",
        "Hyresgäst",
    ):
        assert expected in text, expected
    assert "För Socialförvaltningen, Uppsala kommun (förstahandshyresgäst)" in form.content_text
    assert "Underskrift: Hyresgäst: Testa Skyddadsson" in form.content_text
    assert form.protected


def test_kvinnojour_lets_without_trial_period(kvinnojour: CaseFile, pdf_tools: Any) -> None:
    text = pdf_tools.text(make(kvinnojour, trial_months=99).render())
    assert "Uppsala Kvinnojour" in text
    assert "Andrahandskontrakt till Uppsala Kvinnojour" in text
    assert "Prövotid" not in text
    assert "förstahandskontraktet" not in text
    assert "Socialförvaltningen" not in text


@pytest.mark.parametrize("kind", [CaseKind.CUSTOMER_CARE, CaseKind.KVINNOJOUR_SUBLET])
@pytest.mark.parametrize("level", list(ProtectionLevel))
def test_the_printed_agreement_holds_no_term_jo_found_unlawful(
    kind: CaseKind, level: ProtectionLevel, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    form = make(make_file(level, kind=kind))
    text = pdf_tools.text(form.render()).casefold()
    for term in UNLAWFUL_TERMS:
        assert term not in text, term
        assert term not in form.content_text.casefold(), term


def test_a_safe_delivery_address_is_used_when_given(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    text = pdf_tools.text(make(make_file(ProtectionLevel.ASSUMED_IDENTITY, delivery=True)).render())
    assert DELIVERY_STREET in text


def test_fixed_term_shorter_trial_lower_rent_and_lawful_extra_terms(file: CaseFile) -> None:
    content = make(
        file,
        trial_months=6,
        end_date=dt.date(2028, 6, 30),
        rent=6500,
        extra_terms="Husdjur får hållas om grannarna inte störs.",
    ).content_text
    assert "Prövotid: 6 månader, till och med 2027-06-14" in content
    assert "Avtalstid: Till och med 2028-06-30" in content
    assert "Månadshyra: 6 500 kr" in content
    assert "## Övriga villkor" in content
    assert "Husdjur får hållas om grannarna inte störs." in content


@pytest.mark.parametrize("term", UNLAWFUL_TERMS)
def test_an_unlawful_extra_term_is_refused_by_name(file: CaseFile, term: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make(file, extra_terms=f"Hyresgästen godtar {term.upper()} enligt socialtjänstens plan.")
    messages = caught.value.messages_for("extra_terms")
    assert messages
    assert term in messages[0]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"lease": ""}, "lease", "Välj hyresavtal"),
        ({"lease": "999"}, "lease", "hör inte till ärendet"),
        ({"lease": "20"}, "lease", "bostadssocialt kontrakt"),  # a first-hand lease
        ({"start_date": None}, "start_date", "saknas"),
        ({"start_date": dt.date(2026, 12, 14)}, "start_date", "före avtalets startdatum"),
        ({"trial_months": 5}, "trial_months", "6–24"),
        ({"trial_months": 25}, "trial_months", "6–24"),
        ({"trial_months": "12"}, "trial_months", "6–24"),
        ({"rent": 0}, "rent", "större än 0"),
        ({"rent": 6901}, "rent", "förstahandshyran (6900 kr)"),
        ({"end_date": dt.date(2026, 12, 15)}, "end_date", "efter tillträdesdagen"),
        ({"end_date": dt.date(2027, 12, 13)}, "end_date", "prövotidens slut (2027-12-14)"),
        ({"end_date": "snart"}, "end_date", "kan inte läsas"),
    ],
)
def test_bad_options_are_refused_on_their_field(
    file: CaseFile, changes: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        make(file, **changes)
    assert any(message in text for text in caught.value.messages_for(field)), caught.value.errors


def test_an_ended_lease_is_refused(file: CaseFile) -> None:
    from skyddsapp.domain.lease import LeaseStatus

    leases = dict(file.leases)
    leases[22] = replace(leases[22], status=LeaseStatus.ENDED, notice_date=dt.date(2027, 1, 10))
    with pytest.raises(ValidationError) as caught:
        make(replace(file, leases=leases), lease="22")
    assert "Avtalet har redan upphört." in caught.value.messages_for("lease")


def test_a_client_without_personal_number_is_missing(file: CaseFile) -> None:
    persons = dict(file.persons)
    persons[1] = replace(persons[1], personal_number=None)
    with pytest.raises(MissingData) as caught:
        make(replace(file, persons=persons))
    assert "klientens personnummer" in caught.value.items


@pytest.mark.parametrize("granted", [None, False])
def test_a_social_contract_needs_a_granted_decision(file: CaseFile, granted: bool | None) -> None:
    others = [d for d in file.case.decisions if d.kind is not DecisionKind.SOCIAL_CONTRACT]
    if granted is not None:
        others.append(
            Decision(dt.date(2026, 11, 12), DecisionKind.SOCIAL_CONTRACT, "Avslag.", "N N", False)
        )
    with pytest.raises(MissingData) as caught:
        make(replace(file, case=replace(file.case, decisions=others)))
    assert "beviljat beslut om bostadssocialt kontrakt" in caught.value.items


def test_kvinnojour_needs_no_social_contract_decision(kvinnojour: CaseFile) -> None:
    decisions = [d for d in kvinnojour.case.decisions if d.kind is not DecisionKind.SOCIAL_CONTRACT]
    make(replace(kvinnojour, case=replace(kvinnojour.case, decisions=decisions)))


def test_a_lease_whose_flat_is_gone_is_missing(file: CaseFile) -> None:
    apartments = {k: v for k, v in file.apartments.items() if k != 12}
    with pytest.raises(MissingData) as caught:
        make(replace(file, apartments=apartments), rent=6900)
    assert "lägenheten som avtalet gäller" in caught.value.items
