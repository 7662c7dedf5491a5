"""`python -m skyddsapp` as a real process: exit codes, one line on stderr, piped passphrases.

Each command line is a process of its own, forked from one Python that has imported the command
line once (tests/forked_runs.py)."""

from __future__ import annotations

import os
from pathlib import Path

from cli_support import ADMIN_PASS

from forked_runs import forked_runs


def test_the_module_runs_verifies_and_fails_cleanly(vault_of_admin: str, folder: Path) -> None:
    common = ["--vault", str(folder), "--user", "admin"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    verified, listed, wrong, ended, missing, usage = forked_runs(
        "skyddsapp",
        "skyddsapp.cli.main",
        [
            (["audit", "verify", *common], f"{ADMIN_PASS}\n"),
            (["user", "list", *common], f"{ADMIN_PASS}\n"),
            (["vault", "check", *common], "inte-rätt-fras\n"),
            (["vault", "check", *common], ""),
            (["user", "list", "--vault", str(folder.parent / "inget"), "--user", "admin"], ""),
            (["vault", "explodera"], ""),
        ],
        env,
    )

    assert (verified.returncode, verified.stderr) == (0, "")
    assert verified.stdout.startswith("Granskningsloggen är obruten (")

    assert (listed.returncode, listed.stderr) == (0, "")
    assert listed.stdout == "admin\tadmin\tadmin\taktiv\n"

    assert wrong.returncode == 1
    assert wrong.stdout == ""
    assert wrong.stderr == "skyddsapp: Fel användarnamn eller lösenfras.\n"

    assert ended.returncode == 1
    assert ended.stderr.startswith("skyddsapp: Standard in tog slut")
    assert ended.stderr.count("\n") == 1

    assert missing.returncode == 1
    assert missing.stderr.startswith("skyddsapp: Mappen ")
    assert missing.stderr.count("\n") == 1

    assert usage.returncode == 2
    assert usage.stdout == ""
    assert usage.stderr.startswith("skyddsapp: ")
    assert usage.stderr.count("\n") == 1
    assert "Traceback" not in wrong.stderr + ended.stderr + missing.stderr + usage.stderr
