"""Second-hand leases in the domain: standard terms, the JO check, trial period and rent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.paperwork import sublease
from skyddsapp.domain.paperwork.sublease import (
    KVINNOJOUR_TERMS,
    SOCIAL_CONTRACT_TERMS,
    TERMS,
    UNLAWFUL_TERMS,
    check_lawful_terms,
    terms_for,
    trial_end,
    unlawful_terms_in,
)
from skyddsapp.domain.person import CaseRole, Person

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize("term", UNLAWFUL_TERMS)
def test_a_clause_with_an_unlawful_term_is_refused_naming_it(term: str) -> None:
    clause = f"Hyresgästen ska gå med på {term.capitalize()} när socialtjänsten begär det."
    with pytest.raises(RuleViolation) as caught:
        check_lawful_terms(clause)
    assert term in str(caught.value)
    assert "JO" in str(caught.value)


@pytest.mark.parametrize(
    "clause",
    [
        "Hyresgästen ska lämna URINPROV varje månad.",
        "Hyresgästen ska ta sin medicinering enligt ordination.",
        "Hyresgästen ska vara nykter i lägenheten.",
        "Hyresvärden gör spontanbesök.",
        "Hyresgästen ska delta i behandling för missbruk.",
        "Kontroll   av\nbostaden sker varje vecka.",
    ],
)
def test_typical_jo_terms_are_caught(clause: str) -> None:
    assert unlawful_terms_in(clause)
    with pytest.raises(RuleViolation):
        check_lawful_terms(clause)


def test_the_standard_terms_are_lawful_and_cover_the_essentials() -> None:
    for clause in TERMS + SOCIAL_CONTRACT_TERMS + KVINNOJOUR_TERMS:
        check_lawful_terms(clause)
    text = " ".join(TERMS)
    assert "Hyran betalas" in text
    assert "vårda lägenheten" in text
    assert "andra hand" in text
    assert "12 kap. 4 §" in text
    assert "12 kap. 26 §" in text
    assert "ta över förstahandskontraktet" in " ".join(SOCIAL_CONTRACT_TERMS)
    assert terms_for(LeaseKind.SOCIAL_CONTRACT) == SOCIAL_CONTRACT_TERMS + TERMS
    assert terms_for(LeaseKind.SECOND_HAND_KVINNOJOUR) == KVINNOJOUR_TERMS + TERMS


def test_trial_end_is_the_day_before_the_same_date_months_later() -> None:
    assert trial_end(dt.date(2026, 12, 15), 12) == dt.date(2027, 12, 14)
    assert trial_end(dt.date(2027, 1, 1), 6) == dt.date(2027, 6, 30)
    assert trial_end(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 27)


def case_file(kind: LeaseKind) -> CaseFile:
    case = Case(
        id=1,
        reference=CaseReference(CaseKind.HOUSING_CHAIN, 2026, 1),
        kind=CaseKind.HOUSING_CHAIN,
        state="open",
        opened_on=dt.date(2026, 11, 1),
        parties=[CaseParty(1, CaseRole.CLIENT)],
        apartment_ids=[10],
        lease_ids=[19, 20],
    )
    flat = Apartment(
        id=10,
        object_number="1000-10",
        address=Address("Provgatan 1", "753 20", "Uppsala"),
        rooms=2,
        area_m2=Decimal(50),
        monthly_rent_sek=7000,
    )
    leases = {
        19: Lease(19, "HK-0", 10, (1,), LeaseKind.FIRST_HAND, dt.date(2020, 1, 1)),
        20: Lease(20, "BK-1", 10, (1,), kind, dt.date(2027, 1, 1)),
    }
    return CaseFile(
        case=case,
        persons={1: Person(1, "Klara", "Ek")},
        apartments={10: flat},
        leases=leases,
        today=TODAY,
    )


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in sublease.fields(file)}


def test_defaults_choose_the_social_contract_and_the_flat_rent() -> None:
    file = case_file(LeaseKind.SOCIAL_CONTRACT)
    lease_field = next(f for f in sublease.fields(file) if f.name == "lease")
    assert [choice.value for choice in lease_field.choices] == ["20"]  # no first-hand lease
    parsed = sublease.parse(defaults(file), file)
    assert parsed.first_hand_tenant == "Socialförvaltningen, Uppsala kommun"
    assert parsed.start_date == dt.date(2027, 1, 1)
    assert parsed.trial_months == 12
    assert parsed.trial_end == dt.date(2027, 12, 31)
    assert parsed.monthly_rent_sek == 7000
    assert parsed.end_date is None


def test_kvinnojour_has_no_trial_period() -> None:
    file = case_file(LeaseKind.SECOND_HAND_KVINNOJOUR)
    parsed = sublease.parse({**defaults(file), "trial_months": None}, file)
    assert parsed.first_hand_tenant == "Uppsala Kvinnojour"
    assert parsed.trial_months is None
    assert parsed.trial_end is None


def test_an_unlawful_extra_term_is_a_validation_error_on_its_field() -> None:
    file = case_file(LeaseKind.SOCIAL_CONTRACT)
    with pytest.raises(ValidationError) as caught:
        sublease.parse({**defaults(file), "extra_terms": "Drogtest vid behov."}, file)
    assert caught.value.fields == ("extra_terms",)
    assert "drogtest" in caught.value.errors[0].message


def test_a_fixed_term_must_cover_the_trial_period() -> None:
    file = case_file(LeaseKind.SOCIAL_CONTRACT)
    values = defaults(file)
    assert sublease.parse({**values, "end_date": dt.date(2027, 12, 31)}, file).end_date
    with pytest.raises(ValidationError) as caught:
        sublease.parse({**values, "end_date": dt.date(2027, 12, 30)}, file)
    assert caught.value.fields == ("end_date",)


@pytest.mark.parametrize(
    "clause",
    [
        "Hyresgästen ska ta emot besök av socialsekreterare varje vecka.",
        "Hyresvärden får utöva tillsyn när som helst utan förvarning.",
        "Hyresgästen får inte använda alkohol eller narkotika i lägenheten.",
        "Hyresgästen ska följa sin genomförandeplan.",
        "Hyresgästen ska samarbeta med socialtjänsten.",
        "Hyresgästen ska lämna urinprov på begäran.",
        "Hyresgästen ska ta sin medicinering enligt ordination.",
        "Hyresgästen ska delta i öppenvård för sitt missbruk.",
        "Kontroll av lägenheten sker varje månad.",
        "Hyresgästen ska vara drogfri.",
    ],
)
def test_the_unlawful_phrasings_a_review_tried_are_refused(clause: str) -> None:
    with pytest.raises(RuleViolation):
        check_lawful_terms(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Hyresgästen ska kontrollera att brandvarnaren fungerar.",
        "Hyresgästen ersätter skador som orsakas av besökare.",
        "Besöksparkering finns på gården.",
        "Hyresvärden utför ventilationskontrollen (OVK) vart sjätte år.",
        "Hyresvärden har efter förvarning rätt till tillträde enligt 12 kap. 26 § jordabalken.",
        "Hyresgästen kan när som helst säga upp avtalet med tre månaders uppsägningstid.",
        "Hyresvärden behandlar personuppgifter enligt dataskyddsförordningen.",
    ],
)
def test_ordinary_lawful_terms_pass(clause: str) -> None:
    check_lawful_terms(clause)
    assert unlawful_terms_in(clause) == ()
