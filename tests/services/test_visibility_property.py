"""A search as a handler never returns a case they may not see, over random assignments.

Twelve cases get random handlers and random sharing (written straight into the vault, as the
starting state of each example); every user then lists and searches through the use cases, and
what comes back must be exactly what the rule says they see: a case of their organisation (or
shared with it) with a handler who is them or in their team.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from service_support import PASSPHRASE, TODAY, Factory, new_vault, no_sleep

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.users import Role
from skyddsapp.services import accounts, persons, search, staff, todo
from skyddsapp.services.context import Session
from skyddsapp.vault import access_repository
from skyddsapp.vault.vault import Vault

CASES = 12
# user -> (role, team, organisation)
PEOPLE = {
    "admin": (Role.ADMIN, "Uppsalahem", Organisation.UPPSALAHEM),
    "hanna": (Role.HANDLER, "Uppsalahem", Organisation.UPPSALAHEM),
    "sven": (Role.HANDLER, "Söder", Organisation.UPPSALAHEM),
    "sara": (Role.HANDLER, "Söder", Organisation.UPPSALAHEM),
    "nora": (Role.SOCIAL_WORKER, "Nexus", Organisation.NEXUS),
    "nils": (Role.SOCIAL_WORKER, "Nexus Öst", Organisation.NEXUS),
}
WORD = "Gemensamtord"


@dataclass
class World:
    vault: Vault
    sessions: dict[str, Session]
    case_ids: list[int]
    client_ids: dict[int, int]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    vault = new_vault(tmp_path_factory.mktemp("visibility") / "valv")
    accounts.add_team(vault, "Söder", Organisation.UPPSALAHEM)
    accounts.add_team(vault, "Nexus Öst", Organisation.NEXUS)
    for name, (role, team, _org) in PEOPLE.items():
        if name != "admin":
            accounts.add_user(vault, name, name.title(), role, PASSPHRASE + name, team=team)
    owner = Session(vault, lambda: TODAY)
    make = Factory(owner)
    case_ids, client_ids = [], {}
    for number in range(CASES):
        client = make.person("Vera", f"Synlighetsdotter{chr(ord('a') + number)}")
        made = make.case(CaseKind.PRIORITY, client=client, notes=f"{WORD} nummer {number}.")
        assert made.id is not None
        assert client.id is not None
        case_ids.append(made.id)
        client_ids[made.id] = client.id
    sessions = {"admin": owner}
    opened = []
    for name in PEOPLE:
        if name != "admin":
            other = Vault.unlock(vault.folder, name, PASSPHRASE + name, sleep=no_sleep)
            opened.append(other)
            sessions[name] = Session(other, lambda: TODAY)
    yield World(vault, sessions, case_ids, client_ids)
    for other in opened:
        other.lock()
    vault.lock()


@dataclass(frozen=True)
class Assignment:
    handlers: frozenset[str]
    organisation: Organisation
    shared: bool


assignments = st.builds(
    Assignment,
    handlers=st.frozensets(st.sampled_from(sorted(PEOPLE)), min_size=1, max_size=3),
    organisation=st.sampled_from(list(Organisation)),
    shared=st.booleans(),
)


def _sees(user: str, case: Assignment) -> bool:
    """The rule, written out again here: not read from the code under test."""
    _role, team, organisation = PEOPLE[user]
    organisations = {case.organisation} | ({case.organisation.other} if case.shared else set())
    if organisation not in organisations:
        return False
    return any(PEOPLE[h][1] == team for h in case.handlers)


def _arrange(world: World, plan: list[Assignment]) -> None:
    conn = world.vault.connection
    with world.vault.transaction():
        for case_id, case in zip(world.case_ids, plan, strict=True):
            conn.execute("DELETE FROM case_handlers WHERE case_id = ?", (case_id,))
            for name in sorted(case.handlers):
                access_repository.add_handler(conn, case_id, name)
            other = case.organisation.other if case.shared else None
            conn.execute(
                "UPDATE cases SET organisation = ?, shared_with = ? WHERE id = ?",
                (case.organisation.value, other.value if other else None, case_id),
            )


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    plan=st.lists(assignments, min_size=CASES, max_size=CASES), few_cases=st.sampled_from([0, 1000])
)
def test_no_list_or_search_returns_a_case_the_user_may_not_see(
    world: World, plan: list[Assignment], few_cases: int
) -> None:
    """`few_cases` moves the threshold between the query's two forms (IN-set for a team with
    few cases, EXISTS for many): both must give exactly the rule's cases."""
    _arrange(world, plan)
    with mock.patch.object(access_repository, "FEW_CASES", few_cases):
        for session in world.sessions.values():
            session._few = None  # asked again, under this threshold
        _check_every_user(world, plan)


def _check_every_user(world: World, plan: list[Assignment]) -> None:
    for user, session in world.sessions.items():
        expected = {c for c, case in zip(world.case_ids, plan, strict=True) if _sees(user, case)}
        listed = {r.id for r in search.search_cases(session, limit=1000).rows}
        assert listed == expected, user
        assert {r.id for r in search.search_cases(session, WORD, limit=1000).rows} == expected
        assert {r.id for r in search.search_cases(session, "FT-2026", limit=1000).rows} == expected
        mine = search.search_cases(session, flt=search.my_cases_filter(session), limit=1000)
        assert {r.id for r in mine.rows} <= expected
        assert {d.case_id for d in todo.deadlines(session)} <= expected
        found = {p.id for p in persons.find_by_name_prefix(session, "Synlighets", limit=100)}
        assert found == {world.client_ids[c] for c in expected}
        handlers = set(staff.handler_names(session))
        assert handlers == {
            h
            for c, case in zip(world.case_ids, plan, strict=True)
            if c in expected
            for h in case.handlers
        }
        for case_id in world.case_ids:
            assert session.may_see_case(case_id) is (case_id in expected)
