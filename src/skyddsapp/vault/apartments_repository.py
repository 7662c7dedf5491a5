"""SQL for apartments."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso

_COLUMNS = (
    "id, object_number, street, postal_code, city, care_of, rooms, area_m2, monthly_rent_sek, "
    "landlord, key_system, key_series, embargo_until"
)


def _values(a: Apartment) -> tuple[object, ...]:
    return (
        a.object_number,
        a.address.street,
        a.address.postal_code,
        a.address.city,
        a.address.care_of,
        a.rooms,
        str(a.area_m2),
        a.monthly_rent_sek,
        a.landlord,
        a.key_system,
        a.key_series,
        iso(a.embargo_until),
    )


def insert(conn: Connection, apartment: Apartment, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO apartments (object_number, street, postal_code, city, care_of, rooms, "
        "area_m2, monthly_rent_sek, landlord, key_system, key_series, embargo_until, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(apartment), now),
    )
    return int(cursor.lastrowid)


def update(conn: Connection, apartment: Apartment, now: str) -> None:
    conn.execute(
        "UPDATE apartments SET object_number = ?, street = ?, postal_code = ?, city = ?, "
        "care_of = ?, rooms = ?, area_m2 = ?, monthly_rent_sek = ?, landlord = ?, "
        "key_system = ?, key_series = ?, embargo_until = ?, updated_at = ? WHERE id = ?",
        (*_values(apartment), now, apartment.id),
    )


def _apartment(row: tuple[object, ...]) -> Apartment:
    (aid, number, street, postal, city, care_of, rooms, area, rent, landlord, system, series) = row[
        :12
    ]
    return Apartment(
        id=int(aid),  # type: ignore[call-overload]
        object_number=str(number),
        address=Address(str(street), str(postal), str(city), care_of),  # type: ignore[arg-type]
        rooms=int(rooms),  # type: ignore[call-overload]
        area_m2=Decimal(str(area)),
        monthly_rent_sek=int(rent),  # type: ignore[call-overload]
        landlord=str(landlord),
        key_system=str(system),
        key_series=str(series),
        embargo_until=day(row[12]),  # type: ignore[arg-type]
    )


def get_many(conn: Connection, ids: Iterable[int]) -> dict[int, Apartment]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    rows = conn.execute(f"SELECT {_COLUMNS} FROM apartments WHERE id IN ({marks})", wanted)
    return {row[0]: _apartment(row) for row in rows}


def get(conn: Connection, apartment_id: int) -> Apartment | None:
    return get_many(conn, [apartment_id]).get(apartment_id)


def id_by_object_number(conn: Connection, object_number: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM apartments WHERE object_number = ?", (object_number,)
    ).fetchone()
    return int(row[0]) if row else None
