"""Nothing readable at rest: personal data saved through the services appears in no file's raw
bytes, in the vault folder or anywhere else, while the vault is open and after it is locked."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from vault_kit import (
    ADMIN,
    ADMIN_PASSPHRASE,
    TODAY,
    add_case,
    add_person,
    no_sleep,
    session_of,
    unlock,
)

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.services import cases, documents, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.services.persons import ProtectedField
from skyddsapp.vault import lockout
from skyddsapp.vault.keyslots import WrongSecret
from skyddsapp.vault.vault import Vault

LAST_NAME = "Zyxwvutsson"
FIRST_NAME = "Qöxbärta"
PERSONAL_NUMBER = "198112189876"
STREET = "Hemligvägen 42"
NOTES = "Markörantecknlng Pqzxjv: flyttar till skyddat boende."
CASE_NOTES = "Ärendemarkör Wqvzk om förövaren."
PHONE = "070-913 57 24"

MARKERS = [
    LAST_NAME,
    FIRST_NAME,
    PERSONAL_NUMBER,  # 12 digits, as stored
    PERSONAL_NUMBER[2:],  # 10 digits
    "19811218-9876",
    "811218-9876",
    "Hemligvägen",
    "Pqzxjv",
    "Wqvzk",
    "913 57 24",
]


def _forms(marker: str) -> list[bytes]:
    """The marker as bytes in every form it could take in a file."""
    texts = {marker, marker.casefold(), marker.upper()}
    return [
        text.encode(encoding)
        for text in sorted(texts)
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "latin-1")
    ]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        found += [
            f"{path.name}: {marker!r}"
            for marker in MARKERS
            if any(form in data for form in _forms(marker))
        ]
    return found


def _save_markers(vault: Vault) -> None:
    session = session_of(vault)
    person = add_person(
        session,
        FIRST_NAME,
        LAST_NAME,
        personal_number=PERSONAL_NUMBER,
        street=STREET,
        notes=NOTES,
        protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
    )
    assert person.id is not None
    person.phone = PHONE
    persons.update_person(session, person)
    case = add_case(session, person.id, notes=CASE_NOTES)
    _add_paperwork(session, person.id, case)
    # Looking at protected fields (and the reason given) is logged: the log is inside too.
    persons.reveal(session, person.id, ProtectedField.PERSONAL_NUMBER, "Kontroll Pqzxjv")
    assert persons.find_by_personal_number(session, person.personal_number)  # type: ignore[arg-type]


def _add_paperwork(session: Session, person_id: int, case: Case) -> None:
    """A generated document (kept in the database) and a scan holding the markers in clear."""
    apartment = housing.create_apartment(
        session,
        Apartment(None, "9001-1001", Address("Lägenhetsvägen 2", "75428", "Uppsala"), 2,
                  Decimal("54.5"), 7200),
    )  # fmt: skip
    assert apartment.id is not None
    lease = housing.create_lease(
        session, Lease(None, "K-9001", apartment.id, (person_id,), LeaseKind.FIRST_HAND, TODAY)
    )
    assert lease.id is not None
    assert case.id is not None
    cases.update_case(session, case.with_lease(lease.id))
    values = {"lease": str(lease.id), "notice_date": TODAY}
    made = documents.generate(session, case.id, "uppsagning", values)
    scan = b"%PDF-1.4\n" + " ".join(MARKERS).encode() + b"\n%%EOF\n"
    documents.attach_scan(session, made.record.id, scan, f"{LAST_NAME}.pdf")
    assert documents.pdf(session, made.record.id) == made.pdf


def test_markers_are_in_no_file_while_open_or_after_lock(real_dir: Path) -> None:
    vault = unlock(real_dir)
    try:
        _save_markers(vault)
        names = {p.name for p in real_dir.iterdir()}
        assert {"vault.db", "vault.db-wal", "vault.db-shm", "keyslots.json"} <= names
        assert _leaks(real_dir) == []
        # The markers are really there, and really stored in the files checked above.
        conn = vault.connection
        row = conn.execute("SELECT count(*) FROM persons WHERE last_name = ?", (LAST_NAME,))
        assert row.fetchone()[0] == 1
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory, never a file
    finally:
        vault.lock()
    assert {p.name for p in real_dir.iterdir()} == {
        "vault.db",
        "keyslots.json",
        "vault.head",
        "vault.lock",
    }
    assert _leaks(real_dir) == []

    # A failed unlock writes the counter file beside the database: times only.
    with pytest.raises(WrongSecret):
        Vault.unlock(real_dir, LAST_NAME.lower(), "fel lösenfras Pqzxjv", sleep=no_sleep)
    assert (real_dir / lockout.FAILURES_FILENAME).exists()
    assert _leaks(real_dir) == []
    assert b"zyxwvutsson" not in (real_dir / lockout.FAILURES_FILENAME).read_bytes().lower()


def test_the_marker_check_finds_plaintext(tmp_path: Path) -> None:
    # The detector itself must work, or the test above proves nothing.
    (tmp_path / "a").write_bytes(b"x" + STREET.encode("utf-16-le"))
    (tmp_path / "b").write_bytes(b"..." + PERSONAL_NUMBER[2:].encode())
    (tmp_path / "c").write_bytes(LAST_NAME.lower().encode())
    assert len(_leaks(tmp_path)) == 3


# --- nothing outside the vault folder ---------------------------------------------------------


@dataclass
class _Writes:
    active: bool = False
    paths: list[str] = field(default_factory=list)


_WRITES = _Writes()
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.symlink",
    "os.link",
    "os.truncate",
    "os.chmod",
    "shutil.copyfile",
    "shutil.copytree",
    "shutil.move",
    "tempfile.mkstemp",
    "tempfile.mkdtemp",
}


def _record_writes(event: str, args: tuple[object, ...]) -> None:
    if not _WRITES.active:
        return
    if event == "open" and len(args) == 3:
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
        )
        if writing and isinstance(path, str | bytes | os.PathLike):
            _WRITES.paths.append(os.fsdecode(path))
    elif event in _PATH_EVENTS:
        _WRITES.paths += [os.fsdecode(a) for a in args if isinstance(a, str | bytes | os.PathLike)]


sys.addaudithook(_record_writes)  # hooks cannot be removed; it only records while active


@pytest.fixture
def writes() -> Iterator[_Writes]:
    """The recorder; the test switches it on once its own set-up is done."""
    _WRITES.paths.clear()
    try:
        yield _WRITES
    finally:
        _WRITES.active = False


def _all_files(root: Path, *, skip: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if not p.is_relative_to(skip)}


def _open_files_outside(folder: Path) -> set[str]:
    """Regular files this process holds open that are neither in folder nor already known."""
    fd_dir = Path("/proc/self/fd")
    found = set()
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("/") and not target.startswith(("/dev/", "/proc/")):
            found.add(target)
    return {t for t in found if not Path(t.removesuffix(" (deleted)")).is_relative_to(folder)}


def test_no_file_is_written_outside_the_vault_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writes: _Writes
) -> None:
    home, temp, cwd = tmp_path / "home", tmp_path / "tmp", tmp_path / "cwd"
    for place in (home, temp, cwd):
        place.mkdir()
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(name, str(home))
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.chdir(cwd)
    folder = tmp_path / "valv"
    before = _all_files(tmp_path, skip=folder)
    fds_before = _open_files_outside(folder) if Path("/proc/self/fd").is_dir() else set()
    writes.active = True

    created = Vault.create(folder, ADMIN, "Anna Admin", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF)
    created.vault.lock()
    opened = unlock(folder)
    _save_markers(opened)
    if Path("/proc/self/fd").is_dir():
        # SQLite's own files (opened in C, unseen by audit hooks): only the vault's.
        assert _open_files_outside(folder) <= fds_before
    opened.lock()
    with pytest.raises(WrongSecret):
        unlock(folder, ADMIN, "fel lösenfras här")
    writes.active = False

    assert _all_files(tmp_path, skip=folder) == before
    outside = [p for p in writes.paths if not Path(os.path.abspath(p)).is_relative_to(folder)]
    assert outside == []
    assert writes.paths  # the hook saw the vault's own writes, so it was listening
