"""Use cases for cases: numbering, workflow steps, appended records, and who may do what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from service_support import TODAY, Factory, audit_entries, last_audit, snapshot

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference, TenantApproval
from skyddsapp.domain.users import Role
from skyddsapp.services import accounts, cases, housing, persons, tenant_approvals
from skyddsapp.services import audit as audit_service
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.services.search import search_cases
from skyddsapp.vault.vault import Vault

LoginFn = Callable[[Vault, str, Role], Session]


def _need_confirmed(day: dt.date = TODAY) -> Decision:
    return Decision(day, DecisionKind.NEED_CONFIRMATION, "Nexus styrker behovet.", "Nexus", True)


def _flat() -> Apartment:
    return Apartment(
        None, "999-1", Address("Granskargatan 1", "75320", "Uppsala"), 1, Decimal(30), 5000
    )


def test_references_run_per_kind_and_year(session: Session) -> None:
    # The shared vault is fresh for 2031 and 2032.
    in_2031 = Session(session.vault, lambda: dt.date(2031, 3, 1))
    in_2032 = Session(session.vault, lambda: dt.date(2032, 1, 1))
    made = [
        cases.create_case(in_2031, CaseKind.CUSTOMER_CARE),
        cases.create_case(in_2031, CaseKind.CUSTOMER_CARE),
        cases.create_case(in_2031, CaseKind.KVINNOJOUR_SUBLET),
        cases.create_case(in_2032, CaseKind.CUSTOMER_CARE),
        cases.create_case(in_2031, CaseKind.CUSTOMER_CARE),
    ]
    assert [str(c.reference) for c in made] == [
        "KV-2031-0001",
        "KV-2031-0002",
        "KJ-2031-0001",
        "KV-2032-0001",
        "KV-2031-0003",
    ]
    for case in made:
        assert case.id is not None
        assert str(cases.get_case(session, case.id).reference) == str(case.reference)


def test_a_refused_case_uses_no_reference(session: Session) -> None:
    in_2033 = Session(session.vault, lambda: dt.date(2033, 2, 2))
    cases.create_case(in_2033, CaseKind.HOUSING_CHAIN)
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="En part i ärendet finns inte i valvet"):
        cases.create_case(
            in_2033, CaseKind.HOUSING_CHAIN, parties=[CaseParty(987654, CaseRole.CLIENT)]
        )
    with pytest.raises(ValidationError, match="En lägenhet finns inte"):
        cases.create_case(in_2033, CaseKind.HOUSING_CHAIN, apartment_ids=[987654])
    with pytest.raises(ValidationError, match="Ett hyresavtal finns inte"):
        cases.create_case(in_2033, CaseKind.HOUSING_CHAIN, lease_ids=[987654])
    with pytest.raises(ValidationError, match="Antal barn"):
        cases.create_case(in_2033, CaseKind.HOUSING_CHAIN, children_count=-1)
    assert snapshot(session.conn) == before
    assert str(cases.create_case(in_2033, CaseKind.HOUSING_CHAIN).reference) == "BK-2033-0002"


def test_a_new_case_is_stored_with_its_opening_event_handler_and_audit_entry(
    session: Session, make: Factory
) -> None:
    client = make.person("Klara", "Klientsson")
    case = make.case(client=client, notes="  Behöver markplan.  ")
    assert case.id is not None
    stored = cases.get_case(session, case.id)
    assert stored.state == "received"
    assert stored.handlers == (session.user_name,)
    assert stored.notes == "Behöver markplan."
    assert [e.kind for e in stored.events] == [EventKind.OPENED]
    assert stored.parties == [CaseParty(client.id, CaseRole.CLIENT)]  # type: ignore[arg-type]
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.details) == (
        "case.create",
        str(case.id),
        f"customer_care; handläggare {session.user_name}",
    )


def test_an_illegal_step_is_refused_and_changes_nothing(session: Session, make: Factory) -> None:
    case = make.case(client=make.person())
    assert case.id is not None
    cases.add_decision(session, case.id, _need_confirmed())
    stored = cases.get_case(session, case.id)
    before = snapshot(session.conn)
    for action in ("grant", "close", "no_such_step"):
        with pytest.raises(TransitionError) as caught:
            cases.take_step(session, case.id, action)
        assert caught.value.missing == ()
    assert snapshot(session.conn) == before
    after = cases.get_case(session, case.id)
    assert after.state == "received"
    assert after.events == stored.events


def test_a_step_with_missing_requirements_lists_them_and_changes_nothing(
    session: Session, make: Factory
) -> None:
    case = make.case()  # no client, no decision
    assert case.id is not None
    before = snapshot(session.conn)
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "confirm_need")
    assert caught.value.missing == (
        "Ärendet saknar klient: lägg till den våldsutsatta som part med rollen Klient.",
        "Nexus har inte styrkt behovet: registrera Nexus beslut om styrkt behov av ny bostad.",
    )
    assert "Saknas:" in str(caught.value)
    with pytest.raises(TransitionError) as cancel:
        cases.take_step(session, case.id, "cancel", reason="   ")
    assert cancel.value.missing == ("Ange en motivering för steget.",)
    assert snapshot(session.conn) == before
    assert cases.get_case(session, case.id).state == "received"


def test_a_legal_step_moves_the_case_and_records_event_and_audit_entry(
    session: Session, make: Factory
) -> None:
    case = make.case(client=make.person())
    assert case.id is not None
    cases.add_decision(session, case.id, _need_confirmed())
    ready = {
        t.action: missing for t, missing in cases.steps(session, cases.get_case(session, case.id))
    }
    assert ready["confirm_need"] == []

    moved = cases.take_step(session, case.id, "confirm_need")

    assert moved.state == "need_confirmed"
    stored = cases.get_case(session, case.id)
    assert stored.state == "need_confirmed"
    last = stored.events[-1]
    assert (last.kind, last.action, last.by, last.date) == (
        EventKind.TRANSITION,
        "confirm_need",
        session.user_name,
        TODAY,
    )
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.details) == (
        "case.step",
        str(case.id),
        "received -> need_confirmed (confirm_need)",
    )


def test_a_step_with_a_reason_keeps_it_in_event_and_audit_entry(
    session: Session, make: Factory
) -> None:
    case = make.case()
    assert case.id is not None
    cases.take_step(session, case.id, "cancel", reason="  Klienten har flyttat från orten. ")
    stored = cases.get_case(session, case.id)
    assert stored.state == "cancelled"
    assert stored.events[-1].text == "Avbryt ärendet: Klienten har flyttat från orten."
    assert last_audit(session.conn).reason == "Klienten har flyttat från orten."
    with pytest.raises(TransitionError, match="avslutat"):
        cases.take_step(session, case.id, "cancel", reason="Igen")


def test_a_step_looks_at_the_cases_leases_in_the_vault(session: Session, make: Factory) -> None:
    client = make.person("Kim", "Kvinnojoursson")
    flat = make.apartment()
    case = make.case(CaseKind.KVINNOJOUR_SUBLET, client=client, apartments=[flat])
    assert case.id is not None
    assert client.id is not None
    assert flat.id is not None
    decision = Decision(TODAY, DecisionKind.TENANT_APPROVAL, "Godkänd.", "Uthyrningen", True)
    approval = TenantApproval(decision, CreditCheck.CLEAR, HousingReference.APPROVED)
    tenant_approvals.record_tenant_approval(session, case.id, approval)
    cases.take_step(session, case.id, "approve_tenant")
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "sign_contract")
    assert len(caught.value.missing) == 1
    lease = make.lease(
        (client.id,),
        kind=LeaseKind.SECOND_HAND_KVINNOJOUR,
        start=dt.date(2040, 1, 1),
        apartment_id=flat.id,
    )
    stored = cases.get_case(session, case.id)
    cases.update_case(session, replace(stored, lease_ids=[lease.id]))  # type: ignore[list-item]
    assert cases.take_step(session, case.id, "sign_contract").state == "contract_signed"


def test_update_case_saves_details_but_never_the_state(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None
    before_events = len(cases.get_case(session, case.id).events)
    edited = replace(
        cases.get_case(session, case.id), state="closed", notes="Ny anteckning", children_count=2
    )
    saved = cases.update_case(session, edited)
    stored = cases.get_case(session, case.id)
    assert saved.state == stored.state == "received"
    assert (stored.notes, stored.children_count) == ("Ny anteckning", 2)
    assert len(stored.events) == before_events
    assert [r.id for r in search_cases(session, "Ny anteckning").rows] == [case.id]


def test_decisions_assessments_and_notes_are_appended(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None
    start = cases.get_case(session, case.id)
    before = snapshot(session.conn)
    audit_before = len(audit_entries(session.conn))

    first = _need_confirmed(dt.date(2026, 4, 1))
    second = Decision(TODAY, DecisionKind.NEED_CONFIRMATION, "Nytt beslut.", "Nexus", False)
    cases.add_decision(session, case.id, first)
    cases.add_decision(session, case.id, second)
    assessment = RiskAssessment(TODAY, "Nexus Bedömare", RiskLevel.HIGH, True, dt.date(2026, 8, 1))
    cases.add_risk_assessment(session, case.id, assessment)
    cases.add_note(session, case.id, "  Ringde klienten.  ")

    stored = cases.get_case(session, case.id)
    assert stored.decisions == [*start.decisions, first, second]
    assert stored.risk_assessments == [*start.risk_assessments, assessment]
    added = stored.events[len(start.events) :]
    assert [(e.kind, e.text) for e in added] == [
        (EventKind.DECISION, "Nexus styrker behovet: Nexus styrker behovet."),
        (EventKind.DECISION, "Nexus styrker behovet: Nytt beslut."),
        (EventKind.RISK_ASSESSMENT, "Hög risk; nästa uppföljning 2026-08-01"),
        (EventKind.NOTE, "Ringde klienten."),
    ]
    after = snapshot(session.conn)
    assert after["case_decisions"] == before["case_decisions"] + 2
    assert after["risk_assessments"] == before["risk_assessments"] + 1
    assert after["case_events"] == before["case_events"] + 4
    new_entries = audit_entries(session.conn)[audit_before:]
    assert [(e.action, e.object_id, e.details) for e in new_entries] == [
        ("case.decision", str(case.id), "need_confirmation"),
        ("case.decision", str(case.id), "need_confirmation"),
        ("case.risk_assessment", str(case.id), "high"),
        ("case.note", str(case.id), ""),
    ]
    # The latest decision counts: the need is no longer confirmed.
    assert stored.latest_decision(DecisionKind.NEED_CONFIRMATION) == second


def test_an_empty_note_and_a_missing_case_are_refused(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="Händelsen saknar text"):
        cases.add_note(session, case.id, "   ")
    with pytest.raises(NotFound, match="Ärendet 987654 finns inte"):
        cases.add_note(session, 987654, "Text")
    with pytest.raises(NotFound):
        cases.add_decision(session, 987654, _need_confirmed())
    with pytest.raises(NotFound):
        cases.take_step(session, 987654, "confirm_need")
    assert snapshot(session.conn) == before


def test_an_auditor_cannot_change_or_read_cases(
    session: Session, make: Factory, shared_vault: Vault, login: LoginFn
) -> None:
    case = make.case(client=make.person())
    assert case.id is not None
    auditor = login(shared_vault, "granskaren", Role.AUDITOR)
    before = snapshot(session.conn)
    refused: list[Callable[[], object]] = [
        lambda: cases.create_case(auditor, CaseKind.CUSTOMER_CARE),
        lambda: cases.take_step(auditor, case.id, "cancel", reason="x"),  # type: ignore[arg-type]
        lambda: cases.add_note(auditor, case.id, "Hej"),  # type: ignore[arg-type]
        lambda: cases.add_decision(auditor, case.id, _need_confirmed()),  # type: ignore[arg-type]
        lambda: cases.update_case(auditor, case),
        lambda: cases.get_case(auditor, case.id),  # type: ignore[arg-type]
        lambda: cases.steps(auditor, case),
        lambda: search_cases(auditor),
        lambda: search_cases(auditor, "Testsson"),
        lambda: housing.create_apartment(auditor, _flat()),
        lambda: persons.create_person(auditor, Person(None, "Ny", "Person")),
    ]
    for action in refused:
        with pytest.raises(NotAllowed, match="Din roll får inte"):
            action()
    assert snapshot(session.conn) == before
    # What an auditor is for: the log.
    assert audit_service.verify(auditor.vault).ok


def test_a_handler_works_cases_but_cannot_read_the_log_or_manage_accounts(
    session: Session, shared_vault: Vault, login: LoginFn
) -> None:
    handler = login(shared_vault, "handlaggare", Role.HANDLER)
    case = cases.create_case(handler, CaseKind.PRIORITY)
    assert case.id is not None
    assert case.handlers == ("handlaggare",)
    cases.add_note(handler, case.id, "Handläggaren skriver.")
    assert cases.get_case(handler, case.id).events[-1].by == "handlaggare"

    for action in (
        lambda: audit_service.verify(handler.vault),
        lambda: audit_service.entries(handler.vault),
        lambda: audit_service.check(handler.vault),
        lambda: accounts.list_users(handler.vault),
        lambda: accounts.add_user(
            handler.vault, "smygare", "Smygare", Role.ADMIN, "smygarens-lösenfras"
        ),
        lambda: accounts.deactivate_user(handler.vault, "admin"),
        lambda: accounts.change_passphrase(handler.vault, "admin", "någon-annans-lösenfras"),
    ):
        with pytest.raises(NotAllowed):
            action()
    assert "smygare" not in {u.name for u in shared_vault.users()}


def test_a_registered_person_is_linked_and_unlinked_with_audit_entries(
    session: Session, make: Factory
) -> None:
    client = make.person("Klara", "Klientsson")
    case = make.case(client=client)
    contact = make.person("Kim", "Kontaktsson")
    assert case.id is not None
    assert contact.id is not None
    assert client.id is not None
    added = cases.add_party(session, case.id, CaseParty(contact.id, CaseRole.CONTACT_PERSON))
    assert contact.id in added.person_ids(CaseRole.CONTACT_PERSON)
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id) == ("case.party_add", str(case.id))
    # Found by the contact's name now (the search document was rebuilt).
    assert case.id in {r.id for r in search_cases(session, "Kontaktsson").rows}

    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="Samma person står flera gånger"):
        cases.add_party(session, case.id, CaseParty(contact.id, CaseRole.CONTACT_PERSON))
    with pytest.raises(ValidationError, match="både klient och våldsutövare"):
        cases.add_party(session, case.id, CaseParty(client.id, CaseRole.PERPETRATOR))
    assert snapshot(session.conn) == before

    removed = cases.remove_party(session, case.id, contact.id, CaseRole.CONTACT_PERSON)
    assert contact.id not in removed.person_ids(CaseRole.CONTACT_PERSON)
    assert last_audit(session.conn).action == "case.party_remove"
    assert case.id not in {r.id for r in search_cases(session, "Kontaktsson").rows}
    with pytest.raises(NotFound):
        cases.remove_party(session, case.id, contact.id, CaseRole.CONTACT_PERSON)
