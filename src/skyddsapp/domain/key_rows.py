"""Rows of keys, tags and cards as receipts and the key registry list them, and their parsing.

Each row is ``count`` keys of one kind with a marking, a key system and a series number. The rule
of the trade: a receipt lists every key, tag and card with its key system and series number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.errors import FieldError
from skyddsapp.domain.fields import clean_line, normalise_line
from skyddsapp.domain.text import Text

MAX_ROWS = 20
MAX_COUNT = 20
MAX_MARKING = 60
MAX_SYSTEM = 50  # as the flat's own key system and series fields

KEYS = "keys"


class KeyKind(Enum):
    """Typ av nyckel: nyckel, tagg eller kort."""

    NYCKEL = "key"
    TAGG = "tag"
    KORT = "card"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {KeyKind.NYCKEL: "Nyckel", KeyKind.TAGG: "Tagg", KeyKind.KORT: "Kort"}


@dataclass(frozen=True, slots=True)
class KeyRow:
    """En rad i nyckelkvittensen: ``count`` keys of one kind, marking, system and series."""

    kind: KeyKind
    marking: str
    system: str
    series: str
    count: int


def total_count(rows: Iterable[KeyRow]) -> int:
    return sum(row.count for row in rows)


def parse_key_rows(
    raw: object, errors: list[FieldError], flat: Apartment | None = None
) -> tuple[KeyRow, ...]:
    """The key rows from the dialog (KeyRow objects or mappings), every problem on ``keys``.

    With ``flat``: when the flat has a registered key series, some row must carry it, so that
    a receipt cannot silently list the keys of another flat.
    """
    if isinstance(raw, (str, bytes, Mapping)) or not isinstance(raw, Sequence):
        raw = ()
    if not raw:
        errors.append(FieldError(KEYS, "Ange minst en nyckel, tagg eller kort."))
        return ()
    if len(raw) > MAX_ROWS:
        errors.append(FieldError(KEYS, Text("Ange högst {0} rader.", MAX_ROWS)))
    rows: list[KeyRow] = []
    for number, item in enumerate(raw, 1):
        row = _key_row(item, number, errors)
        if row is not None:
            rows.append(row)
    complete = len(rows) == len(raw)
    # The flat's series as the rows hold it: a flat saved before texts were normalised may
    # still have, say, an ideographic space in it.
    series = normalise_line(flat.key_series) if flat is not None else ""
    if complete and series:
        _check_flat_series(rows, series, errors)
    return tuple(rows)


def _check_flat_series(rows: Sequence[KeyRow], series: str, errors: list[FieldError]) -> None:
    if not any(row.series == series for row in rows):
        errors.append(
            FieldError(
                KEYS,
                Text(
                    "Ingen rad har lägenhetens nyckelserie {0}. Kontrollera att raderna "
                    "gäller vald lägenhet, eller uppdatera lägenhetens nyckelserie om "
                    "låset har bytts.",
                    series,
                ),
            )
        )


def _key_row(item: object, number: int, errors: list[FieldError]) -> KeyRow | None:
    if isinstance(item, KeyRow):
        data: Mapping[str, Any] = {
            "kind": item.kind,
            "marking": item.marking,
            "system": item.system,
            "series": item.series,
            "count": item.count,
        }
    elif isinstance(item, Mapping):
        data = item
    else:
        errors.append(FieldError(KEYS, Text("Rad {0}: raden kan inte läsas.", number)))
        return None
    own: list[FieldError] = []
    kind = _kind(data.get("kind"))
    if kind is None:
        own.append(FieldError(KEYS, Text("Rad {0}: välj typ (nyckel, tagg eller kort).", number)))
    texts = {
        name: clean_line(
            str(data.get(name) or ""),
            field=KEYS,
            label=Text("Rad {0}: {1}", number, label),
            errors=own,
            max_length=length,
        )
        for name, label, length in (
            ("marking", "märkning", MAX_MARKING),
            ("system", "låssystem", MAX_SYSTEM),
            ("series", "serienummer", MAX_SYSTEM),
        )
    }
    count = _count(data.get("count"))
    if count is None:
        own.append(
            FieldError(
                KEYS, Text("Rad {0}: antal ska vara ett heltal från 1 till {1}.", number, MAX_COUNT)
            )
        )
    errors.extend(own)
    if own or kind is None or count is None:
        return None
    return KeyRow(kind, texts["marking"], texts["system"], texts["series"], count)


def _kind(raw: object) -> KeyKind | None:
    if isinstance(raw, KeyKind):
        return raw
    for kind in KeyKind:
        if kind.value == raw:
            return kind
    return None


def _count(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        number = raw
    elif isinstance(raw, str) and raw.strip().isdigit():
        number = int(raw.strip())
    else:
        return None
    return number if 1 <= number <= MAX_COUNT else None
