"""SQL for staff accounts."""

from __future__ import annotations

from skyddsapp.domain.users import Role, User
from skyddsapp.vault.database import Connection

_COLUMNS = "name, display_name, role, active, team"


def _user(row: tuple[str, str, str, int, str | None]) -> User:
    return User(row[0], row[1], Role(row[2]), bool(row[3]), row[4])


def insert(conn: Connection, user: User, now: str) -> None:
    conn.execute(
        "INSERT INTO users (name, display_name, role, active, team, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (user.name, user.display_name, user.role.value, int(user.active), user.team, now),
    )


def get(conn: Connection, name: str) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE name = ?", (name,)).fetchone()
    return _user(row) if row else None


def all(conn: Connection) -> list[User]:
    return [_user(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY name")]


def active_admin_count(conn: Connection) -> int:
    row = conn.execute(
        "SELECT count(*) FROM users WHERE role = ? AND active = 1", (Role.ADMIN.value,)
    ).fetchone()
    return int(row[0])


def deactivate(conn: Connection, name: str, now: str) -> None:
    conn.execute("UPDATE users SET active = 0, deactivated_at = ? WHERE name = ?", (now, name))
