"""Lock-change orders in the domain: defaults, deadlines, and no names in the free text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.paperwork import lock_change
from skyddsapp.domain.paperwork.lock_change import LockChangeReason, Urgency
from skyddsapp.domain.person import CaseRole, Person

TODAY = dt.date(2026, 11, 27)


def case_file(*, perpetrator_in_flat: bool) -> CaseFile:
    case = Case(
        id=1,
        reference=CaseReference(CaseKind.CUSTOMER_CARE, 2026, 1),
        kind=CaseKind.CUSTOMER_CARE,
        state="open",
        opened_on=dt.date(2026, 11, 1),
        parties=[
            CaseParty(1, CaseRole.CLIENT),
            CaseParty(2, CaseRole.PERPETRATOR, lives_in_flat=perpetrator_in_flat),
        ],
        apartment_ids=[10],
        lease_ids=[20],
    )
    flat = Apartment(
        id=10,
        object_number="1000-10",
        address=Address("Provgatan 1", "753 20", "Uppsala"),
        rooms=2,
        area_m2=Decimal(50),
        monthly_rent_sek=7000,
        key_system="ASSA d12",
        key_series="S-1",
    )
    return CaseFile(
        case=case,
        persons={1: Person(1, "Klara", "Ek-Lund"), 2: Person(2, "Bo", "Björk")},
        apartments={10: flat},
        leases={20: Lease(20, "HK-1", 10, (1,), LeaseKind.FIRST_HAND, dt.date(2019, 1, 1))},
        today=TODAY,
    )


def defaults(file: CaseFile) -> dict[str, Any]:
    return {field.name: field.default for field in lock_change.fields(file)}


def test_a_perpetrator_in_the_flat_makes_the_default_urgent() -> None:
    file = case_file(perpetrator_in_flat=True)
    order = lock_change.parse(defaults(file), file)
    assert order.reason is LockChangeReason.UNAUTHORISED_KEYS
    assert order.urgency is Urgency.ACUTE
    assert order.done_by == TODAY + dt.timedelta(days=1)
    assert order.new_keys == 3
    assert order.apartment.object_number == "1000-10"


def test_otherwise_a_missing_key_within_a_week() -> None:
    file = case_file(perpetrator_in_flat=False)
    order = lock_change.parse(defaults(file), file)
    assert order.reason is LockChangeReason.MISSING_KEY
    assert order.done_by == TODAY + dt.timedelta(days=7)


def test_a_planned_change_is_done_by_the_wanted_date() -> None:
    file = case_file(perpetrator_in_flat=False)
    wanted = TODAY + dt.timedelta(days=365)
    values = {**defaults(file), "urgency": "planned", "wanted_date": wanted}
    assert lock_change.parse(values, file).done_by == wanted
    assert lock_change.parse({**values, "wanted_date": TODAY}, file).done_by == TODAY


def test_labels_reveal_nothing_about_the_residents() -> None:
    for reason in LockChangeReason:
        assert "våld" not in reason.label.casefold()
    assert Urgency.ACUTE.label == "Akut – inom 24 timmar"


@pytest.mark.parametrize(
    "detail",
    ["Klara tappade nyckeln", "BJÖRK kan ha nycklar", "nyckel hos Ek-Lund", "lund har nyckel"],
)
def test_names_of_the_case_are_refused_in_the_detail(detail: str) -> None:
    file = case_file(perpetrator_in_flat=True)
    with pytest.raises(ValidationError) as caught:
        lock_change.parse({**defaults(file), "reason": "other", "detail": detail}, file)
    assert caught.value.fields == ("detail",)


@pytest.mark.parametrize("detail", ["Boet är tomt", "Björkar utanför", "Eken vid porten"])
def test_words_that_merely_contain_a_name_are_allowed(detail: str) -> None:
    file = case_file(perpetrator_in_flat=True)
    order = lock_change.parse({**defaults(file), "reason": "other", "detail": detail}, file)
    assert order.detail == detail


def test_every_bad_field_is_reported_at_once() -> None:
    file = case_file(perpetrator_in_flat=False)
    values = {
        "flat": "",
        "reason": "other",
        "detail": "",
        "urgency": "planned",
        "wanted_date": None,
        "new_keys": 0,
    }
    with pytest.raises(ValidationError) as caught:
        lock_change.parse(values, file)
    assert set(caught.value.fields) == {"flat", "detail", "wanted_date", "new_keys"}


def test_a_flat_of_another_case_is_refused() -> None:
    file = case_file(perpetrator_in_flat=False)
    other = replace(file, case=replace(file.case, apartment_ids=[]))
    with pytest.raises(ValidationError) as caught:
        lock_change.parse(defaults(file), other)
    assert caught.value.fields == ("flat",)
