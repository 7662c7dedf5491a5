"""Övertagande i boendekedjan: the client takes over the first-hand lease after the trial period
(`domain.trial_period`), and the social contract ends the day before the first-hand lease
starts, so that the two never both run and there is no day without a lease between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from skyddsapp.domain.case import Case
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.text import Text


def first_hand_for_takeover(case: Case, leases: Iterable[Lease], social: Lease) -> Lease | None:
    """The client's running first-hand lease that replaces ``social``: the one for the same
    flat if there is one, else the latest started."""
    clients = set(case.person_ids(CaseRole.CLIENT))
    linked = set(case.lease_ids)
    found = [
        lease
        for lease in leases
        if lease.id in linked
        and lease.kind is LeaseKind.FIRST_HAND
        and lease.status is LeaseStatus.ACTIVE
        and clients & set(lease.tenant_ids)
    ]
    return max(
        found,
        key=lambda lease: (lease.apartment_id == social.apartment_id, lease.start_date),
        default=None,
    )


def social_contract_end(social: Lease, first_hand: Lease) -> dt.date:
    """The social contract's last day: the day before the first-hand lease starts.

    Raises RuleViolation when the first-hand lease would start before the social contract did.
    """
    end = first_hand.start_date - dt.timedelta(days=1)
    if end < social.start_date:
        raise RuleViolation(
            Text(
                "Förstahandskontraktet {0} börjar {1}, före det bostadssociala kontraktet {2} "
                "({3}); rätta startdatumet innan övertagandet registreras.",
                first_hand.contract_number,
                first_hand.start_date.isoformat(),
                social.contract_number,
                social.start_date.isoformat(),
            )
        )
    return end


def ended_text(social: Lease, first_hand: Lease, end: dt.date) -> str:
    return Text(
        "Det bostadssociala kontraktet {0} upphör {1}; förstahandskontraktet {2} gäller från {3}.",
        social.contract_number,
        end.isoformat(),
        first_hand.contract_number,
        first_hand.start_date.isoformat(),
    )
