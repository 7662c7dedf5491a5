"""Promise 2, proved on a whole session in a subprocess: no socket but AF_UNIX, no QtNetwork.

The session is `skyddsapp-desktop --self-test` (self_test_support.py: create a vault, write and
open a case, render every form, load each in QtPdf, preview one in the Dokument tab, lock, unlock
through the dialog, open the case again, lock). It runs under a socket audit hook that records
every socket event, and, where strace exists and may trace, under ``strace -f -e
trace=network``: every socket(2) and connect(2) of the process and its threads must be AF_UNIX
(the display server, the session bus). At the end the process reports its loaded modules and
shared libraries: PySide6.QtNetwork and Qt's network plugins are never loaded. libQt6Network.so
is mapped, since libQt6Pdf.so names it in its DT_NEEDED entries (QtPdf can read from a
QNetworkReply); the test checks that this is the only reason (docs/no-network.md). The
offscreen session is the one test_self_test.py judges for its exit status and the folders it
leaves.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from self_test_support import Watched, isolated_env, report_of, run, watched_self_test

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


def _report(watched: Watched) -> dict[str, object]:
    result = watched.result
    if result.returncode != 0 and "Could not load the Qt platform plugin" in result.stderr:
        pytest.skip("Qt's xcb platform plugin cannot load here (libxcb-* missing)")
    assert result.returncode == 0, result.stderr[-2000:]
    return report_of(watched)


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
    result = run([sys.executable, "-c", ONLY_WIDGETS], isolated_env(tmp_path, "offscreen"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) is False


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_a_whole_session_opens_no_socket_but_af_unix(
    request: pytest.FixtureRequest, tmp_path: Path, platform: str
) -> None:
    watched: Watched = (
        request.getfixturevalue("offscreen_self_test")  # made once, judged here and there
        if platform == "offscreen"
        else watched_self_test(tmp_path, platform)
    )

    report = _report(watched)

    assert report["status"] == 0
    events = report["events"]
    assert isinstance(events, list)
    assert [e for e in events if e[0] != "socket.__new__" or e[1] != AF_UNIX] == []
    _check_libraries(report)
    assert list(watched.tmp.iterdir()) == []
    if watched.trace is not None:
        trace = watched.trace.read_text("utf-8", errors="replace")
        assert "execve(" in trace
        assert _foreign_families(trace) == []
