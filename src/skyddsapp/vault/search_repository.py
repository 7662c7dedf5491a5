"""Case lists and search: paging, sorting, filters; FTS5 over each case's search document.

Every function takes the `scope` of the user asking (`skyddsapp.domain.access.CaseScope`) and
returns only the cases it sees; None (no restriction) is for benchmarks and checks alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from skyddsapp.domain.access import CaseScope
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import WaitingDates
from skyddsapp.domain.person import CaseRole, ProtectionLevel
from skyddsapp.vault.access_repository import visible_clause
from skyddsapp.vault.database import Connection
from skyddsapp.vault.housing_first_repository import (
    WAITING_COLUMNS,
    WAITING_PARAMS,
    waiting_from_row,
)
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
    " WHERE cp.case_id = c.id AND cp.role = ? LIMIT 1), "
    f"{WAITING_COLUMNS} "
)
_SUMMARY_PARAMS: tuple[object, ...] = (CaseRole.CLIENT.value, *WAITING_PARAMS)


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


# The value of each sort column in a CaseSummary, for seeking past it (keyset paging).
_SEEK_VALUES: dict[str, Callable[[CaseSummary], object]] = {
    "c.id": lambda r: r.id,
    "c.reference": lambda r: r.reference,
    "c.opened_on": lambda r: r.opened_on.isoformat(),
    "c.updated_at": lambda r: r.updated_at,
    "c.kind": lambda r: r.kind.value,
    "c.state": lambda r: r.state,
}


def _terms(order: str) -> list[tuple[str, bool]]:
    """(column, descending) of each ORDER BY term."""
    return [(col, direction == "DESC") for col, direction in (t.split() for t in order.split(", "))]


def seek_ranges(order: str, after: CaseSummary) -> list[tuple[str, list[object]]]:
    """SQL for the rows that come after `after` in `order`, as index ranges read one after
    the other, each with its parameters.

    Terms in one direction compare as one row value, which SQLite reads as one index range.
    Mixed directions (kind ASC, id DESC) are two ranges: the rest of `after`'s own kind, then
    the kinds after it; as one OR they would read the whole kind from its start.
    """
    terms = _terms(order)
    values = [_SEEK_VALUES[col](after) for col, _ in terms]

    def op(desc: bool) -> str:
        return "<" if desc else ">"

    if len({desc for _, desc in terms}) == 1:
        if len(terms) == 1:
            return [(f"{terms[0][0]} {op(terms[0][1])} ?", values)]
        columns = ", ".join(col for col, _ in terms)
        marks = ", ".join("?" * len(terms))
        return [(f"({columns}) {op(terms[0][1])} ({marks})", values)]
    ranges = []
    for last in range(len(terms) - 1, -1, -1):  # the most equal columns first
        equal = [f"{col} = ?" for col, _ in terms[:last]]
        col, desc = terms[last]
        ranges.append((" AND ".join([*equal, f"{col} {op(desc)} ?"]), values[: last + 1]))
    return ranges


def _page(conn: Connection, ids_sql: str, params: list[object], order: str, limit: int) -> CasePage:
    """Run `ids_sql` (ordered, with LIMIT ? OFFSET ?) and build summaries for that page only.

    Sorting bare ids first keeps the client-name subquery out of the sorter: a common search
    term sorted by date went from 516 ms to 41 ms (benchmarks/README.md, E1).
    """
    sql = f"{_SUMMARY} FROM ({ids_sql}) AS page CROSS JOIN cases c ON c.id = page.id "
    rows = [
        _summary(r) for r in conn.execute(sql + f"ORDER BY {order}", [*_SUMMARY_PARAMS, *params])
    ]
    return CasePage(rows[:limit], has_more=len(rows) > limit)


@dataclass(frozen=True)
class Paging:
    """Which page of a case list: its order, its size, and where it starts.

    `after` is the last row of the page before (keyset paging: the page starts right after it,
    whatever its position, and no rows are counted off); `offset` then skips further rows.
    """

    sort: CaseSort = CaseSort.NEWEST
    limit: int = 100
    offset: int = 0
    reverse: bool = False
    after: CaseSummary | None = None


def _select(
    conn: Connection,
    source: str,
    match: tuple[str, Sequence[object]] | None,
    flt: CaseFilter,
    scope: CaseScope | None,
    paging: Paging,
    *,
    id_column: str = "c.id",
) -> CasePage:
    """The one query builder of the case list: `SELECT c.id FROM source`, the match (if any),
    the filters and the user's scope, the seek past `paging.after`, ORDER BY, LIMIT and OFFSET.

    `id_column` is what c.id is read as in the ORDER BY and the seek (the FTS table's rowid
    lets FTS5 walk its doclist in order and stop early).
    """
    clauses, params = [match[0]] if match else [], list(match[1]) if match else []
    where, where_params = _where(flt, scope)
    clauses += where
    params += where_params
    order = order_by(paging.sort, paging.reverse)
    inner = order.replace("c.id ", f"{id_column} ")
    ranges = [("", [])] if paging.after is None else seek_ranges(order, paging.after)
    parts: list[tuple[str, list[object]]] = []
    for seek, seek_params in ranges:
        where = [*clauses, seek.replace("c.id ", f"{id_column} ")] if seek else clauses
        where_sql = f"WHERE {' AND '.join(where)} " if where else ""
        sql = f"SELECT c.id FROM {source} {where_sql}ORDER BY {inner} LIMIT ? OFFSET ?"
        parts.append((sql, [*params, *seek_params]))
    if len(parts) == 1:
        sql, part_params = parts[0]
        all_params = [*part_params, paging.limit + 1, paging.offset]
    else:
        # Each range in order, as many rows as the page needs from each: UNION ALL keeps them
        # in that order, so its first rows are the page.
        need = paging.limit + 1 + paging.offset
        each = " UNION ALL ".join(f"SELECT * FROM ({part})" for part, _ in parts)
        sql = f"SELECT id FROM ({each}) LIMIT ? OFFSET ?"
        all_params = [x for _, part_params in parts for x in (*part_params, need, 0)]
        all_params += [paging.limit + 1, paging.offset]
    return _page(conn, sql, all_params, order, paging.limit)


def list_cases(
    conn: Connection,
    *,
    flt: CaseFilter = CaseFilter(),
    sort: CaseSort = CaseSort.NEWEST,
    limit: int = 100,
    offset: int = 0,
    reverse: bool = False,
    scope: CaseScope | None = None,
    after: CaseSummary | None = None,
) -> CasePage:
    paging = Paging(sort, limit, offset, reverse, after)
    return _select(conn, "cases c", None, flt, scope, paging)


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
    after: CaseSummary | None = None,
) -> CasePage:
    if not ids:
        return CasePage()
    match = (f"c.id IN ({', '.join('?' * len(ids))})", ids)
    paging = Paging(sort, limit, offset, reverse, after)
    return _select(conn, "cases c", match, flt, scope, paging)


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
    after: CaseSummary | None = None,
) -> CasePage:
    match = ("c.reference >= ? AND c.reference < ?", [prefix, prefix + "\uffff"])
    paging = Paging(sort, limit, offset, reverse, after)
    return _select(conn, "cases c", match, flt, scope, paging)


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
    after: CaseSummary | None = None,
) -> CasePage:
    if not terms:
        return CasePage()
    # The FTS table drives the join (CROSS JOIN keeps that order), so for the default newest-first
    # order FTS5 walks its doclist by rowid and the LIMIT stops the scan early.
    match = ("case_search MATCH ?", [fts_expression(terms)])
    paging = Paging(sort, limit, offset, reverse, after)
    return _select(
        conn,
        "case_search s CROSS JOIN cases c ON c.id = s.rowid",
        match,
        flt,
        scope,
        paging,
        id_column="s.rowid" if sort is CaseSort.NEWEST else "c.id",
    )


def index_case(conn: Connection, case_id: int, body: str) -> None:
    conn.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    conn.execute("INSERT INTO case_search (rowid, body) VALUES (?, ?)", (case_id, body))
