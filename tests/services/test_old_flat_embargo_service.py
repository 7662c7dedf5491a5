"""The old flat's showing embargo follows a corrected notice, end to end through the use cases:
the lease edited, or the notice withdrawn and registered again. The computed date moves with
the notice, earlier too; a later date the handler set by hand stays; never earlier than the
computed date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from old_flat_support import FIRST_SHOWING, Move, by_hand, moved, stored
from service_support import TODAY, Factory, audit_entries, last_audit

from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.history import RecordKind, action_label
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.services import history, housing, todo
from skyddsapp.services.context import Session

EARLIER_NOTICE = dt.date(2026, 4, 10)  # the lease ends 31 Jul, shown from 1 Aug
EARLIER_SHOWING = dt.date(2026, 8, 1)
LATER_NOTICE = dt.date(2026, 9, 2)  # the lease ends 31 Dec, shown from 1 Jan
LATER_SHOWING = dt.date(2027, 1, 1)
BY_HAND = dt.date(2026, 12, 1)


def noticed(session: Session, make: Factory) -> tuple[Move, Lease]:
    """The client's old lease under notice from TODAY: the flat is shown from 1 Sep."""
    move = moved(session, make)
    assert move.old_lease.id is not None
    lease = housing.register_notice(session, move.old_lease.id, TODAY)
    assert embargo(session, move) == FIRST_SHOWING
    return move, lease


def embargo(session: Session, move: Move) -> dt.date | None:
    return housing.get_apartment(session, move.old_flat_id).embargo_until


def corrected(session: Session, lease: Lease, notice: dt.date) -> Lease:
    return housing.update_lease(session, replace(lease, notice_date=notice))


def test_a_notice_corrected_earlier_moves_the_computed_embargo_with_it(
    session: Session, make: Factory
) -> None:
    move, lease = noticed(session, make)
    corrected(session, lease, EARLIER_NOTICE)
    assert embargo(session, move) == EARLIER_SHOWING
    entries = audit_entries(session.conn)
    assert [e.action for e in entries[-2:]] == ["apartment.embargo", "lease.update"]
    assert (entries[-2].object_type, entries[-2].object_id) == ("apartment", str(move.old_flat_id))
    assert entries[-2].details == f"2026-08-01 computed from the notice of lease {lease.id}"
    kept = history.record_history(session, RecordKind.APARTMENT, move.old_flat_id)[-1]
    assert action_label(kept.action) == "Visningsstopp beräknat från uppsägningen"
    deadlines = {(d.kind, d.date) for d in todo.case_deadlines(session, move.case_id)}
    assert (DeadlineKind.EMBARGO_ENDS, EARLIER_SHOWING) in deadlines
    assert (DeadlineKind.EMBARGO_ENDS, FIRST_SHOWING) not in deadlines
    # And back later again: it follows either way.
    corrected(session, lease, LATER_NOTICE)
    assert embargo(session, move) == LATER_SHOWING
    assert by_hand(session.conn, move.old_flat_id) == []


def test_a_later_embargo_set_by_hand_stays_when_the_notice_is_corrected(
    session: Session, make: Factory
) -> None:
    move, lease = noticed(session, make)
    flat = housing.get_apartment(session, move.old_flat_id)
    housing.update_apartment(session, replace(flat, embargo_until=BY_HAND))
    assert by_hand(session.conn, move.old_flat_id) == [(BY_HAND.isoformat(),)]
    # Corrected earlier: the hand-set date is the later one and stays; nothing to write.
    count = len(audit_entries(session.conn))
    corrected(session, lease, EARLIER_NOTICE)
    assert embargo(session, move) == BY_HAND
    assert len(audit_entries(session.conn)) == count + 1  # lease.update only
    # Corrected later than the hand-set date: the computed one is in force.
    corrected(session, lease, LATER_NOTICE)
    assert embargo(session, move) == LATER_SHOWING
    # Corrected back: the computed date goes down to the hand-set one, and no further.
    corrected(session, lease, TODAY)
    assert embargo(session, move) == BY_HAND
    entry = audit_entries(session.conn)[-2]
    assert entry.action == "apartment.embargo"
    assert entry.details == (
        f"2026-12-01 set by hand; 2026-09-01 computed from the notice of lease {lease.id}"
    )
    # Editing the flat's other fields keeps the date set by hand.
    flat = housing.get_apartment(session, move.old_flat_id)
    housing.update_apartment(session, replace(flat, monthly_rent_sek=7400))
    assert by_hand(session.conn, move.old_flat_id) == [(BY_HAND.isoformat(),)]


def test_a_hand_set_date_overtaken_by_the_computed_one_is_kept_through_an_edit(
    session: Session, make: Factory
) -> None:
    move, lease = noticed(session, make)
    flat = housing.get_apartment(session, move.old_flat_id)
    housing.update_apartment(session, replace(flat, embargo_until=BY_HAND))
    corrected(session, lease, LATER_NOTICE)
    # The dialog sends the embargo as it stands (the computed date) when it is left alone.
    flat = housing.get_apartment(session, move.old_flat_id)
    assert flat.embargo_until == LATER_SHOWING
    housing.update_apartment(session, replace(flat, rooms=3))
    corrected(session, lease, EARLIER_NOTICE)
    assert embargo(session, move) == BY_HAND


def test_a_notice_withdrawn_and_registered_again_gives_the_new_embargo(
    session: Session, make: Factory
) -> None:
    move, lease = noticed(session, make)
    withdrawn = housing.update_lease(
        session, replace(lease, notice_date=None, status=LeaseStatus.ACTIVE)
    )
    # Without a notice nothing is computed: the flat stays unshown until a new date is known.
    assert embargo(session, move) == FIRST_SHOWING
    assert withdrawn.id is not None
    housing.register_notice(session, withdrawn.id, EARLIER_NOTICE)
    assert embargo(session, move) == EARLIER_SHOWING
    entry = audit_entries(session.conn)[-2]
    assert (entry.action, entry.details) == (
        "apartment.embargo",
        f"2026-08-01 computed from the notice of lease {lease.id}",
    )


def test_an_embargo_typed_on_a_flat_before_notice_counts_as_set_by_hand(
    session: Session, make: Factory
) -> None:
    move = moved(session, make)
    flat = housing.get_apartment(session, move.old_flat_id)
    housing.update_apartment(session, replace(flat, embargo_until=BY_HAND))
    assert by_hand(session.conn, move.old_flat_id) == [(BY_HAND.isoformat(),)]
    assert move.old_lease.id is not None
    lease = housing.register_notice(session, move.old_lease.id, TODAY)
    assert embargo(session, move) == BY_HAND  # later than the computed 1 Sep
    corrected(session, lease, LATER_NOTICE)
    assert embargo(session, move) == LATER_SHOWING


# Refusals: the message, and nothing stored


def test_an_embargo_earlier_than_the_corrected_computed_one_is_refused(
    session: Session, make: Factory
) -> None:
    move, lease = noticed(session, make)
    corrected(session, lease, EARLIER_NOTICE)
    flat = housing.get_apartment(session, move.old_flat_id)
    before = stored(session.conn)
    with pytest.raises(ValidationError) as caught:
        housing.update_apartment(session, replace(flat, embargo_until=dt.date(2026, 7, 31)))
    assert caught.value.messages_for("embargo_until") == [
        "Visningsstoppet kan inte sluta före 2026-08-01: den gamla lägenheten får inte "
        "annonseras eller visas under uppsägningstiden, som löper till och med 2026-07-31 "
        f"(hyresavtal {lease.contract_number})."
    ]
    assert stored(session.conn) == before


def test_a_refused_correction_leaves_the_notice_and_the_embargo_as_they_were(
    session: Session, make: Factory
) -> None:
    move, lease = noticed(session, make)
    before = stored(session.conn)
    with pytest.raises(ValidationError) as caught:
        corrected(session, lease, lease.start_date - dt.timedelta(days=1))
    assert caught.value.messages_for("notice_date") == [
        "Uppsägningsdatumet kan inte ligga före avtalets startdatum."
    ]
    assert stored(session.conn) == before
    assert last_audit(session.conn).action == "lease.notice"
    assert embargo(session, move) == FIRST_SHOWING


def test_a_new_flat_registered_with_an_embargo_has_it_set_by_hand(
    session: Session, make: Factory
) -> None:
    flat = make.apartment()
    assert flat.id is not None
    assert by_hand(session.conn, flat.id) == []
    copy = replace(flat, id=None, object_number=flat.object_number + "-2", embargo_until=BY_HAND)
    made = housing.create_apartment(session, copy)
    assert made.id is not None
    assert by_hand(session.conn, made.id) == [(BY_HAND.isoformat(),)]
    # Cleared by hand where nothing is computed: nothing is kept.
    housing.update_apartment(session, replace(made, embargo_until=None))
    assert by_hand(session.conn, made.id) == []
