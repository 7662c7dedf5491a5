"""Fixtures for the use-case tests: shared and fresh vaults, sessions, other users.

Every vault uses the Argon2id floor (MINIMUM_KDF) so a vault costs about 0.3 s. Tests that only
add data share one vault per module; tests that need a clean slate (numbering, rekeys) ask for
`fresh_session`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from service_support import PASSPHRASE, TODAY, Factory, new_vault, no_sleep

from skyddsapp.domain.users import Role
from skyddsapp.services.context import Session
from skyddsapp.vault.vault import Vault


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One unlocked vault for the tests of a module that only add data."""
    vault = new_vault(tmp_path_factory.mktemp("shared") / "valv")
    yield vault
    vault.lock()


@pytest.fixture
def session(shared_vault: Vault) -> Session:
    return Session(shared_vault, lambda: TODAY)


@pytest.fixture
def make(session: Session) -> Factory:
    return Factory(session)


@pytest.fixture
def fresh_vault(tmp_path: Path) -> Iterator[Vault]:
    vault = new_vault(tmp_path / "valv")
    yield vault
    vault.lock()


@pytest.fixture
def fresh_session(fresh_vault: Vault) -> Session:
    return Session(fresh_vault, lambda: TODAY)


@pytest.fixture
def login() -> Iterator[Callable[[Vault, str, Role], Session]]:
    """A session for another user of `vault` (added by its administrator, then unlocked)."""
    opened: list[Vault] = []

    def open_as(vault: Vault, name: str, role: Role) -> Session:
        if name not in {u.name for u in vault.users()}:
            vault.add_user(name, name.title(), role, PASSPHRASE + name)
        other = Vault.unlock(vault.folder, name, PASSPHRASE + name, sleep=no_sleep)
        opened.append(other)
        return Session(other, lambda: TODAY)

    yield open_as
    for other in opened:
        other.lock()
