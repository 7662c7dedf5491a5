"""Record history: every change to a case, person, flat or lease kept as a version.

A version is the record's fields as they stood after one change, as plain JSON values (the
vault keeps them encrypted like everything else). Comparing two versions lists the fields that
differ; restoring takes one field's value from an earlier version and saves it as a new change.
Fields that are protected (a person's personal number, addresses and phone when they have
skyddade personuppgifter; a flat's street where the case hides it) are shown only after a
reveal, as the record itself is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from typing import Any

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty, ShelterOutcome
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole, Child, Person, ProtectedField, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.text import Text

JSON = Any  # a value json.dumps takes: str, int, bool, None, lists and dicts of them
Record = Case | Person | Apartment | Lease


class RecordKind(Enum):
    """Vad som har historik."""

    CASE = "case"
    PERSON = "person"
    APARTMENT = "apartment"
    LEASE = "lease"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    RecordKind.CASE: "Ärendet",
    RecordKind.PERSON: "Person",
    RecordKind.APARTMENT: "Lägenhet",
    RecordKind.LEASE: "Hyresavtal",
}

FIRST_ACTION = "history.start"
"""A version made from what was stored when a record without history was first changed."""

_ACTION_LABELS = {
    FIRST_ACTION: Text("Status när historiken började"),
    "create": Text("Skapad"),
    "update": Text("Ändrad"),
    "restore": Text("Återställd från en tidigare version"),
    "notice": Text("Uppsägning registrerad"),
    "step": Text("Nytt läge i arbetsflödet"),
    "assign": Text("Handläggare tilldelad"),
    "unassign": Text("Handläggare borttagen"),
    "share": Text("Delat med den andra organisationen"),
    "unshare": Text("Delningen avslutad"),
    "party_add": Text("Part tillagd"),
    "party_remove": Text("Part borttagen"),
    "embargo": Text("Visningsstopp beräknat från uppsägningen"),
    "placement": Text("Ändrad med placeringen i skyddat boende"),
}


def action_label(action: str) -> str:
    """What a version's change is called ("person.update" -> Ändrad)."""
    if action in _ACTION_LABELS:
        return _ACTION_LABELS[action]
    return _ACTION_LABELS.get(action.rpartition(".")[2], action)


@dataclass(frozen=True)
class HistoryField:
    """One field of a record as history shows it."""

    key: str
    label: str
    encode: Callable[[Any], JSON]
    decode: Callable[[JSON], Any] | None = None
    """How an earlier value is put back; None: the field is not restored from history (it has
    a use case of its own, with rules: a workflow step, a handler, a party)."""
    protected: bool = False


def _text(value: object) -> JSON:
    return None if value in (None, "") else str(value)


def _plain(value: JSON) -> Any:
    return value


def _optional_text(value: JSON) -> str | None:
    return None if value is None else str(value)


def _address(value: Address | None) -> JSON:
    if value is None:
        return None
    return {
        "street": value.street,
        "postal_code": value.postal_code,
        "city": value.city,
        "care_of": value.care_of,
    }


def _to_address(value: JSON) -> Address | None:
    if value is None:
        return None
    return Address(value["street"], value["postal_code"], value["city"], value.get("care_of"))


def _date(value: dt.date | None) -> JSON:
    return value.isoformat() if value is not None else None


def _to_date(value: JSON) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


def _enum(value: Enum | None) -> JSON:
    return value.value if value is not None else None


def _children(children: Sequence[Child]) -> JSON:
    return [{"first_name": c.first_name, "birth_year": c.birth_year} for c in children]


def _to_children(value: JSON) -> list[Child]:
    return [Child(c["first_name"], int(c["birth_year"])) for c in value]


def _parties(parties: Sequence[CaseParty]) -> JSON:
    return sorted(
        ([p.person_id, p.role.value, p.lives_in_flat] for p in parties),
        key=lambda p: (p[0], p[1]),
    )


FIELDS: Mapping[RecordKind, tuple[HistoryField, ...]] = {
    RecordKind.PERSON: (
        HistoryField("first_name", "Förnamn", str, str),
        HistoryField("last_name", "Efternamn", str, str),
        HistoryField(
            "personal_number",
            "Personnummer",
            lambda v: v.digits if v is not None else None,
            lambda v: PersonalNumber(v) if v is not None else None,
            protected=True,
        ),
        HistoryField("protection", "Skydd", _enum, ProtectionLevel),
        HistoryField("real_address", "Folkbokföringsadress", _address, _to_address, True),
        HistoryField("delivery_address", "Postadress", _address, _to_address, True),
        HistoryField("uses_skatteverket_forwarding", "Särskild postförmedling", bool, bool),
        HistoryField("phone", "Telefon", _text, _optional_text, protected=True),
        HistoryField("children", "Medföljande barn", _children, _to_children),
        HistoryField("notes", "Anteckningar", str, str),
    ),
    RecordKind.APARTMENT: (
        HistoryField("object_number", "Objektnummer", str, str),
        HistoryField("address", "Adress", _address, _to_address, protected=True),
        HistoryField("rooms", "Rum", int, int),
        HistoryField("area_m2", "Yta (m²)", str, Decimal),
        HistoryField("monthly_rent_sek", "Månadshyra (kr)", int, int),
        HistoryField("landlord", "Hyresvärd", str, str),
        HistoryField("key_system", "Låssystem", str, str),
        HistoryField("key_series", "Nyckelserie", str, str),
        HistoryField("embargo_until", "Får inte visas före", _date, _to_date),
    ),
    RecordKind.LEASE: (
        HistoryField("contract_number", "Kontraktsnummer", str, str),
        HistoryField("tenant_ids", "Hyresgäster", list, lambda v: tuple(int(x) for x in v)),
        HistoryField("kind", "Avtalstyp", _enum, LeaseKind),
        HistoryField("start_date", "Tillträde", _date, _to_date),
        HistoryField("notice_date", "Uppsägningsdatum", _date, _to_date),
        HistoryField("status", "Status", _enum, LeaseStatus),
    ),
    RecordKind.CASE: (
        HistoryField("state", "Status", str),
        HistoryField("handlers", "Handläggare", list),
        HistoryField("shared_with", "Delat med", _enum),
        HistoryField("parties", "Parter", _parties),
        HistoryField("apartment_ids", "Lägenheter", sorted),
        HistoryField("lease_ids", "Hyresavtal", sorted),
        HistoryField("children_count", "Medföljande barn", int, int),
        HistoryField("notes", "Anteckningar", str, str),
        HistoryField(
            "outcome", "Utfall", _enum, lambda v: ShelterOutcome(v) if v is not None else None
        ),
    ),
}


def kind_of(record: Record) -> RecordKind:
    if isinstance(record, Case):
        return RecordKind.CASE
    if isinstance(record, Person):
        return RecordKind.PERSON
    if isinstance(record, Apartment):
        return RecordKind.APARTMENT
    return RecordKind.LEASE


def snapshot(record: Record) -> dict[str, JSON]:
    """The record's fields as JSON values (a masked person must not be snapshotted)."""
    if isinstance(record, Person) and record.masked:
        raise ValueError("a masked person has no values to keep")
    return {f.key: f.encode(getattr(record, f.key)) for f in FIELDS[kind_of(record)]}


def field(kind: RecordKind, key: str) -> HistoryField:
    for candidate in FIELDS[kind]:
        if candidate.key == key:
            return candidate
    raise ValidationError.single("field", Text("Fältet {0} har ingen historik.", key))


@dataclass(frozen=True)
class Version:
    """One kept state of a record. `hidden`: protected fields whose values this copy does not
    carry (they read None here)."""

    number: int
    at: str
    user_name: str
    action: str
    values: Mapping[str, JSON]
    hidden: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FieldChange:
    """A field that differs between two versions."""

    key: str
    label: str
    before: JSON
    after: JSON
    hidden: bool = False
    """The values are protected and not shown in this copy (only that the field changed)."""
    restorable: bool = False


def compare(earlier: Version | None, later: Version, kind: RecordKind) -> list[FieldChange]:
    """The fields whose values differ from `earlier` to `later` (every field of `later` that has
    a value, when there is no earlier version)."""
    found = []
    for spec in FIELDS[kind]:
        before = earlier.values.get(spec.key) if earlier is not None else None
        after = later.values.get(spec.key)
        hidden = spec.key in later.hidden or (earlier is not None and spec.key in earlier.hidden)
        # A hidden value is an opaque marker (`masked_versions`): equal markers, no change.
        if before != after:
            found.append(
                FieldChange(
                    spec.key,
                    spec.label,
                    None if hidden else before,
                    None if hidden else after,
                    hidden,
                    spec.decode is not None,
                )
            )
    return found


def masked_versions(versions: Sequence[Version], kind: RecordKind, hide: bool) -> list[Version]:
    """Versions without the values of protected fields when `hide` (the record is protected):
    each such value is replaced by an opaque marker that only tells whether it changed."""
    if not hide:
        return list(versions)
    protected = {f.key for f in FIELDS[kind] if f.protected}
    masked = []
    markers: dict[str, dict[str, int]] = {key: {} for key in protected}
    for version in versions:
        values = dict(version.values)
        for key in protected:
            seen = markers[key]
            raw = repr(values.get(key))
            values[key] = None if values.get(key) is None else seen.setdefault(raw, len(seen) + 1)
        masked.append(replace(version, values=values, hidden=frozenset(protected)))
    return masked


def restored(record: Record, version: Version, key: str) -> Record:
    """`record` with field `key` set back to its value in `version` (a copy, to be validated and
    saved as a new change)."""
    spec = field(kind_of(record), key)
    if spec.decode is None:
        raise ValidationError.single(
            "field",
            Text("{0} återställs inte från historiken; ändra det i ärendet.", spec.label),
        )
    if key in version.hidden:
        raise ValidationError.single("field", "Visa de skyddade värdena innan du återställer.")
    value = spec.decode(version.values.get(key))
    if spec.encode(getattr(record, key)) == version.values.get(key):
        raise ValidationError.single(
            "field", Text("{0} har redan värdet från version {1}.", spec.label, version.number)
        )
    if isinstance(record, Person) and key in {p.value for p in ProtectedField}:
        record = replace(record, masked=record.masked - {ProtectedField(key)})
    return replace(record, **{key: value})


def display(kind: RecordKind, key: str, value: JSON, names: Mapping[int, str] | None = None) -> str:
    """A value as the history view shows it ("" when empty); `names`: person names by id."""
    names = names or {}
    if value is None or value == "" or value == []:
        return ""
    if key in ("real_address", "delivery_address", "address"):
        return ", ".join(line for line in _to_address(value).lines())  # type: ignore[union-attr]
    if key == "personal_number":
        return PersonalNumber(value).formatted()
    if key == "protection":
        return ProtectionLevel(value).label
    if key == "kind" and kind is RecordKind.LEASE:
        return LeaseKind(value).label
    if key == "status":
        return LeaseStatus(value).label
    if key == "outcome":
        return ShelterOutcome(value).label
    if key == "shared_with":
        return {"nexus": "Nexus", "uppsalahem": "Uppsalahem"}.get(value, str(value))
    if key == "children":
        return ", ".join(f"{c['first_name']} ({c['birth_year']})" for c in value)
    if key == "tenant_ids":
        return ", ".join(names.get(int(i), f"#{i}") for i in value)
    if key == "parties":
        return ", ".join(
            f"{names.get(int(pid), f'#{pid}')} ({CaseRole(role).label.lower()})"
            for pid, role, _lives in value
        )
    if isinstance(value, bool):
        return Text("Ja") if value else Text("Nej")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
