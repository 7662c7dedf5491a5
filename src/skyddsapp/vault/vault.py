"""A vault: a folder holding the encrypted database and the key-slot file; create, unlock, lock."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from skyddsapp.crypto.aead import random_key, wipe
from skyddsapp.crypto.kdf import MINIMUM_KDF, KdfParams, calibrate, derive_key, encode_passphrase
from skyddsapp.crypto.recovery import (
    generate_recovery_key,
    normalize_recovery_key,
    recovery_secret,
)
from skyddsapp.domain.users import Role, User, validate_new_passphrase, validate_user_name
from skyddsapp.vault import database, lockout, users_repository
from skyddsapp.vault.audit import AuditLog, utc_now
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import (
    DatabaseMissing,
    LastAdministrator,
    NotAVault,
    UnknownUser,
    UserExists,
    VaultExists,
    VaultLocked,
)
from skyddsapp.vault.files import fsync_dir
from skyddsapp.vault.keyslots import (
    KEYSLOT_FILENAME,
    KeySlot,
    KeySlotFile,
    KeySlotFileMissing,
    SlotKind,
    WrongSecret,
    make_slot,
    open_slot,
    reseal_slot,
)
from skyddsapp.vault.migrations import migrate

DATABASE_FILENAME = "vault.db"
BACKUP_DIRNAME = "backups"
RECOVERY_USER = "återställningsnyckel"
_NEXT = ".next"

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class Created:
    vault: Vault
    recovery_key: str


class Vault:
    """An unlocked vault. Made by `create`, `unlock` or `unlock_with_recovery_key`."""

    def __init__(
        self, folder: Path, conn: Connection, data_key: bytearray, slots: KeySlotFile, user: User
    ) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self._data_key = data_key
        self._slots = slots
        self.user = user
        self._audit = AuditLog(conn, data_key)

    # ----------------------------------------------------------------- paths

    @staticmethod
    def database_path(folder: Path) -> Path:
        return folder / DATABASE_FILENAME

    @staticmethod
    def keyslot_path(folder: Path) -> Path:
        return folder / KEYSLOT_FILENAME

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def name(self) -> str:
        return self.folder.name

    # ----------------------------------------------------------------- lifecycle

    @classmethod
    def create(
        cls,
        folder: Path,
        admin_name: str,
        display_name: str,
        passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
    ) -> Created:
        """Make a new vault with its first administrator and a recovery key (shown once)."""
        validate_user_name(admin_name)
        validate_new_passphrase(passphrase)
        db_path, slot_path = cls.database_path(folder), cls.keyslot_path(folder)
        if folder.is_dir():
            _finish_interrupted_rekey(folder)  # also clears a creation cut short by a crash
        if db_path.exists() or slot_path.exists():
            raise VaultExists(folder)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        params = kdf_params or calibrate()
        vault_id = uuid.uuid4().hex
        data_key = random_key()
        recovery_key = generate_recovery_key()
        slots = KeySlotFile(
            vault_id=vault_id,
            slots=[
                make_slot(
                    vault_id,
                    SlotKind.USER,
                    admin_name,
                    encode_passphrase(passphrase),
                    data_key,
                    params,
                ),
                # 170 random bits need no stretching beyond the floor.
                make_slot(
                    vault_id,
                    SlotKind.RECOVERY,
                    "",
                    recovery_secret(normalize_recovery_key(recovery_key)),
                    data_key,
                    MINIMUM_KDF,
                ),
            ],
        )
        # Both files are made under their `.next` names and swapped in like a rekey, so a crash
        # midway leaves either no vault (and `create` may run again) or a whole one.
        db_next, slots_next = _with_suffix(db_path, _NEXT), _with_suffix(slot_path, _NEXT)
        conn = database.connect(db_next, data_key, create=True)
        try:
            migrate(conn, data_key=data_key, backup_dir=folder / BACKUP_DIRNAME)
            admin = User(admin_name, display_name, Role.ADMIN)
            audit = AuditLog(conn, data_key)
            with database.transaction(conn):
                now = utc_now()
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now,))
                users_repository.insert(conn, admin, now)
                audit.start_epoch(now)
                audit.append(admin_name, "vault.create", "vault", vault_id, at=now)
                audit.append(admin_name, "user.add", "user", admin_name, details="admin", at=now)
                audit.append(admin_name, "recovery_key.create", "vault", vault_id, at=now)
            slots.save(slots_next)
        finally:
            conn.close()
        os.chmod(db_next, 0o600)
        os.replace(db_next, db_path)
        fsync_dir(folder)
        os.replace(slots_next, slot_path)
        fsync_dir(folder)
        conn = database.connect(db_path, data_key)
        return Created(cls(folder, conn, data_key, slots, admin), recovery_key)

    @classmethod
    def unlock(
        cls, folder: Path, user_name: str, passphrase: str, *, sleep: Sleep = time.sleep
    ) -> Vault:
        """Open with a user's passphrase. A wrong user or passphrase gets one message, and waits."""
        slots = cls._load_slots(folder)
        slot = slots.user_slot(user_name)
        secret = encode_passphrase(passphrase)
        if slot is None:
            # Spend the same time as a real attempt, with a real slot's parameters, so timing
            # does not tell whether the user name or the passphrase was wrong.
            decoy = next((s for s in slots.slots if s.kind is SlotKind.USER), None)
            wipe(derive_key(secret, bytes(16), decoy.kdf if decoy else MINIMUM_KDF))
            cls._fail(folder, sleep)
        assert slot is not None
        data_key = cls._open_slot(folder, slot, slots.vault_id, secret, sleep)
        return cls._open(folder, slots, data_key, user_name, "unlock")

    @classmethod
    def unlock_with_recovery_key(
        cls, folder: Path, recovery_key: str, *, sleep: Sleep = time.sleep
    ) -> Vault:
        """Open with the paper recovery key; the session acts as an administrator."""
        secret = recovery_secret(normalize_recovery_key(recovery_key))
        slots = cls._load_slots(folder)
        slot = slots.recovery_slot()
        if slot is None:
            cls._fail(folder, sleep)
        assert slot is not None
        data_key = cls._open_slot(folder, slot, slots.vault_id, secret, sleep)
        return cls._open(folder, slots, data_key, RECOVERY_USER, "unlock.recovery_key")

    @classmethod
    def _load_slots(cls, folder: Path) -> KeySlotFile:
        db_path, slot_path = cls.database_path(folder), cls.keyslot_path(folder)
        if not folder.is_dir() or (not db_path.exists() and not slot_path.exists()):
            raise NotAVault(folder)
        _finish_interrupted_rekey(folder)
        if not db_path.exists():
            raise DatabaseMissing(db_path)
        if not slot_path.exists():
            raise KeySlotFileMissing(slot_path)
        return KeySlotFile.load(slot_path)

    @staticmethod
    def _fail(folder: Path, sleep: Sleep) -> None:
        failures = lockout.record_failure(folder, utc_now())
        sleep(lockout.delay_after(failures))
        raise WrongSecret()

    @classmethod
    def _open_slot(
        cls, folder: Path, slot: KeySlot, vault_id: str, secret: bytes, sleep: Sleep
    ) -> bytearray:
        try:
            return open_slot(slot, vault_id, secret)
        except WrongSecret:
            cls._fail(folder, sleep)
            raise

    @classmethod
    def _open(
        cls, folder: Path, slots: KeySlotFile, data_key: bytearray, user_name: str, action: str
    ) -> Vault:
        db_path = cls.database_path(folder)
        conn = database.connect(db_path, data_key)
        try:
            with database.corruption_named(db_path):
                return cls._start_session(conn, folder, slots, data_key, user_name, action)
        except BaseException:
            conn.close()
            wipe(data_key)
            raise

    @classmethod
    def _start_session(
        cls,
        conn: Connection,
        folder: Path,
        slots: KeySlotFile,
        data_key: bytearray,
        user_name: str,
        action: str,
    ) -> Vault:
        migrate(conn, data_key=data_key, backup_dir=folder / BACKUP_DIRNAME)
        if user_name == RECOVERY_USER:
            user = User(RECOVERY_USER, "Återställningsnyckel", Role.ADMIN)
        else:
            found = users_repository.get(conn, user_name)
            if found is None or not found.active:
                raise WrongSecret()
            user = found
        vault = cls(folder, conn, data_key, slots, user)
        failures = lockout.pending_failures(folder)
        with vault.transaction() as audit:
            if not audit.epoch_key_is_current():
                # The database was rekeyed but the crash came before the new epoch was
                # recorded; without one, every later entry would break the chain.
                audit.start_epoch()
                audit.append(user_name, "vault.rekey", "vault", slots.vault_id, details="resumed")
            for at in failures:
                audit.append(user_name, "unlock.failed", "vault", slots.vault_id, details=at)
            audit.append(user_name, action, "vault", slots.vault_id)
        lockout.clear_failures(folder)
        return vault

    def lock(self) -> None:
        """Write the lock entry, close the connection and overwrite the key in memory."""
        if self._conn is None:
            return
        try:
            with self.transaction() as audit:
                audit.append(self.user.name, "lock", "vault", self.vault_id)
        finally:
            self._conn.close()
            self._conn = None
            wipe(self._data_key)

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[AuditLog]:
        """A write transaction; the audit log it yields writes inside it.

        A page found damaged half-way is reported as DatabaseCorrupt, naming the file.
        """
        with (
            database.corruption_named(self.database_path(self.folder)),
            database.transaction(self.connection),
        ):
            yield self._audit

    @property
    def data_key(self) -> bytes:
        if self._conn is None:
            raise VaultLocked()
        return bytes(self._data_key)

    # ----------------------------------------------------------------- accounts

    def users(self) -> list[User]:
        return users_repository.all(self.connection)

    def add_user(self, name: str, display_name: str, role: Role, passphrase: str) -> User:
        validate_user_name(name)
        validate_new_passphrase(passphrase)
        if users_repository.get(self.connection, name) is not None:
            raise UserExists(name)
        params = self._slot_params()
        slot = make_slot(
            self.vault_id,
            SlotKind.USER,
            name,
            encode_passphrase(passphrase),
            self._data_key,
            params,
        )
        user = User(name, display_name, role)
        with self.transaction() as audit:
            users_repository.insert(self.connection, user, utc_now())
            audit.append(self.user.name, "user.add", "user", name, details=role.value)
            self._save_slots(self._slots.with_slot(slot))
        return user

    def change_passphrase(self, name: str, new_passphrase: str) -> None:
        """Rewrap one slot: the user's own, or another's by an administrator (a reset)."""
        validate_new_passphrase(new_passphrase)
        user = users_repository.get(self.connection, name)
        if user is None or not user.active:
            raise UnknownUser(name)
        slot = make_slot(
            self.vault_id,
            SlotKind.USER,
            name,
            encode_passphrase(new_passphrase),
            self._data_key,
            self._slot_params(),
        )
        with self.transaction() as audit:
            action = "user.passwd" if name == self.user.name else "user.passwd_reset"
            audit.append(self.user.name, action, "user", name)
            self._save_slots(self._slots.with_slot(slot))

    def raise_kdf_params(self, params: KdfParams, passphrase: str) -> None:
        """Rewrap the signed-in user's slot with stronger Argon2id parameters."""
        if self.user.name == RECOVERY_USER:
            raise UnknownUser(RECOVERY_USER)
        slot = self._slots.user_slot(self.user.name)
        assert slot is not None
        # Prove the passphrase first: a stronger slot must open with the same secret.
        wipe(open_slot(slot, self.vault_id, encode_passphrase(passphrase)))
        new = make_slot(
            self.vault_id,
            SlotKind.USER,
            self.user.name,
            encode_passphrase(passphrase),
            self._data_key,
            params,
        )
        with self.transaction() as audit:
            audit.append(
                self.user.name,
                "user.kdf_raise",
                "user",
                self.user.name,
                details=f"m={params.memory_kib} t={params.iterations} p={params.lanes}",
            )
            self._save_slots(self._slots.with_slot(new))

    def deactivate_user(self, name: str) -> None:
        """Remove a user's slot and rekey the database so an old copy of the slot is useless.

        The user's row and history stay. Remaining slots are resealed to the new data key through
        their public keys, so no one else's passphrase is needed.
        """
        conn = self.connection
        user = users_repository.get(conn, name)
        # An inactive user who still has a slot is a deactivation whose rekey was cut short (a
        # crash before the swap is undone at the next unlock): doing it again finishes it.
        if user is None or (not user.active and self._slots.user_slot(name) is None):
            raise UnknownUser(name)
        if user.active:
            if user.role is Role.ADMIN and users_repository.active_admin_count(conn) <= 1:
                raise LastAdministrator()
            with self.transaction() as audit:
                users_repository.deactivate(conn, name, utc_now())
                audit.append(self.user.name, "user.deactivate", "user", name)
        self._rekey(self._slots.without_user(name), reason=f"user.deactivate:{name}")

    def _rekey(self, remaining: KeySlotFile, *, reason: str) -> None:
        new_key = random_key()
        resealed = KeySlotFile(
            vault_id=remaining.vault_id,
            slots=[reseal_slot(s, remaining.vault_id, new_key) for s in remaining.slots],
        )
        folder = self.folder
        db_path, slot_path = self.database_path(folder), self.keyslot_path(folder)
        db_next, slots_next = _with_suffix(db_path, _NEXT), _with_suffix(slot_path, _NEXT)
        db_next.unlink(missing_ok=True)
        resealed.save(slots_next)
        database.export_to(self.connection, db_next, new_key)
        os.chmod(db_next, 0o600)
        with open(db_next, "rb+") as handle:
            os.fsync(handle.fileno())
        # Closing the last connection checkpoints the WAL and removes it, so no frame written
        # under the old key can be replayed into the new file.
        self.connection.close()
        self._conn = None
        # The swap: database first, then slots. `_finish_interrupted_rekey` completes or undoes
        # it after a crash between the two renames.
        os.replace(db_next, db_path)
        fsync_dir(folder)
        os.replace(slots_next, slot_path)
        fsync_dir(folder)
        _rekey_backups(folder / BACKUP_DIRNAME, self._data_key, new_key)
        wipe(self._data_key)
        self._data_key = new_key
        self._slots = resealed
        self._conn = database.connect(db_path, new_key)
        self._audit = AuditLog(self._conn, new_key)
        with self.transaction() as audit:
            audit.start_epoch()
            audit.append(self.user.name, "vault.rekey", "vault", self.vault_id, details=reason)

    def _slot_params(self) -> KdfParams:
        own = self._slots.user_slot(self.user.name)
        return own.kdf if own is not None else calibrate()

    def _save_slots(self, slots: KeySlotFile) -> None:
        slots.save(self.keyslot_path(self.folder))
        self._slots = slots


def _with_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _finish_interrupted_rekey(folder: Path) -> None:
    db_next = _with_suffix(folder / DATABASE_FILENAME, _NEXT)
    slots_next = _with_suffix(folder / KEYSLOT_FILENAME, _NEXT)
    if not slots_next.exists():
        _remove_database(db_next)
        return
    if db_next.exists():
        # The database was never swapped: the old pair is still consistent.
        _remove_database(db_next)
        slots_next.unlink()
    else:
        os.replace(slots_next, folder / KEYSLOT_FILENAME)
    fsync_dir(folder)


def _remove_database(path: Path) -> None:
    # A stale -wal beside a later file of the same name would be replayed into it.
    for leftover in (path, _with_suffix(path, "-wal"), _with_suffix(path, "-shm")):
        leftover.unlink(missing_ok=True)


def _rekey_backups(backup_dir: Path, old_key: bytearray, new_key: bytearray) -> None:
    """Re-encrypt migration backups: under the old key a deactivated user's slot would open them."""
    if not backup_dir.is_dir():
        return
    for backup in sorted(backup_dir.glob("*.db")):
        target = _with_suffix(backup, _NEXT)
        target.unlink(missing_ok=True)
        conn = database.connect(backup, old_key)
        try:
            database.export_to(conn, target, new_key)
        finally:
            conn.close()
        os.replace(target, backup)
    fsync_dir(backup_dir)
