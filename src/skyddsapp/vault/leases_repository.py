"""SQL for leases and their tenants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, iso, required_day

_COLUMNS = "id, contract_number, apartment_id, kind, start_date, notice_date, status"


def insert(conn: Connection, lease: Lease, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO leases (contract_number, apartment_id, kind, start_date, notice_date, "
        "status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            lease.contract_number,
            lease.apartment_id,
            lease.kind.value,
            iso(lease.start_date),
            iso(lease.notice_date),
            lease.status.value,
            now,
        ),
    )
    lease_id = int(cursor.lastrowid)
    _write_tenants(conn, lease_id, lease.tenant_ids)
    return lease_id


def update(conn: Connection, lease: Lease, now: str) -> None:
    conn.execute(
        "UPDATE leases SET contract_number = ?, apartment_id = ?, kind = ?, start_date = ?, "
        "notice_date = ?, status = ?, updated_at = ? WHERE id = ?",
        (
            lease.contract_number,
            lease.apartment_id,
            lease.kind.value,
            iso(lease.start_date),
            iso(lease.notice_date),
            lease.status.value,
            now,
            lease.id,
        ),
    )
    conn.execute("DELETE FROM lease_tenants WHERE lease_id = ?", (lease.id,))
    assert lease.id is not None
    _write_tenants(conn, lease.id, lease.tenant_ids)


def _write_tenants(conn: Connection, lease_id: int, tenant_ids: Iterable[int]) -> None:
    conn.executemany(
        "INSERT INTO lease_tenants (lease_id, person_id, position) VALUES (?, ?, ?)",
        [(lease_id, pid, i) for i, pid in enumerate(tenant_ids)],
    )


def get_many(conn: Connection, ids: Iterable[int]) -> dict[int, Lease]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    tenants: dict[int, list[int]] = {}
    for lease_id, person_id in conn.execute(
        f"SELECT lease_id, person_id FROM lease_tenants WHERE lease_id IN ({marks}) "
        "ORDER BY lease_id, position",
        wanted,
    ):
        tenants.setdefault(lease_id, []).append(person_id)
    result = {}
    for lid, number, apartment_id, kind, start, notice, status in conn.execute(
        f"SELECT {_COLUMNS} FROM leases WHERE id IN ({marks})", wanted
    ):
        result[lid] = Lease(
            id=lid,
            contract_number=number,
            apartment_id=apartment_id,
            tenant_ids=tuple(tenants.get(lid, ())),
            kind=LeaseKind(kind),
            start_date=required_day(start),
            notice_date=day(notice),
            status=LeaseStatus(status),
        )
    return result


def get(conn: Connection, lease_id: int) -> Lease | None:
    return get_many(conn, [lease_id]).get(lease_id)


def count_started_in_year(conn: Connection, kind: LeaseKind, year: int) -> int:
    """For the Kvinnojour quota: leases of `kind` that start in calendar year `year`."""
    row = conn.execute(
        "SELECT count(*) FROM leases WHERE kind = ? AND start_date >= ? AND start_date < ?",
        (kind.value, dt.date(year, 1, 1).isoformat(), dt.date(year + 1, 1, 1).isoformat()),
    ).fetchone()
    return int(row[0])


def id_by_contract_number(conn: Connection, number: str) -> int | None:
    row = conn.execute("SELECT id FROM leases WHERE contract_number = ?", (number,)).fetchone()
    return int(row[0]) if row else None
