"""Running `skyddsapp` in-process: piped passphrases, captured output, a fast Argon2id."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from cli_support import ADMIN_PASS, Result, Run

from skyddsapp.cli import main as cli_main
from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.vault.vault import Vault


@pytest.fixture(autouse=True)
def _each_key_derived_once(remembered_argon2id: None) -> None:
    """Real Argon2id, but a repeated derivation (a copied template unlocked again) is free:
    tests/conftest.py, RememberedArgon2id."""


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """`run("vault", "init", ..., stdin="pass\\n")` → exit code, standard out, standard error."""
    monkeypatch.setattr("skyddsapp.vault.vault.calibrate", lambda: MINIMUM_KDF)
    monkeypatch.setattr("skyddsapp.services.accounts.calibrate", lambda: MINIMUM_KDF)
    # The process hardening (umask, core dumps) is for a program's own process, not pytest's:
    # tests/program/test_hardening.py checks it in a process of its own.
    monkeypatch.setattr(cli_main, "harden_process", lambda: None)

    def invoke(*argv: str, stdin: str = "") -> Result:
        out = io.StringIO()
        capsys.readouterr()
        code = cli_main.main(list(argv), stdin=io.StringIO(stdin), out=out)
        captured = capsys.readouterr()
        return Result(code, out.getvalue() + captured.out, captured.err)

    return invoke


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "nivå ett" / "valv"


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault made once (administrator `admin`), copied for every test that needs one."""
    folder = tmp_path_factory.mktemp("mall") / "valv"
    created = Vault.create(folder, "admin", "admin", ADMIN_PASS, kdf_params=MINIMUM_KDF)
    created.vault.lock()
    return folder, created.recovery_key


@pytest.fixture
def vault_of_admin(template_vault: tuple[Path, str], folder: Path) -> str:
    """A copy of the template vault in `folder`; returns its recovery key."""
    source, recovery_key = template_vault
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, folder)
    return recovery_key
