"""What every use case shares: the unlocked vault, today's date, rights checks, reindexing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from skyddsapp.domain.access import Actor, CaseAccess, CaseScope, may_see
from skyddsapp.domain.search import search_document
from skyddsapp.services.errors import NoAccess, NotAllowed, NotFound
from skyddsapp.vault import (
    access_repository,
    apartments_repository,
    cases_repository,
    persons_repository,
    search_repository,
    users_repository,
)
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import RECOVERY_USER, Vault


@dataclass
class Session:
    """An unlocked vault and the clock; the composition root builds one per unlock."""

    vault: Vault
    today: Callable[[], dt.date] = field(default=dt.date.today)
    glass: set[int] = field(default_factory=set)
    """Cases opened in this session by breaking the glass (`services.access.break_glass`);
    forgotten when the vault is locked."""
    _few: tuple[tuple[str, str], bool] | None = field(default=None, repr=False)

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

    @property
    def actor(self) -> Actor:
        """The signed-in user with their team as it is now (an administrator may move them)."""
        user = self.vault.user
        stored = users_repository.get(self.conn, user.name)
        team_name = stored.team if stored is not None else None
        team = access_repository.team(self.conn, team_name) if team_name else None
        return Actor(user.name, user.role, team)

    @property
    def handles_cases(self) -> bool:
        return self.actor.handles_cases

    def require_read(self) -> Actor:
        actor = self.actor
        if not (actor.role.may_read_cases and actor.handles_cases):
            raise NotAllowed("läsa ärenden")
        return actor

    def require_write(self) -> Actor:
        actor = self.actor
        if not (actor.role.may_change_cases and actor.handles_cases):
            raise NotAllowed("ändra ärenden")
        return actor

    def scope(self) -> CaseScope:
        """The cases this user's lists and searches may return."""
        actor = self.require_read()
        assert actor.team is not None  # require_read: the user handles cases
        key = (actor.name, actor.team.name)
        if self._few is None or self._few[0] != key:
            # How many cases the team has decides the fastest query form; asked once.
            self._few = (key, access_repository.sees_few(self.conn, *key))
        scope = actor.scope(self.glass, few=self._few[1])
        assert scope is not None
        return scope

    def require_case(self, case_id: int) -> CaseAccess:
        """The case's access facts if this user may see it (or broke the glass for it);
        NotFound or NoAccess otherwise."""
        actor = self.require_read()
        access = access_repository.case_access(self.conn, case_id)
        if access is None:
            raise NotFound("Ärendet", case_id)
        if case_id not in self.glass and not may_see(actor, access):
            raise NoAccess(access.reference, case_id=case_id)
        return access

    def may_see_case(self, case_id: int) -> bool:
        actor = self.require_read()
        access = access_repository.case_access(self.conn, case_id)
        return access is not None and (case_id in self.glass or may_see(actor, access))

    def require_linked(self, case_ids: Iterable[int]) -> None:
        """A person, flat or lease is seen through the cases it belongs to: one of them must be
        visible (one that belongs to no case yet is visible to whoever handles cases)."""
        actor = self.require_read()
        ids = list(case_ids)
        if not ids or self.glass.intersection(ids):
            return
        if not any(
            may_see(actor, a) for a in access_repository.case_access_many(self.conn, ids).values()
        ):
            raise NoAccess()

    def require_person(self, person_id: int) -> None:
        self.require_linked(access_repository.cases_of_person(self.conn, person_id))

    def require_apartment(self, apartment_id: int) -> None:
        self.require_linked(access_repository.cases_of_apartment(self.conn, apartment_id))

    def require_lease(self, lease_id: int) -> None:
        self.require_linked(access_repository.cases_of_lease(self.conn, lease_id))


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
