"""Changes to the register of transition and emergency flats itself: a flat's details edited, a
flat taken out of the register, a flat that was taken out put back.

A flat leaves the register by getting a ``removed_on`` date, never by being deleted: the stays
in it are part of the cases that lived there (and a flat someone with a protected address has
lived in keeps its street withheld). A flat that comes back is the same flat, with the same past.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.text import Text
from skyddsapp.domain.transition_flat import FlatStay, TransitionFlat


def edited_flat(
    stored: TransitionFlat, changed: TransitionFlat, stays: Sequence[FlatStay], today: dt.date
) -> TransitionFlat:
    """``changed`` as the new details of ``stored``, normalised; raises ValidationError.

    The day the flat came into the register may be corrected, but not to after the first move
    in since then, nor to before the last move out of an earlier time in the register. The kind
    is checked against the flat's leases by `transition_flat.check_category`."""
    if stored.removed_on is not None:
        raise ValidationError.single("apartment_id", _removed(stored.removed_on))
    errors: list[FieldError] = []
    flat = replace(changed, apartment_id=stored.apartment_id, removed_on=None)
    try:
        flat = flat.validated(today)
    except ValidationError as error:
        errors += error.errors
    if not any(e.field == "available_from" for e in errors):  # one message per field
        errors += _history_errors(stored, flat.available_from, stays)
    raise_if_errors(errors)
    return flat


def _history_errors(
    stored: TransitionFlat, available_from: dt.date, stays: Sequence[FlatStay]
) -> list[FieldError]:
    own = [s for s in stays if s.apartment_id == stored.apartment_id]
    first_in = min((s.moved_in for s in own if s.moved_in >= stored.available_from), default=None)
    earlier_out = max(
        (s.moved_out for s in own if s.moved_in < stored.available_from and s.moved_out),
        default=None,
    )
    if first_in is not None and available_from > first_in:
        message = Text(
            "Någon flyttade in {0}; lägenheten kan inte ha kommit in i förteckningen efter det.",
            first_in.isoformat(),
        )
    elif earlier_out is not None and available_from < earlier_out:
        message = Text(
            "Lägenheten var belagd till {0}, innan den togs bort ur förteckningen; den kan inte "
            "ha kommit tillbaka före det.",
            earlier_out.isoformat(),
        )
    else:
        return []
    return [FieldError("available_from", message)]


def removed_flat(
    flat: TransitionFlat, stays: Sequence[FlatStay], removed_on: dt.date, today: dt.date
) -> TransitionFlat:
    """The flat taken out of the register on ``removed_on``: only while nobody lives there, not
    in the future, not before it came into the register or before the last move out."""
    if flat.removed_on is not None:
        raise ValidationError.single("apartment_id", _removed(flat.removed_on))
    own = [s for s in stays if s.apartment_id == flat.apartment_id]
    current = next((s for s in own if s.current), None)
    if current is not None:
        raise ValidationError.single(
            "apartment_id",
            Text(
                "Någon bor i lägenheten sedan {0}. Registrera utflytten innan lägenheten tas "
                "bort ur förteckningen.",
                current.moved_in.isoformat(),
            ),
        )
    if removed_on > today:
        raise ValidationError.single(
            "removed_on", "Lägenheten kan inte tas bort ur förteckningen i förväg."
        )
    last_out = max((s.moved_out for s in own if s.moved_out), default=None)
    if last_out is not None and removed_on < last_out:
        raise ValidationError.single(
            "removed_on",
            Text(
                "Lägenheten var belagd till {0}; den kan inte ha tagits bort ur förteckningen "
                "före det.",
                last_out.isoformat(),
            ),
        )
    if removed_on < flat.available_from:
        raise ValidationError.single(
            "removed_on",
            Text(
                "Lägenheten finns i förteckningen från {0}; den kan inte ha tagits bort före det.",
                flat.available_from.isoformat(),
            ),
        )
    return replace(flat, removed_on=removed_on)


def registered_again(stored: TransitionFlat, flat: TransitionFlat) -> TransitionFlat:
    """``flat`` (validated) put back in the register where ``stored`` was taken out of it: from
    the day it was removed at the earliest. Refused for a flat that is in the register."""
    if stored.removed_on is None:
        raise ValidationError.single(
            "apartment_id",
            "Lägenheten finns redan i förteckningen över utsluss- och jourlägenheter.",
        )
    if flat.available_from < stored.removed_on:
        raise ValidationError.single(
            "available_from",
            Text(
                "Lägenheten togs bort ur förteckningen {0}; den kan komma tillbaka tidigast "
                "samma dag.",
                stored.removed_on.isoformat(),
            ),
        )
    return replace(flat, removed_on=None)


def _removed(removed_on: dt.date) -> str:
    return Text("Lägenheten togs bort ur förteckningen {0}.", removed_on.isoformat())
