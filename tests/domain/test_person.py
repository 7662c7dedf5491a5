"""Persons and addresses: every problem reported at once, in Swedish, naming the field."""

from __future__ import annotations

import datetime as dt

import pytest

from skyddsapp.domain.address import Address, AddressInput
from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.person import (
    CaseRole,
    Child,
    Person,
    ProtectedField,
    ProtectionLevel,
    check_phone,
    field_text,
    masked_person,
    new_person,
    unmasked_fields,
    with_masked_values,
)
from skyddsapp.domain.personal_number import PersonalNumber

TODAY = dt.date(2026, 3, 15)
HOME = AddressInput("Exempelgatan 1", "753 20", "Uppsala")


def errors_of(**kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        new_person(today=TODAY, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_a_valid_person_is_normalised() -> None:
    person = new_person(
        first_name="  Testa ",
        last_name="Testsson-Exempel",
        personal_number="811218-9876",
        protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
        real_address=AddressInput("Exempelgatan  1", "753 20", "Uppsala", "c/o Prov"),
        phone="070-123 45 67",
        children=[Child("Lilla", 2019)],
        uses_skatteverket_forwarding=True,
        today=TODAY,
    )
    assert person.first_name == "Testa"
    assert person.full_name == "Testa Testsson-Exempel"
    assert person.personal_number == PersonalNumber("198112189876")
    assert person.real_address is not None
    assert person.real_address.street == "Exempelgatan 1"
    assert person.real_address.postal_code == "75320"
    assert person.real_address.care_of == "Prov"
    assert person.real_address.lines() == ("c/o Prov", "Exempelgatan 1", "753 20 Uppsala")
    person.validate(TODAY)


def test_an_empty_personal_number_means_none() -> None:
    person = new_person(first_name="Testa", last_name="Testsson", personal_number=" ")
    assert person.personal_number is None


def test_all_problems_are_reported_together() -> None:
    error = errors_of(
        first_name="",
        last_name="Test2son",
        personal_number="811218-9875",
        real_address=AddressInput("", "7532", "Uppsala"),
        delivery_address=AddressInput("Box 1", "753 20", "Uppsala 3"),
        phone="0701234567890",
        children=[Child("Lilla", 2030), Child("", 2001)],
    )
    assert set(error.fields) == {
        "first_name",
        "last_name",
        "personal_number",
        "real_address.street",
        "real_address.postal_code",
        "delivery_address.city",
        "phone",
        "children[0].birth_year",
        "children[1].first_name",
        "children[1].birth_year",
    }
    assert error.messages_for("first_name") == ["Förnamn saknas."]
    assert error.messages_for("last_name") == ["Efternamn får inte innehålla siffror."]
    assert "Kontrollsiffran" in error.messages_for("personal_number")[0]
    assert error.messages_for("real_address.postal_code") == [
        "Bostadsadress: Postnumret ska ha fem siffror, t.ex. 753 20."
    ]
    assert error.messages_for("delivery_address.city") == [
        "Kontaktadress: Postort får inte innehålla siffror."
    ]
    assert "Barn 1: födelseåret ligger i framtiden." in error.messages_for("children[0].birth_year")
    assert all(message in str(error) for message in error.messages_for("phone"))


def test_forwarding_needs_protection_and_a_personal_number() -> None:
    error = errors_of(first_name="Testa", last_name="Testsson", uses_skatteverket_forwarding=True)
    assert set(error.fields) == {"uses_skatteverket_forwarding", "personal_number"}
    assert "skyddade personuppgifter" in error.messages_for("uses_skatteverket_forwarding")[0]


def test_an_unreadable_number_is_not_also_reported_as_missing() -> None:
    error = errors_of(
        first_name="Testa",
        last_name="Testsson",
        personal_number="81121-89876",
        protection=ProtectionLevel.PROTECTED_REGISTRATION,
        uses_skatteverket_forwarding=True,
    )
    assert error.messages_for("personal_number") == [
        "Bindestreck eller plustecken ska stå före de fyra sista siffrorna."
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Anna-Karin", None),
        ("O'Neil", None),
        ("Åsa Öberg", None),
        ("Ann3", "Förnamn får inte innehålla siffror."),
        ("Ann@", "Förnamn får bara innehålla bokstäver, mellanslag, bindestreck och apostrof."),
        ("--", "Förnamn måste innehålla bokstäver."),
        ("A" * 101, "Förnamn får vara högst 100 tecken."),
        ("Ann\x00", "Förnamn innehåller otillåtna tecken."),
    ],
)
def test_first_name_rules(name: str, message: str | None) -> None:
    if message is None:
        assert new_person(first_name=name, last_name="Testsson").first_name == name
    else:
        assert errors_of(first_name=name, last_name="Testsson").messages_for("first_name") == [
            message
        ]


@pytest.mark.parametrize(
    "phone", ["070-123 45 67", "0701234567", "+46 70 123 45 67", "0046701234567", "018-12 34 56"]
)
def test_swedish_phone_numbers_are_accepted(phone: str) -> None:
    errors: list[FieldError] = []
    check_phone(phone, field="phone", errors=errors)
    assert errors == []


@pytest.mark.parametrize(
    ("phone", "fragment"),
    [
        ("070 123 45 6x", "får bara innehålla siffror"),
        ("(070) 1234567", "får bara innehålla siffror"),
        ("070+1234567", "Plustecknet får bara stå först"),
        ("+47 912 34 567", "svenskt telefonnummer"),
        ("70-123 45 67", "ska börja med 0 eller +46"),
        ("070-123", "fel antal siffror"),
        ("070-123 45 67 89", "fel antal siffror"),
    ],
)
def test_bad_phone_numbers_are_explained(phone: str, fragment: str) -> None:
    errors: list[FieldError] = []
    check_phone(phone, field="phone", errors=errors)
    assert len(errors) == 1
    assert fragment in errors[0].message


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        (("", "753 20", "Uppsala"), "street", "Gatuadress saknas."),
        (("Gata 1", "", "Uppsala"), "postal_code", "Postnummer saknas."),
        (("Gata 1", "07532", "Uppsala"), "postal_code", "Postnumret kan inte börja med 0."),
        (("Gata 1", "abcde", "Uppsala"), "postal_code", "Postnumret ska ha fem siffror"),
        (("Gata 1", "753 201", "Uppsala"), "postal_code", "Postnumret ska ha fem siffror"),
        (("Gata 1", "753 20", ""), "city", "Postort saknas."),
    ],
)
def test_address_rules(fields: tuple[str, str, str], field: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Address(*fields)
    assert caught.value.fields == (field,)
    assert caught.value.errors[0].message.startswith(message)


def test_address_accepts_both_postal_code_forms() -> None:
    assert Address("Gata 1", "75320", "Uppsala") == Address("Gata 1", "753 20", "Uppsala")
    assert Address.parse("Gata 1", "75320", "Uppsala").formatted_postal_code == "753 20"


def test_reprs_do_not_reveal_personal_data() -> None:
    person = new_person(
        first_name="Hemlig",
        last_name="Testsson",
        personal_number="198112189876",
        real_address=HOME,
        children=[Child("Lilla", 2019)],
    )
    text = repr(person) + repr(person.real_address) + repr(person.children)
    for secret in ("Hemlig", "Testsson", "9876", "Exempelgatan", "Lilla"):
        assert secret not in text


@pytest.mark.parametrize(
    ("level", "protected", "hides"),
    [
        (ProtectionLevel.NONE, False, False),
        (ProtectionLevel.CONFIDENTIALITY_MARKING, True, False),
        (ProtectionLevel.PROTECTED_REGISTRATION, True, True),
        (ProtectionLevel.ASSUMED_IDENTITY, True, True),
    ],
)
def test_protection_levels(level: ProtectionLevel, protected: bool, hides: bool) -> None:
    assert level.is_protected is protected
    assert level.hides_real_address is hides
    assert level.label


def test_roles_have_distinct_swedish_labels() -> None:
    labels = [role.label for role in CaseRole]
    assert len(set(labels)) == len(labels)
    assert CaseRole.PERPETRATOR.label == "Våldsutövare"


def test_validate_checks_a_person_built_directly() -> None:
    person = Person(id=None, first_name="Testa", last_name="", phone="12345")
    with pytest.raises(ValidationError) as caught:
        person.validate(TODAY)
    assert set(caught.value.fields) == {"last_name", "phone"}


def _protected_person() -> Person:
    return Person(
        7,
        "Maja",
        "Maskad",
        personal_number=PersonalNumber("198112189876"),
        protection=ProtectionLevel.ASSUMED_IDENTITY,
        real_address=Address("Dold väg 1", "75320", "Uppsala"),
        uses_skatteverket_forwarding=True,
    )


def test_each_protected_field_names_the_attribute_it_masks() -> None:
    assert all(hasattr(_protected_person(), field.value) for field in ProtectedField)


def test_masking_withholds_what_has_a_value_and_an_edit_keeps_it() -> None:
    stored = _protected_person()
    masked = masked_person(stored)
    assert masked.masked == {ProtectedField.PERSONAL_NUMBER, ProtectedField.REAL_ADDRESS}
    assert (masked.personal_number, masked.real_address) == (None, None)
    assert not masked.holds(ProtectedField.PHONE)
    assert masked.holds(ProtectedField.PERSONAL_NUMBER)
    assert field_text(masked, ProtectedField.PERSONAL_NUMBER) == ""
    # A masked number still counts for särskild postförmedling.
    masked.validate(dt.date(2026, 1, 1))
    edited = with_masked_values(masked, stored)
    assert edited == stored
    shown = unmasked_fields(masked, stored, [ProtectedField.REAL_ADDRESS])
    assert shown.real_address == stored.real_address
    assert shown.masked == {ProtectedField.PERSONAL_NUMBER}
    # Not protected: nothing masked unless the case asks for it (a home in a hidden flat).
    plain = Person(8, "Per", "Öppen", real_address=Address("Gatan 2", "75320", "Uppsala"))
    assert masked_person(plain) is plain
    assert masked_person(plain, [ProtectedField.REAL_ADDRESS]).masked == {
        ProtectedField.REAL_ADDRESS
    }
