"""What the register of transition and emergency flats shows: the overview of every flat, the
free ones to move a case into, a case's stays, and the planned move-outs for Att göra."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.deadlines import Deadline
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.transition_flat import (
    FlatOverviewRow,
    FlatStay,
    TransitionFlat,
    free_since,
    move_out_deadline,
    sort_overview,
)
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess
from skyddsapp.services.hidden_streets import street_hidden
from skyddsapp.services.transition_flats import current_stay_of_case
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    persons_repository,
    transition_flats_repository,
)

__all__ = [
    "CaseFlatStay",
    "FlatOverviewRow",
    "case_move_out_deadlines",
    "case_stays",
    "free_flats",
    "overview",
]


def overview(session: Session) -> list[FlatOverviewRow]:
    """Every flat of the register: occupied ones by the soonest planned move-out, then the free
    ones, the one free the longest first. The occupant's name and the next step only where the
    user sees the case; the street only where nothing withholds it."""
    session.require_read()
    conn = session.conn
    flats = transition_flats_repository.all_flats(conn)
    latest = {s.apartment_id: s for s in transition_flats_repository.latest_stays(conn)}
    apartments = apartments_repository.get_many(conn, [f.apartment_id for f in flats])
    current = {aid: s for aid, s in latest.items() if s.current}
    references = transition_flats_repository.case_references(
        conn, [s.case_id for s in current.values()]
    )
    rows = []
    for flat in flats:
        apartment = apartments[flat.apartment_id]
        stay = current.get(flat.apartment_id)
        row = FlatOverviewRow(
            flat,
            apartment.object_number,
            None,
            stay,
            free_since=None
            if stay is not None
            else _free_since(flat, latest.get(flat.apartment_id)),
        )
        if stay is not None:
            row = _with_occupant(session, row, stay, references.get(stay.case_id))
        # Where one may not know who lives there, one need not know where it is either.
        if stay is None or row.occupant_visible:
            row = replace(row, address=_address(session, apartment))
        rows.append(row)
    return sort_overview(rows)


def _free_since(flat: TransitionFlat, last: FlatStay | None) -> dt.date:
    since = free_since(flat, [last] if last is not None else [])
    assert since is not None  # the flat's latest stay has ended
    return since


def free_flats(session: Session) -> list[FlatOverviewRow]:
    """The flats of the register nobody lives in, the one free the longest first: what a case
    can move into."""
    return [row for row in overview(session) if row.stay is None]


@dataclass(frozen=True, slots=True)
class CaseFlatStay:
    """A stay of the case in a flat of the register, as the case view shows it. ``address``
    is None where it is withheld (as in the overview)."""

    stay: FlatStay
    flat: TransitionFlat
    object_number: str
    address: str | None


def case_stays(session: Session, case_id: int) -> list[CaseFlatStay]:
    """Every stay of the case in a flat of the register, the current one first, then the
    latest first; flats since taken out of the register included (their past is the case's)."""
    session.require_case(case_id)
    conn = session.conn
    stays = transition_flats_repository.stays_of_case(conn, case_id)
    apartments = apartments_repository.get_many(conn, [s.apartment_id for s in stays])
    found = []
    for stay in stays:
        flat = transition_flats_repository.get_flat(conn, stay.apartment_id)
        apartment = apartments[stay.apartment_id]
        assert flat is not None
        found.append(
            CaseFlatStay(stay, flat, apartment.object_number, _address(session, apartment))
        )
    return found


def _address(session: Session, apartment: Apartment) -> str | None:
    assert apartment.id is not None
    try:
        session.require_apartment(apartment.id)
    except NoAccess:
        return None
    if street_hidden(session.conn, apartment.id):
        return None
    return ", ".join(apartment.address.lines())


def _with_occupant(
    session: Session, row: FlatOverviewRow, stay: FlatStay, reference: str | None
) -> FlatOverviewRow:
    if not session.may_see_case(stay.case_id):
        # Belagd: the case's reference and dates, nothing of the person or the plan.
        return replace(row, stay=replace(stay, next_step=""), case_reference=reference)
    case = cases_repository.get(session.conn, stay.case_id)
    clients = case.person_ids(CaseRole.CLIENT) if case is not None else []
    person = persons_repository.get(session.conn, clients[0]) if clients else None
    protected = person is not None and person.protection.is_protected
    return replace(
        row,
        case_reference=reference,
        occupant_visible=True,
        occupant=person.full_name if person is not None and not protected else None,
        occupant_protected=protected,
    )


def case_move_out_deadlines(session: Session, case_id: int) -> list[Deadline]:
    """The case's own planned move-out, for the case view's dates to watch."""
    stay = current_stay_of_case(session, case_id)
    if stay is None:
        return []
    references = transition_flats_repository.case_references(session.conn, [case_id])
    return [
        move_out_deadline(
            case_id,
            references[case_id],
            object_number=_object_number(session, stay.apartment_id),
            planned_move_out=stay.planned_move_out,
        )
    ]


def _object_number(session: Session, apartment_id: int) -> str:
    apartment = apartments_repository.get(session.conn, apartment_id)
    return apartment.object_number if apartment is not None else str(apartment_id)
