"""`skyddsapp-desktop --self-test` as a real process: exit 0, nothing left behind, the user's
settings and default vault untouched; a failing step exits 1 with one line naming it.

The passing run is the one test_no_network.py watches offscreen (self_test_support.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from self_test_support import Watched, isolated_env, run


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_the_self_test_passes_and_leaves_nothing_behind(offscreen_self_test: Watched) -> None:
    result = offscreen_self_test.result  # `-m skyddsapp.ui --self-test`, its own HOME and TMPDIR
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("skyddsapp --self-test: OK (")
    assert "FEL" not in result.stderr
    assert "Traceback" not in result.stderr
    assert list(offscreen_self_test.tmp.iterdir()) == []  # the temporary vault and settings
    home = offscreen_self_test.home
    assert _files(home / ".config") == []  # no settings file in the real place
    assert [f for f in _files(home) if "skyddsapp" in f.lower()] == []
    assert not (home / ".local/share/skyddsapp").exists()  # the default vault is not made


def test_a_failing_step_exits_1_with_one_line_naming_it(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    code = (
        "import sys, skyddsapp.selftest as selftest\n"
        "from skyddsapp.ui.shell.self_test import run\n"
        "def broken(work): raise ValueError('trasig')\n"
        "selftest.render_every_form = broken\n"
        "sys.exit(run())\n"
    )
    result = run([sys.executable, "-c", code], env)
    assert result.returncode == 1
    assert result.stdout == ""
    failures = [line for line in result.stderr.splitlines() if "self-test" in line]
    assert failures == ["skyddsapp --self-test: FEL i alla blanketter: ValueError: trasig"]
    assert "Traceback" not in result.stderr
    assert list((tmp_path / "tmp").iterdir()) == []  # removed after a failure too


@pytest.mark.parametrize("event", ["socket.__new__", "socket.getaddrinfo"])
def test_the_network_watch_refuses_every_socket_but_a_unix_one(event: str) -> None:
    import socket

    from skyddsapp.ui.shell.self_test import NetworkWatch

    watch = NetworkWatch()
    watch("socket.__new__", (None, socket.AF_UNIX, socket.SOCK_STREAM, 0))
    assert watch.refused == []
    args: tuple[object, ...] = (
        (None, socket.AF_INET, socket.SOCK_STREAM, 0)
        if event == "socket.__new__"
        else ("example.org", 443, 0, 0, 0, 0)
    )
    with pytest.raises(RuntimeError, match="nätverksuttag"):
        watch(event, args)
    assert watch.refused == [event]
    watch.active = False
    watch(event, args)  # switched off: nothing more is refused
    assert watch.refused == [event]
