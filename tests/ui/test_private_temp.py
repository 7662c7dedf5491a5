"""The desktop client's temp folder: private, in $XDG_RUNTIME_DIR, gone at exit; or untouched."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QTemporaryFile

from skyddsapp.ui.shell import app
from skyddsapp.ui.shell.private_temp import TEMP_VARIABLES, use_private_temp_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="XDG_RUNTIME_DIR is POSIX only")


@pytest.fixture
def temp_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR and friends at a known folder, tempfile's cache cleared; both restored after."""
    usual = tmp_path / "usual-tmp"
    usual.mkdir()
    for variable in TEMP_VARIABLES:
        monkeypatch.setenv(variable, str(usual))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return usual


def runtime_dir(tmp_path: Path, mode: int) -> Path:
    folder = tmp_path / "run-user"
    folder.mkdir()
    folder.chmod(mode)
    return folder


class Cleanups:
    """Stands in for atexit.register: keeps what would run at exit."""

    def __init__(self) -> None:
        self.calls: list[tuple[Callable[..., object], tuple, dict]] = []

    def __call__(self, function: Callable[..., object], *args: object, **kwargs: object) -> None:
        self.calls.append((function, args, kwargs))

    def run(self) -> None:
        for function, args, kwargs in self.calls:
            function(*args, **kwargs)


def test_a_private_runtime_dir_holds_the_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, temp_env: Path
):
    runtime = runtime_dir(tmp_path, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    at_exit = Cleanups()
    folder = use_private_temp_dir(at_exit)
    assert folder is not None
    assert folder.parent == runtime
    assert folder.name.startswith("skyddsapp-")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(os.environ[variable] == str(folder) for variable in TEMP_VARIABLES)
    assert tempfile.gettempdir() == str(folder)
    # Qt reads $TMPDIR when it needs a temp file, as CUPS does when it spools a print job.
    assert Path(QDir.tempPath()) == folder
    spool = QTemporaryFile()
    assert spool.open()
    assert Path(spool.fileName()).parent == folder
    spool.close()
    with tempfile.NamedTemporaryFile() as file:
        assert Path(file.name).parent == folder
    (folder / "left-behind").write_bytes(b"job")
    assert len(at_exit.calls) == 1
    at_exit.run()
    assert not folder.exists()
    assert runtime.exists()


@pytest.mark.parametrize("case", ["wrong mode", "missing", "a file", "unset"])
def test_without_a_private_runtime_dir_nothing_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, temp_env: Path, case: str
):
    runtime = runtime_dir(tmp_path, 0o755)
    if case == "wrong mode":
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    elif case == "missing":
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "no-such-dir"))
    elif case == "a file":
        file = tmp_path / "runtime-file"
        file.write_text("", "utf-8")
        file.chmod(0o700)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(file))
    else:
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    at_exit = Cleanups()
    assert use_private_temp_dir(at_exit) is None
    assert all(os.environ[variable] == str(temp_env) for variable in TEMP_VARIABLES)
    assert tempfile.tempdir is None
    assert tempfile.gettempdir() == str(temp_env)
    assert at_exit.calls == []
    assert list(runtime.iterdir()) == []


def test_main_moves_the_temp_folder_before_anything_else(monkeypatch: pytest.MonkeyPatch):
    class Started(Exception):
        pass

    def first(*_args: object) -> None:
        raise Started

    monkeypatch.setattr(app, "harden_process", lambda: None)  # pytest's process stays as it is
    monkeypatch.setattr(app, "use_private_temp_dir", first)
    monkeypatch.setattr(app, "QApplication", None)  # reaching it would fail differently
    with pytest.raises(Started):
        app.main(["--language", "sv"])
