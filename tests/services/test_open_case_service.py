"""The desktop's composite writes, each one use case in one transaction: opening a case with new
persons, flat and lease (the wizard), and a new person, flat or lease on a case (the dialogs)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from service_support import TODAY, Factory, audit_entries, snapshot

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.new_case import NewCase, NewParty
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.services import cases, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound

KJ = LeaseKind.SECOND_HAND_KVINNOJOUR


def _flat(number: str) -> Apartment:
    return Apartment(
        None, number, Address("Öppningsgatan 3", "75320", "Uppsala"), 2, Decimal(48), 6900
    )


def _lease(number: str, kind: LeaseKind = LeaseKind.FIRST_HAND, year: int = 2020) -> Lease:
    # apartment_id and tenant_ids are filled in by open_case.
    return Lease(None, number, 0, (), kind, dt.date(year, 3, 1))


def _actions(session: Session, since: int) -> list[tuple[str, str]]:
    return [(e.action, e.object_type) for e in audit_entries(session.conn)[since:]]


def test_a_case_opens_with_new_persons_flat_and_lease_in_one_go(
    session: Session, make: Factory
) -> None:
    known = make.person("Kent", "Känd")
    assert known.id is not None
    new = NewCase(
        CaseKind.CUSTOMER_CARE,
        (
            NewParty(CaseRole.CLIENT, person=Person(None, "Nora", "Nyöppnad")),
            NewParty(CaseRole.PERPETRATOR, person_id=known.id, lives_in_flat=True),
            NewParty(CaseRole.CO_TENANT, person=Person(None, "Mats", "Medhyrare")),
        ),
        apartment=_flat("701-1"),
        lease=_lease("K-OPP-1"),
        lease_tenants=(0, 2),
        handlers=(session.user_name,),
        children_count=2,
        notes="Öppnat i ett svep.",
    )
    since = len(audit_entries(session.conn))
    before = snapshot(session.conn)

    case = cases.open_case(session, new)

    assert case.id is not None
    assert _actions(session, since) == [
        ("person.create", "person"),
        ("person.create", "person"),
        ("apartment.create", "apartment"),
        ("lease.create", "lease"),
        ("case.create", "case"),
    ]
    after = snapshot(session.conn)
    assert after["persons"] == before["persons"] + 2
    stored = cases.get_case(session, case.id)
    assert {(p.role, p.lives_in_flat) for p in stored.parties} == {
        (CaseRole.CLIENT, False),
        (CaseRole.PERPETRATOR, True),
        (CaseRole.CO_TENANT, False),
    }
    assert stored.person_ids(CaseRole.PERPETRATOR) == [known.id]
    (client_id,) = stored.person_ids(CaseRole.CLIENT)
    (co_tenant_id,) = stored.person_ids(CaseRole.CO_TENANT)
    assert persons.get_person(session, client_id).full_name == "Nora Nyöppnad"
    (apartment_id,) = stored.apartment_ids
    (lease_id,) = stored.lease_ids
    lease = housing.get_lease(session, lease_id)
    assert lease.apartment_id == apartment_id
    assert lease.tenant_ids == (client_id, co_tenant_id)
    assert (stored.handlers, stored.children_count, stored.notes) == (
        (session.user_name,),
        2,
        "Öppnat i ett svep.",
    )


def test_a_bad_lease_after_a_new_person_stores_nothing(session: Session, make: Factory) -> None:
    taken = make.lease((make.person("Tage", "Tagen").id or 0,))
    new = NewCase(
        CaseKind.CUSTOMER_CARE,
        (NewParty(CaseRole.CLIENT, person=Person(None, "Ebba", "Ejsparad")),),
        apartment=_flat("701-2"),
        lease=_lease(taken.contract_number),  # the contract number is taken: refused last
        lease_tenants=(0,),
    )
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="finns redan"):
        cases.open_case(session, new)
    assert snapshot(session.conn) == before
    assert persons.find_by_name_prefix(session, "Ejsparad") == []


def test_a_bad_case_after_everything_else_stores_nothing(session: Session) -> None:
    new = NewCase(
        CaseKind.CUSTOMER_CARE,
        (NewParty(CaseRole.CLIENT, person=Person(None, "Berta", "Barnlös")),),
        apartment=_flat("701-3"),
        lease=_lease("K-OPP-3"),
        lease_tenants=(0,),
        children_count=-1,  # the case itself is refused, after persons, flat and lease
    )
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="Antal barn"):
        cases.open_case(session, new)
    assert snapshot(session.conn) == before


@pytest.mark.parametrize(
    ("new", "field"),
    [
        (NewCase(CaseKind.PRIORITY, (NewParty(CaseRole.CLIENT),)), "parties"),
        (
            NewCase(
                CaseKind.PRIORITY,
                (NewParty(CaseRole.CLIENT, 1, Person(None, "Två", "Sätt")),),
            ),
            "parties",
        ),
        (NewCase(CaseKind.PERPETRATOR_MOVE), "parties"),
        (NewCase(CaseKind.PRIORITY, apartment=_flat("701-9")), "apartment"),
        (NewCase(CaseKind.CUSTOMER_CARE, lease=_lease("K-OPP-X")), "lease"),
        (
            NewCase(
                CaseKind.CUSTOMER_CARE,
                apartment=_flat("701-8"),
                lease=_lease("K-OPP-Y"),
                lease_tenants=(3,),
            ),
            "tenant_ids",
        ),
    ],
    ids=["no-person", "both", "no-perpetrator", "flat-on-priority", "lease-no-flat", "tenant"],
)
def test_what_does_not_hold_together_is_refused_before_anything_is_stored(
    session: Session, new: NewCase, field: str
) -> None:
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        cases.open_case(session, new)
    assert field in caught.value.fields
    assert snapshot(session.conn) == before


def test_the_kvinnojour_quota_rolls_back_the_whole_case_until_a_reason_is_given(
    fresh_session: Session,
) -> None:
    session = fresh_session
    make = Factory(session)
    tenant = make.person("Jorun", "Jourdotter")
    assert tenant.id is not None
    for _ in range(2):
        make.lease((tenant.id,), kind=KJ, start=dt.date(2026, 2, 1))
    new = NewCase(
        CaseKind.KVINNOJOUR_SUBLET,
        (NewParty(CaseRole.CLIENT, person=Person(None, "Kvota", "Kvotsdotter")),),
        apartment=_flat("701-4"),
        lease=_lease("K-OPP-KJ", KJ, 2026),
        lease_tenants=(0,),
    )
    before = snapshot(session.conn)
    with pytest.raises(RuleViolation):
        cases.open_case(session, new)
    assert snapshot(session.conn) == before

    since = len(audit_entries(session.conn))
    case = cases.open_case(session, replace(new, override_reason="Akut, beslut av enhetschef"))
    assert case.id is not None
    entries = audit_entries(session.conn)[since:]
    assert [e.action for e in entries] == [
        "person.create",
        "apartment.create",
        "lease.create",
        "case.create",
    ]
    assert entries[2].reason == "Akut, beslut av enhetschef"


# ------------------------------------------------------------ the dialogs' use cases


def _case(make: Factory) -> Case:
    client = make.person("Cilla", "Dialogsson")
    case = make.case(client=client)
    assert case.id is not None
    return case


def test_a_new_person_joins_the_case_in_one_transaction(session: Session, make: Factory) -> None:
    case = _case(make)
    assert case.id is not None
    since = len(audit_entries(session.conn))
    person = Person(None, "Ove", "Ombudsman", phone="018-12 34 56")

    created = cases.add_new_person(session, case.id, person, CaseRole.AGENT, lives_in_flat=True)

    assert created.id is not None
    assert _actions(session, since) == [("person.create", "person"), ("case.update", "case")]
    party = cases.get_case(session, case.id).parties[-1]
    assert (party.person_id, party.role, party.lives_in_flat) == (
        created.id,
        CaseRole.AGENT,
        True,
    )


def test_a_new_person_is_not_stored_when_the_case_cannot_take_them(
    session: Session, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = _case(make)
    assert case.id is not None
    before = snapshot(session.conn)
    with pytest.raises(NotFound):
        cases.add_new_person(session, 987654, Person(None, "Ingen", "Ärende"), CaseRole.AGENT)

    def refuse(session: Session, case: Case) -> Case:
        raise ValidationError.single("parties", "Vägrad i testet.")

    monkeypatch.setattr(cases, "update_case", refuse)  # fails after the person is stored
    with pytest.raises(ValidationError, match="Vägrad i testet"):
        cases.add_new_person(session, case.id, Person(None, "Halv", "Vägen"), CaseRole.AGENT)
    assert snapshot(session.conn) == before
    assert persons.find_by_name_prefix(session, "Vägen") == []


def test_a_new_flat_is_linked_in_one_transaction_or_not_at_all(
    session: Session, make: Factory
) -> None:
    case = _case(make)
    assert case.id is not None
    since = len(audit_entries(session.conn))

    flat = cases.add_new_apartment(session, case.id, _flat("701-5"))

    assert flat.id is not None
    assert cases.get_case(session, case.id).apartment_ids == [flat.id]
    assert _actions(session, since) == [("apartment.create", "apartment"), ("case.update", "case")]
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="finns redan"):
        cases.add_new_apartment(session, case.id, _flat("701-5"))
    with pytest.raises(NotFound):
        cases.add_new_apartment(session, 987654, _flat("701-6"))
    assert snapshot(session.conn) == before


def test_a_new_lease_is_linked_in_one_transaction_or_not_at_all(
    fresh_session: Session,
) -> None:
    session = fresh_session
    make = Factory(session)
    case = _case(make)
    assert case.id is not None
    (client_id,) = case.person_ids(CaseRole.CLIENT)
    flat = cases.add_new_apartment(session, case.id, _flat("701-7"))
    assert flat.id is not None
    since = len(audit_entries(session.conn))

    lease = Lease(None, "K-OPP-L1", flat.id, (client_id,), LeaseKind.FIRST_HAND, TODAY)
    created = cases.add_new_lease(session, case.id, lease)

    assert created.id is not None
    assert cases.get_case(session, case.id).lease_ids == [created.id]
    assert _actions(session, since) == [("lease.create", "lease"), ("case.update", "case")]
    for number in ("K-Q1", "K-Q2"):
        cases.add_new_lease(session, case.id, replace(lease, contract_number=number, kind=KJ))
    before = snapshot(session.conn)
    third = replace(lease, contract_number="K-Q3", kind=KJ)
    with pytest.raises(RuleViolation):
        cases.add_new_lease(session, case.id, third)
    with pytest.raises(NotFound):
        cases.add_new_lease(session, 987654, replace(lease, contract_number="K-Q4"))
    assert snapshot(session.conn) == before
    made = cases.add_new_lease(session, case.id, third, override_reason="Beslut av enhetschef")
    assert made.id in cases.get_case(session, case.id).lease_ids
