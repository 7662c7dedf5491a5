"""Use cases for flats and leases: duplicates, tenants, the Kvinnojour quota, notice."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from service_support import TODAY, Factory, last_audit, snapshot

from skyddsapp.domain.address import Address
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.services import housing
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.services.search import search_cases

KJ = LeaseKind.SECOND_HAND_KVINNOJOUR


def _tenant(make: Factory) -> int:
    person = make.person("Hyra", "Gästsson")
    assert person.id is not None
    return person.id


def test_a_flat_is_stored_and_logged(session: Session, make: Factory) -> None:
    flat = make.apartment("Bostadsgatan 9", number="4711-0001")
    assert flat.id is not None
    stored = housing.get_apartment(session, flat.id)
    assert stored.object_number == "4711-0001"
    assert stored.address.street == "Bostadsgatan 9"
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id) == ("apartment.create", str(flat.id))


def test_a_second_flat_with_the_same_object_number_is_refused(
    session: Session, make: Factory
) -> None:
    make.apartment(number="4711-0002")
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        make.apartment("Annangatan 1", number="4711-0002")
    assert caught.value.fields == ("object_number",)
    assert caught.value.errors[0].message == "Objektnumret 4711-0002 finns redan."
    assert snapshot(session.conn) == before


def test_editing_a_flat_onto_another_flats_number_is_refused(
    session: Session, make: Factory
) -> None:
    make.apartment(number="4711-0003")
    second = make.apartment(number="4711-0004")
    assert second.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="Objektnumret 4711-0003 finns redan"):
        housing.update_apartment(session, replace(second, object_number="4711-0003"))
    assert snapshot(session.conn) == before
    assert housing.get_apartment(session, second.id).object_number == "4711-0004"
    # Keeping its own number is no duplicate.
    housing.update_apartment(session, replace(second, rooms=3))
    assert housing.get_apartment(session, second.id).rooms == 3


def test_a_flat_edit_reindexes_the_cases_it_is_in(session: Session, make: Factory) -> None:
    flat = make.apartment("Gamlagatan 5")
    case = make.case(apartments=[flat])
    assert [r.id for r in search_cases(session, "Gamlagatan").rows] == [case.id]
    housing.update_apartment(
        session, replace(flat, address=Address("Nyagränden 5", "75428", "Uppsala"))
    )
    assert search_cases(session, "Gamlagatan").rows == []
    assert [r.id for r in search_cases(session, "Nyagränden").rows] == [case.id]


def test_a_lease_with_a_tenant_missing_from_the_vault_is_refused(
    session: Session, make: Factory
) -> None:
    flat = make.apartment()
    assert flat.id is not None
    tenant = _tenant(make)
    before = snapshot(session.conn)
    lease = Lease(None, "K-SAKNAS-1", flat.id, (tenant, 987654), LeaseKind.FIRST_HAND, TODAY)
    with pytest.raises(ValidationError) as caught:
        housing.create_lease(session, lease)
    assert caught.value.fields == ("tenant_ids",)
    assert caught.value.errors[0].message == "En hyresgäst på avtalet finns inte i valvet."
    assert lease.id is None
    assert snapshot(session.conn) == before


def test_a_lease_without_tenants_or_flat_or_with_a_taken_number_is_refused(
    session: Session, make: Factory
) -> None:
    tenant = _tenant(make)
    taken = make.lease((tenant,))
    flat_id = taken.apartment_id
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="minst en hyresgäst"):
        housing.create_lease(
            session, Lease(None, "K-TOM", flat_id, (), LeaseKind.FIRST_HAND, TODAY)
        )
    with pytest.raises(NotFound, match="Lägenheten 987654 finns inte"):
        housing.create_lease(
            session, Lease(None, "K-UTAN", 987654, (tenant,), LeaseKind.FIRST_HAND, TODAY)
        )
    with pytest.raises(ValidationError, match=f"Kontraktsnumret {taken.contract_number} finns"):
        housing.create_lease(
            session,
            Lease(None, taken.contract_number, flat_id, (tenant,), LeaseKind.FIRST_HAND, TODAY),
        )
    assert snapshot(session.conn) == before


def test_kvinnojour_two_flats_a_year_then_the_third_needs_a_reason(
    session: Session, make: Factory
) -> None:
    tenant = _tenant(make)
    year = 2027  # no other test in this module lets a Kvinnojour flat in 2027
    make.lease((tenant,), kind=KJ, start=dt.date(year, 1, 10))
    second = make.lease((tenant,), kind=KJ, start=dt.date(year, 12, 31))
    assert last_audit(session.conn).reason == ""
    assert second.id is not None

    before = snapshot(session.conn)
    for reason in (None, "", "   "):
        with pytest.raises(RuleViolation, match="redan fått 2 lägenheter"):
            make.lease((tenant,), kind=KJ, start=dt.date(year, 6, 1), override_reason=reason)
    # A flat is stored by make.lease before the lease: count only what the lease would add.
    after = snapshot(session.conn)
    assert after["leases"] == before["leases"]
    assert after["lease_tenants"] == before["lease_tenants"]

    third = make.lease(
        (tenant,),
        kind=KJ,
        start=dt.date(year, 6, 1),
        override_reason="  Styrelsen medgav undantag 2027-05-20.  ",
    )
    assert third.id is not None
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id) == ("lease.create", str(third.id))
    assert entry.reason == "Styrelsen medgav undantag 2027-05-20."
    assert entry.details == "kvinnojour quota override"


def test_other_lease_kinds_do_not_use_up_the_kvinnojour_quota(
    session: Session, make: Factory
) -> None:
    tenant = _tenant(make)
    year = 2029
    for kind in (LeaseKind.FIRST_HAND, LeaseKind.SOCIAL_CONTRACT, LeaseKind.FIRST_HAND):
        make.lease((tenant,), kind=kind, start=dt.date(year, 3, 1))
    make.lease((tenant,), kind=KJ, start=dt.date(year, 3, 1))
    make.lease((tenant,), kind=KJ, start=dt.date(year, 3, 2))
    with pytest.raises(RuleViolation):
        make.lease((tenant,), kind=KJ, start=dt.date(year, 3, 3))


def test_a_kvinnojour_lease_starting_next_year_counts_against_next_year(
    session: Session, make: Factory
) -> None:
    tenant = _tenant(make)
    december = Session(session.vault, lambda: dt.date(2030, 12, 20))
    early = Factory(december)
    early.lease((tenant,), kind=KJ, start=dt.date(2030, 2, 1))
    early.lease((tenant,), kind=KJ, start=dt.date(2030, 9, 1))
    with pytest.raises(RuleViolation):
        early.lease((tenant,), kind=KJ, start=dt.date(2030, 12, 30))

    # Signed in December, starting in January: next year's quota, still free.
    early.lease((tenant,), kind=KJ, start=dt.date(2031, 1, 2))
    early.lease((tenant,), kind=KJ, start=dt.date(2031, 1, 3))
    with pytest.raises(RuleViolation, match="redan fått 2"):
        early.lease((tenant,), kind=KJ, start=dt.date(2031, 1, 4))


@pytest.mark.parametrize(
    ("notice", "end"),
    [
        (dt.date(2026, 9, 15), dt.date(2026, 12, 31)),
        (dt.date(2026, 8, 31), dt.date(2026, 11, 30)),
        (dt.date(2026, 11, 30), dt.date(2027, 2, 28)),
    ],
)
def test_register_notice_stores_the_date_and_gives_the_end_date(
    session: Session, make: Factory, notice: dt.date, end: dt.date
) -> None:
    lease = make.lease((_tenant(make),), start=dt.date(2021, 4, 1))
    assert lease.id is not None
    noticed = housing.register_notice(session, lease.id, notice)
    assert noticed.end_date == end
    stored = housing.get_lease(session, lease.id)
    assert stored.notice_date == notice
    assert stored.status is LeaseStatus.NOTICE_GIVEN
    assert stored.end_date == end
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.details) == (
        "lease.notice",
        str(lease.id),
        notice.isoformat(),
    )


def test_notice_twice_or_before_the_start_is_refused_and_changes_nothing(
    session: Session, make: Factory
) -> None:
    tenant = _tenant(make)
    lease = make.lease((tenant,), start=dt.date(2024, 6, 1))
    assert lease.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="före avtalets startdatum"):
        housing.register_notice(session, lease.id, dt.date(2024, 5, 31))
    assert snapshot(session.conn) == before
    assert housing.get_lease(session, lease.id).status is LeaseStatus.ACTIVE

    housing.register_notice(session, lease.id, dt.date(2026, 1, 15))
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="redan uppsagt"):
        housing.register_notice(session, lease.id, dt.date(2026, 2, 15))
    assert snapshot(session.conn) == before
    assert housing.get_lease(session, lease.id).notice_date == dt.date(2026, 1, 15)


def test_notice_on_an_unknown_lease_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound, match="Hyresavtalet 987654 finns inte"):
        housing.register_notice(session, 987654, TODAY)


def test_an_edited_lease_is_checked_like_a_new_one_and_nothing_changes_when_refused(
    session: Session, make: Factory
) -> None:
    tenant = _tenant(make)
    first = make.lease((tenant,))
    second = make.lease((tenant,))
    assert second.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match=f"Kontraktsnumret {first.contract_number} finns"):
        housing.update_lease(session, replace(second, contract_number=first.contract_number))
    with pytest.raises(ValidationError, match="En hyresgäst på avtalet finns inte"):
        housing.update_lease(session, replace(second, tenant_ids=(tenant, 987654)))
    with pytest.raises(NotFound, match="Lägenheten 987654"):
        housing.update_lease(session, replace(second, apartment_id=987654))
    assert snapshot(session.conn) == before
    assert housing.get_lease(session, second.id) == second
    # Its own contract number is no duplicate.
    housing.update_lease(session, replace(second, tenant_ids=(tenant,)))


def test_an_edit_cannot_slip_a_third_kvinnojour_flat_past_the_quota(
    session: Session, make: Factory
) -> None:
    tenant = _tenant(make)
    year = 2034
    kept = make.lease((tenant,), kind=KJ, start=dt.date(year, 1, 1))
    make.lease((tenant,), kind=KJ, start=dt.date(year, 2, 1))
    first_hand = make.lease((tenant,), start=dt.date(year, 3, 1))
    as_kvinnojour = replace(first_hand, kind=KJ)
    with pytest.raises(RuleViolation):
        housing.update_lease(session, as_kvinnojour)
    moved_in = make.lease((tenant,), kind=KJ, start=dt.date(year + 1, 1, 1))
    with pytest.raises(RuleViolation):
        housing.update_lease(session, replace(moved_in, start_date=dt.date(year, 12, 1)))
    assert housing.get_lease(session, first_hand.id).kind is LeaseKind.FIRST_HAND  # type: ignore[arg-type]

    # Editing a lease already counted in the year does not count it twice.
    housing.update_lease(session, replace(kept, start_date=dt.date(year, 1, 15)))
    housing.update_lease(session, as_kvinnojour, override_reason="Beslut i styrelsen.")
    entry = last_audit(session.conn)
    assert (entry.action, entry.reason) == ("lease.update", "Beslut i styrelsen.")


def test_a_flat_address_is_revealed_only_with_a_reason_and_logged(
    session: Session, make: Factory
) -> None:
    from skyddsapp.services import audit as audit_service

    flat = make.apartment()
    assert flat.id is not None
    before = len(audit_service.entries(session.vault))
    with pytest.raises(ValidationError, match="varför"):
        housing.reveal_apartment_address(session, flat.id, "  ")
    assert len(audit_service.entries(session.vault)) == before
    text = housing.reveal_apartment_address(session, flat.id, "Upprätta dokument")
    assert flat.address.street in text
    entry = audit_service.entries(session.vault)[-1]
    assert (entry.action, entry.reason) == ("apartment.reveal", "Upprätta dokument")
