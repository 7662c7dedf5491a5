"""Agreements through the use cases: register, edit, refusals, and the Kvinnojour quota they set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from placement_support import case_with_client, counts, framework
from service_support import TODAY, Factory, last_audit

from skyddsapp.domain.agreement import Agreement, AgreementKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.users import Role
from skyddsapp.services import agreements, housing, placements
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.vault.vault import Vault

KJ = LeaseKind.SECOND_HAND_KVINNOJOUR
D = dt.date
Login = Callable[[Vault, str, Role], Session]


def kvinnojour(
    start: dt.date, end: dt.date | None = None, flats: int | None = 2, title: str = "Avtal"
) -> Agreement:
    return Agreement(None, AgreementKind.KVINNOJOUR, "Uppsala Kvinnojour", title, start, end, flats)


def test_register_list_and_edit(fresh_session: Session) -> None:
    session = fresh_session
    created = agreements.create_agreement(
        session,
        Agreement(
            None,
            AgreementKind.IOP,
            "  Uppsala  Kvinnojour ",
            "IOP med Uppsala Kvinnojour",
            D(2025, 1, 1),
            D(2027, 12, 31),
            notes="Stöd och förebyggande arbete.\r\n",
        ),
    )
    assert created.id is not None
    assert created.counterpart == "Uppsala Kvinnojour"
    assert created.notes == "Stöd och förebyggande arbete."
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id, entry.details) == (
        "agreement.create",
        "agreement",
        str(created.id),
        "iop",
    )
    later = agreements.create_agreement(session, kvinnojour(D(2025, 10, 1), title="Tillsvidare"))
    assert agreements.list_agreements(session) == [later, created]
    assert agreements.get_agreement(session, created.id) == created

    edited = agreements.update_agreement(
        session, replace(created, kind=AgreementKind.OTHER, title="IOP (ändrad)")
    )
    assert agreements.get_agreement(session, created.id) == edited
    assert edited.title == "IOP (ändrad)"
    assert last_audit(session.conn).details == "iop -> other"


def test_in_force_on_a_day(fresh_session: Session) -> None:
    session = fresh_session
    first = agreements.create_agreement(session, kvinnojour(D(2024, 6, 1), D(2025, 9, 30)))
    second = agreements.create_agreement(session, kvinnojour(D(2025, 10, 1)))
    on = agreements.agreement_on
    assert on(session, AgreementKind.KVINNOJOUR, D(2025, 9, 30)) == first
    assert on(session, AgreementKind.KVINNOJOUR, D(2025, 10, 1)) == second
    assert on(session, AgreementKind.KVINNOJOUR, D(2024, 5, 31)) is None
    assert on(session, AgreementKind.IOP, D(2025, 10, 1)) is None
    assert agreements.agreements_in_force(session, AgreementKind.KVINNOJOUR, TODAY) == [second]


def test_refusals_change_nothing(fresh_session: Session) -> None:
    session = fresh_session
    stored = agreements.create_agreement(session, kvinnojour(D(2025, 10, 1)))
    before = counts(session.conn)
    with pytest.raises(ValidationError) as caught:
        agreements.create_agreement(session, kvinnojour(D(2025, 10, 1), D(2025, 9, 1), flats=21))
    assert caught.value.messages_for("valid_until") == [
        "Avtalet kan inte upphöra före den dag det börjar gälla."
    ]
    assert caught.value.messages_for("flats_per_year") == [
        "Antalet lägenheter per år ska vara mellan 0 och 20."
    ]
    with pytest.raises(ValidationError, match="Perioden överlappar avtalet ”Avtal”"):
        agreements.create_agreement(session, kvinnojour(D(2026, 1, 1), title="Nytt"))
    with pytest.raises(ValidationError, match="Motpart saknas"):
        agreements.update_agreement(session, replace(stored, counterpart=" "))
    with pytest.raises(NotFound, match="Avtalet 999 finns inte"):
        agreements.update_agreement(session, replace(stored, id=999))
    assert counts(session.conn) == before
    assert agreements.get_agreement(session, stored.id or 0) == stored


def test_an_auditor_may_neither_read_nor_change(fresh_vault: Vault, login: Login) -> None:
    auditor = login(fresh_vault, "granskare", Role.AUDITOR)
    with pytest.raises(NotAllowed):
        agreements.list_agreements(auditor)
    before = counts(auditor.conn)
    with pytest.raises(NotAllowed):
        agreements.create_agreement(auditor, kvinnojour(D(2025, 10, 1)))
    assert counts(auditor.conn) == before


def test_a_placement_keeps_its_agreement_in_shape(session: Session, make: Factory) -> None:
    agreement = framework(session, D(2025, 7, 1), D(2029, 6, 30), "Ramavtal A")
    case = case_with_client(make, CaseKind.SHELTER_EXIT)
    assert case.id is not None
    assert agreement.id is not None
    placements.record_placement(
        session,
        Placement(None, case.id, agreement.id, "Leverantör AB", True, D(2025, 8, 1), TODAY),
        outcome=None,
        children_count=0,
    )
    before = counts(session.conn)
    with pytest.raises(ValidationError, match="En placering under avtalet började 2025-08-01"):
        agreements.update_agreement(session, replace(agreement, valid_from=D(2025, 9, 1)))
    with pytest.raises(ValidationError, match="1 placeringar i skyddat boende hänvisar"):
        agreements.update_agreement(session, replace(agreement, kind=AgreementKind.OTHER))
    assert counts(session.conn) == before


# ----------------------------------------------------------------- the Kvinnojour quota


def _flat_tenant(make: Factory) -> int:
    tenant = make.person("Jour", "Hyresgästsson")
    assert tenant.id is not None
    return tenant.id


def test_the_quota_comes_from_the_agreement_in_force(fresh_session: Session) -> None:
    session = fresh_session
    make = Factory(session)
    tenant = _flat_tenant(make)
    agreements.create_agreement(
        session, kvinnojour(D(2026, 1, 1), flats=1, title="Tillsvidareavtal")
    )
    first = make.lease((tenant,), kind=KJ, start=D(2026, 2, 1))
    assert first.id is not None
    assert last_audit(session.conn).details == ""
    flat = make.apartment()
    assert flat.id is not None
    before = counts(session.conn)
    with pytest.raises(RuleViolation) as caught:
        make.lease((tenant,), kind=KJ, start=D(2026, 3, 1), apartment_id=flat.id)
    assert str(caught.value) == (
        "Uppsala Kvinnojour har redan fått 1 lägenhet med start 2026. Avtalet "
        "”Tillsvidareavtal” gäller upp till 1 per kalenderår. Ange skälet till undantaget för "
        "att gå vidare."
    )
    assert counts(session.conn) == before
    second = make.lease(
        (tenant,), kind=KJ, start=D(2026, 3, 1), apartment_id=flat.id, override_reason="Akut"
    )
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.reason, entry.details) == (
        "lease.create",
        str(second.id),
        "Akut",
        "kvinnojour quota override",
    )
    assert agreements.agreement_of_lease(session, second) is not None
    assert (
        agreements.agreement_of_lease(session, replace(second, kind=LeaseKind.FIRST_HAND)) is None
    )


def test_a_let_outside_every_recorded_agreement_needs_a_reason(fresh_session: Session) -> None:
    session = fresh_session
    make = Factory(session)
    tenant = _flat_tenant(make)
    agreements.create_agreement(session, kvinnojour(D(2025, 10, 1)))
    flat = make.apartment()
    assert flat.id is not None
    before = counts(session.conn)
    with pytest.raises(RuleViolation) as caught:
        make.lease((tenant,), kind=KJ, start=D(2025, 9, 15), apartment_id=flat.id)
    assert str(caught.value) == (
        "Inget avtal med Uppsala Kvinnojour gäller på startdatumet 2025-09-15; registrera "
        "avtalet under Avtal. Ange skälet till undantaget för att gå vidare."
    )
    assert counts(session.conn) == before
    lease = make.lease(
        (tenant,),
        kind=KJ,
        start=D(2025, 9, 15),
        apartment_id=flat.id,
        override_reason="Avtalet förhandlades om",
    )
    assert last_audit(session.conn).details == "kvinnojour no agreement override"
    assert agreements.agreement_of_lease(session, lease) is None
    # An edit that keeps the start date is not checked again; one that moves it is.
    housing.update_lease(session, replace(lease, contract_number="KJ-ÄNDRAT"))
    with pytest.raises(RuleViolation, match="startdatumet 2025-09-20"):
        housing.update_lease(session, replace(lease, start_date=D(2025, 9, 20)))
    housing.update_lease(session, replace(lease, start_date=D(2025, 10, 20)))
    assert last_audit(session.conn).details == ""


def test_without_any_agreement_the_boards_two_flats_hold(fresh_session: Session) -> None:
    session = fresh_session
    make = Factory(session)
    tenant = _flat_tenant(make)
    make.lease((tenant,), kind=KJ, start=D(2019, 1, 1))
    make.lease((tenant,), kind=KJ, start=D(2019, 2, 1))
    with pytest.raises(RuleViolation, match="Inget avtal anger något antal, så styrelsens beslut"):
        make.lease((tenant,), kind=KJ, start=D(2019, 3, 1))
