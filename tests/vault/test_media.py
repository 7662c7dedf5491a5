"""A vault on a read-only medium or a full disk: read-only with a clear state, never `oväntat fel`.

Real small file systems (tmpfs, mounted as root); skipped where mounting is not allowed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from media_kit import can_mount, fill, remount_read_only, small_fs
from vault_kit import ADMIN, ADMIN_PASSPHRASE, Template, add_person, session_of, unlock

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.services import accounts
from skyddsapp.services import audit as audit_service
from skyddsapp.vault.errors import DiskFull, StorageError, VaultReadOnly
from skyddsapp.vault.keyslots import WrongSecret
from skyddsapp.vault.vault import Vault

pytestmark = pytest.mark.skipif(not can_mount(), reason="needs root to mount a small tmpfs")


def test_a_vault_on_a_read_only_medium_opens_read_only(
    template: Template, tmp_path: Path, kdf_is_fast: None
) -> None:
    with small_fs(tmp_path / "usb", 4096) as medium:
        folder = template.copy_to(medium / "valv")
        remount_read_only(medium)

        vault = unlock(folder)
        try:
            assert vault.read_only
            assert any("skrivskyddat" in w for w in vault.warnings)
            assert [u.name for u in accounts.list_users(vault)]  # reading works
            with pytest.raises(VaultReadOnly, match="skrivskyddat"):
                add_person(session_of(vault))
        finally:
            vault.lock()
        assert audit_service.check_folder(folder, ADMIN, ADMIN_PASSPHRASE) == []
        with pytest.raises(WrongSecret):  # a failure that cannot be counted is still refused
            unlock(folder, ADMIN, "inte alls rätt lösenfras")


def test_a_full_disk_is_named_loses_nothing_and_still_opens_read_only(
    template: Template, tmp_path: Path, kdf_is_fast: None
) -> None:
    with small_fs(tmp_path / "disk", 2048) as disk:
        folder = template.copy_to(disk / "valv")
        vault = unlock(folder)
        session = session_of(vault)
        kept = [add_person(session, notes="a" * 200).id for _ in range(5)]
        fill(disk)
        refused = None
        for _ in range(200):
            try:
                kept.append(add_person(session, notes="x" * 2000).id)
            except DiskFull as exc:
                refused = exc
                break
        assert refused is not None
        assert "är full" in str(refused)
        vault.lock()  # the lock entry cannot be written either, and locking still succeeds
        fill(disk)  # what the closed WAL gave back

        # Still full: it opens for reading, with the reason, and every acknowledged change.
        vault = unlock(folder)
        try:
            assert vault.read_only
            assert any("är full" in w for w in vault.warnings)
            stored = {row[0] for row in vault.connection.execute("SELECT id FROM persons")}
            assert set(kept) <= stored
        finally:
            vault.lock()
        assert audit_service.check_folder(folder, ADMIN, ADMIN_PASSPHRASE) == []

        for filler in disk.glob("fyllnad*"):
            filler.unlink()
        vault = unlock(folder)
        try:
            assert not vault.read_only
            assert vault.verify_audit().ok
        finally:
            vault.lock()


def test_creating_a_vault_on_a_full_disk_leaves_nothing_behind(
    tmp_path: Path, kdf_is_fast: None
) -> None:
    with small_fs(tmp_path / "disk", 64) as disk:
        folder = disk / "valv"
        with pytest.raises((DiskFull, StorageError)):
            Vault.create(folder, ADMIN, "Admin", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF)
        left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
        assert left == []
        shutil.rmtree(folder, ignore_errors=True)
