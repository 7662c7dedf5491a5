"""SQL for the staff named on cases: who handles at least one case."""

from __future__ import annotations

from skyddsapp.vault.database import Connection


def handler_names(conn: Connection) -> list[str]:
    """Every user name in case_handlers, sorted, each once.

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
    return [str(row[0]) for row in rows]
