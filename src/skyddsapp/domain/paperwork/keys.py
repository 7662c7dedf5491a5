"""Nyckelkvittens: every key, tag and card handed out or returned, with key system and series.

Value types of the option fields (what the desktop dialog shows and hands back):

* ``flat`` – FieldKind.CHOICE, ``str``: an apartment id out of ``choices``.
* ``person`` – FieldKind.PERSON, ``str`` (or ``int``): the person id of who receives or returns
  the keys, out of ``choices`` (client, co-tenants, agents).
* ``date`` – FieldKind.DATE, ``datetime.date``.
* ``keys`` – FieldKind.KEY_ROWS, ``tuple[KeyRow, ...]``; the default is such a tuple. `parse_*`
  also accepts a sequence of mappings with the keys ``kind`` (a `KeyKind` or its value
  ``"key"``/``"tag"``/``"card"``), ``marking``, ``system``, ``series`` (``str``) and ``count``
  (``int``, or digits as text).
* ``all_returned`` – FieldKind.FLAG, ``bool`` (återlämnande only).
* ``missing`` – FieldKind.LONG_TEXT, ``str`` (återlämnande only).

The rule of the trade: a receipt lists every key, tag and card with its key system and series
number; a missing key, or a perpetrator who may hold keys, means the lock must be changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.fields import clean_line, normalise_line
from skyddsapp.domain.paperwork.flat_choice import (
    chosen_flat,
    flat_field,
    newest_lease_flat,
    old_lease_flat,
)
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    chosen_id,
    date_value,
    long_text_value,
)
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.text import Text

MAX_ROWS = 20
MAX_COUNT = 20
MAX_MARKING = 60
MAX_SYSTEM = 50  # as the flat's own key system and series fields
MAX_MISSING = 500
# Receipts are often printed before the meeting; a date far off is more likely a typing error.
MAX_DAYS_AHEAD = 60

KEYS = "keys"
LOCK_CHANGE_LINE = "Låsbyte ska beställas"


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


@dataclass(frozen=True, slots=True)
class KeyHandover:
    """Utlämning av nycklar: which flat, to whom, when, and what."""

    apartment: Apartment
    person_id: int
    by_agent: bool
    """The person is the client's agent and acts under a power of attorney (fullmakt)."""
    date: dt.date
    rows: tuple[KeyRow, ...]

    @property
    def total(self) -> int:
        return total_count(self.rows)


@dataclass(frozen=True, slots=True)
class KeyReturn:
    """Återlämnande av nycklar, with what is missing and whether the lock must be changed."""

    apartment: Apartment
    person_id: int
    by_agent: bool
    date: dt.date
    rows: tuple[KeyRow, ...]
    all_returned: bool
    missing: str
    lock_change_reasons: tuple[str, ...]

    @property
    def total(self) -> int:
        return total_count(self.rows)

    @property
    def lock_change_needed(self) -> bool:
        return bool(self.lock_change_reasons)


def total_count(rows: Iterable[KeyRow]) -> int:
    return sum(row.count for row in rows)


def default_key_rows(apartment: Apartment | None) -> tuple[KeyRow, ...]:
    """Three flat keys and one entrance tag in the flat's key system (empty without a flat)."""
    if apartment is None:
        return ()
    system, series = apartment.key_system, apartment.key_series
    return (
        KeyRow(KeyKind.NYCKEL, "Lägenhet/ytterdörr", system, series, 3),
        KeyRow(KeyKind.TAGG, "Entré/tvättstuga", system, series, 1),
    )


def lock_change_reasons(all_returned: bool, parties: Iterable[CaseParty]) -> tuple[str, ...]:
    """Why the lock must be changed after a return (none: no change needed).

    The wording names nobody: the receipt is shown to the person returning the keys.
    """
    reasons: list[str] = []
    if not all_returned:
        reasons.append("Alla nycklar, taggar och kort har inte lämnats tillbaka.")
    if any(party.role is CaseRole.PERPETRATOR and party.lives_in_flat for party in parties):
        reasons.append("Någon som inte längre ska ha tillgång till lägenheten kan ha nycklar kvar.")
    return tuple(reasons)


# --- option fields -------------------------------------------------------------------------------


def issue_fields(file: CaseFile) -> tuple[OptionField, ...]:
    flat = newest_lease_flat(file)
    return (
        flat_field(file, flat, label="Lägenhet som nycklarna gäller"),
        _person_field(file, "Mottagare av nycklarna"),
        OptionField("date", "Utlämningsdatum", FieldKind.DATE, default=file.today),
        _keys_field(flat),
    )


def return_fields(file: CaseFile) -> tuple[OptionField, ...]:
    flat = old_lease_flat(file)
    return (
        flat_field(file, flat, label="Lägenhet som nycklarna gäller"),
        _person_field(file, "Lämnas tillbaka av"),
        OptionField("date", "Datum för återlämnandet", FieldKind.DATE, default=file.today),
        _keys_field(flat),
        OptionField(
            "all_returned",
            "Alla nycklar har lämnats tillbaka",
            FieldKind.FLAG,
            default=True,
        ),
        OptionField(
            "missing",
            "Nycklar som saknas",
            FieldKind.LONG_TEXT,
            default="",
            help="Fyll i när alla nycklar inte har lämnats tillbaka: vilka och varför. "
            "Då ska låset bytas.",
        ),
    )


def _keys_field(flat: Apartment | None) -> OptionField:
    return OptionField(
        KEYS,
        "Nycklar, taggar och kort",
        FieldKind.KEY_ROWS,
        default=default_key_rows(flat),
        help="En rad per sort: typ, märkning, låssystem, serienummer och antal. Förslaget "
        "bygger på lägenhetens låssystem; ändra raderna om du väljer en annan lägenhet.",
        minimum=1,
        maximum=MAX_COUNT,
    )


def _key_people(file: CaseFile) -> list[tuple[Person, CaseRole]]:
    seen: set[int] = set()
    people: list[tuple[Person, CaseRole]] = []
    for role in (CaseRole.CLIENT, CaseRole.CO_TENANT, CaseRole.AGENT):
        for person in file.people(role):
            if person.id is not None and person.id not in seen:
                seen.add(person.id)
                people.append((person, role))
    return people


def _person_field(file: CaseFile, label: str) -> OptionField:
    people = _key_people(file)
    return OptionField(
        "person",
        label,
        FieldKind.PERSON,
        default=str(people[0][0].id) if people else None,
        choices=tuple(
            Choice(str(person.id), f"{person.full_name} ({role.label})") for person, role in people
        ),
        help="Klienten, en medhyresgäst eller ett ombud med fullmakt.",
    )


# --- parsing -------------------------------------------------------------------------------------


def parse_issue(values: Mapping[str, Any], file: CaseFile) -> KeyHandover:
    errors: list[FieldError] = []
    flat = chosen_flat(values, file, errors)
    person = _chosen_person(values, file, errors)
    day = _handover_date(values, file, "Utlämningsdatum", errors)
    rows = parse_key_rows(values.get(KEYS), errors, flat)
    raise_if_errors(errors)
    assert flat is not None
    assert person is not None
    assert day is not None
    return KeyHandover(flat, person[0], person[1], day, rows)


def parse_return(values: Mapping[str, Any], file: CaseFile) -> KeyReturn:
    errors: list[FieldError] = []
    flat = chosen_flat(values, file, errors)
    person = _chosen_person(values, file, errors)
    day = _handover_date(values, file, "Datum för återlämnandet", errors)
    rows = parse_key_rows(values.get(KEYS), errors, flat)
    all_returned = values.get("all_returned")
    if not isinstance(all_returned, bool):
        errors.append(FieldError("all_returned", "Ange om alla nycklar har lämnats tillbaka."))
        all_returned = True
    missing = long_text_value(
        values, "missing", "Nycklar som saknas", errors, max_length=MAX_MISSING
    )
    if not all_returned and not missing:
        errors.append(FieldError("missing", "Beskriv vilka nycklar, taggar eller kort som saknas."))
    if all_returned and missing:
        errors.append(
            FieldError(
                "missing",
                "Alla nycklar är markerade som återlämnade. Ta bort texten om saknade "
                "nycklar, eller ta bort markeringen.",
            )
        )
    raise_if_errors(errors)
    assert flat is not None
    assert person is not None
    assert day is not None
    reasons = lock_change_reasons(all_returned, file.case.parties)
    return KeyReturn(flat, person[0], person[1], day, rows, all_returned, missing, reasons)


def _chosen_person(
    values: Mapping[str, Any], file: CaseFile, errors: list[FieldError]
) -> tuple[int, bool] | None:
    """The chosen person's id, and whether they act as the client's agent."""
    person_id = chosen_id(values, "person")
    if person_id is None or isinstance(values.get("person"), bool):
        errors.append(FieldError("person", "Välj vem som tar emot eller lämnar nycklarna."))
        return None
    roles = {person.id: role for person, role in _key_people(file)}
    if person_id not in roles:
        errors.append(
            FieldError(
                "person",
                "Personen måste vara klient, medhyresgäst eller ombud i ärendet.",
            )
        )
        return None
    return person_id, roles[person_id] is CaseRole.AGENT


def _handover_date(
    values: Mapping[str, Any], file: CaseFile, label: str, errors: list[FieldError]
) -> dt.date | None:
    day = date_value(values, "date", label, errors)
    if day is None:
        return None
    if (day - file.today).days > MAX_DAYS_AHEAD:
        errors.append(
            FieldError(
                "date",
                Text("{0} får ligga högst {1} dagar fram i tiden.", label, MAX_DAYS_AHEAD),
            )
        )
    if day < _one_year_before(file.today):
        errors.append(
            FieldError("date", Text("{0} får inte ligga mer än ett år bakåt i tiden.", label))
        )
    return day


def _one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


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
