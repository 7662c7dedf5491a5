"""Careful writes: private from the first byte, complete, atomic, and clean on failure."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from skyddsapp.vault import files
from skyddsapp.vault.files import atomic_write, fsync_dir

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _fail(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_writes_the_content(tmp_path: Path) -> None:
    target = tmp_path / "fil.json"

    atomic_write(target, b"innehall\n\x00\r\n")

    assert target.read_bytes() == b"innehall\n\x00\r\n"
    assert sorted(tmp_path.iterdir()) == [target]


@posix_only
@pytest.mark.usefixtures("permissive_umask")
def test_mode_is_0600_even_under_a_permissive_umask(tmp_path: Path) -> None:
    target = tmp_path / "fil.json"

    atomic_write(target, b"x")

    assert _mode(target) == 0o600


@posix_only
def test_mode_is_exact_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    old = os.umask(0o077)
    try:
        atomic_write(target, b"x", mode=0o640)
    finally:
        os.umask(old)

    assert _mode(target) == 0o640


@posix_only
@pytest.mark.usefixtures("permissive_umask")
def test_temp_file_is_private_before_the_first_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fil.json"
    seen: list[int] = []
    real_write = os.write

    def spying_write(fd: int, data: bytes) -> int:
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spying_write)

    atomic_write(target, b"hemligt")

    assert seen
    assert all(mode == 0o600 for mode in seen)


@posix_only
def test_replacing_a_readable_file_makes_it_private(tmp_path: Path) -> None:
    target = tmp_path / "fil.json"
    target.write_bytes(b"gammalt")
    target.chmod(0o644)

    atomic_write(target, b"nytt")

    assert target.read_bytes() == b"nytt"
    assert _mode(target) == 0o600


def test_replaces_existing_content_completely(tmp_path: Path) -> None:
    target = tmp_path / "fil.json"
    target.write_bytes(b"x" * 10_000)

    atomic_write(target, b"kort")

    assert target.read_bytes() == b"kort"
    assert sorted(tmp_path.iterdir()) == [target]


def test_short_writes_are_continued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "stor.bin"
    data = os.urandom(100_000)
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, buf: real_write(fd, bytes(buf[:4093])))

    atomic_write(target, data)

    assert target.read_bytes() == data


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_failure_leaves_the_target_untouched_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "fil.json"
    target.write_bytes(b"gammalt")
    monkeypatch.setattr(os, step, _fail)

    with pytest.raises(OSError, match="No space left") as caught:
        atomic_write(target, b"nytt")

    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"gammalt"
    assert sorted(tmp_path.iterdir()) == [target]


def test_failure_without_a_previous_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", _fail)

    with pytest.raises(OSError, match="No space left"):
        atomic_write(tmp_path / "fil.json", b"nytt")

    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_interrupt_mid_write_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "fil.json"
    target.write_bytes(b"gammalt")

    def interrupted(fd: int, data: bytes) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"nytt")

    monkeypatch.undo()
    assert target.read_bytes() == b"gammalt"
    assert sorted(tmp_path.iterdir()) == [target]


def test_missing_directory_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "saknas" / "fil.json", b"x")
    assert list(tmp_path.iterdir()) == []


def test_temp_file_is_created_beside_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fil.json"
    opened: list[Path] = []
    real_open = os.open

    def spying_open(path: os.PathLike[str] | str, flags: int, *args: int) -> int:
        opened.append(Path(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", spying_open)

    atomic_write(target, b"x")

    assert opened[0].parent == tmp_path
    assert opened[0] != target


def test_directory_is_synced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fil.json"
    synced: list[tuple[Path, bool]] = []
    real_fsync_dir = files.fsync_dir

    def spying_fsync_dir(path: Path) -> None:
        synced.append((path, target.exists()))
        real_fsync_dir(path)

    monkeypatch.setattr(files, "fsync_dir", spying_fsync_dir)

    atomic_write(target, b"x")

    assert synced == [(tmp_path, True)]


def test_fsync_dir_accepts_a_directory(tmp_path: Path) -> None:
    fsync_dir(tmp_path)
