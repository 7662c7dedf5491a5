"""A sealed package is recorded as sent, and logged, only once it is on the media: a stick that
fills up leaves no record, no log entry and no file; a record that fails takes the file away."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from handover_support import NOW, Pair, lock, stored_counts, trusted_pair
from service_support import audit_entries

from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.services import handover
from skyddsapp.vault import handover_repository
from skyddsapp.vault.errors import HeadNotWritten


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    made = trusted_pair(tmp_path_factory.mktemp("pair"))
    yield made
    lock(made)


@pytest.fixture
def media(tmp_path: Path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    return stick


def _sealed(pair: Pair) -> handover.SealedPackage:
    make = pair.make_a
    client = make.person("Qöxbärta", "Skrivsson", protection=ProtectionLevel.PROTECTED_REGISTRATION)
    case = make.case(client=client, notes="Ska lämnas över.")
    assert case.id is not None
    return handover.seal_case(pair.a, case.id, pair.b_in_a, now=NOW)


def _state(pair: Pair) -> tuple[dict[str, int], int]:
    return stored_counts(pair.a.conn), len(audit_entries(pair.a.conn))


def _seal_entries(pair: Pair, package: handover.SealedPackage) -> list[str]:
    return [
        e.action
        for e in audit_entries(pair.a.conn)
        if e.action == "handover.seal" and e.details.startswith(f"paket {package.package_id}")
    ]


def _recorded(pair: Pair, package: handover.SealedPackage) -> bool:
    return handover_repository.known(pair.a.conn, bytes.fromhex(package.package_id))


def test_sealing_alone_records_and_logs_nothing(pair: Pair) -> None:
    before = _state(pair)[0]
    package = _sealed(pair)
    after = _state(pair)[0]

    assert after["handover_packages"] == before["handover_packages"]
    assert not _recorded(pair, package)
    assert _seal_entries(pair, package) == []


def test_a_written_package_is_recorded_and_logged_with_the_look_at_protected_fields(
    pair: Pair, media: Path
) -> None:
    package = _sealed(pair)
    logged = len(audit_entries(pair.a.conn))

    written = handover.write_package(pair.a, package, media)

    assert written.read_bytes() == package.data
    assert _recorded(pair, package)
    new = [e.action for e in audit_entries(pair.a.conn)[logged:]]
    assert new == ["person.reveal", "handover.seal"]


def _half_then_full(real: Any) -> Any:
    """os.write that puts half of what it is given on the stick, then finds it full."""

    def write(fd: int, data: Any) -> int:
        real(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return write


class _FullStick:
    """What os.fdopen gives on a stick that fills up half-way (the FAT path's writes)."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __enter__(self) -> _FullStick:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("stick", ["hard links", "FAT, no hard links"])
def test_a_stick_that_fills_up_leaves_no_record_no_log_entry_and_no_file(
    pair: Pair, media: Path, monkeypatch: pytest.MonkeyPatch, stick: str
) -> None:
    package = _sealed(pair)
    before = _state(pair)

    with monkeypatch.context() as patch:
        if stick == "hard links":
            patch.setattr(handover.os, "write", _half_then_full(os.write))
        else:
            real_fdopen = os.fdopen
            patch.setattr(handover.os, "link", _no_links)
            patch.setattr(
                handover.os, "fdopen", lambda fd, *a, **k: _FullStick(real_fdopen(fd, *a, **k))
            )
        with pytest.raises(ValidationError, match="Paketet kunde inte sparas: No space left"):
            handover.write_package(pair.a, package, media)

    assert list(media.iterdir()) == []  # neither the package nor a half temp file
    assert _state(pair) == before
    assert not _recorded(pair, package)
    # The stick emptied, the same package goes on it and is recorded then.
    written = handover.write_package(pair.a, package, media)
    assert written.read_bytes() == package.data
    assert _recorded(pair, package)
    assert _seal_entries(pair, package) == ["handover.seal"]


def _no_links(source: object, dest: object) -> None:
    raise OSError(errno.EPERM, os.strerror(errno.EPERM))


def test_a_record_that_fails_takes_the_written_file_away(
    pair: Pair, media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _sealed(pair)
    before = _state(pair)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("avbrott i valvet")

    with monkeypatch.context() as patch:
        patch.setattr(handover_repository, "record", broken)
        with pytest.raises(RuntimeError, match="avbrott i valvet"):  # the cause, not a cleanup's
            handover.write_package(pair.a, package, media)

    assert list(media.iterdir()) == []
    assert _state(pair) == before
    assert not _recorded(pair, package)


def test_a_record_committed_without_its_head_keeps_the_file(
    tmp_path: Path, media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HeadNotWritten comes after the commit: the record stands, so the file it names stays.
    (A pair of its own: the vault's head is left behind the database.)"""
    pair = trusted_pair(tmp_path / "eget")
    try:
        package = _sealed(pair)

        def no_head(*args: object, **kwargs: object) -> None:
            raise OSError(errno.EIO, os.strerror(errno.EIO))

        with monkeypatch.context() as patch:
            patch.setattr(pair.a.vault._head, "write", no_head)
            with pytest.raises(HeadNotWritten):
                handover.write_package(pair.a, package, media)

        assert [p.name for p in media.iterdir()] == [package.file_name]
        assert _recorded(pair, package)
    finally:
        lock(pair)


def test_a_package_is_written_and_recorded_once(pair: Pair, media: Path) -> None:
    package = _sealed(pair)
    handover.write_package(pair.a, package, media)
    before = _state(pair)
    other = media / "kopia"
    other.mkdir()

    with pytest.raises(RuleViolation, match="redan sparat"):
        handover.write_package(pair.a, package, other)

    assert list(other.iterdir()) == []
    assert _state(pair) == before
