"""Mail recipient: the client or a protected party; what is missing before an address."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.case import Case, CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork import mail_recipient
from skyddsapp.domain.paperwork.mail_recipient import missing_address
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber

TODAY = dt.date(2026, 11, 27)
HOME = Address("Storgatan 12", "753 20", "Uppsala")


def case_file() -> CaseFile:
    persons = {
        1: Person(id=1, first_name="Klara", last_name="Klient", real_address=HOME),
        2: Person(id=2, first_name="Per", last_name="Part", real_address=HOME),
        3: Person(
            id=3,
            first_name="Sara",
            last_name="Skydd",
            protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
        ),
    }
    case = Case(
        id=1,
        reference=CaseReference(CaseKind.CUSTOMER_CARE, 2026, 1),
        kind=CaseKind.CUSTOMER_CARE,
        state="open",
        opened_on=TODAY,
        parties=[
            CaseParty(2, CaseRole.CO_TENANT),
            CaseParty(1, CaseRole.CLIENT),
            CaseParty(3, CaseRole.CONTACT_PERSON),
        ],
    )
    return CaseFile(case=case, persons=persons, today=TODAY)


def test_the_client_comes_first_then_protected_parties() -> None:
    field = mail_recipient.fields(case_file())[0]
    assert field.default == "1"
    assert [c.value for c in field.choices] == ["1", "3"]


def test_the_chosen_person_is_parsed() -> None:
    assert mail_recipient.parse({"person": "3"}, case_file()).person_id == 3


@pytest.mark.parametrize("value", [None, "", "2", "x"])
def test_others_are_refused(value: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        mail_recipient.parse({"person": value}, case_file())
    assert caught.value.fields == ("person",)


def test_a_case_without_anyone_leaves_the_question_to_the_form() -> None:
    file = case_file()
    empty = replace(file, case=replace(file.case, parties=[]), persons={})
    assert mail_recipient.parse({}, empty).person_id is None


def test_missing_address_phrases() -> None:
    hidden = Person(
        id=1, first_name="A", last_name="B", protection=ProtectionLevel.PROTECTED_REGISTRATION
    )
    assert missing_address(hidden, "klientens") == "klientens personnummer eller kontaktadress"
    hidden.personal_number = PersonalNumber.parse("198112189876", today=TODAY)
    assert missing_address(hidden, "klientens") is None
    plain = Person(id=2, first_name="C", last_name="D")
    assert missing_address(plain, "mottagarens") == "mottagarens adress"
