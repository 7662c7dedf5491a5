"""After lock, the data key is gone from the process: neither its raw bytes nor its hex text.

The search runs in a child process (memory_child.py) that creates, uses, rekeys and locks a
vault through the services, then reads its own memory from /proc/self/mem. A control run that
keeps a copy of the key, as a str of the key pragma and as bytes, shows that the search finds
what is there.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("memory_child.py")

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/mem").exists(), reason="reads its own memory through /proc"
)


def _copies(folder: Path, *extra: str) -> dict[str, int]:
    result = subprocess.run(
        [sys.executable, str(CHILD), str(folder), *extra],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    fields = dict(part.split("=") for part in result.stdout.split())
    return {name: int(value) for name, value in fields.items()}


def test_the_search_finds_a_key_that_was_kept(tmp_path: Path) -> None:
    found = _copies(tmp_path / "valv", "--leak")
    assert found["raw"] >= 1
    assert found["hex"] >= 1


def test_no_copy_of_the_data_key_is_left_after_lock(tmp_path: Path) -> None:
    found = _copies(tmp_path / "valv")
    assert found["chunks"] > 10  # the memory was really read
    assert found["raw"] == 0
    assert found["hex"] == 0
