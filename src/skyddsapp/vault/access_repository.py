"""SQL for who sees which case: teams, a case's organisation, sharing and handlers."""

from __future__ import annotations

from collections.abc import Iterable

from skyddsapp.domain.access import Assignee, CaseAccess, CaseScope, Organisation, Team
from skyddsapp.vault.database import Connection


def teams(conn: Connection) -> list[Team]:
    rows = conn.execute("SELECT name, organisation FROM teams ORDER BY organisation, name")
    return [Team(str(name), Organisation(org)) for name, org in rows]


def team(conn: Connection, name: str) -> Team | None:
    row = conn.execute("SELECT name, organisation FROM teams WHERE name = ?", (name,)).fetchone()
    return Team(str(row[0]), Organisation(row[1])) if row else None


def insert_team(conn: Connection, new: Team, now: str) -> None:
    conn.execute(
        "INSERT INTO teams (name, organisation, created_at) VALUES (?, ?, ?)",
        (new.name, new.organisation.value, now),
    )


def team_member_count(conn: Connection, name: str) -> int:
    return int(conn.execute("SELECT count(*) FROM users WHERE team = ?", (name,)).fetchone()[0])


def set_user_team(conn: Connection, user_name: str, team_name: str | None) -> None:
    conn.execute("UPDATE users SET team = ? WHERE name = ?", (team_name, user_name))


def case_access(conn: Connection, case_id: int) -> CaseAccess | None:
    return case_access_many(conn, [case_id]).get(case_id)


def case_access_many(conn: Connection, case_ids: Iterable[int]) -> dict[int, CaseAccess]:
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT id, reference, organisation, shared_with FROM cases WHERE id IN ({marks})", ids
    ).fetchall()
    handlers: dict[int, list[Assignee]] = {}
    for case_id, name, team_name, org in conn.execute(
        "SELECT h.case_id, h.user_name, t.name, t.organisation FROM case_handlers h "
        "LEFT JOIN users u ON u.name = h.user_name LEFT JOIN teams t ON t.name = u.team "
        f"WHERE h.case_id IN ({marks}) ORDER BY h.case_id, h.user_name",
        ids,
    ):
        member = Team(str(team_name), Organisation(org)) if team_name is not None else None
        handlers.setdefault(int(case_id), []).append(Assignee(str(name), member))
    return {
        int(cid): CaseAccess(
            int(cid),
            str(reference),
            Organisation(org),
            Organisation(shared) if shared else None,
            tuple(handlers.get(int(cid), ())),
        )
        for cid, reference, org, shared in rows
    }


# Up to this many cases seen, the visible set is read once and looked up (cheapest for a user who
# sees few); beyond it each case is checked as it comes (cheapest for a team that sees many).
# benchmarks/README.md, E5.
FEW_CASES = 5000

# A handler row `h` whose user is the scope's user or in the scope's team (two parameters).
_BY_TEAM = "(h.user_name = ? OR h.user_name IN (SELECT u.name FROM users u WHERE u.team = ?))"


def sees_few(conn: Connection, user: str, team: str) -> bool:
    """Whether the team handles no more than FEW_CASES cases (reads at most that many entries)."""
    row = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM case_handlers h WHERE {_BY_TEAM} LIMIT ?)",
        (user, team, FEW_CASES + 1),
    ).fetchone()
    return int(row[0]) <= FEW_CASES


def visible_clause(scope: CaseScope, alias: str = "c") -> tuple[str, list[object]]:
    """SQL that keeps a row of `cases` (as `alias`) only if `scope` sees it, with its parameters.

    The same rule as `skyddsapp.domain.access.may_see`: the case is of the user's organisation
    (or shared with it) and one of its handlers is the user or in the user's team. Of two
    equivalent forms, `scope.few` (asked once per session, `sees_few`) picks the one that is
    faster for how many cases the team has.
    """
    if scope.few:
        handled = f"{alias}.id IN (SELECT h.case_id FROM case_handlers h WHERE {_BY_TEAM})"
    else:
        handled = (
            f"EXISTS (SELECT 1 FROM case_handlers h WHERE h.case_id = {alias}.id AND {_BY_TEAM})"
        )
    org = scope.organisation.value
    sql = f"(({alias}.organisation = ? OR {alias}.shared_with = ?) AND {handled})"
    params: list[object] = [org, org, scope.user, scope.team]
    if scope.also:
        also = sorted(scope.also)
        sql = f"({sql} OR {alias}.id IN ({', '.join('?' * len(also))}))"
        params += also
    return sql, params


def set_shared_with(conn: Connection, case_id: int, organisation: Organisation | None) -> None:
    value = organisation.value if organisation is not None else None
    conn.execute("UPDATE cases SET shared_with = ? WHERE id = ?", (value, case_id))


def add_handler(conn: Connection, case_id: int, user_name: str) -> None:
    conn.execute(
        "INSERT INTO case_handlers (case_id, user_name) VALUES (?, ?)", (case_id, user_name)
    )


def remove_handler(conn: Connection, case_id: int, user_name: str) -> None:
    conn.execute(
        "DELETE FROM case_handlers WHERE case_id = ? AND user_name = ?", (case_id, user_name)
    )


def cases_of_person(conn: Connection, person_id: int) -> list[int]:
    """The cases a person is a party to, or a tenant on a lease of."""
    rows = conn.execute(
        "SELECT case_id FROM case_parties WHERE person_id = ? UNION "
        "SELECT cl.case_id FROM lease_tenants lt JOIN case_leases cl ON cl.lease_id = lt.lease_id "
        "WHERE lt.person_id = ?",
        (person_id, person_id),
    )
    return [int(r[0]) for r in rows]


def cases_of_apartment(conn: Connection, apartment_id: int) -> list[int]:
    """The cases a flat is linked to, directly or through a lease of the case."""
    rows = conn.execute(
        "SELECT case_id FROM case_apartments WHERE apartment_id = ? UNION "
        "SELECT cl.case_id FROM leases l JOIN case_leases cl ON cl.lease_id = l.id "
        "WHERE l.apartment_id = ?",
        (apartment_id, apartment_id),
    )
    return [int(r[0]) for r in rows]


def cases_of_lease(conn: Connection, lease_id: int) -> list[int]:
    rows = conn.execute("SELECT case_id FROM case_leases WHERE lease_id = ?", (lease_id,))
    return [int(r[0]) for r in rows]
