"""SQL for persons and their children."""

from __future__ import annotations

from collections.abc import Iterable

from skyddsapp.domain.person import Child, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import address_columns, address_from, name_key, prefix_upper_bound

_COLUMNS = (
    "id, first_name, last_name, personal_number, protection, "
    "real_street, real_postal_code, real_city, real_care_of, "
    "delivery_street, delivery_postal_code, delivery_city, delivery_care_of, "
    "uses_forwarding, phone, notes"
)


def _values(person: Person) -> tuple[object, ...]:
    return (
        person.first_name,
        person.last_name,
        name_key(person.first_name),
        name_key(person.last_name),
        person.personal_number.digits if person.personal_number else None,
        person.protection.value,
        *address_columns(person.real_address),
        *address_columns(person.delivery_address),
        int(person.uses_skatteverket_forwarding),
        person.phone,
        person.notes,
    )


_SET = (
    "first_name = ?, last_name = ?, first_key = ?, last_key = ?, personal_number = ?, "
    "protection = ?, real_street = ?, real_postal_code = ?, real_city = ?, real_care_of = ?, "
    "delivery_street = ?, delivery_postal_code = ?, delivery_city = ?, delivery_care_of = ?, "
    "uses_forwarding = ?, phone = ?, notes = ?"
)


def insert(conn: Connection, person: Person, now: str) -> int:
    cursor = conn.execute(
        f"INSERT INTO persons (first_name, last_name, first_key, last_key, personal_number, "
        f"protection, real_street, real_postal_code, real_city, real_care_of, delivery_street, "
        f"delivery_postal_code, delivery_city, delivery_care_of, uses_forwarding, phone, notes, "
        f"created_at, updated_at) VALUES ({', '.join('?' * 19)})",
        (*_values(person), now, now),
    )
    person_id = int(cursor.lastrowid)
    _write_children(conn, person_id, person.children)
    return person_id


def update(conn: Connection, person: Person, now: str) -> None:
    assert person.id is not None
    conn.execute(
        f"UPDATE persons SET {_SET}, updated_at = ? WHERE id = ?",
        (*_values(person), now, person.id),
    )
    conn.execute("DELETE FROM person_children WHERE person_id = ?", (person.id,))
    _write_children(conn, person.id, person.children)


def _write_children(conn: Connection, person_id: int, children: Iterable[Child]) -> None:
    conn.executemany(
        "INSERT INTO person_children (person_id, position, first_name, birth_year) "
        "VALUES (?, ?, ?, ?)",
        [(person_id, i, c.first_name, c.birth_year) for i, c in enumerate(children)],
    )


def _person(row: tuple[object, ...], children: list[Child]) -> Person:
    (pid, first, last, number, protection, *rest) = row
    real = address_from(*rest[0:4])  # type: ignore[arg-type]
    delivery = address_from(*rest[4:8])  # type: ignore[arg-type]
    forwarding, phone, notes = rest[8], rest[9], rest[10]
    return Person(
        id=int(pid),  # type: ignore[call-overload]
        first_name=str(first),
        last_name=str(last),
        personal_number=PersonalNumber(str(number)) if number else None,
        protection=ProtectionLevel(protection),
        real_address=real,
        delivery_address=delivery,
        uses_skatteverket_forwarding=bool(forwarding),
        phone=str(phone) if phone is not None else None,
        children=children,
        notes=str(notes),
    )


def get_many(conn: Connection, ids: Iterable[int]) -> dict[int, Person]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    children: dict[int, list[Child]] = {}
    for person_id, first, year in conn.execute(
        f"SELECT person_id, first_name, birth_year FROM person_children "
        f"WHERE person_id IN ({marks}) ORDER BY person_id, position",
        wanted,
    ):
        children.setdefault(person_id, []).append(Child(first, year))
    rows = conn.execute(f"SELECT {_COLUMNS} FROM persons WHERE id IN ({marks})", wanted)
    return {row[0]: _person(row, children.get(row[0], [])) for row in rows}


def get(conn: Connection, person_id: int) -> Person | None:
    return get_many(conn, [person_id]).get(person_id)


def ids_by_personal_number(conn: Connection, number: PersonalNumber) -> list[int]:
    rows = conn.execute("SELECT id FROM persons WHERE personal_number = ?", (number.digits,))
    return [r[0] for r in rows]


def ids_by_name_prefix(conn: Connection, prefix: str, *, limit: int = 100) -> list[int]:
    """Persons whose first or last name starts with `prefix` (case-insensitive, Swedish letters)."""
    key = name_key(prefix)
    if not key:
        return []
    high = prefix_upper_bound(key)
    rows = conn.execute(
        "SELECT id FROM persons WHERE last_key >= ? AND last_key < ? "
        "UNION SELECT id FROM persons WHERE first_key >= ? AND first_key < ? "
        "ORDER BY 1 LIMIT ?",
        (key, high, key, high, limit),
    )
    return [r[0] for r in rows]
