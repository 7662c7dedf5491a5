"""`skyddsapp-desktop --self-test` as a real process, watched: its sockets (an audit hook and, where
strace may trace, every socket(2) and connect(2) of the process and its threads), its loaded
modules and libraries, and its folders (HOME, the XDG folders and TMPDIR of its own).

A self-test costs seconds, so the offscreen run is made once per test run (the `offscreen_self_test`
fixture) and judged by test_self_test.py (exit 0, nothing left behind) and test_no_network.py
(no socket but AF_UNIX, no QtNetwork), each for its own promise.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# `python -m skyddsapp.ui --self-test` under a socket audit hook; the exit status is the
# program's, and a last line of JSON reports what the process saw and loaded.
SESSION = r"""
import json, os, runpy, sys

events = []

def record(event, args):
    if event.startswith("socket."):
        family = args[1] if event == "socket.__new__" and len(args) > 1 else None
        events.append([event, int(family) if isinstance(family, int) else None])

sys.addaudithook(record)
sys.argv = ["skyddsapp-desktop", "--self-test"]
try:
    runpy.run_module("skyddsapp.ui", run_name="__main__", alter_sys=True)
    status = 0
except SystemExit as done:
    status = done.code
maps = ""
if os.path.exists("/proc/self/maps"):  # Linux: every shared library the process has mapped
    maps = open("/proc/self/maps", encoding="utf-8").read()
libraries = sorted({line.split()[-1] for line in maps.splitlines() if "/" in line})
print(json.dumps({
    "status": status,
    "events": events,
    "modules": sorted(name for name in sys.modules if name.startswith("PySide6")),
    "libraries": [path for path in libraries if "Qt" in path or "plugins" in path],
}))
sys.exit(status)
"""

FOLDERS = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state",
    "TMPDIR": "tmp",
}


@dataclass(frozen=True)
class Watched:
    """One watched run: the process's result, and where it ran."""

    folder: Path  # HOME is folder/home, TMPDIR folder/tmp
    result: subprocess.CompletedProcess[str]
    trace: Path | None  # strace's output, when strace could follow the process

    @property
    def tmp(self) -> Path:
        return self.folder / "tmp"

    @property
    def home(self) -> Path:
        return self.folder / "home"


def isolated_env(folder: Path, platform: str | None = None) -> dict[str, str]:
    """HOME, the XDG folders and TMPDIR in ``folder``: whatever the process writes shows.
    platform "offscreen" or "xcb" sets Qt's platform; None keeps this process's."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    env.pop("XDG_RUNTIME_DIR", None)
    for name, relative in FOLDERS.items():
        path = folder / relative
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    if platform == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
    elif platform is not None:
        env.pop("QT_QPA_PLATFORM", None)
    return env


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300, check=False
    )


def strace_prefix() -> list[str] | None:
    """strace following every process and thread, showing network calls and execve; None where
    strace is missing or may not trace (a container may forbid ptrace). With seccomp-bpf where
    strace offers it: only the traced calls stop the process, not every one (seconds less)."""
    strace = shutil.which("strace")
    if strace is None:
        return None
    for fast in (["--seccomp-bpf"], []):
        # execve too: the file then shows that tracing followed the process at all.
        prefix = [strace, "-f", *fast, "-qq", "-e", "trace=network,execve", "-e", "signal=none"]
        probe = subprocess.run(
            [*prefix, "-o", os.devnull, "true"], capture_output=True, check=False
        )
        if probe.returncode == 0 and not probe.stderr:
            return prefix
    return None


def watched_self_test(folder: Path, platform: str) -> Watched:
    """The self-test on `platform` ("offscreen", or "xcb" on an X server of xvfb-run's; the
    test is skipped where there is none)."""
    env = isolated_env(folder, platform)
    command = [sys.executable, "-c", SESSION]
    trace: Path | None = None
    prefix = strace_prefix()
    if prefix is not None:
        trace = folder / "strace.txt"
        command = [*prefix, "-o", str(trace), *command]
    if platform == "xcb":  # the X server outside the trace: its own sockets are not ours
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run is None or shutil.which("xauth") is None:
            pytest.skip("xvfb-run or xauth is missing: no X server to try the xcb platform on")
        command = [xvfb_run, "-a", "-s", "-nolisten tcp", *command]
    return Watched(folder, run(command, env), trace)


def report_of(watched: Watched) -> dict[str, object]:
    """The JSON the session printed last (the caller has checked the exit status)."""
    report: dict[str, object] = json.loads(watched.result.stdout.strip().splitlines()[-1])
    return report
