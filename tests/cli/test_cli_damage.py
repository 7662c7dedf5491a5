"""The command line under damage and odd input: a specific message and exit code, nothing written
(issue 8). Never `oväntat fel`."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest
from cli_support import ADMIN_PASS, Run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "vault"))
from damage_kit import flip
from media_kit import can_mount, fill, small_fs

from skyddsapp.cli import main as cli_main
from skyddsapp.services import demo


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def _args(folder: Path, *command: str) -> list[str]:
    return [*command, "--vault", str(folder), "--user", "admin"]


@pytest.mark.usefixtures("vault_of_admin")
def test_check_names_a_damaged_page_and_changes_no_byte(run: Run, folder: Path) -> None:
    flip(folder / "vault.db", 4096 + 300)  # page 2
    before = _hashes(folder)

    result = run(*_args(folder, "vault", "check"), stdin=f"{ADMIN_PASS}\n")

    assert result.code == 1
    assert f"FEL: Databasfilen {folder / 'vault.db'} har en skadad sida (sida 2)." in result.out
    assert "oväntat fel" not in result.out + result.err
    assert _hashes(folder) == before


@pytest.mark.usefixtures("vault_of_admin")
def test_repair_after_a_damaged_head_record_makes_the_vault_whole(run: Run, folder: Path) -> None:
    (folder / "vault.head").unlink()
    refused = run(*_args(folder, "user", "list"), stdin=f"{ADMIN_PASS}\n")
    assert refused.code == 1
    assert "vault.head saknas" in refused.err
    repaired = run(*_args(folder, "vault", "repair"), stdin=f"{ADMIN_PASS}\n")
    assert repaired.code == 0, repaired.err
    assert "GODTOGS: Filen" in repaired.out
    checked = run(*_args(folder, "vault", "check"), stdin=f"{ADMIN_PASS}\n")
    assert checked.code == 0
    assert checked.out.startswith("Valvet är helt")


@pytest.mark.usefixtures("vault_of_admin")
def test_a_passphrase_that_is_not_utf8_is_named(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What Python makes of undecodable terminal bytes: lone surrogates (surrogateescape).
    stdin = io.StringIO(b"administr\xf6rens-fras\n".decode("utf-8", "surrogateescape"))
    code = cli_main.main(_args(folder, "user", "list"), stdin=stdin, out=io.StringIO())
    assert code == 1
    err = capsys.readouterr().err
    assert "är giltig UTF-8-text" in err
    assert not (folder / "unlock-failures.json").exists()


@pytest.mark.parametrize("count", ["-5", "1000000000000", "tio"])
def test_demo_refuses_a_count_out_of_range(run: Run, tmp_path: Path, count: str) -> None:
    result = run("demo", "--cases", count, "--vault", str(tmp_path / "demo"))
    assert result.code == 2
    assert "--cases" in result.err
    assert not (tmp_path / "demo").exists()


@pytest.mark.usefixtures("vault_of_admin")
def test_demo_leaves_a_real_vault_alone(run: Run, folder: Path) -> None:
    before = _hashes(folder)
    result = run("demo", "--vault", str(folder), "--cases", "1")
    assert result.code == 1
    assert "inte är ett demovalv" in result.err
    assert _hashes(folder) == before  # no counted failure either
    assert demo.DEMO_PASSPHRASE not in result.err


@pytest.mark.skipif(not can_mount(), reason="needs root to mount a small tmpfs")
def test_a_full_disk_gets_its_message_and_reading_still_works(
    run: Run, template_vault: tuple[Path, str], tmp_path: Path
) -> None:
    import shutil

    with small_fs(tmp_path / "disk", 1024) as disk:
        folder = disk / "valv"
        shutil.copytree(template_vault[0], folder)
        fill(disk)
        listed = run(*_args(folder, "user", "list"), stdin=f"{ADMIN_PASS}\n")
        assert listed.code == 0
        assert "admin" in listed.out
        assert "är full, så valvet öppnades skrivskyddat" in listed.err
        added = run(
            *_args(folder, "user", "add", "ny.person"),
            stdin=f"{ADMIN_PASS}\nny-fras-som-duger-1\nny-fras-som-duger-1\n",
        )
        assert added.code == 1
        assert "skrivskyddat" in added.err
        assert "oväntat fel" not in added.err
        assert sorted(p.name for p in folder.iterdir()) == [
            "keyslots.json",
            "vault.db",
            "vault.head",
            "vault.lock",
        ]


@pytest.mark.usefixtures("vault_of_admin")
def test_audit_list_seen_and_review_from_the_command_line(run: Run, folder: Path) -> None:
    listed = run(*_args(folder, "audit", "list"), "--action", "vault.", stdin=f"{ADMIN_PASS}\n")
    assert listed.code == 0
    lines = listed.out.splitlines()
    assert lines
    assert all(line.split("\t")[3].startswith("vault.") for line in lines)
    bad = run(*_args(folder, "audit", "list"), "--since", "igår", stdin=f"{ADMIN_PASS}\n")
    assert bad.code == 1
    assert "ÅÅÅÅ-MM-DD" in bad.err
    seen = run(*_args(folder, "audit", "seen"), "--person", "1", stdin=f"{ADMIN_PASS}\n")
    assert seen.code == 0
    assert seen.out == ""
    signed = run(
        *_args(folder, "audit", "review"),
        "--since",
        "2026-01-01",
        "--until",
        "2026-03-31",
        "--remarks",
        "Inga avvikelser.",
        stdin=f"{ADMIN_PASS}\n",
    )
    assert signed.code == 0
    assert "Granskningen av 2026-01-01–2026-03-31 är registrerad" in signed.out
    listed = run(*_args(folder, "audit", "review"), stdin=f"{ADMIN_PASS}\n")
    assert "2026-01-01–2026-03-31\tadmin" in listed.out
    assert "Inga avvikelser." in listed.out


@pytest.mark.usefixtures("vault_of_admin")
def test_audit_export_writes_a_private_log_extract(run: Run, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "utdrag.pdf"
    result = run(
        *_args(folder, "audit", "export"),
        "--out",
        str(out),
        "--action",
        "vault.",
        stdin=f"{ADMIN_PASS}\n",
    )
    assert result.code == 0, result.err
    assert f"är sparat i {out}" in result.out
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600
    inside = run(
        *_args(folder, "audit", "export"), "--out", str(folder / "x.pdf"), stdin=f"{ADMIN_PASS}\n"
    )
    assert inside.code == 1
    assert "valvets mapp" in inside.err
    assert not (folder / "x.pdf").exists()
