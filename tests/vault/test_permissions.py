"""A vault folder other users can reach is refused, named, with the command that fixes it."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

import pytest
from vault_kit import unlock

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.vault.errors import VaultNotPrivate
from skyddsapp.vault.permissions import check_private
from skyddsapp.vault.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes (see the module)")


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in [folder, *folder.iterdir()]}


def test_a_new_vault_is_private_and_stays_so_after_a_session(
    tmp_path: Path, kdf_is_fast: None
) -> None:
    old = os.umask(0o022)  # the usual umask: what the vault makes must not depend on it
    try:
        folder = tmp_path / "nytt" / "valv"
        created = Vault.create(
            folder, "admin", "Admin", "en lång lösenfras här", kdf_params=MINIMUM_KDF
        )
        created.vault.lock()
        vault = Vault.unlock(folder, "admin", "en lång lösenfras här")
        check_private(folder)  # while open: the WAL and -shm exist
        vault.lock()
    finally:
        os.umask(old)

    check_private(folder)
    modes = _modes(folder)
    assert modes.pop("valv") == 0o700
    assert set(modes.values()) <= {0o600, 0o700}, modes


def test_the_template_copy_is_private(vault_dir: Path) -> None:
    unlock(vault_dir).lock()

    check_private(vault_dir)


@pytest.mark.parametrize("mode", [0o755, 0o750, 0o711, 0o701, 0o770, 0o707])
def test_a_folder_open_to_others_is_refused(vault_dir: Path, mode: int) -> None:
    vault_dir.chmod(mode)

    with pytest.raises(VaultNotPrivate) as refused:
        check_private(vault_dir)

    message = str(refused.value)
    assert str(vault_dir) in message
    assert f"{mode:04o}" in message
    assert message.endswith(f"chmod 700 {shlex.quote(str(vault_dir))}")
    assert refused.value.path == vault_dir


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o606])
@pytest.mark.parametrize("name", ["vault.db", "keyslots.json", "vault.head"])
def test_a_file_open_to_others_is_refused(vault_dir: Path, name: str, mode: int) -> None:
    (vault_dir / name).chmod(mode)

    with pytest.raises(VaultNotPrivate) as refused:
        check_private(vault_dir)

    assert refused.value.path == vault_dir / name
    assert str(refused.value).endswith(f"chmod 600 {shlex.quote(str(vault_dir / name))}")


def test_a_folder_inside_open_to_others_is_refused(vault_dir: Path) -> None:
    inside = vault_dir / "backups"
    inside.mkdir(mode=0o700, exist_ok=True)
    inside.chmod(0o755)

    with pytest.raises(VaultNotPrivate) as refused:
        check_private(vault_dir)

    assert refused.value.fix == f"chmod 700 {shlex.quote(str(inside))}"


def test_the_fix_in_the_message_fixes_it(vault_dir: Path) -> None:
    vault_dir.chmod(0o755)
    (vault_dir / "vault.db").chmod(0o644)

    for _ in range(3):
        try:
            check_private(vault_dir)
            break
        except VaultNotPrivate as refused:
            mode, path = shlex.split(refused.fix)[1:]
            Path(path).chmod(int(mode, 8))
    else:
        pytest.fail("still refused after the fixes it named")


def test_a_missing_folder_and_a_dangling_link_are_left_alone(vault_dir: Path) -> None:
    check_private(vault_dir / "finns-inte")
    (vault_dir / "länk").symlink_to(vault_dir / "borta")

    check_private(vault_dir)
