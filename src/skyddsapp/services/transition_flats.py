"""Use cases for the register of transition and emergency flats: register a flat, move a case
in, change the plan, move out, the overview and the planned move-outs for Att göra."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.deadlines import Deadline
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.text import Text
from skyddsapp.domain.transition_flat import (
    FlatCategory,
    FlatOverviewRow,
    FlatStay,
    TransitionFlat,
    check_category,
    ended_stay,
    move_out_deadline,
    new_stay,
    replanned,
    sort_overview,
)
from skyddsapp.services import housing
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotFound
from skyddsapp.services.hidden_streets import street_hidden
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    persons_repository,
    transition_flats_repository,
)
from skyddsapp.vault.audit import utc_now

__all__ = [
    "FlatCategory",
    "FlatOverviewRow",
    "FlatStay",
    "TransitionFlat",
    "apartment_id_by_object_number",
    "case_id_by_reference",
    "case_move_out_deadlines",
    "current_stay_of_case",
    "get_flat",
    "get_stay",
    "move_in",
    "move_out",
    "move_out_deadlines",
    "overview",
    "register_flat",
    "register_new_flat",
    "replan",
]


def register_flat(
    session: Session,
    apartment_id: int,
    category: FlatCategory,
    *,
    holder: str | None = None,
    available_from: dt.date | None = None,
    notes: str = "",
) -> TransitionFlat:
    """Put a flat of the vault in the register (``holder``: the category's by default;
    ``available_from``: today by default)."""
    session.require_write()
    conn = session.conn
    if apartments_repository.get(conn, apartment_id) is None:
        raise NotFound("Lägenheten", apartment_id)
    session.require_apartment(apartment_id)
    flat = _validated(session, apartment_id, category, holder, available_from, notes)
    if transition_flats_repository.get_flat(conn, apartment_id) is not None:
        raise ValidationError.single(
            "apartment_id",
            "Lägenheten finns redan i förteckningen över utsluss- och jourlägenheter.",
        )
    let = transition_flats_repository.let_to_kvinnojour(conn, apartment_id)
    check_category(category, let_to_kvinnojour=let)
    with session.vault.transaction() as audit:
        transition_flats_repository.insert_flat(conn, flat, utc_now())
        audit.append(
            session.user_name,
            "transition_flat.register",
            "apartment",
            apartment_id,
            details=category.value,
        )
    return flat


def _validated(
    session: Session,
    apartment_id: int,
    category: FlatCategory,
    holder: str | None,
    available_from: dt.date | None,
    notes: str,
) -> TransitionFlat:
    today = session.today()
    holder = category.default_holder if holder is None else holder
    flat = TransitionFlat(apartment_id, category, holder, available_from or today, notes)
    return flat.validated(today)


def register_new_flat(
    session: Session,
    apartment: Apartment,
    category: FlatCategory,
    *,
    holder: str | None = None,
    available_from: dt.date | None = None,
    notes: str = "",
) -> TransitionFlat:
    """Register a new flat and put it in the register, in one transaction (or nothing)."""
    session.require_write()
    # The register's own fields first: a refusal there must not wait for the flat's.
    _validated(session, 0, category, holder, available_from, notes)
    check_category(category, let_to_kvinnojour=False)  # a new flat is let to no one yet
    with session.vault.transaction():
        created = housing.create_apartment(session, apartment)
        assert created.id is not None
        return register_flat(
            session,
            created.id,
            category,
            holder=holder,
            available_from=available_from,
            notes=notes,
        )


def apartment_id_by_object_number(session: Session, object_number: str) -> int:
    """The flat of the vault with this object number (for registering one that exists)."""
    session.require_read()
    text = " ".join(object_number.split())
    if not text:
        raise ValidationError.single("object_number", "Objektnummer saknas.")
    found = apartments_repository.id_by_object_number(session.conn, text)
    if found is None:
        raise ValidationError.single(
            "object_number", Text("Det finns ingen lägenhet med objektnummer {0} i valvet.", text)
        )
    session.require_apartment(found)
    return found


def get_flat(session: Session, apartment_id: int) -> TransitionFlat:
    session.require_read()
    flat = transition_flats_repository.get_flat(session.conn, apartment_id)
    if flat is None:
        raise NotFound("Lägenheten i förteckningen", apartment_id)
    return flat


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
    return last.moved_out if last is not None and last.moved_out else flat.available_from


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


def case_id_by_reference(session: Session, reference: str) -> int:
    """The case with this reference, if the user sees it (ValidationError on ``reference``)."""
    session.require_read()
    if not reference.strip():
        raise ValidationError.single("reference", "Ange ärendenumret för den som flyttar in.")
    parsed = CaseReference.parse(reference)
    case_id = cases_repository.id_by_reference(session.conn, parsed.formatted())
    if case_id is None:
        raise ValidationError.single(
            "reference", Text("Det finns inget ärende {0}.", parsed.formatted())
        )
    session.require_case(case_id)
    return case_id


def move_in(
    session: Session,
    apartment_id: int,
    case_id: int,
    *,
    moved_in: dt.date,
    planned_move_out: dt.date,
    next_step: str = "",
) -> FlatStay:
    """Record that the case's client moved into the flat of the register."""
    session.require_write()
    session.require_case(case_id)
    conn = session.conn
    flat = get_flat(session, apartment_id)
    stays = transition_flats_repository.stays_of_flat(conn, apartment_id)
    stay = new_stay(
        flat,
        stays,
        case_id=case_id,
        moved_in=moved_in,
        planned_move_out=planned_move_out,
        next_step=next_step,
        today=session.today(),
    )
    elsewhere = transition_flats_repository.current_stay_of_case(conn, case_id)
    if elsewhere is not None:
        number = _object_number(session, elsewhere.apartment_id)
        raise ValidationError.single(
            "reference",
            Text(
                "Klienten i ärendet bor redan i lägenhet {0} sedan {1}; registrera utflytten "
                "därifrån först.",
                number,
                elsewhere.moved_in.isoformat(),
            ),
        )
    with session.vault.transaction() as audit:
        now = utc_now()
        stay = replace(stay, id=transition_flats_repository.insert_stay(conn, stay, now))
        cases_repository.touch(conn, case_id, now)
        audit.append(
            session.user_name,
            "transition_flat.move_in",
            "case",
            case_id,
            details=f"apartment {apartment_id}; {moved_in.isoformat()}",
        )
    return stay


def _object_number(session: Session, apartment_id: int) -> str:
    apartment = apartments_repository.get(session.conn, apartment_id)
    return apartment.object_number if apartment is not None else str(apartment_id)


def get_stay(session: Session, stay_id: int) -> FlatStay:
    """A stay, if the user sees its case."""
    session.require_read()
    stay = transition_flats_repository.get_stay(session.conn, stay_id)
    if stay is None:
        raise NotFound("Boendet", stay_id)
    session.require_case(stay.case_id)
    return stay


def replan(
    session: Session, stay_id: int, *, planned_move_out: dt.date, next_step: str
) -> FlatStay:
    """Change the planned move-out and the next step of someone who lives in the flat."""
    session.require_write()
    stored = get_stay(session, stay_id)
    stay = replanned(stored, planned_move_out=planned_move_out, next_step=next_step)
    return _save(session, stay, "transition_flat.replan", planned_move_out.isoformat())


def move_out(session: Session, stay_id: int, moved_out: dt.date) -> FlatStay:
    """Record the move out: the flat is free from that day."""
    session.require_write()
    stored = get_stay(session, stay_id)
    stay = ended_stay(stored, moved_out, session.today())
    return _save(session, stay, "transition_flat.move_out", moved_out.isoformat())


def _save(session: Session, stay: FlatStay, action: str, details: str) -> FlatStay:
    with session.vault.transaction() as audit:
        now = utc_now()
        transition_flats_repository.update_stay(session.conn, stay, now)
        cases_repository.touch(session.conn, stay.case_id, now)
        audit.append(
            session.user_name,
            action,
            "case",
            stay.case_id,
            details=f"apartment {stay.apartment_id}; {details}",
        )
    return stay


def current_stay_of_case(session: Session, case_id: int) -> FlatStay | None:
    session.require_case(case_id)
    return transition_flats_repository.current_stay_of_case(session.conn, case_id)


def move_out_deadlines(session: Session, *, until: dt.date | None = None) -> list[Deadline]:
    """Att göra: the planned move-out of everyone living in a flat of the register, for the
    cases the user sees, whatever their state (a placement may close into such a flat)."""
    rows = transition_flats_repository.planned_move_outs(
        session.conn, scope=session.scope(), until=until
    )
    return [
        move_out_deadline(
            r.case_id,
            r.reference,
            object_number=r.object_number,
            planned_move_out=r.planned_move_out,
        )
        for r in rows
    ]


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
