"""Use cases that change the register of transition and emergency flats itself: edit a flat's
details, take a flat out of the register (its stays are kept: `domain.transition_flat_changes`)."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.transition_flat import FlatCategory, TransitionFlat, check_category
from skyddsapp.domain.transition_flat_changes import edited_flat, removed_flat
from skyddsapp.services.context import Session
from skyddsapp.services.transition_flats import get_flat
from skyddsapp.vault import transition_flats_repository
from skyddsapp.vault.audit import utc_now

__all__ = ["edit_flat", "remove_flat"]


def edit_flat(
    session: Session,
    apartment_id: int,
    category: FlatCategory,
    *,
    holder: str,
    available_from: dt.date,
    notes: str = "",
) -> TransitionFlat:
    """Change the kind, the organisation that holds the flat, the day it came into the register
    and the notes, with the rules of registering (Kvinnojouren's flats are its lets)."""
    session.require_write()
    session.require_apartment(apartment_id)
    conn = session.conn
    stored = get_flat(session, apartment_id)
    changed = TransitionFlat(apartment_id, category, holder, available_from, notes)
    stays = transition_flats_repository.stays_of_flat(conn, apartment_id)
    flat = edited_flat(stored, changed, stays, session.today())
    let = transition_flats_repository.let_to_kvinnojour(conn, apartment_id)
    check_category(category, let_to_kvinnojour=let)
    with session.vault.transaction() as audit:
        transition_flats_repository.update_flat(conn, flat, utc_now())
        audit.append(
            session.user_name,
            "transition_flat.edit",
            "apartment",
            apartment_id,
            details=f"{category.value}; {flat.available_from.isoformat()}",
        )
    return flat


def remove_flat(
    session: Session, apartment_id: int, removed_on: dt.date | None = None
) -> TransitionFlat:
    """Take the flat out of the register on ``removed_on`` (today by default): only while
    nobody lives there. The flat's row and every stay in it stay in the vault; the flat may be
    registered again (`transition_flats.register_flat`)."""
    session.require_write()
    session.require_apartment(apartment_id)
    conn = session.conn
    stored = get_flat(session, apartment_id)
    stays = transition_flats_repository.stays_of_flat(conn, apartment_id)
    today = session.today()
    flat = removed_flat(stored, stays, removed_on or today, today)
    assert flat.removed_on is not None
    with session.vault.transaction() as audit:
        transition_flats_repository.update_flat(conn, flat, utc_now())
        audit.append(
            session.user_name,
            "transition_flat.remove",
            "apartment",
            apartment_id,
            details=flat.removed_on.isoformat(),
        )
    return flat
