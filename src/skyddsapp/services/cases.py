"""Use cases for cases: open, read, edit, record decisions and assessments, take workflow steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from skyddsapp.domain.access import check_new_case_handlers
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseEvent, CaseParty, Decision, EventKind, note_event
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import next_reference
from skyddsapp.domain.county_referral import CountyReferral
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.new_case import NewCase
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.placement import Placement, check_outcome_kept
from skyddsapp.domain.risk import RiskAssessment
from skyddsapp.domain.structured_decisions import check_plain_decision
from skyddsapp.domain.workflow import Transition
from skyddsapp.domain.workflows import (
    apply_transition,
    available_transitions,
    missing_requirements,
    step_reason,
)
from skyddsapp.domain.workflows import open_case as opened_case
from skyddsapp.services import history, housing, housing_chain_steps, old_flat_embargo, persons
from skyddsapp.services.access import actor_of
from skyddsapp.services.context import Session, reindex_cases
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    county_referrals_repository,
    leases_repository,
    old_flat_repository,
    persons_repository,
    placements_repository,
)
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.database import Connection


def create_case(
    session: Session,
    kind: CaseKind,
    *,
    parties: list[CaseParty] | None = None,
    handlers: tuple[str, ...] = (),
    children_count: int = 0,
    notes: str = "",
    apartment_ids: list[int] | None = None,
    lease_ids: list[int] | None = None,
    share: bool = False,
) -> Case:
    """Open a case with the next free reference of its kind and year.

    The case is the creator's organisation's (`share`: shared with the other one as well); its
    handlers (the creator when none are named) must be allowed to handle it, and the creator
    must see it.
    """
    actor = session.require_write()
    organisation = actor.organisation
    assert organisation is not None  # require_write: the user handles cases
    today = session.today()
    conn = session.conn
    with session.vault.transaction() as audit:
        serial = cases_repository.last_serial(conn, kind, today.year)
        case = opened_case(
            kind,
            next_reference(kind, today.year, serial),
            today,
            session.user_name,
            handlers=handlers,
            children_count=children_count,
            notes=notes,
        )
        case = replace(
            case,
            parties=list(parties or []),
            apartment_ids=list(apartment_ids or []),
            lease_ids=list(lease_ids or []),
            organisation=organisation,
            shared_with=organisation.other if share else None,
        )
        _check_links(session, case, None)
        case = case.validated(today)
        check_new_case_handlers(
            actor, [actor_of(session, h) for h in case.handlers], case.shared_with
        )
        case.id = cases_repository.insert(conn, case, utc_now())
        old_flat_embargo.apply_for_case(session, audit, case)
        details = f"{kind.value}; handläggare {', '.join(case.handlers)}"
        if case.shared_with is not None:
            details += f"; delat med {case.shared_with.value}"
        audit.append(session.user_name, "case.create", "case", case.id, details=details)
        history.note(session, case, "case.create")
        reindex_cases(conn, [case.id])
    return case


def open_case(session: Session, new: NewCase) -> Case:
    """Open a case with everything the new-case wizard collected, in one transaction: the new
    persons, the flat, the lease and the case itself, or nothing at all.

    The audit log gets what each part writes on its own (person.create, apartment.create,
    lease.create, case.create). A broken Kvinnojour quota raises RuleViolation and stores
    nothing; `new.override_reason` is the written reason that lets the lease through.
    """
    session.require_write()
    new.validate()
    with session.vault.transaction():
        parties: list[CaseParty] = []
        for party in new.parties:
            person_id = party.person_id
            if party.person is not None:
                person_id = persons.create_person(session, party.person).id
            assert person_id is not None
            parties.append(CaseParty(person_id, party.role, party.lives_in_flat))
        apartment_ids: list[int] = []
        lease_ids: list[int] = []
        if new.apartment is not None:
            apartment_id = housing.create_apartment(session, new.apartment).id
            assert apartment_id is not None
            apartment_ids.append(apartment_id)
            if new.lease is not None:
                tenants = tuple(dict.fromkeys(parties[i].person_id for i in new.lease_tenants))
                lease = replace(new.lease, apartment_id=apartment_id, tenant_ids=tenants)
                lease_id = housing.create_lease(
                    session, lease, override_reason=new.override_reason
                ).id
                assert lease_id is not None
                lease_ids.append(lease_id)
        return create_case(
            session,
            new.kind,
            parties=parties,
            handlers=new.handlers,
            share=new.share,
            children_count=new.children_count,
            notes=new.notes,
            apartment_ids=apartment_ids,
            lease_ids=lease_ids,
        )


def add_new_person(
    session: Session, case_id: int, person: Person, role: CaseRole, *, lives_in_flat: bool = False
) -> Person:
    """Register a person and make them a party to the case, in one transaction."""
    session.require_write()
    get_case(session, case_id)
    with session.vault.transaction():
        created = persons.create_person(session, person)
        assert created.id is not None
        case = get_case(session, case_id)
        update_case(session, case.with_party(CaseParty(created.id, role, lives_in_flat)))
    return created


def add_new_apartment(session: Session, case_id: int, apartment: Apartment) -> Apartment:
    """Register a flat and link it to the case, in one transaction."""
    session.require_write()
    get_case(session, case_id)
    with session.vault.transaction():
        created = housing.create_apartment(session, apartment)
        assert created.id is not None
        update_case(session, get_case(session, case_id).with_apartment(created.id))
    return created


def add_new_lease(
    session: Session, case_id: int, lease: Lease, *, override_reason: str | None = None
) -> Lease:
    """Register a lease and link it to the case, in one transaction (the Kvinnojour quota as
    in `housing.create_lease`)."""
    session.require_write()
    get_case(session, case_id)
    with session.vault.transaction():
        created = housing.create_lease(session, lease, override_reason=override_reason)
        assert created.id is not None
        update_case(session, get_case(session, case_id).with_lease(created.id))
    return created


def _check_links(session: Session, case: Case, stored: Case | None) -> None:
    """Every person, flat and lease the case links to exists, and each newly linked one is
    visible to the user (a case is no way into what belongs only to others' cases)."""
    conn = session.conn
    people = {p.person_id for p in case.parties}
    if people - set(persons_repository.get_many(conn, people)):
        raise ValidationError.single("parties", "En part i ärendet finns inte i valvet.")
    if set(case.apartment_ids) - set(apartments_repository.get_many(conn, case.apartment_ids)):
        raise ValidationError.single("apartment_ids", "En lägenhet finns inte i valvet.")
    if set(case.lease_ids) - set(leases_repository.get_many(conn, case.lease_ids)):
        raise ValidationError.single("lease_ids", "Ett hyresavtal finns inte i valvet.")
    before = stored or Case(None, case.reference, case.kind, case.state, case.opened_on)
    for person_id in people - {p.person_id for p in before.parties}:
        session.require_person(person_id)
    for apartment_id in set(case.apartment_ids) - set(before.apartment_ids):
        session.require_apartment(apartment_id)
    for lease_id in set(case.lease_ids) - set(before.lease_ids):
        session.require_lease(lease_id)


def get_case(session: Session, case_id: int) -> Case:
    session.require_case(case_id)
    case = cases_repository.get(session.conn, case_id)
    if case is None:
        raise NotFound("Ärendet", case_id)
    return case


def update_case(
    session: Session, case: Case, *, action: str = "case.update", details: str = ""
) -> Case:
    """Save edited details: parties, flats, leases, children, notes, outcome.

    The state only changes through `take_step`, the handlers and the sharing through
    `services.access`; events, decisions and assessments are appended through their own use
    cases. (`action`, `details`: as in `persons.update_person`.)
    """
    session.require_write()
    case_id = case.id
    if case_id is None:
        raise NotFound("Ärendet", None)
    stored = get_case(session, case_id)
    # Handlers and sharing change only through services.access (each with its own entry).
    case = replace(
        case,
        state=stored.state,
        reference=stored.reference,
        kind=stored.kind,
        handlers=stored.handlers,
        organisation=stored.organisation,
        shared_with=stored.shared_with,
    )
    _check_links(session, case, stored)
    if case.outcome != stored.outcome:
        # Once the placement has ended, its outcome may change but not be cleared.
        placement = placements_repository.of_case(session.conn, case_id)
        check_outcome_kept(placement, stored.outcome, case.outcome)
    case = case.validated(session.today())
    with session.vault.transaction() as audit:
        cases_repository.update(session.conn, case, utc_now())
        old_flat_embargo.apply_for_case(session, audit, case)
        audit.append(session.user_name, action, "case", case_id, details=details)
        history.note(session, case, action, before=stored)
        reindex_cases(session.conn, [case_id])
    return case


def add_party(session: Session, case_id: int, party: CaseParty) -> Case:
    """Link a registered person to the case in a role (the same person twice in one role,
    or as both client and perpetrator, is refused by the domain)."""
    session.require_write()
    case = get_case(session, case_id)
    return _save_parties(session, case, [*case.parties, party], "case.party_add", party)


def remove_party(session: Session, case_id: int, person_id: int, role: CaseRole) -> Case:
    """Unlink a person from the case in one role; the person stays registered."""
    session.require_write()
    case = get_case(session, case_id)
    kept = [p for p in case.parties if (p.person_id, p.role) != (person_id, role)]
    if len(kept) == len(case.parties):
        raise NotFound("Personen i ärendet", person_id)
    gone = CaseParty(person_id, role)
    return _save_parties(session, case, kept, "case.party_remove", gone)


def _save_parties(
    session: Session, case: Case, parties: list[CaseParty], action: str, party: CaseParty
) -> Case:
    assert case.id is not None
    changed = replace(case, parties=parties)
    _check_links(session, changed, case)
    changed = changed.validated(session.today())
    with session.vault.transaction() as audit:
        cases_repository.update(session.conn, changed, utc_now())
        old_flat_embargo.apply_for_case(session, audit, changed)
        details = f"person {party.person_id} {party.role.value}"
        audit.append(session.user_name, action, "case", case.id, details=details)
        history.note(session, changed, action, before=case)
        reindex_cases(session.conn, [case.id])
    return changed


def add_note(session: Session, case_id: int, text: str) -> Case:
    session.require_write()
    event = note_event(session.today(), text, session.user_name)
    return _append(session, case_id, "case.note", lambda conn: _event(conn, case_id, event))


def add_decision(session: Session, case_id: int, decision: Decision) -> Case:
    """Record a decision; a tenant approval (and a takeover in the housing chain) is refused
    here: it is recorded with its answers (`services.tenant_approvals`, `trial_periods`)."""
    session.require_write()
    decision = decision.validated()
    check_plain_decision(get_case(session, case_id).kind, decision.kind)

    def write(conn: Connection) -> None:
        cases_repository.add_decision(conn, case_id, decision)
        text = f"{decision.kind.label}: {decision.text}"
        _event(
            conn, case_id, CaseEvent(decision.date, EventKind.DECISION, text, decision.decided_by)
        )

    return _append(session, case_id, "case.decision", write, details=decision.kind.value)


def add_risk_assessment(session: Session, case_id: int, assessment: RiskAssessment) -> Case:
    session.require_write()
    assessment = assessment.validated()

    def write(conn: Connection) -> None:
        cases_repository.add_risk_assessment(conn, case_id, assessment)
        text = f"{assessment.level.label}; nästa uppföljning {assessment.next_review.isoformat()}"
        event = CaseEvent(assessment.date, EventKind.RISK_ASSESSMENT, text, assessment.assessor)
        _event(conn, case_id, event)

    return _append(session, case_id, "case.risk_assessment", write, details=assessment.level.value)


def _event(conn: Connection, case_id: int, event: CaseEvent) -> None:
    cases_repository.add_event(conn, case_id, event)


def _append(
    session: Session,
    case_id: int,
    action: str,
    write: Callable[[Connection], None],
    *,
    details: str = "",
) -> Case:
    get_case(session, case_id)
    with session.vault.transaction() as audit:
        write(session.conn)
        session.conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (utc_now(), case_id))
        audit.append(session.user_name, action, "case", case_id, details=details)
    return get_case(session, case_id)


def steps(session: Session, case: Case) -> list[tuple[Transition, list[str]]]:
    """The steps that lead on from the case's state, each with what it still lacks."""
    assert case.id is not None
    session.require_case(case.id)
    today = session.today()
    leases = list(leases_repository.get_many(session.conn, case.lease_ids).values())
    outcomes = old_flat_repository.of_case(session.conn, case.id)
    placement, referrals = _records(session, case.id)
    return [
        (
            t,
            missing_requirements(
                case,
                t,
                today,
                leases=leases,
                old_flat_outcomes=outcomes,
                placement=placement,
                county_referrals=referrals,
            ),
        )
        for t in available_transitions(case, today)
    ]


def _records(session: Session, case_id: int) -> tuple[Placement | None, list[CountyReferral]]:
    """The case's own records its workflow's requirements look at besides leases."""
    conn = session.conn
    return (
        placements_repository.of_case(conn, case_id),
        county_referrals_repository.of_case(conn, case_id),
    )


def take_step(session: Session, case_id: int, action: str, *, reason: str = "") -> Case:
    """Move the case on by one workflow step; refused with the list of what is missing."""
    session.require_write()
    reason = step_reason(reason)
    case = get_case(session, case_id)
    leases = list(leases_repository.get_many(session.conn, case.lease_ids).values())
    placement, referrals = _records(session, case_id)
    moved = apply_transition(
        case,
        action,
        session.today(),
        session.user_name,
        reason=reason,
        leases=leases,
        old_flat_outcomes=old_flat_repository.of_case(session.conn, case_id),
        placement=placement,
        county_referrals=referrals,
    )
    effect = housing_chain_steps.prepare(session, case, action, leases)
    with session.vault.transaction() as audit:
        cases_repository.update(session.conn, moved, utc_now())
        cases_repository.add_event(session.conn, case_id, moved.events[-1])
        history.note(session, moved, "case.step", before=case)
        audit.append(
            session.user_name,
            "case.step",
            "case",
            case_id,
            reason=reason,
            details=f"{case.state} -> {moved.state} ({action})",
        )
        if effect is not None:
            effect(audit)
    return moved
