"""Den gamla lägenheten: the flat a client leaves in customer care, its showing embargo computed
from the notice, and what stays open before the case may close."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.old_flat_outcome import OldFlatOutcome
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.text import Text

OLD_FLAT_KINDS = frozenset({CaseKind.CUSTOMER_CARE})
"""The case kinds in which a client leaves her home because of violence and the landlord takes
the flat back. (In a lease takeover or a perpetrator's move the victim stays; in förtur,
boendekedjan and skyddat boende the flat she leaves is not one the case holds.)"""

_DAY = dt.timedelta(days=1)


def old_leases(case: Case, leases: Iterable[Lease]) -> list[Lease]:
    """Den gamla lägenhetens hyresavtal: the leases a client of ``case`` leaves.

    Only in a case kind of OLD_FLAT_KINDS, and only leases linked to the case that name a
    client as tenant count. The client lives on her newest running lease (status Gällande,
    latest start date); every other such lease, on another flat, is an old one. With no running
    lease, each of them (under notice or ended) is. A lease on the flat she keeps living in is
    never an old one: the victim who stays gets a new lease there (DOMAIN.md), and that flat is
    not taken back.
    """
    if case.kind not in OLD_FLAT_KINDS:
        return []
    clients = set(case.person_ids(CaseRole.CLIENT))
    linked = set(case.lease_ids)
    own = [
        lease
        for lease in leases
        if lease.id is not None and lease.id in linked and clients & set(lease.tenant_ids)
    ]
    running = [lease for lease in own if lease.status is LeaseStatus.ACTIVE]
    home = max(running, key=lambda lease: (lease.start_date, lease.id or 0), default=None)
    old = own if home is None else [x for x in own if x.apartment_id != home.apartment_id]
    return sorted(old, key=lambda lease: (lease.start_date, lease.id or 0))


def computed_embargo(lease: Lease) -> dt.date | None:
    """The first day the old flat may be advertised or shown: the day after its notice period.

    The flat must not be advertised or shown during the notice period (the risk to the victim);
    the period ends with the lease's last day under 12 kap. 4 § jordabalken
    (`domain.notice.notice_end_date`), which still belongs to it. None before notice is given.
    """
    end = lease.end_date
    return end + _DAY if end is not None else None


def required_embargo(leases: Iterable[Lease]) -> tuple[dt.date, Lease] | None:
    """The latest computed embargo among the old ``leases`` of one flat, and the lease it
    comes from; None when none of them is under notice."""
    found: tuple[dt.date, Lease] | None = None
    for lease in leases:
        day = computed_embargo(lease)
        if day is not None and (found is None or day > found[0]):
            found = (day, lease)
    return found


def embargo_in_force(computed: dt.date, by_hand: dt.date | None) -> dt.date:
    """Visningsstoppet i kraft on an old flat under notice: the computed date, or a later one
    the handler set by hand.

    The computed date follows the notice wherever it is corrected, earlier too; a date set by
    hand stays while it is the later of the two, and counts again when a corrected notice
    brings the computed date back below it. A date set by hand never shortens the embargo.
    """
    return by_hand if by_hand is not None and by_hand > computed else computed


def embargo_set_by_hand(embargo_until: dt.date | None, computed: dt.date | None) -> dt.date | None:
    """What of a flat's embargo saved by the handler is set by hand: nothing when it is the
    computed date (the apartment dialog sends that when no later date is ticked); all of it
    where nothing is computed. (One earlier than the computed date is refused before.)"""
    if embargo_until is None or (computed is not None and embargo_until <= computed):
        return None
    return embargo_until


def check_embargo(embargo_until: dt.date | None, required: tuple[dt.date, Lease]) -> None:
    """Refuse a showing embargo that ends before the computed one (or none at all).

    A later date may be set by hand; an earlier one would let the flat be shown while the
    client's old lease still runs.
    """
    day, lease = required
    if embargo_until is not None and embargo_until >= day:
        return
    end = lease.end_date
    assert end is not None  # a computed embargo comes from a notice
    raise ValidationError.single(
        "embargo_until",
        Text(
            "Visningsstoppet kan inte sluta före {0}: den gamla lägenheten får inte annonseras "
            "eller visas under uppsägningstiden, som löper till och med {1} (hyresavtal {2}).",
            day.isoformat(),
            end.isoformat(),
            lease.contract_number,
        ),
    )


def lease_has_ended(lease: Lease, today: dt.date) -> bool:
    """The lease no longer runs: marked Upphört, or its last day under notice has passed."""
    if lease.status is LeaseStatus.ENDED:
        return True
    end = lease.end_date
    return end is not None and end < today


def lease_problems(case: Case, leases: Sequence[Lease], today: dt.date) -> list[str]:
    """What still runs of the client's old leases, one sentence each (empty when settled)."""
    problems: list[str] = []
    for lease in old_leases(case, leases):
        if lease_has_ended(lease, today):
            continue
        end = lease.end_date
        if end is None:
            problems.append(
                Text(
                    "Den gamla lägenhetens hyresavtal {0} är inte uppsagt: registrera "
                    "uppsägningen.",
                    lease.contract_number,
                )
            )
        else:
            problems.append(
                Text(
                    "Den gamla lägenhetens uppsägningstid löper till {0} (hyresavtal {1}).",
                    end.isoformat(),
                    lease.contract_number,
                )
            )
    return problems


def outcome_problems(
    case: Case, leases: Sequence[Lease], outcomes: Iterable[OldFlatOutcome]
) -> list[str]:
    """Each old flat of the case whose outcome is not recorded, one sentence each."""
    recorded = {o.apartment_id for o in outcomes if o.case_id == case.id}
    problems: list[str] = []
    for lease in old_leases(case, leases):
        if lease.apartment_id not in recorded:
            recorded.add(lease.apartment_id)  # one sentence per flat
            problems.append(
                Text(
                    "Utfallet för den gamla lägenheten är inte registrerat (hyresavtal {0}).",
                    lease.contract_number,
                )
            )
    return problems


def open_items(
    case: Case, leases: Sequence[Lease], outcomes: Iterable[OldFlatOutcome], today: dt.date
) -> list[str]:
    """Everything that stays open about the case's old flats before it may close."""
    return [*lease_problems(case, leases, today), *outcome_problems(case, leases, outcomes)]
