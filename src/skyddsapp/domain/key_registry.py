"""Nyckelregister: each flat's keys, who holds them, losses, lock changes and powers of attorney.

A flat's key set is a list of `KeyItem`s (one per kind, marking, system and series, with how
many exist). Events move keys: an issue hands keys out to a person, a return brings them back,
a loss takes them out of the world. What is at the office and what each person holds follows
from the items and the events, never from a stored balance.

The rule of the trade: a receipt lists every key, tag and card; a missing key, or a perpetrator
who may hold keys, means the lock must be changed — and until it has been, no key to that flat is
handed out. An agent collects keys only under a signed power of attorney (fullmakt) that is valid
on the day and covers keys.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from skyddsapp.domain.attorney import PowerOfAttorneyRecord
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.key_rows import KEYS, MAX_ROWS, KeyKind, KeyRow, parse_key_rows
from skyddsapp.domain.text import Text


class LockChangeReason(Enum):
    """Skäl till låsbyte (worded so that the order reveals nothing about the residents)."""

    MISSING_KEY = "missing_key"
    UNAUTHORISED_KEYS = "unauthorised_keys"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    LockChangeReason.MISSING_KEY: "Nyckel, tagg eller kort saknas (har inte lämnats tillbaka)",
    LockChangeReason.UNAUTHORISED_KEYS: "Obehörig person kan ha nycklar till lägenheten",
    LockChangeReason.OTHER: "Annat skäl",
}


class KeyEventKind(Enum):
    """Nyckelhändelse."""

    ISSUE = "issue"
    RETURN = "return"
    LOSS = "loss"

    @property
    def label(self) -> str:
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    KeyEventKind.ISSUE: "Utlämning",
    KeyEventKind.RETURN: "Återlämning",
    KeyEventKind.LOSS: "Förlust",
}


class IdKind(Enum):
    """Legitimation som visades upp (the kind only; its number is never stored)."""

    DRIVING_LICENCE = "driving_licence"
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ID_LABELS[self]


_ID_LABELS = {
    IdKind.DRIVING_LICENCE: "Körkort",
    IdKind.PASSPORT: "Pass",
    IdKind.NATIONAL_ID: "Nationellt id-kort",
    IdKind.OTHER: "Annan godkänd legitimation",
}


@dataclass(frozen=True, slots=True)
class KeyItem:
    """En sort i lägenhetens nyckeluppsättning: ``count`` keys alike."""

    id: int | None
    apartment_id: int
    kind: KeyKind
    marking: str
    system: str
    series: str
    count: int

    @property
    def row(self) -> KeyRow:
        return KeyRow(self.kind, self.marking, self.system, self.series, self.count)

    def matches(self, row: KeyRow) -> bool:
        return (row.kind, row.marking, row.system, row.series) == (
            self.kind,
            self.marking,
            self.system,
            self.series,
        )


@dataclass(frozen=True, slots=True)
class KeyMovement:
    item_id: int
    count: int


@dataclass(frozen=True, slots=True)
class KeyEvent:
    """Nyckelhändelse: keys of one flat issued to, returned by or lost by a person."""

    id: int | None
    apartment_id: int
    case_id: int
    kind: KeyEventKind
    on_date: dt.date
    person_id: int | None
    """Who handed over or received the keys (an agent, or the holder themselves)."""
    movements: tuple[KeyMovement, ...]
    holder_id: int | None = None
    """Whom the keys are accounted to: for an agent, the client they act for."""
    by_agent: bool = False
    power_of_attorney_id: int | None = None
    id_kind: IdKind | None = None
    """The identity document checked (issues and returns); None for a reported loss."""
    note: str = ""
    document_id: int | None = None
    recorded_by: str = ""


@dataclass(frozen=True, slots=True)
class LockChangeTask:
    """Låsbyte som krävs: open until done; an order (beställning) may have been sent."""

    id: int | None
    apartment_id: int
    case_id: int
    reason: LockChangeReason
    detail: str
    required_on: dt.date
    ordered_on: dt.date | None = None
    order_document_id: int | None = None
    done_on: dt.date | None = None
    new_series: str = ""

    @property
    def is_open(self) -> bool:
        return self.done_on is None

    @property
    def status_label(self) -> str:
        if self.done_on is not None:
            return Text("Utfört {0}", self.done_on.isoformat())
        if self.ordered_on is not None:
            return Text("Beställt {0}", self.ordered_on.isoformat())
        return Text("Måste beställas")


@dataclass(frozen=True)
class KeyRegister:
    """What the registry holds for some flats: active items, their events, lock changes, and
    the case's powers of attorney (a read-only snapshot)."""

    items: tuple[KeyItem, ...] = ()
    events: tuple[KeyEvent, ...] = ()
    lock_changes: tuple[LockChangeTask, ...] = ()
    powers: tuple[PowerOfAttorneyRecord, ...] = ()
    _by_id: dict[int, KeyItem] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({item.id: item for item in self.items if item.id is not None})

    def items_of(self, apartment_id: int) -> list[KeyItem]:
        return [item for item in self.items if item.apartment_id == apartment_id]

    def has_key_set(self, apartment_id: int) -> bool:
        return bool(self.items_of(apartment_id))

    def open_lock_changes(self, apartment_id: int) -> list[LockChangeTask]:
        return [t for t in self.lock_changes if t.apartment_id == apartment_id and t.is_open]

    def held(self) -> Counter[tuple[int, int]]:
        """(item id, person id) → how many of the item the person holds now."""
        held: Counter[tuple[int, int]] = Counter()
        for event in self.events:
            if event.holder_id is None:
                continue
            sign = 1 if event.kind is KeyEventKind.ISSUE else -1
            for move in event.movements:
                if move.item_id in self._by_id:
                    held[(move.item_id, event.holder_id)] += sign * move.count
        return +held  # drop zeros

    def lost(self, item_id: int) -> int:
        return sum(
            move.count
            for event in self.events
            if event.kind is KeyEventKind.LOSS
            for move in event.movements
            if move.item_id == item_id
        )

    def out(self, item_id: int) -> int:
        return sum(count for (item, _person), count in self.held().items() if item == item_id)

    def at_office(self, item_id: int) -> int:
        item = self._by_id[item_id]
        return item.count - self.out(item_id) - self.lost(item_id)

    def held_by(self, person_id: int, apartment_id: int) -> list[tuple[KeyItem, int]]:
        held = self.held()
        return [
            (item, held[(item.id, person_id)])
            for item in self.items_of(apartment_id)
            if item.id is not None and held[(item.id, person_id)] > 0
        ]

    def office_rows(self, apartment_id: int) -> tuple[KeyRow, ...]:
        """What may be handed out now, as receipt rows (what is at the office)."""
        rows = []
        for item in self.items_of(apartment_id):
            assert item.id is not None
            left = self.at_office(item.id)
            if left > 0:
                rows.append(KeyRow(item.kind, item.marking, item.system, item.series, left))
        return tuple(rows)

    def held_rows(self, person_id: int, apartment_id: int) -> tuple[KeyRow, ...]:
        return tuple(
            KeyRow(item.kind, item.marking, item.system, item.series, count)
            for item, count in self.held_by(person_id, apartment_id)
        )

    def power(self, power_id: int) -> PowerOfAttorneyRecord | None:
        return next((p for p in self.powers if p.id == power_id), None)


# --- moving keys ---------------------------------------------------------------------------------


def movements_for_issue(
    register: KeyRegister, apartment_id: int, rows: Sequence[KeyRow], errors: list[FieldError]
) -> tuple[KeyMovement, ...]:
    """The registry items behind receipt rows handed out; every problem on ``keys``."""
    return _movements(
        register,
        apartment_id,
        rows,
        errors,
        available=register.at_office,
        too_many="Rad {0}: bara {1} finns på kontoret att lämna ut.",
    )


def movements_for_return(
    register: KeyRegister,
    apartment_id: int,
    person_id: int,
    rows: Sequence[KeyRow],
    errors: list[FieldError],
) -> tuple[KeyMovement, ...]:
    """The registry items behind receipt rows handed back (or lost) by ``person_id``."""
    held = register.held()
    return _movements(
        register,
        apartment_id,
        rows,
        errors,
        available=lambda item_id: held[(item_id, person_id)],
        too_many="Rad {0}: personen har bara {1} kvitterade enligt registret.",
    )


def _movements(
    register: KeyRegister,
    apartment_id: int,
    rows: Sequence[KeyRow],
    errors: list[FieldError],
    *,
    available: Callable[[int], int],
    too_many: str,
) -> tuple[KeyMovement, ...]:
    items = register.items_of(apartment_id)
    if not items:
        errors.append(
            FieldError(
                KEYS,
                "Lägenheten har ingen registrerad nyckeluppsättning. Registrera nycklarna under "
                "fliken Nycklar först.",
            )
        )
        return ()
    moves: dict[int, int] = {}
    for number, row in enumerate(rows, 1):
        item = next((i for i in items if i.matches(row)), None)
        if item is None or item.id is None:
            errors.append(
                FieldError(
                    KEYS,
                    Text(
                        "Rad {0}: {1} {2} ({3} {4}) finns inte i lägenhetens nyckelregister.",
                        number,
                        row.kind.label,
                        row.marking,
                        row.system,
                        row.series,
                    ),
                )
            )
            continue
        moves[item.id] = moves.get(item.id, 0) + row.count
        left = available(item.id)
        if moves[item.id] > left:
            errors.append(FieldError(KEYS, Text(too_many, number, left)))
    return tuple(KeyMovement(item_id, count) for item_id, count in moves.items())


def unreturned(
    register: KeyRegister, apartment_id: int, holder_id: int, returned: Sequence[KeyMovement]
) -> tuple[KeyMovement, ...]:
    """What ``holder_id`` holds of the flat's keys beyond ``returned``: missing after a return."""
    back = {move.item_id: move.count for move in returned}
    return tuple(
        KeyMovement(item.id, count - back.get(item.id, 0))
        for item, count in register.held_by(holder_id, apartment_id)
        if item.id is not None and count > back.get(item.id, 0)
    )


# --- the key set ---------------------------------------------------------------------------------


def key_set_rows(raw: object) -> tuple[KeyRow, ...]:
    """A flat's key set as the handler typed it: the same rows as a receipt, each sort once."""
    errors: list[FieldError] = []
    rows = parse_key_rows(raw, errors)
    seen: set[tuple[KeyKind, str, str, str]] = set()
    for number, row in enumerate(rows, 1):
        key = (row.kind, row.marking, row.system, row.series)
        if key in seen:
            errors.append(
                FieldError(KEYS, Text("Rad {0}: samma sort står redan på en rad ovanför.", number))
            )
        seen.add(key)
        if not row.series:
            errors.append(
                FieldError(KEYS, Text("Rad {0}: ange serienummer (krävs i registret).", number))
            )
    raise_if_errors(errors)
    return rows


def check_new_key_set(
    register: KeyRegister, apartment_id: int, rows: Sequence[KeyRow]
) -> list[tuple[KeyItem | None, KeyRow]]:
    """Pair each new row with the item it keeps (None: a new sort); raises ValidationError when
    a sort that is out or lost would disappear or shrink below what is out and lost."""
    errors: list[FieldError] = []
    pairs: list[tuple[KeyItem | None, KeyRow]] = []
    items = register.items_of(apartment_id)
    for row in rows:
        pairs.append((next((i for i in items if i.matches(row)), None), row))
    kept = {item.id for item, _row in pairs if item is not None}
    for item in items:
        assert item.id is not None
        bound = register.out(item.id) + register.lost(item.id)
        new_count = next((row.count for i, row in pairs if i is not None and i.id == item.id), 0)
        if new_count < bound:
            what = f"{item.kind.label} {item.marking} ({item.series})"
            if item.id not in kept:
                message = Text(
                    "{0} kan inte tas bort: {1} är utlämnade eller förlorade. Ta emot dem eller "
                    "byt låset först.",
                    what,
                    bound,
                )
            else:
                message = Text(
                    "{0}: antalet kan inte vara lägre än {1}, som är utlämnade eller förlorade.",
                    what,
                    bound,
                )
            errors.append(FieldError(KEYS, message))
    if len(rows) > MAX_ROWS:
        errors.append(FieldError(KEYS, Text("Ange högst {0} rader.", MAX_ROWS)))
    raise_if_errors(errors)
    return pairs


def rows_after_lock_change(items: Sequence[KeyItem], new_series: str) -> tuple[KeyRow, ...]:
    """The new key set after a lock change: the same sorts and counts, in the new series."""
    return tuple(
        KeyRow(item.kind, item.marking, item.system, new_series, item.count) for item in items
    )
