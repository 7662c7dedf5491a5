"""SQL for record history: the versions of a case, person, flat or lease (append-only)."""

from __future__ import annotations

import json

from skyddsapp.domain.history import JSON, RecordKind, Version
from skyddsapp.vault.database import Connection


def append(
    conn: Connection,
    kind: RecordKind,
    object_id: int,
    *,
    at: str,
    user_name: str,
    action: str,
    values: dict[str, JSON],
) -> int:
    """Add the next version of the record; returns its number."""
    row = conn.execute(
        "SELECT coalesce(max(version), 0) FROM record_versions "
        "WHERE object_type = ? AND object_id = ?",
        (kind.value, object_id),
    ).fetchone()
    number = int(row[0]) + 1
    conn.execute(
        "INSERT INTO record_versions (object_type, object_id, version, at, user_name, action, "
        "fields) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            kind.value,
            object_id,
            number,
            at,
            user_name,
            action,
            json.dumps(values, ensure_ascii=False, sort_keys=True),
        ),
    )
    return number


def count(conn: Connection, kind: RecordKind, object_id: int) -> int:
    row = conn.execute(
        "SELECT count(*) FROM record_versions WHERE object_type = ? AND object_id = ?",
        (kind.value, object_id),
    ).fetchone()
    return int(row[0])


def versions(conn: Connection, kind: RecordKind, object_id: int) -> list[Version]:
    rows = conn.execute(
        "SELECT version, at, user_name, action, fields FROM record_versions "
        "WHERE object_type = ? AND object_id = ? ORDER BY version",
        (kind.value, object_id),
    )
    return [
        Version(int(number), str(at), str(user), str(action), json.loads(fields))
        for number, at, user, action, fields in rows
    ]
