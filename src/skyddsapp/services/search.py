"""The case list and the search box: one query reads as a reference, a personal number or words."""

from __future__ import annotations

from collections.abc import Callable

from skyddsapp.domain.search import QueryKind, parse_search
from skyddsapp.services.context import Session
from skyddsapp.vault import cases_repository, persons_repository, search_repository
from skyddsapp.vault.search_repository import CaseFilter, CasePage, CaseSort, CaseSummary

# The case list's types, as the UI takes them (it imports nothing of the vault).
__all__ = [
    "PAGE_SIZE",
    "CaseFilter",
    "CasePage",
    "CaseSort",
    "CaseSummary",
    "my_cases_filter",
    "search_cases",
]

PAGE_SIZE = 100


def search_cases(
    session: Session,
    text: str = "",
    *,
    flt: CaseFilter = CaseFilter(),  # noqa: B008 - frozen
    sort: CaseSort = CaseSort.NEWEST,
    limit: int = PAGE_SIZE,
    offset: int = 0,
    reverse: bool = False,
    after: CaseSummary | None = None,
) -> CasePage:
    """One page of cases matching `text` (empty text lists every case) and the filters.

    `reverse` flips the direction of `sort` (a second click on a column header). `after` is
    the last row of the page before, in the same query and order: the page starts right after
    it (keyset paging; no rows are read and skipped as with `offset`).
    """
    scope = session.scope()  # only the cases this user sees, and those they broke the glass for
    conn = session.conn

    def page(find: Callable[..., CasePage], *matching: object) -> CasePage:
        """The page of `find`'s cases, under the same filter, order, window and scope."""
        return find(
            conn,
            *matching,
            flt=flt,
            sort=sort,
            limit=limit,
            offset=offset,
            reverse=reverse,
            scope=scope,
            after=after,
        )

    query = parse_search(text)
    if query.kind is QueryKind.EMPTY:
        return page(search_repository.list_cases)
    if query.kind is QueryKind.REFERENCE_PREFIX:
        return page(search_repository.cases_by_reference_prefix, query.reference)
    if query.kind is QueryKind.TEXT:
        return page(search_repository.search_text, query.terms)
    if query.personal_number is not None:
        people = persons_repository.ids_by_personal_number(conn, query.personal_number)
        ids = cases_repository.case_ids_of_persons(conn, people)
    else:
        found = cases_repository.id_by_reference(conn, query.reference)
        ids = [found] if found is not None else []
    return page(search_repository.cases_by_ids, ids)


def my_cases_filter(session: Session) -> CaseFilter:
    return CaseFilter(handler=session.user_name)
