"""Searching the audit log and keeping its reviews (read side of vault/audit.py)."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.audit_review import FLAGGED_ACTIONS, LOOK_ACTIONS, AuditQuery, AuditReview
from skyddsapp.vault.audit import AuditEntry
from skyddsapp.vault.database import Connection

_COLUMNS = (
    "a.id, a.at, a.user_name, a.action, a.object_type, a.object_id, a.reason, a.details, a.epoch"
)
# What belongs to a case in the log: the case itself and its documents.
_OF_CASE = (
    "((a.object_type = 'case' AND a.object_id = ?) OR (a.object_type = 'document' AND "
    "a.object_id IN (SELECT CAST(id AS TEXT) FROM documents WHERE case_id = ?)))"
)


def search(conn: Connection, query: AuditQuery) -> list[AuditEntry]:
    """Entries matching every filter given, oldest first, at most `query.limit`."""
    where: list[str] = []
    params: list[object] = []
    if query.user:
        where.append("a.user_name = ?")
        params.append(query.user)
    if query.case_id is not None:
        where.append(_OF_CASE)
        params += [str(query.case_id), query.case_id]
    if query.person_id is not None:
        where.append("a.object_type = 'person' AND a.object_id = ?")
        params.append(str(query.person_id))
    if query.action.endswith("."):
        where.append("a.action >= ? AND a.action < ?")
        params += [query.action, query.action[:-1] + "/"]  # "/" sorts right after "."
    elif query.action:
        where.append("a.action = ?")
        params.append(query.action)
    if query.since is not None:
        where.append("a.at >= ?")
        params.append(query.since.isoformat())
    if query.until is not None:
        where.append("a.at < ?")
        params.append((query.until + dt.timedelta(days=1)).isoformat())
    if query.flagged_only:
        where.append(f"a.action IN ({','.join('?' * len(FLAGGED_ACTIONS))})")
        params += sorted(FLAGGED_ACTIONS)
    sql = f"SELECT {_COLUMNS} FROM audit_log a"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.id LIMIT ?"
    params.append(query.limit)
    return [AuditEntry(*row) for row in conn.execute(sql, params)]


def looks_at_person(conn: Connection, person_id: int) -> list[AuditEntry]:
    """Vem har sett personen: every look at the person's protected data, at a case they are a
    party to, or at a paper of such a case, oldest first."""
    looks = sorted(LOOK_ACTIONS)
    marks = ",".join("?" * len(looks))
    cases = "SELECT CAST(case_id AS TEXT) FROM case_parties WHERE person_id = ?"
    documents = (
        "SELECT CAST(id AS TEXT) FROM documents WHERE case_id IN "
        "(SELECT case_id FROM case_parties WHERE person_id = ?)"
    )
    sql = (
        f"SELECT {_COLUMNS} FROM audit_log a WHERE a.action IN ({marks}) AND ("
        "(a.object_type = 'person' AND a.object_id = ?) OR "
        f"(a.object_type = 'case' AND a.object_id IN ({cases})) OR "
        f"(a.object_type = 'document' AND a.object_id IN ({documents}))"
        ") ORDER BY a.id"
    )
    params = [*looks, str(person_id), person_id, person_id]
    return [AuditEntry(*row) for row in conn.execute(sql, params)]


def last_entry_id(conn: Connection) -> int:
    row = conn.execute("SELECT max(id) FROM audit_log").fetchone()
    return int(row[0] or 0)


def add_review(conn: Connection, review: AuditReview) -> AuditReview:
    cursor = conn.execute(
        "INSERT INTO audit_reviews (since, until, reviewed_by, reviewed_at, remarks, last_entry) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            review.since.isoformat(),
            review.until.isoformat(),
            review.reviewed_by,
            review.reviewed_at,
            review.remarks,
            review.last_entry,
        ),
    )
    return AuditReview(
        int(cursor.lastrowid),
        review.since,
        review.until,
        review.reviewed_by,
        review.reviewed_at,
        review.remarks,
        review.last_entry,
    )


def reviews(conn: Connection) -> list[AuditReview]:
    rows = conn.execute(
        "SELECT id, since, until, reviewed_by, reviewed_at, remarks, last_entry "
        "FROM audit_reviews ORDER BY id"
    )
    return [
        AuditReview(
            int(r[0]),
            dt.date.fromisoformat(r[1]),
            dt.date.fromisoformat(r[2]),
            r[3],
            r[4],
            r[5],
            int(r[6]),
        )
        for r in rows
    ]
