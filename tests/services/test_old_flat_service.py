"""The old flat end to end through the use cases: notice → computed embargo → close refused →
outcome recorded → the lease ends → close; Att göra after a finished case; every refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from old_flat_support import DAY, FIRST_SHOWING, NOTICE_END, Move, by_hand, moved, on, stored
from service_support import PASSPHRASE, TODAY, Factory, audit_entries, last_audit

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case import EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.history import RecordKind, action_label
from skyddsapp.domain.old_flat_outcome import OldFlatOutcome, OldFlatOutcomeKind
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflow import CANCEL_ACTION
from skyddsapp.services import accounts, cases, history, housing, old_flat, todo
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotAllowed
from skyddsapp.vault.vault import Vault


def close_refused(session: Session, case_id: int) -> tuple[str, ...]:
    before = stored(session.conn)
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case_id, "close")
    assert stored(session.conn) == before
    return caught.value.missing


def relet(move: Move, **changes: object) -> OldFlatOutcome:
    outcome = OldFlatOutcome(
        move.case_id,
        move.old_flat_id,
        OldFlatOutcomeKind.RELET,
        vacant_from=FIRST_SHOWING,
        occupied_from=dt.date(2026, 10, 15),
        safety_assessment="Nexus bedömer att ny uthyrning är trygg.",
    )
    return replace(outcome, **changes)


def test_from_notice_to_a_closed_case(session: Session, make: Factory) -> None:
    move = moved(session, make)
    contract = move.old_lease.contract_number
    assert close_refused(session, move.case_id) == (
        f"Den gamla lägenhetens hyresavtal {contract} är inte uppsagt: registrera uppsägningen.",
        f"Utfallet för den gamla lägenheten är inte registrerat (hyresavtal {contract}).",
    )
    assert move.old_lease.id is not None
    housing.register_notice(session, move.old_lease.id, TODAY)
    # The embargo follows from the notice, in the same transaction, logged.
    assert housing.get_apartment(session, move.old_flat_id).embargo_until == FIRST_SHOWING
    embargo, notice = audit_entries(session.conn)[-2:]
    assert (notice.action, embargo.action) == ("lease.notice", "apartment.embargo")
    assert (embargo.object_type, embargo.object_id) == ("apartment", str(move.old_flat_id))
    assert embargo.details == f"2026-09-01 computed from the notice of lease {move.old_lease.id}"
    kept = history.record_history(session, RecordKind.APARTMENT, move.old_flat_id)[-1]
    assert action_label(kept.action) == "Visningsstopp beräknat från uppsägningen"
    assert close_refused(session, move.case_id) == (
        f"Den gamla lägenhetens uppsägningstid löper till 2026-08-31 (hyresavtal {contract}).",
        f"Utfallet för den gamla lägenheten är inte registrerat (hyresavtal {contract}).",
    )
    deadlines = {(d.kind, d.date) for d in todo.case_deadlines(session, move.case_id)}
    assert {
        (DeadlineKind.NOTICE_PERIOD_ENDS, NOTICE_END),
        (DeadlineKind.EMBARGO_ENDS, FIRST_SHOWING),
    } <= deadlines

    recorded = old_flat.record_outcome(session, relet(move, safety_assessment=" Tryggt.\r\n "))
    assert recorded.safety_assessment == "Tryggt."
    assert recorded.recorded_by == session.user_name
    assert old_flat.get_outcome(session, move.case_id, move.old_flat_id) == recorded
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id) == ("old_flat.outcome", str(move.case_id))
    assert entry.details == f"apartment {move.old_flat_id}; relet"
    [flat] = old_flat.case_old_flats(session, move.case_id).flats
    assert (flat.vacancy_days, flat.lost_rent_sek) == (44, 10415)  # 7 200 × 12 / 365 × 44
    assert close_refused(session, move.case_id) == (
        f"Den gamla lägenhetens uppsägningstid löper till 2026-08-31 (hyresavtal {contract}).",
    )
    assert close_refused(on(session, NOTICE_END), move.case_id)

    after = on(session, FIRST_SHOWING)
    assert old_flat.case_old_flats(after, move.case_id).open_items == []
    closed = cases.take_step(after, move.case_id, "close")
    assert closed.state == "closed"
    # Closed after the lease ended: only the embargo's first day is left to show, then nothing.
    assert [d.kind for d in todo.case_deadlines(after, move.case_id)] == [DeadlineKind.EMBARGO_ENDS]
    assert todo.case_deadlines(on(session, FIRST_SHOWING + DAY), move.case_id) == []


def test_a_cancelled_case_keeps_the_old_flat_in_att_gora_while_the_lease_runs(
    session: Session, make: Factory
) -> None:
    move = moved(session, make)
    assert move.old_lease.id is not None
    housing.register_notice(session, move.old_lease.id, TODAY)
    cases.take_step(session, move.case_id, CANCEL_ACTION, reason="Klienten flyttade ändå.")

    def kept(day: dt.date) -> list[tuple[DeadlineKind, dt.date]]:
        found = [d for d in todo.deadlines(on(session, day)) if d.case_id == move.case_id]
        assert found == todo.case_deadlines(on(session, day), move.case_id)
        return [(d.kind, d.date) for d in found]

    both = [
        (DeadlineKind.NOTICE_PERIOD_ENDS, NOTICE_END),
        (DeadlineKind.EMBARGO_ENDS, FIRST_SHOWING),
    ]
    assert kept(TODAY) == both
    assert kept(NOTICE_END) == both
    assert kept(FIRST_SHOWING) == [(DeadlineKind.EMBARGO_ENDS, FIRST_SHOWING)]
    assert kept(FIRST_SHOWING + DAY) == []
    assert [d.case_id for d in todo.deadlines(session, until=NOTICE_END - DAY)].count(
        move.case_id
    ) == 0


def test_a_later_embargo_may_be_set_by_hand_but_never_an_earlier_one(
    session: Session, make: Factory
) -> None:
    move = moved(session, make)
    assert move.old_lease.id is not None
    housing.register_notice(session, move.old_lease.id, TODAY)
    flat = housing.get_apartment(session, move.old_flat_id)
    for too_early in (NOTICE_END, None):
        before = stored(session.conn)
        with pytest.raises(ValidationError) as caught:
            housing.update_apartment(session, replace(flat, embargo_until=too_early))
        assert caught.value.errors[0].message == (
            "Visningsstoppet kan inte sluta före 2026-09-01: den gamla lägenheten får inte "
            "annonseras eller visas under uppsägningstiden, som löper till och med 2026-08-31 "
            f"(hyresavtal {move.old_lease.contract_number})."
        )
        assert stored(session.conn) == before
    later = dt.date(2026, 12, 1)
    housing.update_apartment(session, replace(flat, embargo_until=later))
    assert housing.get_apartment(session, move.old_flat_id).embargo_until == later
    assert by_hand(session.conn, move.old_flat_id) == [(later.isoformat(),)]
    # Back to the computed date (the dialog's box unticked): nothing is set by hand any more.
    housing.update_apartment(session, replace(flat, embargo_until=FIRST_SHOWING))
    assert by_hand(session.conn, move.old_flat_id) == []


def test_a_noticed_lease_linked_to_a_case_later_gets_its_embargo(
    session: Session, make: Factory
) -> None:
    client = make.person("Linnea", "Senaresson")
    assert client.id is not None
    flat = make.apartment("Gamlagränd 9")
    lease = make.lease((client.id,), apartment_id=flat.id)
    assert lease.id is not None
    housing.register_notice(session, lease.id, TODAY)
    assert housing.get_apartment(session, flat.id or 0).embargo_until is None  # in no case yet
    case = make.case(client=client)
    assert case.id is not None
    cases.update_case(session, cases.get_case(session, case.id).with_lease(lease.id))
    assert housing.get_apartment(session, flat.id or 0).embargo_until == FIRST_SHOWING
    assert last_audit(session.conn).action == "case.update"


def test_a_victim_who_keeps_her_flat_has_no_old_flat(session: Session, make: Factory) -> None:
    client, perpetrator = make.person("Hanna", "Kvarsson"), make.person("Erik", "Utsson")
    assert client.id is not None
    assert perpetrator.id is not None
    flat = make.apartment("Kvarboendevägen 1")
    joint = make.lease((client.id, perpetrator.id), apartment_id=flat.id)
    own = make.lease((client.id,), apartment_id=flat.id, start=TODAY)
    case = make.case(client=client, perpetrator=perpetrator, apartments=[flat], leases=[joint, own])
    assert case.id is not None
    assert joint.id is not None
    housing.register_notice(session, joint.id, TODAY)
    assert housing.get_apartment(session, flat.id or 0).embargo_until is None
    assert old_flat.case_old_flats(session, case.id).flats == []


# Refusals: the message, and nothing stored


def test_an_outcome_for_a_flat_the_client_does_not_leave_is_refused(
    session: Session, make: Factory
) -> None:
    move = moved(session, make)
    assert move.new_flat.id is not None
    other = make.case(CaseKind.PRIORITY, client=make.person(), apartments=[move.old_flat])
    assert other.id is not None
    for case_id, apartment_id in ((move.case_id, move.new_flat.id), (other.id, move.old_flat_id)):
        before = stored(session.conn)
        with pytest.raises(ValidationError) as caught:
            old_flat.record_outcome(
                session, replace(relet(move), case_id=case_id, apartment_id=apartment_id)
            )
        assert caught.value.errors[0].message == (
            "Lägenheten är inte klientens gamla lägenhet i ärendet: bara en lägenhet som "
            "klienten lämnar i ett kundvårdsärende har ett utfall att registrera."
        )
        assert stored(session.conn) == before


def test_a_social_contract_for_a_flat_with_disturbances_is_refused(
    session: Session, make: Factory
) -> None:
    move = moved(session, make)
    assert move.old_lease.id is not None
    housing.register_notice(session, move.old_lease.id, TODAY)
    offer = relet(move, outcome=OldFlatOutcomeKind.SOCIAL_CONTRACT, no_disturbances=False)
    before = stored(session.conn)
    with pytest.raises(ValidationError) as caught:
        old_flat.record_outcome(session, offer)
    assert caught.value.messages_for("no_disturbances") == [
        "Lägenheten kan inte erbjudas kommunen som bostadssocialt kontrakt: den har haft "
        "störningar, och kvotavtalet gäller bara lägenheter utan störningar."
    ]
    with pytest.raises(ValidationError) as caught:
        old_flat.record_outcome(session, relet(move, vacant_from=NOTICE_END))
    assert caught.value.messages_for("vacant_from") == [
        "Vakansen kan inte börja före 2026-09-01: det gamla hyresavtalet löper till och med "
        "2026-08-31."
    ]
    assert stored(session.conn) == before
    old_flat.record_outcome(session, replace(offer, no_disturbances=True))


def test_a_changed_outcome_is_one_record_logged_as_a_change(
    session: Session, make: Factory
) -> None:
    move = moved(session, make)
    assert move.old_lease.id is not None
    housing.register_notice(session, move.old_lease.id, TODAY)
    vacant = relet(move, outcome=OldFlatOutcomeKind.VACANT, occupied_from=None)
    first = old_flat.record_outcome(session, vacant)
    second = old_flat.record_outcome(on(session, TODAY + 200 * DAY), relet(move))
    assert (second.id, second.recorded_at, second.recorded_by) == (
        first.id,
        first.recorded_at,
        first.recorded_by,
    )
    assert last_audit(session.conn).action == "old_flat.outcome_update"
    count = session.conn.execute(
        "SELECT count(*) FROM old_flat_outcomes WHERE case_id = ?", (move.case_id,)
    ).fetchone()[0]
    assert count == 1
    assert old_flat.get_outcome(session, move.case_id, move.old_flat_id) == second


def test_recording_and_changing_the_outcome_write_lines_in_the_timeline(
    session: Session, make: Factory
) -> None:
    move = moved(session, make)
    assert move.old_lease.id is not None
    housing.register_notice(session, move.old_lease.id, TODAY)
    contract = move.old_lease.contract_number
    vacant = relet(move, outcome=OldFlatOutcomeKind.VACANT, occupied_from=None)
    old_flat.record_outcome(session, vacant)
    event = cases.get_case(session, move.case_id).events[-1]
    assert (event.kind, event.date, event.by) == (EventKind.OLD_FLAT, TODAY, session.user_name)
    assert event.text == (
        f"Utfallet för den gamla lägenheten registrerat (hyresavtal {contract}): Står tom; "
        "vakant från 2026-09-01."
    )
    later = on(session, TODAY + 200 * DAY)
    old_flat.record_outcome(later, relet(move))
    events = cases.get_case(session, move.case_id).events
    assert [e.kind for e in events[-2:]] == [EventKind.OLD_FLAT, EventKind.OLD_FLAT]
    assert (events[-1].date, events[-1].text) == (
        TODAY + 200 * DAY,
        f"Utfallet för den gamla lägenheten ändrat (hyresavtal {contract}): Uthyrd på vanligt "
        "sätt efter bedömning att det är tryggt; vakant från 2026-09-01, uthyrd från 2026-10-15.",
    )
    # No personal data: neither the safety assessment nor the flat's address or the client.
    for text in (e.text for e in events[-2:]):
        assert "Nexus bedömer" not in text
        assert "Gamlagränd" not in text
        assert "Flyttsson" not in text


def test_recording_needs_write_rights_on_the_case(
    session: Session, make: Factory, login: Callable[[Vault, str, Role], Session]
) -> None:
    move = moved(session, make)
    assert move.old_lease.id is not None
    housing.register_notice(session, move.old_lease.id, TODAY)
    auditor = login(session.vault, "granskare", Role.AUDITOR)
    accounts.add_team(session.vault, "Gamla stan", Organisation.UPPSALAHEM)
    session.vault.add_user(
        "sigrid", "Sigrid", Role.HANDLER, PASSPHRASE + "sigrid", team="Gamla stan"
    )
    other_team = login(session.vault, "sigrid", Role.HANDLER)
    before = stored(session.conn)
    with pytest.raises(NotAllowed):
        old_flat.record_outcome(auditor, relet(move))
    with pytest.raises(NotAllowed):
        old_flat.yearly_figures(auditor, 2026)
    for call in (
        lambda: old_flat.record_outcome(other_team, relet(move)),
        lambda: old_flat.case_old_flats(other_team, move.case_id),
        lambda: old_flat.get_outcome(other_team, move.case_id, move.old_flat_id),
    ):
        with pytest.raises(NoAccess):
            call()
    assert stored(session.conn) == before
    assert move.case_id not in {d.case_id for d in todo.deadlines(other_team)}


def test_the_yearly_figures_count_every_outcome_by_its_vacancy(
    fresh_session: Session,
) -> None:
    make = Factory(fresh_session)
    outcomes = (
        (OldFlatOutcomeKind.RELET, dt.date(2026, 10, 15), True),  # 44 days
        (OldFlatOutcomeKind.SOCIAL_CONTRACT, dt.date(2026, 9, 11), True),  # 10 days
        (OldFlatOutcomeKind.VACANT, None, None),  # to 1 Dec: 91 days
    )
    for kind, occupied, calm in outcomes:
        move = moved(fresh_session, make)
        assert move.old_lease.id is not None
        housing.register_notice(fresh_session, move.old_lease.id, TODAY)
        old_flat.record_outcome(
            fresh_session,
            relet(move, outcome=kind, occupied_from=occupied, no_disturbances=calm),
        )
    figures = old_flat.yearly_figures(on(fresh_session, dt.date(2026, 12, 1)), 2026)
    assert figures.counts == dict.fromkeys(OldFlatOutcomeKind, 1)
    assert figures.vacancy_days == 44 + 10 + 91
    # 7 200 kr a month on every flat the factory makes: 10 415 + 2 367 + 21 541.
    assert figures.lost_rent_sek == 10415 + 2367 + 21541
    assert old_flat.yearly_figures(fresh_session, 2025).total == 0


def test_the_old_flat_demo_cases_show_each_outcome(fresh_session: Session) -> None:
    from skyddsapp.services import demo_old_flat

    ids = demo_old_flat.add_old_flat_cases(fresh_session)
    assert demo_old_flat.add_old_flat_cases(fresh_session) == []  # once only
    states = [cases.get_case(fresh_session, case_id).state for case_id in ids]
    assert states == ["moved", "closed", "closed", "closed"]
    flats = [old_flat.case_old_flats(fresh_session, case_id).flats[0] for case_id in ids]
    assert flats[0].embargo is not None
    assert flats[0].apartment.embargo_until == flats[0].embargo.first_day
    assert flats[0].outcome is None
    assert [f.outcome.outcome for f in flats[1:] if f.outcome] == list(OldFlatOutcomeKind)
    assert all((f.vacancy_days or 0) > 0 for f in flats[1:])
