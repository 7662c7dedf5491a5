"""What a case view shows, read in one go, with every protected value masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from skyddsapp.domain.access import CaseAccess, may_see
from skyddsapp.domain.agreement import Agreement
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import CountyReferral
from skyddsapp.domain.deadlines import Deadline
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import Person, ProtectedField, masked_person
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.rules import hides_flat_address
from skyddsapp.domain.trial_period import TrialPeriod
from skyddsapp.domain.workflow import Transition
from skyddsapp.services import (
    access,
    agreements,
    cases,
    county_referrals,
    housing,
    keys,
    old_flat,
    placements,
    todo,
    transition_flats_overview,
    trial_periods,
)
from skyddsapp.services.context import Session
from skyddsapp.services.keys import CaseKeys
from skyddsapp.vault import access_repository, persons_repository


@dataclass
class CaseData:
    """One case with the persons, flats and leases it links to. Lives only in the view."""

    case: Case
    today: dt.date
    persons: dict[int, Person] = field(default_factory=dict)
    """Masked (`Person.masked`): values come only through `persons.reveal`."""
    apartments: dict[int, Apartment] = field(default_factory=dict)
    leases: dict[int, Lease] = field(default_factory=dict)
    steps: list[tuple[Transition, list[str]]] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    flat_address_hidden: bool = False
    """Someone in the case has a protected address: the flat's street is shown only through
    `housing.reveal_apartment_address`."""
    access: CaseAccess | None = None
    """Who handles the case (with their teams) and whom it is shared with."""
    opened_by_glass: bool = False
    """The user sees the case only because they broke the glass for it in this session."""
    keys: CaseKeys | None = None
    """The key registry of the case's flats and the case's fullmakter."""
    old_flats: old_flat.CaseOldFlats = field(default_factory=old_flat.CaseOldFlats)
    """The flats the client leaves (customer care) and what stays open about them."""
    placement: Placement | None = None
    """The placement in sheltered housing (shelter-exit cases), with `placement_agreement`,
    the framework agreement it was called off under."""
    placement_agreement: Agreement | None = None
    county_referrals: list[CountyReferral] = field(default_factory=list)
    """The Länskompotten referrals (county-referral cases), in the order they were sent."""
    lease_agreements: dict[int, Agreement | None] = field(default_factory=dict)
    """For each Kvinnojour let of the case: the Kvinnojour agreement it falls under."""
    trial: TrialPeriod | None = None
    """The housing chain's trial period, once the social contract is signed."""
    flat_stays: list[transition_flats_overview.CaseFlatStay] = field(default_factory=list)
    """The client's stays in transition and emergency flats, the current one first."""

    @property
    def case_id(self) -> int:
        assert self.case.id is not None
        return self.case.id


def open_case_data(session: Session, case_id: int) -> CaseData:
    """Open the case for the user: `case.open` goes to the audit log, then the case is read."""
    access.record_open(session, case_id)
    return load_case_data(session, case_id)


def load_case_data(session: Session, case_id: int) -> CaseData:
    """Read the case again (after a change in it); not logged, `open_case_data` was."""
    case = cases.get_case(session, case_id)
    data = CaseData(case, session.today())
    data.access = access_repository.case_access(session.conn, case_id)
    actor = session.actor
    data.opened_by_glass = data.access is not None and not may_see(actor, data.access)
    data.apartments = {a: housing.get_apartment(session, a) for a in case.apartment_ids}
    data.leases = {lease: housing.get_lease(session, lease) for lease in case.lease_ids}
    person_ids = [p.person_id for p in case.parties]
    for lease in data.leases.values():
        person_ids += list(lease.tenant_ids)
    stored = persons_repository.get_many(session.conn, list(dict.fromkeys(person_ids)))
    # (A flat may also be hidden by another case it belongs to: then its street is masked here.)
    data.flat_address_hidden = hides_flat_address(stored.values()) or any(
        a.street_masked for a in data.apartments.values()
    )
    # Where the case hides the flat's street, a co-resident's home address is that street.
    at_home = {p.person_id for p in case.parties if p.lives_in_flat}
    data.persons = {
        pid: masked_person(
            person,
            [ProtectedField.REAL_ADDRESS] if data.flat_address_hidden and pid in at_home else [],
        )
        for pid in dict.fromkeys(person_ids)
        if (person := stored.get(pid)) is not None
    }
    data.steps = cases.steps(session, case)
    data.deadlines = todo.case_deadlines(session, case_id)
    data.keys = keys.case_keys_of(
        session,
        CaseFile(
            case=case,
            persons=data.persons,
            apartments=data.apartments,
            leases=data.leases,
            today=data.today,
        ),
    )
    data.old_flats = old_flat.case_old_flats(session, case_id)
    _load_agreement_records(session, data)
    data.trial = trial_periods.get_trial_period(session, case_id)
    data.flat_stays = transition_flats_overview.case_stays(session, case_id)
    return data


def _load_agreement_records(session: Session, data: CaseData) -> None:
    """The placement, the Länskompotten referrals and the agreements the case falls under."""
    case = data.case
    if case.kind is CaseKind.SHELTER_EXIT:
        data.placement = placements.placement_of_case(session, data.case_id)
        if data.placement is not None and data.placement.agreement_id is not None:
            data.placement_agreement = agreements.get_agreement(
                session, data.placement.agreement_id
            )
    if case.kind is CaseKind.COUNTY_REFERRAL:
        data.county_referrals = county_referrals.referrals_of_case(session, data.case_id)
    data.lease_agreements = {
        lease_id: agreements.agreement_of_lease(session, lease)
        for lease_id, lease in data.leases.items()
        if lease.kind is LeaseKind.SECOND_HAND_KVINNOJOUR
    }
