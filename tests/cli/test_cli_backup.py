"""`skyddsapp backup create|verify|list|restore`, run in-process with a fast key derivation."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cli_support import ADMIN_PASS, Result, Run

from skyddsapp.crypto.kdf import MINIMUM_KDF, KdfParams, check_params
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault.vault import Vault


def _fast_derive(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Stands in for Argon2id (tested in tests/crypto): these tests are about the commands."""
    check_params(params)
    return bytearray(
        hashlib.sha256(b"\0".join((bytes(secret), salt, repr(params).encode()))).digest()
    )


@pytest.fixture
def vault(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A vault of administrator `admin` in `folder` (fast KDF for the test); its recovery key."""
    monkeypatch.setattr("skyddsapp.vault.keyslots.derive_key", _fast_derive)
    monkeypatch.setattr("skyddsapp.vault.vault.derive_key", _fast_derive)
    created = Vault.create(folder, "admin", "admin", ADMIN_PASS, kdf_params=MINIMUM_KDF)
    created.vault.add_user("kalle", "Kalle", created.vault.user.role.HANDLER, "kalles-egen-fras")
    created.vault.lock()
    return folder, created.recovery_key


def ok(result: Result) -> Result:
    assert result.err == "", result.err
    assert result.code == 0
    return result


def _as(folder: Path, user: str = "admin") -> list[str]:
    return ["--vault", str(folder), "--user", user]


def test_create_list_verify_and_restore(run: Run, vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = vault
    usb = tmp_path / "usb"
    made = ok(
        run(
            "backup",
            "create",
            "--to",
            str(usb),
            "--keep",
            "2",
            *_as(folder),
            stdin=f"{ADMIN_PASS}\n",
        )
    )
    [backup] = list(usb.iterdir())
    assert f"Säkerhetskopian är gjord och kontrollerad: {backup}" in made.out
    assert "0 ärenden, 0 personer, 0 dokument" in made.out
    ok(
        run(
            "backup",
            "create",
            "--to",
            str(usb),
            "--keep",
            "2",
            *_as(folder),
            stdin=f"{ADMIN_PASS}\n",
        )
    )
    ok(
        run(
            "backup",
            "create",
            "--to",
            str(usb),
            "--keep",
            "2",
            *_as(folder),
            stdin=f"{ADMIN_PASS}\n",
        )
    )
    assert len(list(usb.iterdir())) == 2  # --keep

    listed = ok(run("backup", "list", "--in", str(usb), *_as(folder), stdin=f"{ADMIN_PASS}\n"))
    lines = listed.out.splitlines()
    assert len(lines) == 2
    assert all("\thel\t" in line for line in lines)
    newest = Path(lines[0].split("\t")[-1])

    verified = ok(run("backup", "verify", str(newest), *_as(folder), stdin=f"{ADMIN_PASS}\n"))
    assert f"Säkerhetskopian {newest} är hel" in verified.out

    empty = ok(run("backup", "list", "--in", str(tmp_path), *_as(folder), stdin=f"{ADMIN_PASS}\n"))
    assert empty.out == f"Det finns inga säkerhetskopior av valvet i {tmp_path}.\n"

    into = tmp_path / "återställt"
    looked = ok(
        run(
            "backup", "restore", str(newest), "--preview", "--into", str(into), *_as(folder),
            stdin=f"{ADMIN_PASS}\n",
        )
    )  # fmt: skip
    assert "Säkerhetskopian är hel. Inget återställdes (--preview)." in looked.out
    assert not into.exists()
    restored = ok(
        run(
            "backup",
            "restore",
            str(newest),
            "--into",
            str(into),
            *_as(folder),
            stdin=f"{ADMIN_PASS}\n",
        )
    )
    assert "av admin (generation" in restored.out
    assert f"Återställt till {into}; valvet i {folder} är orört." in restored.out
    opened = Vault.unlock(into, "admin", ADMIN_PASS, sleep=lambda _s: None)
    try:
        actions = [e.action for e in audit_log.entries(opened.connection)]
    finally:
        opened.lock()
    assert actions[-2:] == ["vault.restore", "unlock"]
    assert actions.count("backup.create") == 2  # the two made before this one

    again = run(
        "backup", "restore", str(newest), "--into", str(into), *_as(folder), stdin=f"{ADMIN_PASS}\n"
    )
    assert again.code == 1
    assert again.err_lines == [
        f"skyddsapp: Mappen {into} finns redan; en återställning skrivs aldrig över något. "
        "Välj en annan mapp."
    ]


def test_a_damaged_backup_fails_verify_and_restores_nothing(
    run: Run, vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = vault
    usb = tmp_path / "usb"
    ok(run("backup", "create", "--to", str(usb), *_as(folder), stdin=f"{ADMIN_PASS}\n"))
    [backup] = list(usb.iterdir())
    slots = backup / "keyslots.json"
    slots.write_bytes(slots.read_bytes().replace(b'"serial": ', b'"serial":  '))

    checked = run("backup", "verify", str(backup), *_as(folder), stdin=f"{ADMIN_PASS}\n")
    assert checked.code == 1
    assert checked.out.startswith(f"FEL: Filen {slots} har fel storlek")
    listed = ok(run("backup", "list", "--in", str(usb), *_as(folder), stdin=f"{ADMIN_PASS}\n"))
    assert "\tSKADAD: Filen" in listed.out

    before = sorted(p.name for p in tmp_path.rglob("*"))
    refused = run(
        "backup",
        "restore",
        str(backup),
        "--recovery",
        "--vault",
        str(folder),
        stdin=f"{recovery_key}\n",
    )
    assert refused.code == 1
    assert refused.err.startswith(f"skyddsapp: Säkerhetskopian i {backup} är skadad")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_backups_are_for_administrators(run: Run, vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = vault
    refused = run(
        "backup", "create", "--to", str(tmp_path / "usb"), *_as(folder, "kalle"),
        stdin="kalles-egen-fras\n",
    )  # fmt: skip
    assert refused.code == 1
    assert refused.err_lines == ["skyddsapp: Din roll får inte göra säkerhetskopior."]
    assert not (tmp_path / "usb").exists()
    bad = run("backup", "create", "--keep", "0", *_as(folder), stdin=f"{ADMIN_PASS}\n")
    assert bad.code == 2
