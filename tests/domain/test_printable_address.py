"""The printable-address rule: a hidden real address never reaches paper."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.address import Address
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.person import Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.printable_address import (
    SKATTEVERKET_FORWARDING_ADDRESS,
    SKATTEVERKET_FORWARDING_INSTRUCTION,
    AddressSource,
)
from skyddsapp.domain.rules import may_print_real_address, printable_address

REAL = Address("Hemligvägen 7", "752 37", "Uppsala")
DELIVERY = Address("Box 99", "751 05", "Uppsala", "Ombudet")
NUMBER = PersonalNumber("198112189876")
HIDING = (ProtectionLevel.PROTECTED_REGISTRATION, ProtectionLevel.ASSUMED_IDENTITY)


def person(
    protection: ProtectionLevel,
    *,
    real: Address | None = REAL,
    delivery: Address | None = None,
    number: PersonalNumber | None = NUMBER,
    forwarding: bool = False,
) -> Person:
    return Person(
        id=1,
        first_name="Testa",
        last_name="Testsson",
        personal_number=number,
        protection=protection,
        real_address=real,
        delivery_address=delivery,
        uses_skatteverket_forwarding=forwarding,
    )


def test_no_protection_prints_the_real_address() -> None:
    printed = printable_address(person(ProtectionLevel.NONE, delivery=DELIVERY))
    assert printed.source is AddressSource.REAL
    assert printed.recipient == "Testa Testsson"
    assert printed.lines == ("Hemligvägen 7", "752 37 Uppsala")


def test_no_protection_falls_back_to_the_delivery_address() -> None:
    printed = printable_address(person(ProtectionLevel.NONE, real=None, delivery=DELIVERY))
    assert printed.source is AddressSource.DELIVERY
    assert printed.lines == ("c/o Ombudet", "Box 99", "751 05 Uppsala")


def test_no_address_at_all_is_a_rule_violation() -> None:
    with pytest.raises(RuleViolation, match="saknar adress"):
        printable_address(person(ProtectionLevel.NONE, real=None))


def test_confidentiality_marking_prints_the_real_address() -> None:
    printed = printable_address(person(ProtectionLevel.CONFIDENTIALITY_MARKING))
    assert printed.source is AddressSource.REAL


def test_confidentiality_marking_with_forwarding_uses_skatteverket() -> None:
    printed = printable_address(person(ProtectionLevel.CONFIDENTIALITY_MARKING, forwarding=True))
    assert printed.source is AddressSource.SKATTEVERKET_FORWARDING


@pytest.mark.parametrize("level", HIDING)
def test_hidden_address_prefers_the_safe_delivery_address(level: ProtectionLevel) -> None:
    printed = printable_address(person(level, delivery=DELIVERY))
    assert printed.source is AddressSource.DELIVERY
    assert "Hemligvägen 7" not in printed.lines


@pytest.mark.parametrize("level", HIDING)
def test_hidden_address_without_delivery_goes_through_skatteverket(
    level: ProtectionLevel,
) -> None:
    printed = printable_address(person(level))
    assert printed.source is AddressSource.SKATTEVERKET_FORWARDING
    assert printed.lines == SKATTEVERKET_FORWARDING_ADDRESS
    assert printed.inner_envelope == ("19811218-9876",)
    assert printed.instruction == SKATTEVERKET_FORWARDING_INSTRUCTION
    assert "ytterkuvert" in printed.instruction
    assert "personnummer" in printed.instruction


@pytest.mark.parametrize("level", HIDING)
def test_hidden_address_with_nothing_printable_is_refused(level: ProtectionLevel) -> None:
    with pytest.raises(RuleViolation) as caught:
        printable_address(person(level, number=None))
    assert "Hemligvägen" not in str(caught.value)
    assert "aldrig" in str(caught.value)


@pytest.mark.parametrize(
    ("level", "allowed"),
    [
        (ProtectionLevel.NONE, True),
        (ProtectionLevel.CONFIDENTIALITY_MARKING, True),
        (ProtectionLevel.PROTECTED_REGISTRATION, False),
        (ProtectionLevel.ASSUMED_IDENTITY, False),
    ],
)
def test_may_print_real_address(level: ProtectionLevel, allowed: bool) -> None:
    assert may_print_real_address(person(level)) is allowed


@given(
    level=st.sampled_from(HIDING),
    delivery=st.none() | st.just(DELIVERY),
    number=st.none() | st.just(NUMBER),
    forwarding=st.booleans(),
)
def test_the_real_address_never_leaks_for_hiding_levels(
    level: ProtectionLevel,
    delivery: Address | None,
    number: PersonalNumber | None,
    forwarding: bool,
) -> None:
    subject = person(level, delivery=delivery, number=number, forwarding=forwarding)
    if delivery is None and number is None:
        with pytest.raises(RuleViolation) as caught:
            printable_address(subject)
        assert "Hemligvägen" not in str(caught.value)
        return
    printed = printable_address(subject)
    assert printed.source is not AddressSource.REAL
    text = " ".join((*printed.lines, *printed.inner_envelope, printed.instruction))
    assert "Hemligvägen" not in text
    assert "752 37" not in text
