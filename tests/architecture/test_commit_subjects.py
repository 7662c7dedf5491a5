"""Commit subjects are at most 72 characters (the detail goes in the body): checked on every
commit after the one that made this a test, wherever the history is a git checkout."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The last commit before the rule was checked; older history is as it landed.
CHECKED_AFTER = "98efc05fa461f637185533720ce14935cf469a0e"
MAX_SUBJECT = 72


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
    )


def _subjects() -> list[str]:
    if shutil.which("git") is None or _git("rev-parse", "--git-dir").returncode != 0:
        pytest.skip("not a git checkout (an unpacked source archive has no history)")
    known = _git("cat-file", "-e", f"{CHECKED_AFTER}^{{commit}}").returncode == 0
    # A shallow clone may not reach the mark: then every commit it has is checked.
    revisions = ["HEAD", f"^{CHECKED_AFTER}"] if known else ["HEAD"]
    log = _git("log", "--format=%s", *revisions)
    assert log.returncode == 0, log.stderr
    return log.stdout.splitlines()


def test_commit_subjects_fit_in_72_characters() -> None:
    long = [s for s in _subjects() if len(s) > MAX_SUBJECT]
    assert long == [], f"subjects over {MAX_SUBJECT} characters: {long}"
