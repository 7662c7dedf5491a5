"""A backup made after a purge (services.backups.create_backup, SQLite's online backup of the
database) holds none of the purged cases' bytes, decrypted page by page, and all of the kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_retention_purge import KEPT, PURGED, Clock, case_of, found_markers, plaintext
from vault_kit import unlock

from skyddsapp.services import backups, retention
from skyddsapp.services.context import Session
from skyddsapp.vault.layout import DATABASE_FILENAME
from skyddsapp.vault.vault import Vault


@pytest.fixture
def opened_vault(vault_dir: Path) -> Iterator[Vault]:
    vault = unlock(vault_dir)
    yield vault
    vault.lock()


def test_a_backup_made_after_the_purge_holds_nothing_of_it(
    opened_vault: Vault, tmp_path: Path
) -> None:
    vault, clock = opened_vault, Clock()
    session = Session(vault, clock)
    gone = case_of(session, clock, PURGED, close=True)
    case_of(session, clock, KEPT, close=False)
    before = backups.create_backup(vault, tmp_path / "före")
    assert gone.id is not None

    retention.purge(session, [gone.id])
    after = backups.create_backup(vault, tmp_path / "efter")

    key = vault.data_key
    old_copy = plaintext(key, _database_of(tmp_path / "före"))[0]
    new_copy = plaintext(key, _database_of(tmp_path / "efter"))[0]
    assert found_markers(old_copy, PURGED) == PURGED.markers()  # the scan can see them
    assert found_markers(new_copy, PURGED) == []
    assert found_markers(new_copy, KEPT) == KEPT.markers()
    assert before != after


def _database_of(folder: Path) -> Path:
    (found,) = folder.glob(f"*/{DATABASE_FILENAME}")
    return found
