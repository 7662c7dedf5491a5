"""Bekräftelse av uppsägning: to every tenant, with end date, key return and showings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from form_data import DELIVERY_STREET, FLAT_STREET, form_helpers

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.home_address import (
    WITHHELD_HOME_ADDRESS,
    home_address_withheld,
)
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.paperwork.termination_confirmation import noticed_lease_of_client
from skyddsapp.domain.person import ProtectionLevel

SPEC = FORMS["uppsagning_bekraftelse"]
MakeFile = Callable[..., CaseFile]
WITHHELD = " ".join(WITHHELD_HOME_ADDRESS.split())


options, text_of = form_helpers(SPEC)


def test_the_confirmation_names_lease_dates_and_its_recipient(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    text = text_of(file, pdf_tools)
    for expected in (
        "HK-100200",
        "1234-5678",
        "Uppsägningsdatum 2026-11-20",
        "Avtalet upphör 2027-02-28",
        "Namn Testa Skyddadsson",
        "19811218-9876",
        "Skatteverkets förmedlingsuppdrag",
        "Hyresgäster på avtalet Testa Skyddadsson, Medi Hyresgästsson",
        "Varje hyresgäst på avtalet får en egen bekräftelse.",
        "senast 2027-02-28",
        "Hanna Handläggare",
    ):
        assert expected in text, expected
    assert "19780202-2389" not in text  # the other tenant's number is on their own letter
    assert FLAT_STREET not in text
    assert "kommer inte att annonseras eller visas" in text
    assert "våld" not in text.lower()  # the letter goes to every tenant


def test_the_letter_to_the_co_tenant_withholds_the_hidden_flat(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    text = text_of(file, pdf_tools, recipient="2")
    assert "Namn Medi Hyresgästsson" in text
    assert WITHHELD in text  # the co-tenant's home is the hidden flat
    assert FLAT_STREET not in text
    assert "19811218-9876" not in text
    assert "Skatteverkets förmedlingsuppdrag" not in text


def test_a_perpetrator_co_tenant_never_sees_the_clients_safe_address(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION, delivery=True)
    lease = dataclasses.replace(file.leases[20], tenant_ids=(1, 3))
    file = dataclasses.replace(file, leases={**file.leases, 20: lease})
    to_perpetrator = text_of(file, pdf_tools, recipient="3")
    assert "Våld Utövarsson" in to_perpetrator
    assert DELIVERY_STREET not in to_perpetrator
    assert "19811218-9876" not in to_perpetrator
    to_client = text_of(file, pdf_tools, recipient="1")
    assert DELIVERY_STREET in to_client


@pytest.mark.parametrize(
    ("recipient", "message"), [("", "Välj"), ("4", "står inte"), ("x", "Välj")]
)
def test_the_recipient_must_be_a_tenant_on_the_lease(
    make_file: MakeFile, recipient: str, message: str
) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill_form(SPEC, file, options(file, recipient=recipient), document_number="UH-1")
    assert caught.value.fields == ("recipient",)
    assert message in caught.value.messages_for("recipient")[0]


def test_the_default_is_the_clients_noticed_lease(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    # The new lease first: lease_of_client() would give it, the confirmation must not.
    file = dataclasses.replace(file, case=dataclasses.replace(file.case, lease_ids=[21, 20, 22]))
    assert file.lease_of_client() is file.leases[21]
    assert options(file)["lease"] == "20"
    assert noticed_lease_of_client(file) is file.leases[20]


def test_without_a_client_lease_with_notice_the_default_is_the_clients_lease(
    make_file: MakeFile,
) -> None:
    file = make_file(ProtectionLevel.NONE)
    file = dataclasses.replace(file, case=dataclasses.replace(file.case, lease_ids=[21, 22]))
    assert noticed_lease_of_client(file) is None
    assert options(file)["lease"] == "21"


def test_a_lease_without_notice_cannot_be_confirmed(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(MissingData) as caught:
        fill_form(SPEC, file, options(file, lease="21"), document_number="UH-1")
    assert caught.value.items == ("registrerat uppsägningsdatum för avtalet",)


def test_an_unprotected_case_without_embargo_may_show_the_flat(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.NONE)
    text = text_of(file, pdf_tools)
    assert "kan lägenheten behöva visas" in text
    assert "inte att annonseras" not in text
    assert FLAT_STREET in text  # nothing is hidden in this case


def test_an_embargo_beyond_the_notice_period_is_stated(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    flat = dataclasses.replace(file.apartments[10], embargo_until=dt.date(2027, 6, 1))
    file = dataclasses.replace(file, apartments={**file.apartments, 10: flat})
    text = text_of(file, pdf_tools)
    assert "under uppsägningstiden och inte heller före 2027-06-01" in text
    assert "kan lägenheten behöva visas" not in text


@pytest.mark.parametrize(
    "embargo",
    [
        dt.date(2027, 1, 1),  # within the notice period (the lease ends 28 Feb 2027)
        dt.date(2027, 3, 1),  # the embargo computed from the notice: the day after
    ],
)
def test_an_embargo_within_the_notice_period_is_the_notice_period(
    make_file: MakeFile, pdf_tools: Any, embargo: dt.date
) -> None:
    file = make_file(ProtectionLevel.NONE)
    flat = dataclasses.replace(file.apartments[10], embargo_until=embargo)
    file = dataclasses.replace(file, apartments={**file.apartments, 10: flat})
    text = text_of(file, pdf_tools)
    assert "visas för nya hyresgäster under uppsägningstiden." in text
    assert "inte heller före" not in text


def test_missing_tenant_address_and_flat_are_listed(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    co_tenant = dataclasses.replace(file.persons[2], real_address=None)
    apartments = {k: v for k, v in file.apartments.items() if k != 10}
    file = dataclasses.replace(file, persons={**file.persons, 2: co_tenant}, apartments=apartments)
    with pytest.raises(MissingData) as caught:
        fill_form(SPEC, file, options(file, recipient="2"), document_number="UH-1")
    assert caught.value.items[0] == "lägenheten som avtalet gäller"
    assert any("adress" in item for item in caught.value.items[1:])


@pytest.mark.parametrize(("lease", "message"), [("", "Välj"), ("99", "hör inte"), ("x", "hör")])
def test_a_lease_outside_the_case_is_refused(make_file: MakeFile, lease: str, message: str) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill_form(SPEC, file, options(file, lease=lease), document_number="UH-1")
    assert caught.value.fields == ("lease",)
    assert message in caught.value.messages_for("lease")[0]


# --- the home-address rule the tenant forms share --------------------------------------------


@pytest.mark.parametrize(
    ("level", "withheld"),
    [
        (ProtectionLevel.NONE, False),
        (ProtectionLevel.CONFIDENTIALITY_MARKING, False),
        (ProtectionLevel.PROTECTED_REGISTRATION, True),
        (ProtectionLevel.ASSUMED_IDENTITY, True),
    ],
)
def test_a_co_residents_home_address_is_withheld_only_when_the_flat_is_hidden(
    make_file: MakeFile, level: ProtectionLevel, withheld: bool
) -> None:
    file = make_file(level)
    assert home_address_withheld(file.persons[2], file) is withheld


def test_a_hidden_persons_own_printable_address_is_never_withheld(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    assert not home_address_withheld(file.persons[1], file)  # Skatteverket's forwarding
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION, delivery=True)
    assert not home_address_withheld(file.persons[1], file)  # the contact address


def test_a_person_without_any_address_is_left_to_the_missing_list(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    nobody = dataclasses.replace(file.persons[2], real_address=None)
    assert not home_address_withheld(nobody, file)
