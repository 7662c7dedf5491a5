"""The old flat: which lease the client leaves, the computed embargo, what keeps a case open,
the close step, and the deadlines a finished case keeps."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.deadlines import DeadlineKind, case_deadlines
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.old_flat import (
    check_embargo,
    computed_embargo,
    embargo_in_force,
    embargo_set_by_hand,
    lease_has_ended,
    old_leases,
    open_items,
    required_embargo,
)
from skyddsapp.domain.old_flat_outcome import OldFlatOutcome, OldFlatOutcomeKind
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.workflow import CANCELLED_STATE
from skyddsapp.domain.workflows import apply_transition, missing_requirements, workflow_for

TODAY = dt.date(2026, 11, 27)
CLIENT, PERPETRATOR = 1, 2
OLD_FLAT, NEW_FLAT = 30, 31


def _lease(
    lease_id: int,
    flat: int,
    *,
    start: dt.date = dt.date(2019, 4, 1),
    notice: dt.date | None = None,
    status: LeaseStatus | None = None,
    tenants: tuple[int, ...] = (CLIENT,),
) -> Lease:
    if status is None:
        status = LeaseStatus.NOTICE_GIVEN if notice else LeaseStatus.ACTIVE
    return Lease(
        lease_id, f"K-{lease_id}", flat, tenants, LeaseKind.FIRST_HAND, start, notice, status
    )


OLD = _lease(50, OLD_FLAT)
NEW = _lease(51, NEW_FLAT, start=dt.date(2026, 11, 1))


def _case(
    leases: tuple[Lease, ...],
    *,
    kind: CaseKind = CaseKind.CUSTOMER_CARE,
    state: str = "moved",
) -> Case:
    return Case(
        id=9,
        reference=CaseReference(kind, 2026, 9),
        kind=kind,
        state=state,
        opened_on=dt.date(2026, 10, 1),
        parties=[CaseParty(CLIENT, CaseRole.CLIENT), CaseParty(PERPETRATOR, CaseRole.PERPETRATOR)],
        apartment_ids=[OLD_FLAT, NEW_FLAT],
        lease_ids=[lease.id for lease in leases if lease.id is not None],
    )


def _outcome(kind: OldFlatOutcomeKind = OldFlatOutcomeKind.VACANT) -> OldFlatOutcome:
    return OldFlatOutcome(9, OLD_FLAT, kind, vacant_from=dt.date(2027, 3, 1))


# Which lease is the old one


def test_a_client_with_one_running_lease_has_no_old_flat_yet() -> None:
    assert old_leases(_case((OLD,)), [OLD]) == []


def test_with_a_new_running_lease_elsewhere_the_earlier_one_is_old_even_before_notice() -> None:
    assert old_leases(_case((OLD, NEW)), [OLD, NEW]) == [OLD]


def test_a_noticed_lease_is_old_once_nothing_else_runs() -> None:
    noticed = replace(OLD, notice_date=TODAY, status=LeaseStatus.NOTICE_GIVEN)
    assert old_leases(_case((noticed,)), [noticed]) == [noticed]


def test_a_victim_who_stays_with_a_new_lease_on_the_same_flat_has_no_old_flat() -> None:
    joint = _lease(52, OLD_FLAT, notice=dt.date(2026, 10, 5), tenants=(CLIENT, PERPETRATOR))
    own = _lease(53, OLD_FLAT, start=dt.date(2027, 2, 1))
    assert old_leases(_case((joint, own)), [joint, own]) == []


def test_only_linked_client_leases_of_customer_care_count() -> None:
    perpetrators = _lease(54, 40, notice=TODAY, tenants=(PERPETRATOR,))
    unlinked = _lease(55, 41, notice=TODAY)
    case = _case((perpetrators, NEW))
    assert old_leases(case, [perpetrators, unlinked, NEW]) == []
    for kind in set(CaseKind) - {CaseKind.CUSTOMER_CARE}:
        assert old_leases(_case((OLD, NEW), kind=kind), [OLD, NEW]) == []


# The computed embargo


@pytest.mark.parametrize(
    ("notice", "first_day"),
    [
        (dt.date(2026, 9, 15), dt.date(2027, 1, 1)),  # lease ends 31 Dec
        (dt.date(2026, 8, 31), dt.date(2026, 12, 1)),  # ends 30 Nov
        (dt.date(2026, 11, 30), dt.date(2027, 3, 1)),  # ends 28 Feb
        (dt.date(2027, 11, 30), dt.date(2028, 3, 1)),  # ends 29 Feb in a leap year
    ],
)
def test_the_embargo_lasts_the_whole_notice_period(notice: dt.date, first_day: dt.date) -> None:
    lease = replace(OLD, notice_date=notice, status=LeaseStatus.NOTICE_GIVEN)
    assert computed_embargo(lease) == first_day
    assert lease.end_date == first_day - dt.timedelta(days=1)


def test_no_embargo_is_computed_before_notice() -> None:
    assert computed_embargo(OLD) is None
    assert required_embargo([OLD, NEW]) is None


def test_the_latest_computed_embargo_of_a_flat_wins() -> None:
    early = _lease(60, OLD_FLAT, notice=dt.date(2026, 1, 10))
    late = _lease(61, OLD_FLAT, notice=dt.date(2026, 3, 10))
    assert required_embargo([early, late, OLD]) == (dt.date(2026, 7, 1), late)


def test_an_embargo_before_the_computed_one_is_refused_with_the_reason() -> None:
    lease = replace(OLD, notice_date=dt.date(2026, 10, 20), status=LeaseStatus.NOTICE_GIVEN)
    required = (dt.date(2027, 2, 1), lease)
    for too_early in (None, dt.date(2027, 1, 31)):
        with pytest.raises(ValidationError) as caught:
            check_embargo(too_early, required)
        assert caught.value.fields == ("embargo_until",)
        assert caught.value.errors[0].message == (
            "Visningsstoppet kan inte sluta före 2027-02-01: den gamla lägenheten får inte "
            "annonseras eller visas under uppsägningstiden, som löper till och med 2027-01-31 "
            "(hyresavtal K-50)."
        )
    check_embargo(dt.date(2027, 2, 1), required)
    check_embargo(dt.date(2027, 6, 1), required)  # later, set by hand


# What stays open, and the close step


COMPUTED = dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    ("computed", "by_hand", "in_force"),
    [
        (COMPUTED, None, COMPUTED),
        (COMPUTED, dt.date(2027, 4, 1), dt.date(2027, 4, 1)),  # later by hand: stays
        (COMPUTED, COMPUTED, COMPUTED),
        (COMPUTED, dt.date(2027, 2, 1), COMPUTED),  # a hand-set date never shortens it
        # A corrected notice moves the computed date earlier: down to the hand-set one.
        (dt.date(2027, 1, 1), dt.date(2027, 2, 1), dt.date(2027, 2, 1)),
        (dt.date(2026, 12, 1), None, dt.date(2026, 12, 1)),
    ],
)
def test_the_embargo_in_force_is_the_computed_or_a_later_one_set_by_hand(
    computed: dt.date, by_hand: dt.date | None, in_force: dt.date
) -> None:
    assert embargo_in_force(computed, by_hand) == in_force


@pytest.mark.parametrize(
    ("saved", "computed", "by_hand"),
    [
        (COMPUTED, COMPUTED, None),  # the computed date, as the dialog sends it
        (dt.date(2027, 4, 1), COMPUTED, dt.date(2027, 4, 1)),
        (dt.date(2027, 4, 1), None, dt.date(2027, 4, 1)),  # nothing computed: all by hand
        (None, None, None),
    ],
)
def test_what_a_handler_saves_is_by_hand_only_past_the_computed_date(
    saved: dt.date | None, computed: dt.date | None, by_hand: dt.date | None
) -> None:
    assert embargo_set_by_hand(saved, computed) == by_hand


def test_a_lease_runs_through_its_last_day() -> None:
    lease = replace(OLD, notice_date=dt.date(2026, 8, 20), status=LeaseStatus.NOTICE_GIVEN)
    assert lease.end_date == dt.date(2026, 11, 30)
    assert not lease_has_ended(lease, dt.date(2026, 11, 30))
    assert lease_has_ended(lease, dt.date(2026, 12, 1))
    assert lease_has_ended(replace(OLD, status=LeaseStatus.ENDED), TODAY)
    assert not lease_has_ended(OLD, TODAY)


def test_open_items_say_exactly_what_stays_open() -> None:
    noticed = replace(OLD, notice_date=dt.date(2026, 10, 20), status=LeaseStatus.NOTICE_GIVEN)
    case = _case((noticed, NEW))
    assert open_items(case, [noticed, NEW], [], TODAY) == [
        "Den gamla lägenhetens uppsägningstid löper till 2027-01-31 (hyresavtal K-50).",
        "Utfallet för den gamla lägenheten är inte registrerat (hyresavtal K-50).",
    ]
    assert open_items(_case((OLD, NEW)), [OLD, NEW], [], TODAY)[0] == (
        "Den gamla lägenhetens hyresavtal K-50 är inte uppsagt: registrera uppsägningen."
    )
    assert open_items(case, [noticed, NEW], [_outcome()], dt.date(2027, 2, 1)) == []
    other_case = replace(_outcome(), case_id=99)
    assert len(open_items(case, [noticed, NEW], [other_case], dt.date(2027, 2, 1))) == 1


def _close(
    case: Case, leases: list[Lease], outcomes: list[OldFlatOutcome], today: dt.date
) -> list[str]:
    moves_on = workflow_for(case.kind).transitions_from("moved")
    close = next(t for t in moves_on if t.action == "close")
    return missing_requirements(case, close, today, leases=leases, old_flat_outcomes=outcomes)


def test_the_close_step_waits_for_the_old_flat() -> None:
    noticed = replace(OLD, notice_date=dt.date(2026, 10, 20), status=LeaseStatus.NOTICE_GIVEN)
    case = _case((noticed, NEW))
    assert _close(case, [noticed, NEW], [], TODAY) == [
        "Den gamla lägenhetens uppsägningstid löper till 2027-01-31 (hyresavtal K-50).",
        "Utfallet för den gamla lägenheten är inte registrerat (hyresavtal K-50).",
    ]
    with pytest.raises(TransitionError) as caught:
        apply_transition(case, "close", TODAY, "handläggare", leases=[noticed, NEW])
    assert len(caught.value.missing) == 2
    assert _close(case, [noticed, NEW], [_outcome()], dt.date(2027, 1, 31)) == [
        "Den gamla lägenhetens uppsägningstid löper till 2027-01-31 (hyresavtal K-50)."
    ]
    later = dt.date(2027, 2, 1)
    assert _close(case, [noticed, NEW], [_outcome()], later) == []
    closed = apply_transition(
        case, "close", later, "handläggare", leases=[noticed, NEW], old_flat_outcomes=[_outcome()]
    )
    assert closed.state == "closed"


def test_a_client_who_keeps_her_flat_closes_without_an_outcome() -> None:
    assert _close(_case((OLD,)), [OLD], [], TODAY) == []


# The deadlines a finished case keeps


def _flat(embargo: dt.date | None) -> Apartment:
    return Apartment(
        OLD_FLAT,
        "1234-0001",
        Address("Gamlagränd 1", "75320", "Uppsala"),
        2,
        Decimal("54"),
        7200,
        embargo_until=embargo,
    )


@pytest.mark.parametrize("state", ["closed", "refused", CANCELLED_STATE])
def test_a_finished_case_keeps_the_old_flats_deadlines_while_it_settles(state: str) -> None:
    noticed = replace(OLD, notice_date=dt.date(2026, 10, 20), status=LeaseStatus.NOTICE_GIVEN)
    case = _case((noticed, NEW), state=state)
    flat = _flat(dt.date(2027, 2, 1))
    found = case_deadlines(case, [noticed, NEW], [flat], today=TODAY)
    assert [(d.kind, d.date, d.detail) for d in found] == [
        (DeadlineKind.NOTICE_PERIOD_ENDS, dt.date(2027, 1, 31), "K-50"),
        (DeadlineKind.EMBARGO_ENDS, dt.date(2027, 2, 1), "1234-0001"),
    ]
    # The day after the lease's last day only the embargo is left, and then nothing.
    day_after = case_deadlines(case, [noticed, NEW], [flat], today=dt.date(2027, 2, 1))
    assert [d.kind for d in day_after] == [DeadlineKind.EMBARGO_ENDS]
    assert case_deadlines(case, [noticed, NEW], [flat], today=dt.date(2027, 2, 2)) == []


def test_a_finished_case_of_another_kind_keeps_nothing() -> None:
    noticed = replace(OLD, notice_date=dt.date(2026, 10, 20), status=LeaseStatus.NOTICE_GIVEN)
    case = _case((noticed,), kind=CaseKind.PRIORITY, state="refused")
    assert case_deadlines(case, [noticed], [_flat(dt.date(2027, 2, 1))], today=TODAY) == []
