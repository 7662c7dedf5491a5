"""Fixtures for the use-case tests: shared and fresh vaults, sessions, other users.

Every vault uses the Argon2id floor (MINIMUM_KDF). Tests that only add data share one vault per
module; tests that need a clean slate (numbering, rekeys) ask for `fresh_session`. Both are copies
of one new vault made per run (`fresh_template`), so the same vault id and data key: a test that
needs a second, unrelated vault makes it with `new_vault`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from service_support import ADMIN, PASSPHRASE, TODAY, Factory, new_vault, no_sleep

from skyddsapp.domain.users import Role
from skyddsapp.services.context import Session
from skyddsapp.vault.vault import Vault


@pytest.fixture(autouse=True)
def _each_key_derived_once(remembered_argon2id: None) -> None:
    """Real Argon2id, but a repeated derivation (a copied template unlocked again) is free:
    tests/conftest.py, RememberedArgon2id."""


@pytest.fixture(scope="session")
def fresh_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new vault, made once and locked. shared_vault and fresh_vault are copies of it,
    unlocked by its administrator: Argon2id derives the key once (RememberedArgon2id)."""
    folder = tmp_path_factory.mktemp("fresh") / "valv"
    new_vault(folder).lock()
    return folder


def _copy(template: Path, folder: Path) -> Vault:
    shutil.copytree(template, folder)
    return Vault.unlock(folder, ADMIN, PASSPHRASE, sleep=no_sleep)


@pytest.fixture(scope="module")
def shared_vault(fresh_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One unlocked vault for the tests of a module that only add data."""
    vault = _copy(fresh_template, tmp_path_factory.mktemp("shared") / "valv")
    yield vault
    vault.lock()


@pytest.fixture
def session(shared_vault: Vault) -> Session:
    return Session(shared_vault, lambda: TODAY)


@pytest.fixture
def make(session: Session) -> Factory:
    return Factory(session)


@pytest.fixture
def fresh_vault(fresh_template: Path, tmp_path: Path) -> Iterator[Vault]:
    vault = _copy(fresh_template, tmp_path / "valv")
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
