"""What every use case shares: the unlocked vault, today's date, rights checks, reindexing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from skyddsapp.domain.search import search_document
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import (
    apartments_repository,
    cases_repository,
    persons_repository,
    search_repository,
)
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import RECOVERY_USER, Vault


@dataclass
class Session:
    """An unlocked vault and the clock; the composition root builds one per unlock."""

    vault: Vault
    today: Callable[[], dt.date] = field(default=dt.date.today)

    @property
    def user_name(self) -> str:
        return self.vault.user.name

    @property
    def conn(self) -> Connection:
        return self.vault.connection

    @property
    def with_recovery_key(self) -> bool:
        """Opened with the paper recovery key, not as a user of the vault."""
        return self.vault.user.name == RECOVERY_USER

    @property
    def read_only(self) -> bool:
        """Skrivskyddat: the vault can be read but not changed (every write is refused)."""
        return self.vault.read_only

    @property
    def warnings(self) -> tuple[str, ...]:
        """What unlock found that did not keep the vault closed, to be told once."""
        return self.vault.warnings

    def require_read(self) -> None:
        if not self.vault.user.role.may_read_cases:
            raise NotAllowed("läsa ärenden")

    def require_write(self) -> None:
        if not self.vault.user.role.may_change_cases:
            raise NotAllowed("ändra ärenden")


def reindex_cases(conn: Connection, case_ids: Iterable[int]) -> None:
    """Rebuild the search document of each case (inside the caller's transaction)."""
    for case_id in dict.fromkeys(case_ids):
        case = cases_repository.get(conn, case_id)
        if case is None:
            continue
        persons = persons_repository.get_many(conn, [p.person_id for p in case.parties])
        apartments = apartments_repository.get_many(conn, case.apartment_ids)
        body = search_document(case, persons.values(), apartments.values())
        search_repository.index_case(conn, case_id, body)
