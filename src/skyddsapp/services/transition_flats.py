"""Use cases for the register of transition and emergency flats: register a flat, move a case
in, change the plan, move out (what the register shows: `transition_flats_overview`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.domain.transition_flat import (
    FlatCategory,
    FlatStay,
    TransitionFlat,
    check_category,
    ended_stay,
    new_stay,
    replanned,
)
from skyddsapp.domain.transition_flat_changes import registered_again
from skyddsapp.services import housing
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    transition_flats_repository,
)
from skyddsapp.vault.audit import utc_now

__all__ = [
    "FlatCategory",
    "FlatStay",
    "TransitionFlat",
    "apartment_id_by_object_number",
    "case_id_by_reference",
    "current_stay_of_case",
    "get_flat",
    "get_stay",
    "move_in",
    "move_out",
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
    ``available_from``: today by default). A flat taken out of the register comes back with
    its earlier stays (`transition_flat_changes.registered_again`)."""
    session.require_write()
    conn = session.conn
    if apartments_repository.get(conn, apartment_id) is None:
        raise NotFound("Lägenheten", apartment_id)
    session.require_apartment(apartment_id)
    flat = _validated(session, apartment_id, category, holder, available_from, notes)
    stored = transition_flats_repository.get_flat(conn, apartment_id)
    if stored is not None:
        flat = registered_again(stored, flat)
    let = transition_flats_repository.let_to_kvinnojour(conn, apartment_id)
    check_category(category, let_to_kvinnojour=let)
    with session.vault.transaction() as audit:
        if stored is None:
            transition_flats_repository.insert_flat(conn, flat, utc_now())
        else:
            transition_flats_repository.update_flat(conn, flat, utc_now())
        audit.append(
            session.user_name,
            "transition_flat.register",
            "apartment",
            apartment_id,
            details=category.value if stored is None else f"{category.value}; again",
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
