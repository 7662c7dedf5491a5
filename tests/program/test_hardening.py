"""Hardening at start: no core dumps, not dumpable, umask 077 — in a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's prctl")

# After the hardening: what the kernel says about this process.
REPORT = """
import ctypes, ctypes.util, json, os, resource
libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
status = dict(
    line.split(":", 1) for line in open("/proc/self/status", encoding="ascii") if ":" in line
)
umask = os.umask(0o022)
print(json.dumps({
    "core": resource.getrlimit(resource.RLIMIT_CORE),
    "dumpable": libc.prctl(3, 0, 0, 0, 0),
    "core_dumping": status.get("CoreDumping", "").strip(),
    "umask": umask,
    "result": RESULT,
}))
"""


def _report(start: str) -> dict[str, object]:
    code = f"{start}\n{REPORT}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    report: dict[str, object] = json.loads(out.splitlines()[-1])
    return report


@linux_only
def test_a_plain_process_would_dump_core() -> None:
    """The baseline the tests below are measured against: Python alone changes nothing."""
    report = _report("RESULT = None\nimport resource; resource.setrlimit(resource.RLIMIT_CORE, "
                     "(resource.RLIM_INFINITY, resource.RLIM_INFINITY))")  # fmt: skip

    assert report["dumpable"] == 1
    assert report["core"] != [0, 0]


@linux_only
def test_harden_process_turns_core_dumps_off_and_makes_the_umask_private() -> None:
    report = _report(
        "from dataclasses import asdict\n"
        "from skyddsapp.program.hardening import harden_process\n"
        "RESULT = asdict(harden_process())"
    )

    assert report["core"] == [0, 0]
    assert report["dumpable"] == 0
    assert report["core_dumping"] == "0"
    assert report["umask"] == 0o077
    assert report["result"] == {"umask": True, "core_limit": True, "not_dumpable": True}


@linux_only
def test_the_command_line_hardens_before_anything_else() -> None:
    report = _report(
        "from skyddsapp.cli.main import main\n"
        "RESULT = main(['--version'])"  # prints the version, then returns
    )

    assert report["result"] == 0
    assert (report["core"], report["dumpable"], report["umask"]) == ([0, 0], 0, 0o077)


@linux_only
def test_the_desktop_hardens_before_anything_else() -> None:
    report = _report(
        "from skyddsapp.ui.shell import app\n"
        "try:\n"
        "    app.main(['--version'])\n"
        "except SystemExit as exc:\n"
        "    RESULT = exc.code\n"
    )

    assert report["result"] == 0
    assert (report["core"], report["dumpable"], report["umask"]) == ([0, 0], 0, 0o077)


def test_a_file_made_after_hardening_is_private(tmp_path: Path) -> None:
    target = tmp_path / "made"
    _report(
        "import os\nfrom skyddsapp.program.hardening import harden_process\n"
        f"harden_process(); open({str(target)!r}, 'w').close(); os.mkdir({str(target)!r} + 'd')\n"
        "RESULT = None"
    )

    assert target.stat().st_mode & 0o777 == 0o600
    assert Path(f"{target}d").stat().st_mode & 0o777 == 0o700
