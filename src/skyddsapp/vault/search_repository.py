"""Case lists and search: paging, sorting, filters; FTS5 over each case's search document.

Every function takes the `scope` of the user asking (`skyddsapp.domain.access.CaseScope`) and
returns only the cases it sees; None (no restriction) is for benchmarks and checks alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from skyddsapp.domain.access import CaseScope
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import WaitingDates
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.vault.access_repository import visible_clause
from skyddsapp.vault.database import Connection
from skyddsapp.vault.housing_first_repository import WAITING_COLUMNS, waiting_from_row
from skyddsapp.vault.rows import required_day


class CaseSort(Enum):
    """Sortering av ärendelistan. Values are SQL; never built from user input."""

    NEWEST = "c.id DESC"
    OLDEST = "c.id ASC"
    REFERENCE = "c.reference ASC"
    OPENED = "c.opened_on DESC, c.id DESC"
    UPDATED = "c.updated_at DESC, c.id DESC"
    KIND = "c.kind ASC, c.id DESC"
    STATE = "c.state ASC, c.id DESC"


@dataclass(frozen=True)
class CaseFilter:
    kinds: tuple[CaseKind, ...] = ()
    states: tuple[str, ...] = ()
    handler: str | None = None


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    reference: str
    kind: CaseKind
    state: str
    opened_on: dt.date
    updated_at: str
    client_name: str | None
    client_protection: ProtectionLevel | None
    waiting: WaitingDates | None = None
    """Bostad först: what the wait for a flat is counted from and to (None for other kinds)."""


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseSummary] = field(default_factory=list)
    has_more: bool = False


_SUMMARY = (
    "SELECT c.id, c.reference, c.kind, c.state, c.opened_on, c.updated_at, "
    "(SELECT p.first_name || ' ' || p.last_name || char(31) || p.protection "
    " FROM case_parties cp JOIN persons p ON p.id = cp.person_id "
    " WHERE cp.case_id = c.id AND cp.role = 'client' LIMIT 1), "
    f"{WAITING_COLUMNS} "
)


def _where(flt: CaseFilter, scope: CaseScope | None) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if scope is not None:
        visible, visible_params = visible_clause(scope)
        clauses.append(visible)
        params += visible_params
    if flt.kinds:
        clauses.append(f"c.kind IN ({', '.join('?' * len(flt.kinds))})")
        params += [k.value for k in flt.kinds]
    if flt.states:
        clauses.append(f"c.state IN ({', '.join('?' * len(flt.states))})")
        params += list(flt.states)
    if flt.handler is not None:
        clauses.append("c.id IN (SELECT case_id FROM case_handlers WHERE user_name = ?)")
        params.append(flt.handler)
    return clauses, params


def _summary(row: tuple[object, ...]) -> CaseSummary:
    cid, reference, kind, state, opened_on, updated_at, client, granted, waiting, ended = row
    case_kind = CaseKind(kind)
    name, protection = [*str(client).split("\x1f"), ""][:2] if client else (None, None)
    return CaseSummary(
        id=int(cid),  # type: ignore[call-overload]
        reference=str(reference),
        kind=case_kind,
        state=str(state),
        opened_on=required_day(str(opened_on)),
        updated_at=str(updated_at),
        client_name=name,
        client_protection=ProtectionLevel(protection) if protection else None,
        waiting=waiting_from_row(granted, waiting, ended)
        if case_kind is CaseKind.HOUSING_FIRST
        else None,
    )


def order_by(sort: CaseSort, reverse: bool = False) -> str:
    """The ORDER BY terms of `sort`, every direction flipped when `reverse` (indexes serve both)."""
    if not reverse:
        return sort.value
    flipped = {"ASC": "DESC", "DESC": "ASC"}
    terms = (term.rsplit(" ", 1) for term in sort.value.split(", "))
    return ", ".join(f"{column} {flipped[direction]}" for column, direction in terms)


def _page(conn: Connection, ids_sql: str, params: list[object], order: str, limit: int) -> CasePage:
    """Run `ids_sql` (ordered, with LIMIT ? OFFSET ?) and build summaries for that page only.

    Sorting bare ids first keeps the client-name subquery out of the sorter: a common search
    term sorted by date went from 516 ms to 41 ms (benchmarks/README.md, E1).
    """
    sql = f"{_SUMMARY} FROM ({ids_sql}) AS page CROSS JOIN cases c ON c.id = page.id "
    rows = [_summary(r) for r in conn.execute(sql + f"ORDER BY {order}", params)]
    return CasePage(rows[:limit], has_more=len(rows) > limit)


def list_cases(
    conn: Connection,
    *,
    flt: CaseFilter = CaseFilter(),
    sort: CaseSort = CaseSort.NEWEST,
    limit: int = 100,
    offset: int = 0,
    reverse: bool = False,
    scope: CaseScope | None = None,
) -> CasePage:
    clauses, params = _where(flt, scope)
    where = f"WHERE {' AND '.join(clauses)} " if clauses else ""
    order = order_by(sort, reverse)
    sql = f"SELECT c.id FROM cases c {where}ORDER BY {order} LIMIT ? OFFSET ?"
    return _page(conn, sql, [*params, limit + 1, offset], order, limit)


def cases_by_ids(
    conn: Connection,
    ids: list[int],
    *,
    flt: CaseFilter = CaseFilter(),
    sort: CaseSort = CaseSort.NEWEST,
    limit: int = 100,
    offset: int = 0,
    reverse: bool = False,
    scope: CaseScope | None = None,
) -> CasePage:
    if not ids:
        return CasePage()
    clauses, params = _where(flt, scope)
    clauses.insert(0, f"c.id IN ({', '.join('?' * len(ids))})")
    where = " AND ".join(clauses)
    order = order_by(sort, reverse)
    sql = f"SELECT c.id FROM cases c WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    return _page(conn, sql, [*ids, *params, limit + 1, offset], order, limit)


def cases_by_reference_prefix(
    conn: Connection,
    prefix: str,
    *,
    flt: CaseFilter = CaseFilter(),
    sort: CaseSort = CaseSort.REFERENCE,
    limit: int = 100,
    offset: int = 0,
    reverse: bool = False,
    scope: CaseScope | None = None,
) -> CasePage:
    clauses, params = _where(flt, scope)
    clauses.insert(0, "c.reference >= ? AND c.reference < ?")
    where = " AND ".join(clauses)
    order = order_by(sort, reverse)
    sql = f"SELECT c.id FROM cases c WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    params = [prefix, prefix + "\uffff", *params, limit + 1, offset]
    return _page(conn, sql, params, order, limit)


def fts_expression(terms: tuple[str, ...]) -> str:
    """Every term must match as a word prefix; each is quoted so no FTS5 syntax gets through."""
    return " AND ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def search_text(
    conn: Connection,
    terms: tuple[str, ...],
    *,
    flt: CaseFilter = CaseFilter(),
    sort: CaseSort = CaseSort.NEWEST,
    limit: int = 100,
    offset: int = 0,
    reverse: bool = False,
    scope: CaseScope | None = None,
) -> CasePage:
    if not terms:
        return CasePage()
    clauses, params = _where(flt, scope)
    clauses.insert(0, "case_search MATCH ?")
    # The FTS table drives the join (CROSS JOIN keeps that order), so for the default newest-first
    # order FTS5 walks its doclist by rowid and the LIMIT stops the scan early.
    order = order_by(sort, reverse)
    inner = order.replace("c.id ", "s.rowid ") if sort is CaseSort.NEWEST else order
    sql = (
        "SELECT c.id FROM case_search s CROSS JOIN cases c ON c.id = s.rowid "
        f"WHERE {' AND '.join(clauses)} ORDER BY {inner} LIMIT ? OFFSET ?"
    )
    return _page(conn, sql, [fts_expression(terms), *params, limit + 1, offset], order, limit)


def index_case(conn: Connection, case_id: int, body: str) -> None:
    conn.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    conn.execute("INSERT INTO case_search (rowid, body) VALUES (?, ?)", (case_id, body))
