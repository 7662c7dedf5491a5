"""Read-only facts about staff that a case handler may see: who handles cases."""

from __future__ import annotations

from skyddsapp.services.context import Session
from skyddsapp.vault import staff_repository


def handler_names(session: Session) -> list[str]:
    """The user names that handle at least one case the user sees, for the case list's
    handler filter."""
    return staff_repository.handler_names(session.conn, session.scope())
