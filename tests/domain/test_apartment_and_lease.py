"""Flats and leases: validation from form input, notice, embargo, Kvinnojour counting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from skyddsapp.domain.address import AddressInput
from skyddsapp.domain.apartment import Apartment, new_apartment
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import (
    Lease,
    LeaseKind,
    LeaseStatus,
    give_notice,
    kvinnojour_leases_in_year,
)

D = dt.date
ADDRESS = AddressInput("Exempelgatan 3", "753 20", "Uppsala")


def test_apartment_from_form_text() -> None:
    flat = new_apartment(
        object_number=" 1234-5678 ",
        address=ADDRESS,
        rooms="2",
        area_m2="52,5",
        monthly_rent_sek="7 850",
        key_system="ASSA d12",
        key_series="S-42",
    )
    assert flat.object_number == "1234-5678"
    assert flat.rooms == 2
    assert flat.area_m2 == Decimal("52.5")
    assert flat.monthly_rent_sek == 7850
    assert flat.landlord == "Uppsalahem AB"
    flat.validate()


def test_apartment_reports_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        new_apartment(
            object_number="",
            address=AddressInput("Exempelgatan 3", "7532", "Uppsala"),
            rooms="11",
            area_m2="femtio",
            monthly_rent_sek="-1",
            landlord=" ",
            key_system="x" * 51,
        )
    error = caught.value
    assert set(error.fields) == {
        "object_number",
        "address.postal_code",
        "rooms",
        "area_m2",
        "monthly_rent_sek",
        "landlord",
        "key_system",
    }
    assert error.messages_for("rooms") == ["Antal rum ska vara mellan 1 och 10."]
    assert error.messages_for("area_m2") == ["Boarean ska vara ett tal, t.ex. 52,5."]
    assert error.messages_for("object_number") == ["Objektnummer saknas."]


@pytest.mark.parametrize(
    ("object_number", "ok"),
    [("1234-5678", True), ("12345678", True), ("A12/3", True), ("abc", False), ("1" * 31, False)],
)
def test_object_numbers(object_number: str, ok: bool) -> None:
    def build() -> Apartment:
        return new_apartment(
            object_number=object_number,
            address=ADDRESS,
            rooms=1,
            area_m2=Decimal(30),
            monthly_rent_sek=5000,
        )

    if ok:
        assert build().object_number == object_number
    else:
        with pytest.raises(ValidationError) as caught:
            build()
        assert caught.value.fields == ("object_number",)


def test_area_must_be_positive() -> None:
    with pytest.raises(ValidationError) as caught:
        new_apartment(object_number="1", address=ADDRESS, rooms=1, area_m2="0", monthly_rent_sek=0)
    assert caught.value.messages_for("area_m2") == ["Boarean ska vara större än 0 m²."]


def test_embargo_on_advertising_and_showing() -> None:
    flat = new_apartment(
        object_number="1",
        address=ADDRESS,
        rooms=1,
        area_m2=30,
        monthly_rent_sek=0,
        embargo_until=D(2026, 1, 1),
    )
    assert not flat.may_be_advertised(D(2025, 12, 31))
    assert flat.may_be_advertised(D(2026, 1, 1))


def lease(**changes: object) -> Lease:
    values: dict[str, object] = {
        "id": 1,
        "contract_number": "K-1",
        "apartment_id": 5,
        "tenant_ids": (1,),
        "kind": LeaseKind.FIRST_HAND,
        "start_date": D(2020, 1, 1),
    }
    values.update(changes)
    return Lease(**values)  # type: ignore[arg-type]


def test_give_notice_sets_status_and_end_date() -> None:
    original = lease()
    noticed = give_notice(original, D(2025, 9, 15))
    assert noticed.status is LeaseStatus.NOTICE_GIVEN
    assert noticed.end_date == D(2025, 12, 31)
    assert original.notice_date is None


def test_notice_twice_is_refused() -> None:
    noticed = give_notice(lease(), D(2025, 9, 15))
    with pytest.raises(ValidationError, match="redan uppsagt"):
        give_notice(noticed, D(2025, 10, 1))


def test_notice_before_start_is_refused() -> None:
    with pytest.raises(ValidationError, match="före avtalets startdatum"):
        give_notice(lease(), D(2019, 12, 31))


def test_lease_consistency_rules() -> None:
    with pytest.raises(ValidationError) as caught:
        lease(contract_number="", tenant_ids=(), status=LeaseStatus.NOTICE_GIVEN).validate()
    assert set(caught.value.fields) == {"contract_number", "tenant_ids", "notice_date"}
    with pytest.raises(ValidationError) as caught:
        lease(tenant_ids=(1, 1), notice_date=D(2025, 1, 1)).validate()
    assert set(caught.value.fields) == {"tenant_ids", "status"}


def test_kvinnojour_leases_are_counted_per_calendar_year() -> None:
    kj = LeaseKind.SECOND_HAND_KVINNOJOUR
    leases = [
        lease(kind=kj, start_date=D(2025, 6, 1)),
        lease(kind=kj, start_date=D(2026, 2, 1)),
        lease(kind=kj, start_date=D(2026, 12, 31)),
        lease(kind=LeaseKind.SOCIAL_CONTRACT, start_date=D(2026, 3, 1)),
    ]
    assert kvinnojour_leases_in_year(leases, 2026) == 2
    assert kvinnojour_leases_in_year(leases, 2025) == 1
