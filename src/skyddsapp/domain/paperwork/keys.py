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
* ``id_kind`` – FieldKind.CHOICE, ``str``: the `IdKind` value of the identity document the
  handler checked (its number is never asked for).
* ``all_returned`` – FieldKind.FLAG, ``bool`` (återlämnande only).
* ``missing`` – FieldKind.LONG_TEXT, ``str`` (återlämnande only).

The rule of the trade: a receipt lists every key, tag and card with its key system and series
number; a missing key, or a perpetrator who may hold keys, means the lock must be changed. The
receipts are filled from the key registry (`CaseFile.keys`): only keys registered for the flat,
no more than are at the office (issue) or held (return); an agent only under a signed fullmakt
valid on the day that covers keys; and no keys for a flat whose lock must first be changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.attorney import (
    AttorneyScope,
    PowerOfAttorneyRecord,
    agent_problem,
    valid_power,
)
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.key_registry import (
    IdKind,
    KeyMovement,
    movements_for_issue,
    movements_for_return,
    unreturned,
)
from skyddsapp.domain.key_rows import KEYS as KEYS
from skyddsapp.domain.key_rows import MAX_COUNT as MAX_COUNT
from skyddsapp.domain.key_rows import MAX_ROWS as MAX_ROWS
from skyddsapp.domain.key_rows import KeyKind as KeyKind
from skyddsapp.domain.key_rows import KeyRow as KeyRow
from skyddsapp.domain.key_rows import parse_key_rows as parse_key_rows
from skyddsapp.domain.key_rows import total_count as total_count
from skyddsapp.domain.paperwork.flat_choice import (
    FIELD,
    chosen_flat,
    flat_field,
    newest_lease_flat,
    old_lease_flat,
)
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    choice_value,
    chosen_id,
    date_value,
    long_text_value,
)
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.text import Text

MAX_MISSING = 500
# Receipts are often printed before the meeting; a date far off is more likely a typing error.
MAX_DAYS_AHEAD = 60

LOCK_CHANGE_LINE = "Låsbyte ska beställas"


@dataclass(frozen=True, slots=True)
class KeyHandover:
    """Utlämning av nycklar: which flat, to whom, when, and what."""

    apartment: Apartment
    person_id: int
    by_agent: bool
    """The person is the client's agent and acts under a power of attorney (fullmakt)."""
    date: dt.date
    rows: tuple[KeyRow, ...]
    id_kind: IdKind = IdKind.OTHER
    holder_id: int = 0
    """Whom the keys are accounted to: the person, or for an agent the client."""
    movements: tuple[KeyMovement, ...] = ()
    power: PowerOfAttorneyRecord | None = None
    """The fullmakt an agent acts under."""

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
    id_kind: IdKind = IdKind.OTHER
    holder_id: int = 0
    movements: tuple[KeyMovement, ...] = ()
    lost: tuple[KeyMovement, ...] = ()
    """What the holder had but did not hand back: recorded as lost, the lock must be changed."""
    power: PowerOfAttorneyRecord | None = None

    @property
    def total(self) -> int:
        return total_count(self.rows)

    @property
    def lock_change_needed(self) -> bool:
        return bool(self.lock_change_reasons)


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
    rows = file.keys.office_rows(flat.id) if flat is not None and flat.id is not None else ()
    return (
        flat_field(file, flat, label="Lägenhet som nycklarna gäller"),
        _person_field(file, "Mottagare av nycklarna"),
        OptionField("date", "Utlämningsdatum", FieldKind.DATE, default=file.today),
        _keys_field(rows or default_key_rows(flat)),
        _id_field(),
    )


def return_fields(file: CaseFile) -> tuple[OptionField, ...]:
    flat = old_lease_flat(file)
    client = file.client()
    rows: tuple[KeyRow, ...] = ()
    if flat is not None and flat.id is not None and client is not None and client.id is not None:
        rows = file.keys.held_rows(client.id, flat.id)
    return (
        flat_field(file, flat, label="Lägenhet som nycklarna gäller"),
        _person_field(file, "Lämnas tillbaka av"),
        OptionField("date", "Datum för återlämnandet", FieldKind.DATE, default=file.today),
        _keys_field(rows or default_key_rows(flat)),
        _id_field(),
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


def _keys_field(rows: tuple[KeyRow, ...]) -> OptionField:
    return OptionField(
        KEYS,
        "Nycklar, taggar och kort",
        FieldKind.KEY_ROWS,
        default=rows,
        help="En rad per sort: typ, märkning, låssystem, serienummer och antal. Förslaget "
        "kommer från lägenhetens nyckelregister; ändra raderna om du väljer en annan lägenhet "
        "eller person.",
        minimum=1,
        maximum=MAX_COUNT,
    )


def _id_field() -> OptionField:
    return OptionField(
        "id_kind",
        "Kontrollerad legitimation",
        FieldKind.CHOICE,
        default=None,
        choices=tuple(Choice(kind.value, kind.label) for kind in IdKind),
        help="Kontrollera legitimationen innan du lämnar ut eller tar emot nycklar. Numret "
        "sparas inte.",
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
    id_kind = choice_value(values, "id_kind", IdKind, "Kontrollerad legitimation", errors)
    if flat is not None and flat.id is not None:
        for problem in lock_change_blocks(file, flat.id):
            errors.append(FieldError(FIELD, problem))
    power, holder = _acting(file, person, day, errors)
    moves: tuple[KeyMovement, ...] = ()
    if flat is not None and flat.id is not None and not errors:
        moves = movements_for_issue(file.keys, flat.id, rows, errors)
    raise_if_errors(errors)
    assert flat is not None
    assert person is not None
    assert day is not None
    assert id_kind is not None
    return KeyHandover(flat, person[0], person[1], day, rows, id_kind, holder, moves, power)


def lock_change_blocks(file: CaseFile, apartment_id: int) -> list[str]:
    """Why no key to the flat may be handed out now (empty: none): a lock change is required
    and not yet done, or a perpetrator may hold keys and the lock has not been changed since the
    case was opened."""
    problems: list[str] = [
        Text(
            "Låset måste bytas innan nycklar lämnas ut ({0}). Registrera låsbytet som utfört "
            "under fliken Nycklar.",
            task.reason.label,
        )
        for task in file.keys.open_lock_changes(apartment_id)
    ]
    if not problems and perpetrator_may_hold_keys(file, apartment_id):
        changed = any(
            task.apartment_id == apartment_id
            and task.done_on is not None
            and task.done_on >= file.case.opened_on
            for task in file.keys.lock_changes
        )
        if not changed:
            problems.append(
                Text(
                    "Våldsutövaren kan ha nycklar till lägenheten: låset måste bytas innan nycklar "
                    "lämnas ut. Beställ låsbyte och registrera det som utfört under fliken Nycklar."
                )
            )
    return problems


def perpetrator_may_hold_keys(file: CaseFile, apartment_id: int) -> bool:
    """A perpetrator in the case is a tenant on one of the flat's leases, or lives in the
    client's old flat (the one given notice, else the oldest: where they lived together)."""
    perpetrators = set(file.case.person_ids(CaseRole.PERPETRATOR))
    if not perpetrators:
        return False
    if any(
        lease.apartment_id == apartment_id and perpetrators & set(lease.tenant_ids)
        for lease in file.case_leases()
    ):
        return True
    lives_there = any(
        party.role is CaseRole.PERPETRATOR and party.lives_in_flat for party in file.case.parties
    )
    old = old_lease_flat(file)
    return lives_there and old is not None and old.id == apartment_id


def _acting(
    file: CaseFile,
    person: tuple[int, bool] | None,
    day: dt.date | None,
    errors: list[FieldError],
) -> tuple[PowerOfAttorneyRecord | None, int]:
    """The fullmakt an agent acts under (refused without a usable one) and the holder: the
    person themselves, or for an agent the client."""
    if person is None:
        return None, 0
    person_id, by_agent = person
    if not by_agent:
        return None, person_id
    client = file.client()
    if client is None or client.id is None:
        errors.append(FieldError("person", "Ärendet har ingen klient som ombudet kan företräda."))
        return None, 0
    if day is None:
        return None, client.id
    problem = agent_problem(file.keys.powers, client.id, person_id, AttorneyScope.COLLECT_KEYS, day)
    if problem is not None:
        errors.append(FieldError("person", problem))
        return None, client.id
    return valid_power(
        file.keys.powers, client.id, person_id, AttorneyScope.COLLECT_KEYS, day
    ), client.id


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
    id_kind = choice_value(values, "id_kind", IdKind, "Kontrollerad legitimation", errors)
    power, holder = _acting(file, person, day, errors)
    moves: tuple[KeyMovement, ...] = ()
    lost: tuple[KeyMovement, ...] = ()
    if flat is not None and flat.id is not None and person is not None and not errors:
        moves = movements_for_return(file.keys, flat.id, holder, rows, errors)
        lost = unreturned(file.keys, flat.id, holder, moves)
        if all_returned and lost and not errors:
            errors.append(
                FieldError(
                    "all_returned",
                    Text(
                        "Enligt nyckelregistret saknas {0} av de kvitterade nycklarna, taggarna "
                        "och korten. Ta bort markeringen Alla nycklar har lämnats tillbaka och "
                        "beskriv vad som saknas.",
                        sum(move.count for move in lost),
                    ),
                )
            )
    raise_if_errors(errors)
    assert flat is not None
    assert person is not None
    assert day is not None
    assert id_kind is not None
    reasons = lock_change_reasons(all_returned, file.case.parties)
    return KeyReturn(
        flat,
        person[0],
        person[1],
        day,
        rows,
        all_returned,
        missing,
        reasons,
        id_kind,
        holder,
        moves,
        lost,
        power,
    )


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
