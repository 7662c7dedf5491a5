"""A vault: a folder holding the encrypted database and the key-slot file; create, unlock, lock."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from skyddsapp.crypto.aead import random_key, wipe
from skyddsapp.crypto.kdf import MINIMUM_KDF, KdfParams, calibrate, derive_key, encode_passphrase
from skyddsapp.crypto.recovery import (
    generate_recovery_key,
    normalize_recovery_key,
    recovery_secret,
)
from skyddsapp.domain.access import ROLE_ORGANISATION, Organisation, Team, check_membership
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role, User, validate_new_passphrase, validate_user_name
from skyddsapp.vault import access_repository, database, lockout, users_repository
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault import head as head_file
from skyddsapp.vault.audit import AuditLog, utc_now
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    DiskFull,
    HeadNotWritten,
    LastAdministrator,
    NotAVault,
    NotPermitted,
    SchemaTooNew,
    StorageError,
    UnknownUser,
    UserExists,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultReadOnly,
)
from skyddsapp.vault.files import atomic_write, fsync_dir
from skyddsapp.vault.head import HEAD_FILENAME, Head, HeadWriter
from skyddsapp.vault.inspection import (
    Inspection,
    contents_problems,
    inspect,
    page_problems,
)
from skyddsapp.vault.keyslots import (
    KeySlot,
    KeySlotFile,
    KeySlotFileCorrupt,
    KeySlotFileMissing,
    SlotKind,
    WrongSecret,
    make_slot,
    open_slot,
    reseal_slot,
)
from skyddsapp.vault.layout import DATABASE_FILENAME, KEYSLOT_FILENAME
from skyddsapp.vault.migrations import bundled_migrations, migrate
from skyddsapp.vault.session_lock import Busy, SessionLock

BACKUP_DIRNAME = "backups"
RECOVERY_USER = "återställningsnyckel"
_NEXT = ".next"

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class Created:
    vault: Vault
    recovery_key: str


class Vault:
    """An unlocked vault. Made by `create`, `unlock` or `unlock_with_recovery_key`.

    `read_only` is True when the vault could only be opened for reading (a write-protected
    medium or file, or a full disk): it can be read, but every change, and so every look that
    must be logged, is refused with VaultReadOnly. `warnings` names damage found at unlock that
    did not keep the vault closed (a damaged slot of another user, one damaged head record).
    """

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        data_key: bytearray,
        slots: KeySlotFile,
        user: User,
        *,
        integrity_key: bytes,
        read_only: bool = False,
        warnings: tuple[str, ...] = (),
    ) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self._data_key = data_key
        self._slots = slots
        self.user = user
        self.read_only = read_only
        self.warnings = warnings
        self._integrity_key = integrity_key
        self._head = HeadWriter(
            folder / HEAD_FILENAME,
            integrity_key,
            slots.vault_id,
            database.salt_of(folder / DATABASE_FILENAME),
        )
        self._damaged = False
        self._witness_dir: Path | None = None
        try:
            self._lock = SessionLock(folder)
        except Busy:
            raise VaultBusy(folder) from None
        self._audit = AuditLog(conn, data_key)

    # ----------------------------------------------------------------- paths

    @staticmethod
    def database_path(folder: Path) -> Path:
        return folder / DATABASE_FILENAME

    @staticmethod
    def keyslot_path(folder: Path) -> Path:
        return folder / KEYSLOT_FILENAME

    @staticmethod
    def head_path(folder: Path) -> Path:
        return folder / HEAD_FILENAME

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
        team: str | None = Organisation.UPPSALAHEM.default_team,
    ) -> Created:
        """Make a new vault with its first administrator and a recovery key (shown once).

        `team`: one of the two teams a vault starts with (named after Uppsalahem and Nexus), in
        which the administrator also handles cases; None: an administrator who handles none.
        """
        validate_user_name(admin_name)
        if team is not None and team not in {o.default_team for o in Organisation}:
            raise ValidationError.single("team", Text("Teamet {0} finns inte.", team))
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
        # The files are made under their `.next` names and swapped in like a rekey, so a crash
        # midway leaves either no vault (and `create` may run again) or a whole one; a failure
        # (a full disk) leaves nothing behind.
        db_next, slots_next = _with_suffix(db_path, _NEXT), _with_suffix(slot_path, _NEXT)
        head_next = _with_suffix(cls.head_path(folder), _NEXT)
        admin = User(admin_name, display_name, Role.ADMIN, team=team)
        try:
            with database.errors_named(db_next):
                _create_private(db_next)
                conn = database.connect(db_next, data_key, create=True)
                try:
                    integrity_key, head = _fill_new_vault(conn, folder, data_key, vault_id, admin)
                finally:
                    conn.close()
                bound = slots.bound(integrity_key, 1)
                head = replace(head, db_salt=database.salt_of(db_next))
                bound.save(slots_next)
                head_file.create(head_next, integrity_key, vault_id, head)
        except BaseException as exc:
            _remove_quietly(db_next, slots_next, head_next)
            if isinstance(exc, StorageError) and _disk_is_full(folder):
                # SQLite reports a disk too full for its -shm file as an I/O error.
                raise DiskFull(db_path) from exc
            raise
        # From the first rename on, a failure is finished by the next unlock or create
        # (_finish_interrupted_rekey), never undone here.
        os.replace(db_next, db_path)
        fsync_dir(folder)
        os.replace(slots_next, slot_path)
        fsync_dir(folder)
        os.replace(head_next, cls.head_path(folder))
        fsync_dir(folder)
        conn = database.connect(db_path, data_key)
        vault = cls(folder, conn, data_key, bound, admin, integrity_key=integrity_key)
        return Created(vault, recovery_key)

    @classmethod
    def unlock(
        cls,
        folder: Path,
        user_name: str,
        passphrase: str,
        *,
        sleep: Sleep = time.sleep,
        count_failure: bool = True,
        witness_dir: Path | None = None,
    ) -> Vault:
        """Open with a user's passphrase. A wrong user or passphrase gets one message, and waits.

        `count_failure=False` is for a caller trying a known passphrase (the demo's) on a folder
        that may hold someone else's vault: a miss is then neither counted nor delayed there.
        `witness_dir`: a folder outside the vault (the user's USB key) where a copy of the head
        is kept and checked, so that even the whole folder put back from a copy is named.
        """
        slots = cls._load_slots(folder)
        data_key = cls._unwrap_user_key(
            folder, slots, user_name, passphrase, sleep if count_failure else None
        )
        return cls._open(folder, slots, data_key, user_name, "unlock", witness_dir)

    @classmethod
    def unlock_with_recovery_key(
        cls,
        folder: Path,
        recovery_key: str,
        *,
        sleep: Sleep = time.sleep,
        witness_dir: Path | None = None,
    ) -> Vault:
        """Open with the paper recovery key; the session acts as an administrator."""
        secret = recovery_secret(normalize_recovery_key(recovery_key))
        slots = cls._load_slots(folder)
        slot = slots.recovery_slot()
        if slot is None:
            cls._fail(folder, sleep)
        assert slot is not None
        data_key = cls._open_slot(folder, slot, slots.vault_id, secret, sleep)
        return cls._open(folder, slots, data_key, RECOVERY_USER, "unlock.recovery_key", witness_dir)

    @classmethod
    def check(
        cls,
        folder: Path,
        user_name: str,
        passphrase: str,
        *,
        sleep: Sleep = time.sleep,
        witness_dir: Path | None = None,
    ) -> list[str]:
        """`vault check`: every file examined, read-only; the damage found, [] when whole.

        Only a vault found whole gets the `vault.check` audit entry (in a session opened after
        the check); a damaged one is left exactly as it was found.
        """
        slots = cls._load_slots(folder)
        data_key = cls._unwrap_user_key(folder, slots, user_name, passphrase, sleep)
        try:
            with database.errors_named(cls.database_path(folder)):
                writable = _writable(folder)
                found = inspect(
                    folder,
                    slots,
                    data_key,
                    immutable=not writable,
                    full=True,
                    witness_dir=witness_dir,
                )
                problems = [*found.fatal, *found.warnings]
            if problems:
                return problems
            vault = cls._open(folder, slots, bytearray(data_key), user_name, "unlock", witness_dir)
        finally:
            wipe(data_key)
        try:
            if not vault.user.role.may_read_audit_log:
                raise NotPermitted("kontrollera valvet")
            if not vault.read_only:
                with vault.transaction() as audit:
                    details = f"schema {found.schema}; generation {found.generation}; ok"
                    audit.append(user_name, "vault.check", "vault", vault.vault_id, details=details)
        finally:
            vault.lock()
        return []

    @classmethod
    def repair(
        cls,
        folder: Path,
        user_name: str,
        passphrase: str,
        *,
        sleep: Sleep = time.sleep,
        witness_dir: Path | None = None,
    ) -> list[str]:
        """Accept the vault as SQLite can still read it, after damage named by an examination.

        An administrator only, and only when what SQLite can read passes its integrity checks
        (both are found out read-only, before anything is written; restore a backup otherwise).
        What is lost stays lost: a copy of every file as found is kept in `damaged-<time>/`. A
        damaged key slot is removed (its owner gets a new passphrase from an administrator). The
        repair is logged with what was accepted, and a new head (and witness) is written.
        Returns what was accepted ([] = nothing to do).
        """
        slots = cls._load_slots(folder)
        data_key = cls._unwrap_user_key(folder, slots, user_name, passphrase, sleep)
        try:
            return cls._repair(folder, slots, data_key, user_name, witness_dir)
        finally:
            wipe(data_key)

    @classmethod
    def _repair(
        cls,
        folder: Path,
        slots: KeySlotFile,
        data_key: bytearray,
        user_name: str,
        witness_dir: Path | None,
    ) -> list[str]:
        db_path = cls.database_path(folder)
        with database.errors_named(db_path):
            if not _writable(folder):
                raise VaultReadOnly(folder)
            found = inspect(folder, slots, data_key, witness_dir=witness_dir)
            accepted = [*found.fatal, *found.warnings]
            if not accepted:
                return []
            cls._may_repair(db_path, data_key, user_name, accepted)
            _keep_damaged_copy(folder)
            conn = database.connect(db_path, data_key)
            try:
                migrate(conn, data_key=data_key, backup_dir=folder / BACKUP_DIRNAME)
                integrity_key = _integrity_key(conn)
                kept, removed = slots.split_damaged(integrity_key, keep=user_name)
                accepted += [
                    Text(
                        "Nyckelplatsen för {0} var skadad och togs bort; en administratör ger "
                        "den användaren en ny lösenfras (skyddsapp vault passwd --for NAMN).",
                        slot.user or "återställningsnyckeln",
                    )
                    for slot in removed
                ]
                old = head_file.read(cls.head_path(folder), integrity_key, slots.vault_id)
                floor = old.newest.generation if old and old.newest else 0
                audit = AuditLog(conn, data_key)
                with database.transaction(conn):
                    conn.execute(
                        "UPDATE vault_state SET generation = max(generation, ?) WHERE id = 1",
                        (floor,),
                    )
                    audit.append(
                        user_name,
                        "vault.repair",
                        "vault",
                        slots.vault_id,
                        details=f"{len(accepted)} fel godtagna",
                    )
                    _bind_and_save(conn, kept, integrity_key, cls.keyslot_path(folder))
                    head = replace(_next_head(conn), db_salt=database.salt_of(db_path))
                head_file.create(cls.head_path(folder), integrity_key, slots.vault_id, head)
                if witness_dir is not None and witness_dir.is_dir():
                    witness = head_file.witness_path(witness_dir, slots.vault_id)
                    head_file.create(witness, integrity_key, slots.vault_id, head)
            finally:
                database.close_quietly(conn)
        return accepted

    @classmethod
    def _may_repair(
        cls, db_path: Path, data_key: bytearray, user_name: str, accepted: list[str]
    ) -> None:
        """Found out read-only, before any byte is written: an administrator asks, and what
        SQLite can read of the database is whole."""
        conn = database.connect(db_path, data_key, read_only=True)
        try:
            user = cls._session_user(conn, user_name)
            if user.role is not Role.ADMIN:
                raise NotPermitted("reparera valvet")
            problems = contents_problems(conn, db_path, data_key)
        finally:
            database.close_quietly(conn)
        if problems:
            raise VaultDamaged(db_path.parent, [*accepted, *problems])

    @classmethod
    def _unwrap_user_key(
        cls,
        folder: Path,
        slots: KeySlotFile,
        user_name: str,
        passphrase: str,
        sleep: Sleep | None,
    ) -> bytearray:
        slot = slots.user_slot(user_name)
        secret = encode_passphrase(passphrase)
        if slot is None:
            decoy = next((s for s in slots.slots if s.kind is SlotKind.USER), None)
            wipe(derive_key(secret, bytes(16), decoy.kdf if decoy else MINIMUM_KDF))
            cls._fail(folder, sleep)
        assert slot is not None
        return cls._open_slot(folder, slot, slots.vault_id, secret, sleep)

    @classmethod
    def _load_slots(cls, folder: Path) -> KeySlotFile:
        db_path, slot_path = cls.database_path(folder), cls.keyslot_path(folder)
        if not folder.is_dir() or (not db_path.exists() and not slot_path.exists()):
            raise NotAVault(folder)
        if _writable(folder):
            _finish_interrupted_rekey(folder)
        if not db_path.exists():
            raise DatabaseMissing(db_path)
        if not slot_path.exists():
            raise KeySlotFileMissing(slot_path)
        slots = KeySlotFile.load(slot_path)
        # Every slot's sealed key is bound to the vault id: a damaged id would make every
        # passphrase look wrong. vault.head names the id in the clear, so say which file is off.
        head_ids = head_file.vault_ids(cls.head_path(folder))
        if head_ids and slots.vault_id not in head_ids:
            raise KeySlotFileCorrupt(
                f"Nyckelfilen {slot_path} är skadad: valv-id:t i den ({slots.vault_id}) är inte "
                f"det som {cls.head_path(folder).name} anger. Återställ nyckelfilen från en "
                "säkerhetskopia.",
                slot_path,
            )
        return slots

    @staticmethod
    def _fail(folder: Path, sleep: Sleep | None) -> None:
        """A failed unlock: counted beside the vault and delayed (unless `sleep` is None)."""
        if sleep is not None:
            try:
                failures = lockout.record_failure(folder, utc_now())
            except OSError:
                failures = lockout.FREE_ATTEMPTS + 1  # a read-only or full medium: not counted
            sleep(lockout.delay_after(failures))
        raise WrongSecret()

    @classmethod
    def _open_slot(
        cls, folder: Path, slot: KeySlot, vault_id: str, secret: bytes, sleep: Sleep | None
    ) -> bytearray:
        try:
            return open_slot(slot, vault_id, secret)
        except WrongSecret:
            cls._fail(folder, sleep)
            raise

    @classmethod
    def _open(
        cls,
        folder: Path,
        slots: KeySlotFile,
        data_key: bytearray,
        user_name: str,
        action: str,
        witness_dir: Path | None = None,
    ) -> Vault:
        """Examine first (read-only), then open: damage found keeps the vault closed, untouched.

        A vault that cannot be written (a write-protected medium or file) opens read-only, and
        so does one whose disk is too full for the unlock's own audit entry.
        """
        vault = cls._examine_and_open(folder, slots, data_key, user_name, action, witness_dir)
        if witness_dir is not None:
            vault._witness_dir = witness_dir
            if not vault.read_only:
                vault._write_witness()
        return vault

    @classmethod
    def _examine_and_open(
        cls,
        folder: Path,
        slots: KeySlotFile,
        data_key: bytearray,
        user_name: str,
        action: str,
        witness_dir: Path | None,
    ) -> Vault:
        db_path = cls.database_path(folder)
        try:
            with database.errors_named(db_path):
                writable = _writable(folder)
                found = inspect(
                    folder, slots, data_key, immutable=not writable, witness_dir=witness_dir
                )
                if found.fatal:
                    raise VaultDamaged(folder, found.fatal)
                if not writable:
                    return cls._open_read_only(folder, slots, data_key, user_name, found)
            try:
                with database.errors_named(db_path):
                    conn = database.connect(db_path, data_key)
                    try:
                        return cls._start_session(
                            conn, folder, slots, data_key, user_name, action, found
                        )
                    except BaseException:
                        database.close_quietly(conn)
                        raise
            except (DiskFull, StorageError):
                if not _disk_is_full(folder):
                    raise
            # Too full even for the unlock's own audit entry: open for reading only.
            with database.errors_named(db_path):
                if not database.has_wal_content(db_path):
                    # What the failed open made holds nothing: the vault is read as it is.
                    for name in ("-wal", "-shm"):
                        _with_suffix(db_path, name).unlink(missing_ok=True)
                return cls._open_read_only(
                    folder, slots, data_key, user_name, found, disk_full=True
                )
        except BaseException:
            wipe(data_key)
            raise

    @classmethod
    def _open_read_only(
        cls,
        folder: Path,
        slots: KeySlotFile,
        data_key: bytearray,
        user_name: str,
        found: Inspection,
        *,
        disk_full: bool = False,
    ) -> Vault:
        """A session that writes nothing: no migration, no audit entry, no lock entry."""
        latest = bundled_migrations()[-1].number
        if found.schema > latest:
            raise SchemaTooNew(found.schema, latest)
        if found.schema < latest or found.integrity_key is None:
            # It must be upgraded first, and an upgrade writes.
            raise DiskFull(cls.database_path(folder)) if disk_full else VaultReadOnly(folder)
        db_path = cls.database_path(folder)
        conn = database.connect(
            db_path,
            data_key,
            read_only=True,
            immutable=not (disk_full and database.has_wal_content(db_path)),
        )
        try:
            user = cls._session_user(conn, user_name)
        except BaseException:
            database.close_quietly(conn)
            raise
        why = (
            Text(
                "Disken där {0} ligger är full, så valvet öppnades skrivskyddat: det går att "
                "läsa men inte ändra. Frigör utrymme på disken och lås upp igen.",
                db_path,
            )
            if disk_full
            else VaultReadOnly(folder).args[0]
        )
        return cls(
            folder,
            conn,
            data_key,
            slots,
            user,
            integrity_key=found.integrity_key,
            read_only=True,
            warnings=(why, *found.warnings, *found.notices),
        )

    @staticmethod
    def _session_user(conn: Connection, user_name: str) -> User:
        if user_name == RECOVERY_USER:
            return User(RECOVERY_USER, "Återställningsnyckel", Role.ADMIN)
        found = users_repository.get(conn, user_name)
        if found is None or not found.active:
            raise WrongSecret()
        return found

    @classmethod
    def _start_session(
        cls,
        conn: Connection,
        folder: Path,
        slots: KeySlotFile,
        data_key: bytearray,
        user_name: str,
        action: str,
        found: Inspection,
    ) -> Vault:
        migrate(conn, data_key=data_key, backup_dir=folder / BACKUP_DIRNAME)
        user = cls._session_user(conn, user_name)
        integrity_key = found.integrity_key or _integrity_key(conn)
        vault = cls(
            folder,
            conn,
            data_key,
            slots,
            user,
            integrity_key=integrity_key,
            warnings=(*found.warnings, *found.notices),
        )
        if not cls.head_path(folder).exists():
            # A vault from before heads (just migrated): its head is written before the first
            # commit, so a crash right after that commit never leaves a witnessed vault headless.
            head_file.create(
                cls.head_path(folder),
                integrity_key,
                slots.vault_id,
                replace(_current_head(conn), db_salt=database.salt_of(cls.database_path(folder))),
            )
        failures = lockout.pending_failures(folder)
        with vault.transaction() as audit:
            if not slots.is_bound:
                vault._save_slots(slots)  # a version 1 key file: bind it to this database
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
        """Write the lock entry, close the connection and overwrite the key in memory.

        A read-only or damaged vault gets no lock entry (nothing is written to it), and neither
        does one whose disk filled up or failed meanwhile: locking must always succeed, and the
        next unlock of a healthy vault is logged as usual. Closing never raises.
        """
        if self._conn is None:
            self._close()  # a rekey that failed half-way: the key is wiped all the same
            return
        try:
            if not self.read_only and not self._damaged:
                with self.transaction() as audit:
                    audit.append(self.user.name, "lock", "vault", self.vault_id)
                self._write_witness()
        except (DiskFull, StorageError, VaultBusy):
            pass  # the vault is closed all the same, below
        finally:
            self._close()

    def _write_witness(self) -> None:
        """Copy the newest head to the witness folder, if one is set; a failure is a warning
        (the USB key was pulled out), never a reason to refuse work or locking."""
        head = self._head.last
        if self._witness_dir is None or head is None:
            return
        path = head_file.witness_path(self._witness_dir, self.vault_id)
        try:
            head_file.create(path, self._integrity_key, self.vault_id, head)
        except OSError as exc:
            self.warnings = (
                *self.warnings,
                Text("Vittnesfilen {0} kunde inte skrivas ({1}).", path, exc.strerror or exc),
            )

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            database.close_quietly(conn)
        self._head.close()
        self._lock.release()
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

        The outermost one also counts the vault's generation up and, once committed, records
        the new head in vault.head before it returns: a commit is acknowledged only when its
        head is on disk. A page found damaged half-way is reported as DatabaseCorrupt, a full
        disk as DiskFull, each naming the file.
        """
        if self.read_only:
            raise VaultReadOnly(self.folder)
        conn = self.connection
        outermost = not conn.in_transaction
        head: Head | None = None
        db_path = self.database_path(self.folder)
        try:
            with database.errors_named(db_path), database.transaction(conn):
                yield self._audit
                if outermost:
                    head = _next_head(conn)
            if head is not None:
                try:
                    self._head.write(head)
                except OSError as exc:
                    raise HeadNotWritten(self._head.path, exc.strerror or str(exc)) from exc
        except DatabaseCorrupt:
            self._damaged = True
            raise

    @property
    def data_key(self) -> bytes:
        """A copy of the data key, for tests and tools (services use `verify_audit`)."""
        if self._conn is None:
            raise VaultLocked()
        return bytes(self._data_key)

    def examine(self) -> list[str]:
        """The damage an open session can see: every page's HMAC in vault.db, SQLite's and
        SQLCipher's integrity checks, the audit chain and the key file's MACs. Reads only."""
        db_path = self.database_path(self.folder)
        with database.errors_named(db_path):
            problems = page_problems(db_path, self._data_key)
            if problems:
                return problems
            problems = contents_problems(self.connection, db_path, self._data_key)
        slot_path = self.keyslot_path(self.folder)
        problems += [
            Text("Nyckelfilen {0}: {1}.", slot_path, p)
            for p in self._slots.integrity_problems(self._integrity_key)
        ]
        return problems

    def verify_audit(self) -> audit_log.VerifyResult:
        """Walk the audit chain with this session's key (kept in its wipeable buffer)."""
        return audit_log.verify(self.connection, self._data_key)

    # ----------------------------------------------------------------- accounts

    def users(self) -> list[User]:
        return users_repository.all(self.connection)

    def add_user(
        self,
        name: str,
        display_name: str,
        role: Role,
        passphrase: str,
        *,
        team: str | None = None,
    ) -> User:
        """Add an account. `team` defaults, for a handler or a social worker, to the team named
        after their organisation; an administrator without one handles no cases."""
        validate_user_name(name)
        validate_new_passphrase(passphrase)
        if team is None and role in ROLE_ORGANISATION:
            team = ROLE_ORGANISATION[role].default_team
        check_membership(role, _team(self.connection, team))
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
        user = User(name, display_name, role, team=team)
        details = role.value if team is None else f"{role.value}; team {team}"
        with self.transaction() as audit:
            users_repository.insert(self.connection, user, utc_now())
            audit.append(self.user.name, "user.add", "user", name, details=details)
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
        """Give the database a new data key; every remaining slot is resealed to it.

        The new database is written whole (and synced) before the new key file exists, so after
        a crash `_finish_interrupted_rekey` can tell the two halves apart: while `vault.db.next`
        exists nothing was swapped, and once it is gone the database is the new one.
        """
        if self.read_only:
            raise VaultReadOnly(self.folder)
        try:
            self._lock.exclusive()
        except Busy:
            raise VaultInUse(self.folder) from None
        try:
            self._rekey_alone(remaining, reason)
        finally:
            self._lock.shared()

    def _rekey_alone(self, remaining: KeySlotFile, reason: str) -> None:
        new_key = random_key()
        serial = _keyslots_serial(self.connection) + 1
        resealed = KeySlotFile(
            vault_id=remaining.vault_id,
            slots=[reseal_slot(s, remaining.vault_id, new_key) for s in remaining.slots],
        ).bound(self._integrity_key, serial)
        folder = self.folder
        db_path, slot_path = self.database_path(folder), self.keyslot_path(folder)
        db_next, slots_next = _with_suffix(db_path, _NEXT), _with_suffix(slot_path, _NEXT)
        _remove_database(db_next)
        slots_next.unlink(missing_ok=True)
        try:
            with database.errors_named(db_next):
                _create_private(db_next)
                database.export_to(self.connection, db_next, new_key)
                exported = database.connect(db_next, new_key)
                try:
                    with database.transaction(exported):
                        exported.execute(
                            "UPDATE vault_state SET keyslots_serial = ? WHERE id = 1", (serial,)
                        )
                finally:
                    exported.close()
                with open(db_next, "rb+") as handle:
                    os.fsync(handle.fileno())
                fsync_dir(folder)
                resealed.save(slots_next)  # only now: the new database is whole on disk
        except BaseException:
            _remove_quietly(slots_next, db_next)
            raise
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
        old_key, self._data_key = self._data_key, new_key
        self._slots = resealed
        self._conn = database.connect(db_path, new_key)
        self._audit = AuditLog(self._conn, new_key)
        self._damaged = False
        self._head.salt = database.salt_of(db_path)
        try:
            with self.transaction() as audit:
                audit.start_epoch()
                audit.append(self.user.name, "vault.rekey", "vault", self.vault_id, details=reason)
            _rekey_backups(folder / BACKUP_DIRNAME, old_key, new_key)
        finally:
            wipe(old_key)

    def _slot_params(self) -> KdfParams:
        own = self._slots.user_slot(self.user.name)
        return own.kdf if own is not None else calibrate()

    def _save_slots(self, slots: KeySlotFile) -> None:
        """Bind `slots` to this database under the next serial and save; inside a transaction,
        whose commit then records the serial. A crash between the two leaves the file exactly
        one ahead, which unlock accepts; behind, or more than one ahead, is refused."""
        self._slots = _bind_and_save(
            self.connection, slots, self._integrity_key, self.keyslot_path(self.folder)
        )


def _with_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _writable(folder: Path) -> bool:
    """Whether the vault's folder and database can be written (False on a read-only medium)."""
    db = folder / DATABASE_FILENAME
    return os.access(folder, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def _disk_is_full(folder: Path) -> bool:
    """Whether the vault's disk has (next to) no room left: less than a few pages."""
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def _create_private(path: Path) -> None:
    """A new empty file with mode 0600 (it must not exist yet)."""
    if path.exists():
        raise FileExistsError(path)
    database.create_private(path)


def _remove_quietly(*paths: Path) -> None:
    """Remove what a failed step left behind; a failure here must not hide the first one."""
    for path in paths:
        try:
            if path.name.endswith(DATABASE_FILENAME + _NEXT):
                _remove_database(path)
            else:
                path.unlink(missing_ok=True)
        except OSError:
            pass


def _keep_damaged_copy(folder: Path) -> Path:
    """Copy every file of the vault, as found, into a new `damaged-<time>/` folder (0700)."""
    stem = f"damaged-{utc_now()[:19].replace(':', '').replace('-', '')}"
    target, n = folder / stem, 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}"
    target.mkdir(mode=0o700)
    for name in (
        DATABASE_FILENAME,
        DATABASE_FILENAME + "-wal",
        KEYSLOT_FILENAME,
        HEAD_FILENAME,
    ):
        source = folder / name
        if source.exists():
            atomic_write(target / name, source.read_bytes())
    fsync_dir(folder)
    return target


def _team(conn: Connection, name: str | None) -> Team | None:
    if name is None:
        return None
    found = access_repository.team(conn, name)
    if found is None:
        raise ValidationError.single("team", Text("Teamet {0} finns inte.", name))
    return found


def _integrity_key(conn: Connection) -> bytes:
    return bytes(conn.execute("SELECT integrity_key FROM vault_state WHERE id = 1").fetchone()[0])


def _bind_and_save(
    conn: Connection, slots: KeySlotFile, integrity_key: bytes, path: Path
) -> KeySlotFile:
    """Bind `slots` under the next serial, record that serial (in the caller's transaction) and
    save the file; the bound file is returned."""
    serial = _keyslots_serial(conn) + 1
    bound = slots.bound(integrity_key, serial)
    conn.execute("UPDATE vault_state SET keyslots_serial = ? WHERE id = 1", (serial,))
    bound.save(path)
    return bound


def _keyslots_serial(conn: Connection) -> int:
    return int(conn.execute("SELECT keyslots_serial FROM vault_state WHERE id = 1").fetchone()[0])


def _next_head(conn: Connection) -> Head:
    """Count the generation up (inside the transaction) and return the head it commits."""
    conn.execute("UPDATE vault_state SET generation = generation + 1 WHERE id = 1")
    return _current_head(conn)


def _current_head(conn: Connection) -> Head:
    generation = int(conn.execute("SELECT generation FROM vault_state WHERE id = 1").fetchone()[0])
    last = conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if last is None:
        return Head(generation, 0, bytes(32))
    return Head(generation, int(last[0]), bytes(last[1]))


def _fill_new_vault(
    conn: Connection, folder: Path, data_key: bytearray, vault_id: str, admin: User
) -> tuple[bytes, Head]:
    """Schema, first administrator and first audit entries of a new vault, in one commit."""
    migrate(conn, data_key=data_key, backup_dir=folder / BACKUP_DIRNAME)
    audit = AuditLog(conn, data_key)
    with database.transaction(conn):
        now = utc_now()
        conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
        conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now,))
        users_repository.insert(conn, admin, now)
        audit.start_epoch(now)
        audit.append(admin.name, "vault.create", "vault", vault_id, at=now)
        audit.append(admin.name, "user.add", "user", admin.name, details="admin", at=now)
        audit.append(admin.name, "recovery_key.create", "vault", vault_id, at=now)
        conn.execute("UPDATE vault_state SET keyslots_serial = 1 WHERE id = 1")
        head = _next_head(conn)
    return _integrity_key(conn), head


def _finish_interrupted_rekey(folder: Path) -> None:
    """Complete or undo a swap of new files cut short by a crash (a rekey, or a creation).

    The order of a swap is database, key file, head file. While the new database still has its
    `.next` name, nothing was swapped and the old files are consistent: the new ones go.
    Otherwise the swap is finished in the same order.
    """
    db_next = _with_suffix(folder / DATABASE_FILENAME, _NEXT)
    slots_next = _with_suffix(folder / KEYSLOT_FILENAME, _NEXT)
    head_next = _with_suffix(folder / HEAD_FILENAME, _NEXT)
    if not any(p.exists() for p in (db_next, slots_next, head_next)):
        return
    if db_next.exists() or not (folder / DATABASE_FILENAME).exists():
        _remove_database(db_next)
        slots_next.unlink(missing_ok=True)
        head_next.unlink(missing_ok=True)
    else:
        if slots_next.exists():
            os.replace(slots_next, folder / KEYSLOT_FILENAME)
        if head_next.exists():
            os.replace(head_next, folder / HEAD_FILENAME)
    fsync_dir(folder)


def _remove_database(path: Path) -> None:
    # A stale -wal beside a later file of the same name would be replayed into it.
    for leftover in (path, _with_suffix(path, "-wal"), _with_suffix(path, "-shm")):
        if leftover.exists():
            leftover.unlink()


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
