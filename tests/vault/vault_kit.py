"""Shared pieces of the vault tests: test users, a fixed date, builders and file hashes.

Kept out of conftest.py so test modules can import them by name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from skyddsapp.crypto.kdf import MINIMUM_KDF, KdfParams, check_params
from skyddsapp.domain.address import Address
from skyddsapp.domain.case import Case, CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.users import Role
from skyddsapp.services import cases, persons
from skyddsapp.services.context import Session
from skyddsapp.vault import database, keyslots
from skyddsapp.vault import vault as vault_module
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

ADMIN = "admin"
ADMIN_PASSPHRASE = "korrekt häst batteri häftklammer"
HANDLER = "handlaggare"
HANDLER_PASSPHRASE = "handläggarens egen lösenfras"
TODAY = dt.date(2026, 3, 2)


def fast_derive(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """A stand-in for Argon2id: a hash of secret, salt and parameters, checked like the real one.

    Vault logic (slots, rekeying, counters) does not depend on how slow the KDF is; Argon2id
    itself is tested in tests/crypto and tests/vault/test_keyslots.py, and the tests that use
    the `real_*` fixtures run it for real.
    """
    check_params(params)
    parts = (bytes(secret), salt, repr(params).encode())
    return bytearray(hashlib.sha256(b"\x00".join(parts)).digest())


@contextmanager
def fast_kdf() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(keyslots, "derive_key", fast_derive)
        patched.setattr(vault_module, "derive_key", fast_derive)
        yield


def no_sleep(seconds: float) -> None:
    """Stands in for time.sleep so the growing unlock delay costs nothing in tests."""


def unlock(folder: Path, user: str = ADMIN, passphrase: str = ADMIN_PASSPHRASE) -> Vault:
    return Vault.unlock(folder, user, passphrase, sleep=no_sleep)


def session_of(vault: Vault) -> Session:
    return Session(vault, lambda: TODAY)


def tree_hashes(folder: Path, *, ignore: tuple[str, ...] = ()) -> dict[str, str]:
    """SHA-256 of every file below folder, by relative path; names in `ignore` are skipped."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in ignore
    }


def connect(folder: Path, key: bytes | bytearray) -> Connection:
    """Open a vault's database straight with its data key, without Argon2id."""
    return database.connect(Vault.database_path(folder), key)


@dataclass(frozen=True)
class Template:
    folder: Path
    data_key: bytes
    recovery_key: str
    vault_id: str

    def copy_to(self, target: Path) -> Path:
        shutil.copytree(self.folder, target)
        return target


def make_template(folder: Path) -> Template:
    """A locked vault with an administrator and a handler."""
    created = Vault.create(
        folder, ADMIN, "Anna Administratör", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF
    )
    vault = created.vault
    vault.add_user(HANDLER, "Hugo Handläggare", Role.HANDLER, HANDLER_PASSPHRASE)
    data_key, vault_id = vault.data_key, vault.vault_id
    vault.lock()
    return Template(folder, data_key, created.recovery_key, vault_id)


def add_person(
    session: Session,
    first_name: str = "Testa",
    last_name: str = "Testsson",
    *,
    personal_number: str | None = None,
    street: str = "Demogatan 1",
    notes: str = "",
    protection: ProtectionLevel = ProtectionLevel.NONE,
) -> Person:
    number = PersonalNumber.parse(personal_number, today=TODAY) if personal_number else None
    person = Person(
        id=None,
        first_name=first_name,
        last_name=last_name,
        personal_number=number,
        protection=protection,
        real_address=Address(street, "75320", "Uppsala"),
        notes=notes,
    )
    return persons.create_person(session, person)


def add_case(session: Session, person_id: int, notes: str = "") -> Case:
    return cases.create_case(
        session,
        CaseKind.CUSTOMER_CARE,
        parties=[CaseParty(person_id, CaseRole.CLIENT)],
        handlers=(session.user_name,),
        notes=notes,
    )
