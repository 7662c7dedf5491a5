"""`python -m skyddsapp` as a real process: exit codes, one line on stderr, piped passphrases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_support import ADMIN_PASS


def skyddsapp(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "skyddsapp", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_the_module_runs_verifies_and_fails_cleanly(vault_of_admin: str, folder: Path) -> None:
    common = ["--vault", str(folder), "--user", "admin"]

    verified = skyddsapp("audit", "verify", *common, stdin=f"{ADMIN_PASS}\n")
    assert (verified.returncode, verified.stderr) == (0, "")
    assert verified.stdout.startswith("Granskningsloggen är obruten (")

    listed = skyddsapp("user", "list", *common, stdin=f"{ADMIN_PASS}\n")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert listed.stdout == "admin\tadmin\tadmin\taktiv\n"

    wrong = skyddsapp("vault", "check", *common, stdin="inte-rätt-fras\n")
    assert wrong.returncode == 1
    assert wrong.stdout == ""
    assert wrong.stderr == "skyddsapp: Fel användarnamn eller lösenfras.\n"

    ended = skyddsapp("vault", "check", *common, stdin="")
    assert ended.returncode == 1
    assert ended.stderr.startswith("skyddsapp: Standard in tog slut")
    assert ended.stderr.count("\n") == 1

    missing = skyddsapp("user", "list", "--vault", str(folder.parent / "inget"), "--user", "admin")
    assert missing.returncode == 1
    assert missing.stderr.startswith("skyddsapp: Mappen ")
    assert missing.stderr.count("\n") == 1

    usage = skyddsapp("vault", "explodera")
    assert usage.returncode == 2
    assert usage.stdout == ""
    assert usage.stderr.startswith("skyddsapp: ")
    assert usage.stderr.count("\n") == 1
    assert "Traceback" not in wrong.stderr + ended.stderr + missing.stderr + usage.stderr
