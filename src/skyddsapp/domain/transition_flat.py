"""Utsluss- och jourlägenheter: the register of Nexus' transition and emergency flats,
Kvinnobyrån's flats and Kvinnojouren's lets, who lives in each since when, and how long a free
one has stood free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.deadlines import Deadline, DeadlineKind
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_text
from skyddsapp.domain.text import Text

MAX_HOLDER = 100
MAX_NOTES = 1000
MAX_NEXT_STEP = 500


class FlatCategory(Enum):
    """Slag av lägenhet i förteckningen över utsluss- och jourlägenheter."""

    TRANSITION = "transition"
    EMERGENCY = "emergency"
    KVINNOBYRAN = "kvinnobyran"
    KVINNOJOUR = "kvinnojour"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    @property
    def default_holder(self) -> str:
        """The organisation that holds flats of this kind (the source report)."""
        return _HOLDERS[self]


_CATEGORY_LABELS = {
    FlatCategory.TRANSITION: "Utslussningslägenhet",
    FlatCategory.EMERGENCY: "Jourlägenhet",
    FlatCategory.KVINNOBYRAN: "Kvinnobyråns lägenhet",
    FlatCategory.KVINNOJOUR: "Kvinnojourens lägenhet",
}
_HOLDERS = {
    FlatCategory.TRANSITION: "Nexus",
    FlatCategory.EMERGENCY: "Nexus",
    FlatCategory.KVINNOBYRAN: "Uppsala Stadsmission",
    FlatCategory.KVINNOJOUR: "Uppsala Kvinnojour",
}


@dataclass(frozen=True, slots=True)
class TransitionFlat:
    """A flat of the register: an existing apartment, its kind, who holds it, since when."""

    apartment_id: int
    category: FlatCategory
    holder: str
    available_from: dt.date
    """The day the flat came into the register: free from then until its first stay."""
    notes: str = ""
    removed_on: dt.date | None = None
    """The day it left the register (None while it is in it); its stays are kept."""

    def validated(self, today: dt.date) -> TransitionFlat:
        """A copy with its texts normalised, as it is to be stored; raises ValidationError."""
        errors: list[FieldError] = []
        holder = clean_line(
            self.holder,
            field="holder",
            label="Organisationen",
            errors=errors,
            max_length=MAX_HOLDER,
        )
        notes = clean_text(
            self.notes, field="notes", label="Anteckningar", errors=errors, max_length=MAX_NOTES
        )
        if self.available_from > today:
            errors.append(
                FieldError(
                    "available_from",
                    "Lägenheten kan inte vara tillgänglig från ett datum i framtiden.",
                )
            )
        raise_if_errors(errors)
        return replace(self, holder=holder, notes=notes)


def check_category(category: FlatCategory, *, let_to_kvinnojour: bool) -> None:
    """Kvinnojouren's flats are the ones Uppsalahem lets to Uppsala Kvinnojour second-hand."""
    if category is FlatCategory.KVINNOJOUR and not let_to_kvinnojour:
        raise ValidationError.single(
            "category",
            "Kvinnojourens lägenheter är de som hyrs ut i andra hand till Uppsala Kvinnojour: "
            "registrera först andrahandskontraktet för lägenheten.",
        )


@dataclass(frozen=True, slots=True)
class FlatStay:
    """Boende i en utsluss- eller jourlägenhet: which case lives there, since when, until when
    it is planned, and what happens next. ``moved_out`` is None while they live there."""

    id: int | None
    apartment_id: int
    case_id: int
    moved_in: dt.date
    planned_move_out: dt.date
    next_step: str = ""
    moved_out: dt.date | None = None

    @property
    def current(self) -> bool:
        return self.moved_out is None


def _plan_errors(
    moved_in: dt.date, planned_move_out: dt.date, next_step: str, errors: list[FieldError]
) -> str:
    text = clean_text(
        next_step, field="next_step", label="Nästa steg", errors=errors, max_length=MAX_NEXT_STEP
    )
    if planned_move_out < moved_in:
        errors.append(
            FieldError(
                "planned_move_out", "Den planerade utflytten kan inte vara före inflyttningen."
            )
        )
    return text


def new_stay(
    flat: TransitionFlat,
    stays: Sequence[FlatStay],
    *,
    case_id: int,
    moved_in: dt.date,
    planned_move_out: dt.date,
    next_step: str,
    today: dt.date,
) -> FlatStay:
    """A move into ``flat``, whose earlier ``stays`` are given: the flat must be free, and the
    dates in order (in after the flat came into the register and after the last one moved out,
    not in the future, out planned on or after the day in)."""
    if flat.removed_on is not None:
        raise ValidationError.single(
            "apartment_id",
            Text(
                "Lägenheten togs bort ur förteckningen {0}; registrera den igen först.",
                flat.removed_on.isoformat(),
            ),
        )
    errors: list[FieldError] = []
    current = next((s for s in stays if s.apartment_id == flat.apartment_id and s.current), None)
    if current is not None:
        raise ValidationError.single(
            "apartment_id",
            Text(
                "Lägenheten är redan belagd sedan {0}; registrera utflytten först.",
                current.moved_in.isoformat(),
            ),
        )
    if moved_in > today:
        errors.append(FieldError("moved_in", "Inflyttningen kan inte registreras i förväg."))
    last_out = max(
        (s.moved_out for s in stays if s.apartment_id == flat.apartment_id and s.moved_out),
        default=None,
    )
    if last_out is not None and moved_in < last_out:
        errors.append(
            FieldError(
                "moved_in",
                Text(
                    "Lägenheten var belagd till {0}; inflyttningen kan inte vara före det.",
                    last_out.isoformat(),
                ),
            )
        )
    elif moved_in < flat.available_from:
        errors.append(
            FieldError(
                "moved_in",
                Text(
                    "Lägenheten finns i förteckningen från {0}; inflyttningen kan inte vara "
                    "före det.",
                    flat.available_from.isoformat(),
                ),
            )
        )
    text = _plan_errors(moved_in, planned_move_out, next_step, errors)
    raise_if_errors(errors)
    return FlatStay(None, flat.apartment_id, case_id, moved_in, planned_move_out, text)


def replanned(stay: FlatStay, *, planned_move_out: dt.date, next_step: str) -> FlatStay:
    """The stay with a new planned move-out and next step (only while someone lives there)."""
    if not stay.current:
        raise ValidationError.single("moved_out", _already_out(stay))
    errors: list[FieldError] = []
    text = _plan_errors(stay.moved_in, planned_move_out, next_step, errors)
    raise_if_errors(errors)
    return replace(stay, planned_move_out=planned_move_out, next_step=text)


def ended_stay(stay: FlatStay, moved_out: dt.date, today: dt.date) -> FlatStay:
    """The stay ended on ``moved_out``: on or after the move in, and not in the future."""
    if not stay.current:
        raise ValidationError.single("moved_out", _already_out(stay))
    if moved_out > today:
        raise ValidationError.single("moved_out", "Utflyttningen kan inte registreras i förväg.")
    if moved_out < stay.moved_in:
        raise ValidationError.single(
            "moved_out",
            Text(
                "Utflyttningen kan inte vara före inflyttningen ({0}).", stay.moved_in.isoformat()
            ),
        )
    return replace(stay, moved_out=moved_out)


def _already_out(stay: FlatStay) -> str:
    moved_out = stay.moved_out.isoformat() if stay.moved_out else ""
    return Text("Utflyttningen är redan registrerad ({0}).", moved_out)


def free_since(flat: TransitionFlat, stays: Iterable[FlatStay]) -> dt.date | None:
    """Since when the flat has stood free: the last move out, or the day it came (back) into
    the register if that is later; None while someone lives there."""
    own = [s for s in stays if s.apartment_id == flat.apartment_id]
    if any(s.current for s in own):
        return None
    last_out = max((s.moved_out for s in own if s.moved_out), default=flat.available_from)
    return max(last_out, flat.available_from)


@dataclass(frozen=True, slots=True)
class FlatOverviewRow:
    """One flat of the register as the user may see it.

    ``address`` is None where it is withheld: someone in the flat's cases, or who has lived in
    it, has a protected address; the flat belongs only to others' cases; or the user does not
    see the case that lives there. ``occupant`` and the stay's next step are given only when
    the user sees that case (and the name not when the person's data are protected).
    """

    flat: TransitionFlat
    object_number: str
    address: str | None
    stay: FlatStay | None
    case_reference: str | None = None
    occupant_visible: bool = False
    occupant: str | None = None
    occupant_protected: bool = False
    free_since: dt.date | None = None

    def free_days(self, today: dt.date) -> int | None:
        if self.stay is not None or self.free_since is None:
            return None
        return max(0, (today - self.free_since).days)


def sort_overview(rows: Iterable[FlatOverviewRow]) -> list[FlatOverviewRow]:
    """Occupied flats first, the soonest planned move-out first; then the free ones, the one
    free the longest first."""

    def key(row: FlatOverviewRow) -> tuple[int, dt.date, str]:
        if row.stay is not None:
            return (0, row.stay.planned_move_out, row.object_number)
        return (1, row.free_since or dt.date.max, row.object_number)

    return sorted(rows, key=key)


def move_out_deadline(
    case_id: int, reference: str, *, object_number: str, planned_move_out: dt.date
) -> Deadline:
    """Att göra: the planned move-out of a case from a transition or emergency flat."""
    return Deadline(
        planned_move_out, DeadlineKind.PLANNED_MOVE_OUT, case_id, reference, object_number
    )
