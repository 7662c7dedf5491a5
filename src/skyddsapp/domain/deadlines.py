"""Deadlines of an open case (frister): notice end, risk review, showing embargo, decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, DecisionKind
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.notice import notice_end_date
from skyddsapp.domain.old_flat import old_leases
from skyddsapp.domain.placement import Placement, flat_offer_text
from skyddsapp.domain.risk import RiskLevel
from skyddsapp.domain.workflows import workflow_for


class DeadlineKind(Enum):
    """Frist."""

    NOTICE_PERIOD_ENDS = "notice_period_ends"
    RISK_REVIEW_DUE = "risk_review_due"
    EMBARGO_ENDS = "embargo_ends"
    DECISION_EXPIRES = "decision_expires"
    PLACEMENT_ENDS = "placement_ends"
    TRIAL_ENDS = "trial_ends"
    PLANNED_MOVE_OUT = "planned_move_out"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    DeadlineKind.NOTICE_PERIOD_ENDS: "Uppsägningstiden löper ut",
    DeadlineKind.RISK_REVIEW_DUE: "Ny hot- och riskbedömning",
    DeadlineKind.EMBARGO_ENDS: "Får annonseras/visas från",
    DeadlineKind.DECISION_EXPIRES: "Beslut gäller till",
    DeadlineKind.PLACEMENT_ENDS: "Placeringen planeras upphöra",
    DeadlineKind.TRIAL_ENDS: "Prövotiden löper ut",
    DeadlineKind.PLANNED_MOVE_OUT: "Planerad utflytt ur utslussnings-/jourlägenhet",
}
_ORDER = {kind: index for index, kind in enumerate(DeadlineKind)}


@dataclass(frozen=True, slots=True)
class Deadline:
    """Frist i ett ärende: a date something must be done by, or from which something may be done."""

    date: dt.date
    kind: DeadlineKind
    case_id: int
    reference: str
    detail: str
    """What the date belongs to, never personal data: the contract number (notice), the risk
    level's label (review), the flat's object number (embargo, planned move-out from a
    transition flat), the decision kind's label, whether a flat has been offered (placement;
    never the provider, which may tell where the client is) or the social contract's number
    (trial period, `domain.trial_period`)."""

    def is_overdue(self, today: dt.date) -> bool:
        return self.date < today


def notice_deadline(
    case_id: int,
    reference: str,
    *,
    contract_number: str,
    notice_date: dt.date | None,
    status: LeaseStatus,
) -> Deadline | None:
    """The last day of a lease under notice; an ended lease has nothing left to watch."""
    if status is not LeaseStatus.NOTICE_GIVEN or notice_date is None:
        return None
    end = notice_end_date(notice_date)
    return Deadline(end, DeadlineKind.NOTICE_PERIOD_ENDS, case_id, reference, contract_number)


def review_deadline(
    case_id: int, reference: str, *, level: RiskLevel, next_review: dt.date
) -> Deadline:
    """When the case's latest threat and risk assessment is due to be made again."""
    return Deadline(next_review, DeadlineKind.RISK_REVIEW_DUE, case_id, reference, level.label)


def embargo_deadline(
    case_id: int,
    reference: str,
    *,
    object_number: str,
    embargo_until: dt.date | None,
    today: dt.date | None = None,
) -> Deadline | None:
    """The day a linked flat may be advertised or shown again.

    Once that day has passed there is nothing left to wait for, so with ``today`` a past
    embargo gives no deadline (unlike the others, it cannot be overdue).
    """
    if embargo_until is None or (today is not None and embargo_until < today):
        return None
    return Deadline(embargo_until, DeadlineKind.EMBARGO_ENDS, case_id, reference, object_number)


def decision_deadline(
    case_id: int,
    reference: str,
    *,
    kind: DecisionKind,
    granted: bool | None,
    valid_until: dt.date | None,
) -> Deadline | None:
    """The last day a decision holds (e.g. förtur); a refusal has no validity to watch.

    Pass only the latest decision of each kind: a later decision replaces an earlier one.
    """
    if valid_until is None or granted is False:
        return None
    return Deadline(valid_until, DeadlineKind.DECISION_EXPIRES, case_id, reference, kind.label)


def placement_deadline(
    case_id: int,
    reference: str,
    *,
    planned_end: dt.date,
    actual_end: dt.date | None,
    flat_offered_before_end: bool | None,
) -> Deadline | None:
    """The planned end of a running placement in sheltered housing; an ended one has none.

    A planned end that has passed while the placement still runs stays (overdue): its real
    end, or a new planned end, is to be recorded.
    """
    if actual_end is not None:
        return None
    detail = flat_offer_text(flat_offered_before_end)
    return Deadline(planned_end, DeadlineKind.PLACEMENT_ENDS, case_id, reference, detail)


def case_deadlines(
    case: Case,
    leases: Iterable[Lease],
    apartments: Iterable[Apartment],
    *,
    today: dt.date | None = None,
    placement: Placement | None = None,
) -> list[Deadline]:
    """Every deadline of ``case``, sorted by date; a case in a terminal step keeps only those
    of its old flat while that settles (`settling_deadlines`).

    Only leases and flats linked to the case, and its own placement, count. With ``today``,
    embargoes already over are left out.
    """
    if case.id is None:
        raise ValueError("deadlines belong to a stored case")
    if workflow_for(case.kind).is_terminal(case.state):
        return settling_deadlines(case, leases, apartments, today=today)
    cid, ref = case.id, case.reference.formatted()
    found: list[Deadline | None] = []
    lease_ids = set(case.lease_ids)
    for lease in leases:
        if lease.id in lease_ids:
            found.append(
                notice_deadline(
                    cid,
                    ref,
                    contract_number=lease.contract_number,
                    notice_date=lease.notice_date,
                    status=lease.status,
                )
            )
    assessment = case.latest_risk_assessment()
    if assessment is not None:
        found.append(
            review_deadline(cid, ref, level=assessment.level, next_review=assessment.next_review)
        )
    apartment_ids = set(case.apartment_ids)
    for apartment in apartments:
        if apartment.id in apartment_ids:
            found.append(
                embargo_deadline(
                    cid,
                    ref,
                    object_number=apartment.object_number,
                    embargo_until=apartment.embargo_until,
                    today=today,
                )
            )
    for kind in DecisionKind:
        decision = case.latest_decision(kind)
        if decision is not None:
            found.append(
                decision_deadline(
                    cid,
                    ref,
                    kind=kind,
                    granted=decision.granted,
                    valid_until=decision.valid_until,
                )
            )
    if placement is not None and placement.case_id == case.id:
        found.append(
            placement_deadline(
                cid,
                ref,
                planned_end=placement.planned_end,
                actual_end=placement.actual_end,
                flat_offered_before_end=placement.flat_offered_before_end,
            )
        )
    return sort_deadlines(d for d in found if d is not None)


def sort_deadlines(deadlines: Iterable[Deadline]) -> list[Deadline]:
    """By date (so overdue ones come first), then kind, case reference and detail."""
    return sorted(deadlines, key=lambda d: (d.date, _ORDER[d.kind], d.reference, d.detail))


def settling_deadlines(
    case: Case,
    leases: Iterable[Lease],
    apartments: Iterable[Apartment],
    *,
    today: dt.date | None = None,
) -> list[Deadline]:
    """The deadlines of the client's old flat (`domain.old_flat.old_leases`): the end of each
    old lease still under notice and, until it is over, its flat's showing embargo.

    What a finished case keeps: a customer-care case may be cancelled while the old lease
    runs, and the flat must still not be shown. The flat counts here whether or not it is
    linked to the case; with ``today``, a notice period that has run out is left out too.
    """
    if case.id is None:
        raise ValueError("deadlines belong to a stored case")
    cid, ref = case.id, case.reference.formatted()
    old = old_leases(case, leases)
    found: list[Deadline | None] = [
        notice_deadline(
            cid,
            ref,
            contract_number=lease.contract_number,
            notice_date=lease.notice_date,
            status=lease.status,
        )
        for lease in old
        if today is None or (lease.end_date is not None and lease.end_date >= today)
    ]
    flats = {lease.apartment_id for lease in old}
    found += [
        embargo_deadline(
            cid,
            ref,
            object_number=apartment.object_number,
            embargo_until=apartment.embargo_until,
            today=today,
        )
        for apartment in apartments
        if apartment.id in flats
    ]
    return sort_deadlines(d for d in found if d is not None)
