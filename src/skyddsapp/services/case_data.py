"""What a case view shows, read in one go, with every protected value masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from skyddsapp.domain.access import CaseAccess, may_see
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.deadlines import Deadline
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.person import Person, ProtectedField, masked_person
from skyddsapp.domain.rules import hides_flat_address
from skyddsapp.domain.trial_period import TrialPeriod
from skyddsapp.domain.workflow import Transition
from skyddsapp.services import access, cases, housing, todo, trial_periods
from skyddsapp.services.context import Session
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
    trial: TrialPeriod | None = None
    """The housing chain's trial period, once the social contract is signed."""

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
    data.trial = trial_periods.get_trial_period(session, case_id)
    return data
