"""PySide6 6.12.0 on CPython 3.11 drops a reference to None per void call; the ui package guards
None so a long session (or its exit) does not abort with none_dealloc."""

from __future__ import annotations

import subprocess
import sys

from skyddsapp.ui import none_guard

# Far more void calls than None has references in a fresh process (about 4,000).
LEAKY_SESSION = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{guard}
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(20_000):
    widget.update()
print("done")
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LEAKY_SESSION.format(guard=guard)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_only_mortal_none_with_the_leaking_pyside_needs_the_guard() -> None:
    assert none_guard.needed((3, 11), "6.12.0")
    assert not none_guard.needed((3, 12), "6.12.0")
    assert not none_guard.needed((3, 11), "6.11.3")


def test_a_long_session_with_the_ui_package_survives_to_a_clean_exit() -> None:
    done = _run("import skyddsapp.ui")

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"
    assert "none_dealloc" not in done.stderr


def test_without_the_guard_the_same_session_aborts_where_the_fault_exists() -> None:
    import PySide6

    done = _run("")

    if none_guard.needed(sys.version_info[:2], PySide6.__version__):
        assert done.returncode != 0
        assert "none_dealloc" in done.stderr
    else:
        assert done.returncode == 0, done.stderr
