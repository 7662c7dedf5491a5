"""Vault fixtures: template vaults made once per session and copied per test.

Argon2id at MINIMUM_KDF costs about 0.3 s per derivation. The `real_*` fixtures use it: a
template vault is created once and each test that changes files gets its own copy. The other
fixtures swap Argon2id for a fast hash while the test runs (vault_kit.fast_kdf), for tests of
vault logic that would otherwise spend most of their time deriving keys. A copy has the same
vault id and data key as its template; `other_template` is a second, unrelated vault. Where a
test is not about unlocking, it opens a copy straight with the data key (vault_kit.connect).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from vault_kit import Template, fast_kdf, make_template, unlock

from skyddsapp.vault.vault import Vault


@pytest.fixture(scope="session")
def real_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A locked vault (real Argon2id) with an administrator and a handler; copy, never change."""
    return make_template(tmp_path_factory.mktemp("real") / "valv")


@pytest.fixture
def real_dir(real_template: Template, tmp_path: Path) -> Path:
    """A private copy of the real-Argon2id template vault."""
    return real_template.copy_to(tmp_path / "valv")


@pytest.fixture
def kdf_is_fast() -> Iterator[None]:
    with fast_kdf():
        yield


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """Like real_template, but its slots open only while the fast KDF is in place."""
    with fast_kdf():
        return make_template(tmp_path_factory.mktemp("template") / "valv")


@pytest.fixture(scope="session")
def other_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A second, unrelated vault (fast KDF) with the same user names and passphrases."""
    with fast_kdf():
        return make_template(tmp_path_factory.mktemp("other") / "annat-valv")


@pytest.fixture
def vault_dir(template: Template, tmp_path: Path, kdf_is_fast: None) -> Path:
    """A private copy of the fast-KDF template vault; the fast KDF is on for the test."""
    return template.copy_to(tmp_path / "valv")


@pytest.fixture
def opened(vault_dir: Path) -> Iterator[Vault]:
    """The private copy, unlocked by the administrator; locked after the test if still open."""
    vault = unlock(vault_dir)
    yield vault
    vault.lock()
