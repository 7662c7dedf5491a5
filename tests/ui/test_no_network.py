"""Promise 2, proved on a whole session in a subprocess: no socket but AF_UNIX, no QtNetwork.

The session is `skyddsapp-desktop --self-test` (create a vault, write and open a case, render
every form, load each in QtPdf, preview one in the Dokument tab, lock, unlock through the
dialog, open the case again, lock). It runs under a socket audit hook that records every socket
event, and, where strace exists and may trace, under ``strace -f -e trace=network``: every
socket(2) and connect(2) of the process and its threads must be AF_UNIX (the display server,
the session bus). At the end the process reports its loaded modules and shared libraries:
PySide6.QtNetwork and Qt's network plugins are never loaded. libQt6Network.so is mapped, since
libQt6Pdf.so names it in its DT_NEEDED entries (QtPdf can read from a QNetworkReply); the test
checks that this is the only reason (docs/no-network.md).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SESSION = r"""
import json, sys

events = []

def record(event, args):
    if event.startswith("socket."):
        family = args[1] if event == "socket.__new__" and len(args) > 1 else None
        events.append([event, int(family) if isinstance(family, int) else None])

sys.addaudithook(record)
from skyddsapp.ui.shell.self_test import run

status = run(out=lambda line: None)
maps = open("/proc/self/maps", encoding="utf-8").read()
libraries = sorted({line.split()[-1] for line in maps.splitlines() if "/" in line})
print(json.dumps({
    "status": status,
    "events": events,
    "modules": sorted(name for name in sys.modules if name.startswith("PySide6")),
    "libraries": [path for path in libraries if "Qt" in path or "plugins" in path],
}))
"""

ONLY_WIDGETS = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
QWidget().show()
app.processEvents()
maps = open("/proc/self/maps", encoding="utf-8").read()
print(json.dumps("libQt6Network" in maps))
"""

AF_UNIX = 1
SYSCALL = re.compile(
    r"\b(?:socket|socketpair)\((?P<family>AF_\w+|PF_\w+|\d+)|"
    r"\b(?:connect|bind|sendto|sendmsg)\(\d+, \{sa_family=(?P<address>AF_\w+|\d+)"
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="/proc/self/maps and strace are Linux's"
)


def _env(tmp_path: Path, platform: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    env.pop("XDG_RUNTIME_DIR", None)
    for name, folder in {
        "HOME": "home",
        "XDG_CONFIG_HOME": "home/.config",
        "TMPDIR": "tmp",
    }.items():
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        env[name] = str(tmp_path / folder)
    if platform == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.pop("QT_QPA_PLATFORM", None)
    return env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300, check=False
    )


def _report(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    if result.returncode != 0 and "Could not load the Qt platform plugin" in result.stderr:
        pytest.skip("Qt's xcb platform plugin cannot load here (libxcb-* missing)")
    assert result.returncode == 0, result.stderr[-2000:]
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if strace is None:
        return False
    probe = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=network", "-o", os.devnull, "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0  # a container may forbid ptrace


def _foreign_families(trace: str) -> list[str]:
    """Each socket(2)/connect(2)… line of strace's output whose family is not AF_UNIX."""
    bad = []
    for line in trace.splitlines():
        for match in SYSCALL.finditer(line):
            family = match.group("family") or match.group("address")
            if family not in ("AF_UNIX", "PF_UNIX", "AF_LOCAL", "PF_LOCAL", str(AF_UNIX)):
                bad.append(line.strip())
    return bad


def _check_libraries(report: dict[str, object]) -> None:
    modules = report["modules"]
    libraries = report["libraries"]
    assert isinstance(modules, list)
    assert isinstance(libraries, list)
    assert "PySide6.QtNetwork" not in modules
    assert "PySide6.QtPdf" in modules  # the session did preview: the check below is not idle
    assert [
        p for p in libraries if "/plugins/tls/" in p or "/plugins/networkinformation/" in p
    ] == []
    network = [p for p in libraries if "libQt6Network" in p]
    if network:  # mapped only as a link-time dependency of libQt6Pdf
        pdf = [p for p in libraries if re.search(r"/libQt6Pdf\.so", p)]
        assert pdf, network
        assert b"libQt6Network.so.6\0" in Path(pdf[0]).read_bytes()


def test_the_trace_parser_finds_every_family() -> None:
    trace = "\n".join(
        [
            "12 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3",
            '12 connect(3, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X0"}, 21) = 0',
            "13 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 4",
            "13 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 5",
            "14 connect(4, {sa_family=AF_INET, sin_port=htons(53)}, 16) = 0",
            "15 socketpair(AF_UNIX, SOCK_STREAM, 0, [6, 7]) = 0",
        ]
    )
    assert [line.split()[1].split(",")[0] for line in _foreign_families(trace)] == [
        "socket(AF_INET6",
        "socket(AF_NETLINK",
        "connect(4",
    ]


def test_qt_widgets_alone_do_not_map_qtnetwork(tmp_path: Path) -> None:
    """The reason libQt6Network is mapped in a session is QtPdf, not the widgets or the
    platform plugin."""
    result = _run([sys.executable, "-c", ONLY_WIDGETS], _env(tmp_path, "offscreen"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) is False


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_a_whole_session_opens_no_socket_but_af_unix(tmp_path: Path, platform: str) -> None:
    env = _env(tmp_path, platform)
    command = [sys.executable, "-c", SESSION]
    trace_file = tmp_path / "strace.txt"
    traced = _strace_works()
    if traced:
        strace = shutil.which("strace")
        assert strace is not None
        # execve too: the file then shows that tracing followed the process at all.
        prefix = [strace, "-f", "-qq", "-e", "trace=network,execve", "-e", "signal=none"]
        command = [*prefix, "-o", str(trace_file), *command]
    if platform == "xcb":  # the X server outside the trace: its own sockets are not ours
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run is None or shutil.which("xauth") is None:
            pytest.skip("xvfb-run or xauth is missing: no X server to try the xcb platform on")
        command = [xvfb_run, "-a", "-s", "-nolisten tcp", *command]

    report = _report(_run(command, env))

    assert report["status"] == 0
    events = report["events"]
    assert isinstance(events, list)
    assert [e for e in events if e[0] != "socket.__new__" or e[1] != AF_UNIX] == []
    _check_libraries(report)
    assert list((tmp_path / "tmp").iterdir()) == []
    if traced:
        trace = trace_file.read_text("utf-8", errors="replace")
        assert "execve(" in trace
        assert _foreign_families(trace) == []
