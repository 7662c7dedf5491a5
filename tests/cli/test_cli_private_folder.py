"""`skyddsapp` refuses a vault folder other users can reach, before asking for a passphrase."""

from __future__ import annotations

import io
import shlex
import sys
from pathlib import Path

import pytest
from cli_support import ADMIN_PASS, Run

from skyddsapp.cli import main as cli_main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.mark.parametrize("mode", [0o755, 0o750])
@pytest.mark.parametrize(
    "command",
    [("user", "list"), ("audit", "verify"), ("vault", "check"), ("backup", "list")],
    ids=" ".join,
)
def test_a_folder_open_to_others_is_refused_with_the_fix(
    run: Run, folder: Path, vault_of_admin: str, mode: int, command: tuple[str, ...]
) -> None:
    folder.chmod(mode)

    result = run(*command, "--vault", str(folder), "--user", "admin", stdin=ADMIN_PASS + "\n")

    assert result.code == 1
    assert len(result.err_lines) == 1
    assert "kan läsas eller ändras av andra användare" in result.err
    assert f"(rättigheter {mode:04o})" in result.err
    assert result.err.rstrip().endswith(f"chmod 700 {shlex.quote(str(folder))}")
    assert "Lösenfras" not in result.out + result.err  # nothing was asked


def test_a_file_open_to_others_is_refused(run: Run, folder: Path, vault_of_admin: str) -> None:
    (folder / "keyslots.json").chmod(0o644)

    result = run("user", "list", "--vault", str(folder), "--user", "admin", stdin=ADMIN_PASS)

    assert result.code == 1
    assert f"chmod 600 {shlex.quote(str(folder / 'keyslots.json'))}" in result.err


def test_a_private_folder_opens(run: Run, folder: Path, vault_of_admin: str) -> None:
    result = run("user", "list", "--vault", str(folder), "--user", "admin", stdin=ADMIN_PASS)

    assert result.code == 0, result.err
    assert result.out.startswith("admin\t")


def test_the_demo_vault_is_made_private_and_refused_once_opened_up(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"

    assert run("demo", "--cases", "0", "--vault", str(folder)).code == 0
    assert folder.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o077 == 0 for p in folder.iterdir())
    folder.chmod(0o755)
    again = run("demo", "--cases", "0", "--vault", str(folder))

    assert again.code == 1
    assert "chmod 700" in again.err


def test_vault_init_makes_an_existing_open_folder_private(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "ny"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)

    result = run("vault", "init", "--vault", str(folder), "--user", "admin",
                 stdin=f"{ADMIN_PASS}\n{ADMIN_PASS}\n")  # fmt: skip

    assert result.code == 0, result.err
    assert folder.stat().st_mode & 0o777 == 0o700


def test_main_hardens_the_process_before_it_reads_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    class Parsed(Exception):
        pass

    def parser() -> None:
        calls.append("parsed")
        raise Parsed

    monkeypatch.setattr(cli_main, "harden_process", lambda: calls.append("hardened"))
    monkeypatch.setattr(cli_main, "build_parser", parser)

    with pytest.raises(Parsed):
        cli_main.main(["--version"], stdin=io.StringIO(), out=io.StringIO())

    assert calls == ["hardened", "parsed"]
