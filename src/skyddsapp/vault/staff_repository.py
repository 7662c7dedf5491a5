"""SQL for the staff named on cases: who handles at least one case."""

from __future__ import annotations

from skyddsapp.domain.access import CaseScope
from skyddsapp.vault.access_repository import visible_clause
from skyddsapp.vault.database import Connection


def handler_names(conn: Connection, scope: CaseScope | None = None) -> list[str]:
    """Every user name in case_handlers, sorted, each once; with `scope`, only those who handle
    a case it sees.

    A recursive "loose index scan" jumps from one name to the next on case_handlers_user, so it
    reads one index entry per distinct handler instead of one per case.
    """
    rows = conn.execute(
        "WITH RECURSIVE handler(name) AS ("
        "  SELECT min(user_name) FROM case_handlers"
        "  UNION ALL"
        "  SELECT (SELECT min(user_name) FROM case_handlers WHERE user_name > handler.name)"
        "  FROM handler WHERE handler.name IS NOT NULL"
        ") SELECT name FROM handler WHERE name IS NOT NULL"
    )
    names = [str(row[0]) for row in rows]
    if scope is None:
        return names
    visible, params = visible_clause(scope)
    sql = (
        "SELECT 1 FROM case_handlers h CROSS JOIN cases c ON c.id = h.case_id "
        f"WHERE h.user_name = ? AND {visible} LIMIT 1"
    )
    return [name for name in names if conn.execute(sql, [name, *params]).fetchone()]
