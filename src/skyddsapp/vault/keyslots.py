"""The key-slot file: the vault's data key sealed once per user and once for the recovery key."""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import hmac
import json
import os
import re
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from skyddsapp.crypto.aead import (
    KEY_LENGTH,
    OVERHEAD,
    DecryptionError,
    KeyBytes,
    open_sealed,
    seal,
    wipe,
)
from skyddsapp.crypto.box import (
    BOX_OVERHEAD,
    PUBLIC_KEY_LENGTH,
    new_private_key,
    open_box,
    public_key_of,
    seal_to,
)
from skyddsapp.crypto.kdf import (
    MAXIMUM_KDF,
    MINIMUM_KDF,
    SALT_LENGTH,
    KdfParams,
    derive_key,
)
from skyddsapp.crypto.recovery import normalize_recovery_key, recovery_secret
from skyddsapp.vault.files import atomic_write
from skyddsapp.vault.layout import KEYSLOT_FILENAME as KEYSLOT_FILENAME

FORMAT_NAME = "skyddsapp-keyslots"
# Version 2 adds an HMAC per slot and one over the whole file with a serial number (the key is
# the vault's integrity key, inside the encrypted database); version 1 files are still read and
# are bound at the next unlock.
FORMAT_VERSION = 2
_AAD_VERSION = "1"  # part of every sealed key's associated data: never changes with the file
MAC_LENGTH = 32
KDF_ALGORITHM = "argon2id"
WRAPPED_PRIVATE_KEY_LENGTH = OVERHEAD + KEY_LENGTH
WRAPPED_LENGTH = BOX_OVERHEAD + KEY_LENGTH
# A real file is a few KiB; refusing big ones keeps a hostile file from filling memory.
MAX_FILE_SIZE = 1024 * 1024

_VAULT_ID = re.compile(r"[0-9a-f]{32}")


class SlotKind(Enum):
    """Nyckelplatstyp: en användares lösenfras eller valvets återställningsnyckel."""

    USER = "user"
    RECOVERY = "recovery"


@dataclass(frozen=True)
class KeySlot:
    """Nyckelplats: the data key, openable with one secret, resealable without it.

    Two layers, so that removing a user can rekey the vault without anyone else's passphrase:
    an X25519 key pair per slot whose private key is sealed under an Argon2id key from the
    secret, and the data key sealed to the slot's public key (see reseal_slot).
    """

    kind: SlotKind
    user: str  # "" for the recovery slot
    kdf: KdfParams
    salt: bytes
    wrapped_private_key: bytes  # AES-256-GCM under Argon2id(secret, salt): nonce ‖ key ‖ tag
    public_key: bytes  # X25519
    wrapped: bytes  # the data key sealed to public_key: ephemeral key ‖ nonce ‖ key ‖ tag
    created_at: str  # ISO 8601, UTC
    mac: bytes = b""  # HMAC-SHA256 of every field under the integrity key; b"" until bound


class KeySlotError(Exception):
    """Base of every key-slot failure; str(error) is a Swedish message fit for the user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class KeySlotFileMissing(KeySlotError):
    """Nyckelfilen saknas."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Nyckelfilen saknas: {path}. Utan den kan valvet inte låsas upp; "
            "återställ den från en säkerhetskopia.",
            path,
        )


class KeySlotFileUnreadable(KeySlotError):
    """The file exists but the operating system refused to read it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Nyckelfilen {path} kunde inte läsas: {reason}.", path)


class KeySlotFileCorrupt(KeySlotError):
    """Truncated, not JSON, a field missing or malformed, or a slot altered behind its secret."""


class KeySlotFileForeign(KeySlotError):
    """Readable, but not a skyddsapp key-slot file, or from a newer program version."""


class WeakKdfParams(KeySlotError):
    """A slot asks for less Argon2id work than MINIMUM_KDF: treated as tampering."""


class KeySlotFileWriteError(KeySlotError):
    """The file could not be saved; the atomic write leaves the previous file in place."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Nyckelfilen {path} kunde inte sparas: {reason}.", path)


FILE_MAC_BROKEN = (
    "filens kontrollsumma stämmer inte: en nyckelplats har lagts till, tagits bort eller "
    "flyttats, eller så har löpnumret ändrats"
)
WRONG_USER_SECRET = "Fel användarnamn eller lösenfras."
WRONG_RECOVERY_KEY = "Återställningsnyckeln passar inte till det här valvet."


class WrongSecret(KeySlotError):
    """The passphrase or recovery key does not open the slot.

    The default message never says whether the user name or the passphrase was wrong.
    """

    def __init__(self, message: str = WRONG_USER_SECRET) -> None:
        super().__init__(message)


def new_vault_id() -> str:
    """A fresh vault id: a random UUID4 in hex."""
    return uuid.uuid4().hex


def normalize_user(name: str) -> str:
    """The form user names are compared in: NFC and case-folded, so "Åsa" finds "åsa"."""
    return unicodedata.normalize("NFC", name).casefold()


@dataclass
class KeySlotFile:
    """Nyckelfil: the vault id and its key slots, stored beside the database."""

    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    serial: int = 0  # one more with every save; the database keeps the last one saved
    mac: bytes = b""  # HMAC over vault id, serial and every slot's MAC; b"" until bound

    @classmethod
    def new(cls) -> KeySlotFile:
        """An empty key-slot file for a new vault."""
        return cls(vault_id=new_vault_id(), slots=[])

    def user_slot(self, name: str) -> KeySlot | None:
        """The slot of the named user (compared with normalize_user), if any."""
        wanted = normalize_user(name)
        for slot in self.slots:
            if slot.kind is SlotKind.USER and normalize_user(slot.user) == wanted:
                return slot
        return None

    def recovery_slot(self) -> KeySlot | None:
        """The recovery-key slot, if any."""
        return next((s for s in self.slots if s.kind is SlotKind.RECOVERY), None)

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        """A copy with slot added, replacing the same user's slot or the recovery slot."""
        slots = list(self.slots)
        for i, existing in enumerate(slots):
            if _same_owner(existing, slot):
                slots[i] = slot
                break
        else:
            slots.append(slot)
        return KeySlotFile(self.vault_id, slots, self.serial)

    def without_user(self, name: str) -> KeySlotFile:
        """A copy without the named user's slot; unchanged if there is none, so retries are safe."""
        wanted = normalize_user(name)
        slots = [
            s
            for s in self.slots
            if not (s.kind is SlotKind.USER and normalize_user(s.user) == wanted)
        ]
        return KeySlotFile(self.vault_id, slots, self.serial)

    @property
    def is_bound(self) -> bool:
        return bool(self.mac)

    @property
    def format_version(self) -> int:
        """2 once bound to its database (with MACs and a serial), 1 before."""
        return FORMAT_VERSION if self.is_bound else 1

    def bound(self, integrity_key: bytes, serial: int) -> KeySlotFile:
        """A copy with `serial` and every MAC made under the vault's integrity key."""
        slots = [replace(s, mac=_slot_mac(integrity_key, self.vault_id, s)) for s in self.slots]
        mac = _file_mac(integrity_key, self.vault_id, serial, slots)
        return KeySlotFile(self.vault_id, slots, serial, mac)

    def damaged_slots(self, integrity_key: bytes) -> list[str]:
        """Each slot whose MAC does not hold, named ([] for a version 1 file: nothing to check)."""
        if not self.is_bound:
            return []
        return [
            f"nyckelplatsen för {_describe_slot(s.kind, s.user)} är skadad eller ändrad "
            "(dess kontrollsumma stämmer inte)"
            for s in self.slots
            if not hmac.compare_digest(s.mac, _slot_mac(integrity_key, self.vault_id, s))
        ]

    def split_damaged(
        self, integrity_key: bytes, *, keep: str = ""
    ) -> tuple[KeySlotFile, list[KeySlot]]:
        """This file without its damaged slots, and those slots (for a repair).

        Only when the file as a whole still holds under `integrity_key`: otherwise the key is
        not the one the file was made with (a database put back from before a migration), and
        every slot would look damaged. The slot of `keep` (who just opened it) always stays.
        """
        if not self.is_bound or not self.file_mac_holds(integrity_key):
            return self, []
        damaged = [
            s
            for s in self.slots
            if not hmac.compare_digest(s.mac, _slot_mac(integrity_key, self.vault_id, s))
        ]
        own = self.user_slot(keep) if keep else None
        damaged = [s for s in damaged if s is not own]
        kept = [s for s in self.slots if s not in damaged]
        return KeySlotFile(self.vault_id, kept, self.serial), damaged

    def file_mac_holds(self, integrity_key: bytes) -> bool:
        """Whether the file as a whole (its slots, their order, the serial) is as it was made."""
        expected = _file_mac(integrity_key, self.vault_id, self.serial, self.slots)
        return self.is_bound and hmac.compare_digest(self.mac, expected)

    def integrity_problems(self, integrity_key: bytes) -> list[str]:
        """What does not hold under the integrity key: each altered slot, then the file as a
        whole (a slot added, removed or moved, or the serial changed). [] when all holds."""
        if not self.is_bound:
            return []
        problems = self.damaged_slots(integrity_key)
        if not problems and not self.file_mac_holds(integrity_key):
            problems.append(FILE_MAC_BROKEN)
        return problems

    def to_bytes(self) -> bytes:
        """The JSON file content (ASCII, so no encoding question arises).

        A bound file is written as version 2 with its MACs; an unbound one as version 1.
        """
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": self.format_version,
            "vault_id": self.vault_id,
        }
        if self.is_bound:
            document["serial"] = self.serial
            document["mac"] = _b64(self.mac)
        document["slots"] = [_slot_to_json(slot, self.is_bound) for slot in self.slots]
        return (json.dumps(document, indent=2) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes, *, source: Path | None = None) -> KeySlotFile:
        """Parse file content; raises a KeySlotError subclass naming the problem and source."""
        return _Parser(source).parse(data)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        """Read and parse the key-slot file at path."""
        path = Path(path)
        try:
            with path.open("rb") as f:
                data = f.read(MAX_FILE_SIZE + 1)
        except FileNotFoundError:
            raise KeySlotFileMissing(path) from None
        except OSError as err:
            raise KeySlotFileUnreadable(path, _os_reason(err)) from None
        return cls.from_bytes(data, source=path)

    def save(self, path: Path) -> None:
        """Write the file atomically with mode 0600."""
        path = Path(path)
        try:
            atomic_write(path, self.to_bytes(), mode=0o600)
        except OSError as err:
            raise KeySlotFileWriteError(path, _os_reason(err)) from None


def make_slot(
    vault_id: str,
    kind: SlotKind,
    user: str,
    secret: KeyBytes,
    data_key: KeyBytes,
    params: KdfParams,
) -> KeySlot:
    """A new slot with a fresh key pair, openable with secret (a passphrase or recovery secret)."""
    _check_vault_id(vault_id)
    user = unicodedata.normalize("NFC", user)
    if (kind is SlotKind.USER) != bool(user):
        raise ValueError("a user slot needs a user name and the recovery slot must have none")
    if len(data_key) != KEY_LENGTH:
        raise ValueError(f"data key must be {KEY_LENGTH} bytes")
    _check_params(params, None, kind, user)
    salt = os.urandom(SALT_LENGTH)
    created_at = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    private_key = new_private_key()
    try:
        public_key = public_key_of(private_key)
        aad = _aad(_PRIVATE_KEY, vault_id, kind, user, params, created_at, public_key)
        kek = derive_key(secret, salt, params)
        try:
            wrapped_private_key = seal(kek, private_key, aad)
        finally:
            wipe(kek)
    finally:
        wipe(private_key)
    slot = KeySlot(kind, user, params, salt, wrapped_private_key, public_key, b"", created_at)
    return reseal_slot(slot, vault_id, data_key)


def reseal_slot(slot: KeySlot, vault_id: str, data_key: KeyBytes) -> KeySlot:
    """The slot with data_key sealed to its public key; no secret is needed.

    Used to rekey: when a user is removed, the vault gets a new data key and every remaining
    slot is resealed, so a copy of the removed user's old slot opens nothing new. This protects
    against old copies, not against someone who could both write the key-slot file and knew
    the old data key: such an insider could have put their own public key into another slot.
    """
    _check_vault_id(vault_id)
    if len(data_key) != KEY_LENGTH:
        raise ValueError(f"data key must be {KEY_LENGTH} bytes")
    _check_params(slot.kdf, None, slot.kind, slot.user)
    aad = _slot_aad(_DATA_KEY, vault_id, slot)
    try:
        wrapped = seal_to(slot.public_key, data_key, aad)
    except ValueError:
        # A wrong length or a low-order point: never a key we made.
        raise KeySlotFileCorrupt(
            f"Nyckelfilen är skadad: den publika nyckeln för "
            f"{_describe_slot(slot.kind, slot.user)} är ogiltig."
        ) from None
    return replace(slot, wrapped=wrapped)


def open_slot(slot: KeySlot, vault_id: str, secret: KeyBytes) -> bytearray:
    """The data key from slot; raises WrongSecret if secret, vault or a slot field is wrong."""
    _check_params(slot.kdf, None, slot.kind, slot.user)
    kek = derive_key(secret, slot.salt, slot.kdf)
    try:
        private_key = open_sealed(
            kek, slot.wrapped_private_key, _slot_aad(_PRIVATE_KEY, vault_id, slot)
        )
    except DecryptionError:
        # One message for unknown user and wrong passphrase: the dialog must not confirm
        # which account names exist.
        message = WRONG_RECOVERY_KEY if slot.kind is SlotKind.RECOVERY else WRONG_USER_SECRET
        raise WrongSecret(message) from None
    finally:
        wipe(kek)
    try:
        return open_box(private_key, slot.wrapped, _slot_aad(_DATA_KEY, vault_id, slot))
    except DecryptionError:
        # The secret was right, so this is no typo: the sealed data key was altered or
        # swapped with another slot's.
        raise KeySlotFileCorrupt(
            f"Nyckelfilen är skadad: nyckelplatsen för {_describe_slot(slot.kind, slot.user)} "
            "gick att öppna, men datanyckeln i den går inte att läsa. Filen kan ha "
            "manipulerats; återställ den från en säkerhetskopia."
        ) from None
    finally:
        wipe(private_key)


def open_user_slot(keyslots: KeySlotFile, user: str, secret: KeyBytes) -> bytearray:
    """The data key for a login; an unknown user fails like a wrong passphrase, as slowly."""
    slot = keyslots.user_slot(user)
    if slot is None:
        # Spend the same Argon2id time as a real attempt so timing does not reveal the user.
        users = [s for s in keyslots.slots if s.kind is SlotKind.USER]
        decoy = users[0].kdf if users else MINIMUM_KDF
        wipe(derive_key(secret, bytes(SALT_LENGTH), decoy))
        raise WrongSecret(WRONG_USER_SECRET)
    return open_slot(slot, keyslots.vault_id, secret)


def open_recovery_slot(keyslots: KeySlotFile, recovery_key: str) -> bytearray:
    """The data key from a typed recovery key; InvalidRecoveryKey (a ValueError) on a typo."""
    secret = recovery_secret(normalize_recovery_key(recovery_key))
    slot = keyslots.recovery_slot()
    if slot is None:
        raise KeySlotError("Valvet har ingen återställningsnyckel i nyckelfilen.")
    return open_slot(slot, keyslots.vault_id, secret)


def _same_owner(a: KeySlot, b: KeySlot) -> bool:
    if a.kind is not b.kind:
        return False
    return a.kind is SlotKind.RECOVERY or normalize_user(a.user) == normalize_user(b.user)


def _describe_slot(kind: SlotKind, user: str) -> str:
    return "återställningsnyckelns plats" if kind is SlotKind.RECOVERY else f"användaren ”{user}”"


def _check_params(params: KdfParams, source: Path | None, kind: SlotKind, user: str) -> None:
    where = f"Nyckelfilen {source}" if source else "Nyckelfilen"
    if params.is_weaker_than(MINIMUM_KDF):
        raise WeakKdfParams(
            f"{where} har för svaga Argon2id-parametrar för {_describe_slot(kind, user)} "
            f"({params.memory_kib} KiB minne, {params.iterations} varv, {params.lanes} trådar; "
            f"minst {MINIMUM_KDF.memory_kib} KiB, {MINIMUM_KDF.iterations} varv och "
            f"{MINIMUM_KDF.lanes} trådar krävs). Filen kan ha manipulerats och används inte.",
            source,
        )
    if params.exceeds(MAXIMUM_KDF):
        raise KeySlotFileCorrupt(
            f"{where} är skadad: orimligt höga Argon2id-parametrar för "
            f"{_describe_slot(kind, user)} ({params.memory_kib} KiB minne, "
            f"{params.iterations} varv, {params.lanes} trådar).",
            source,
        )


_PRIVATE_KEY = "private-key"
_DATA_KEY = "data-key"


def _check_vault_id(vault_id: str) -> None:
    if not _VAULT_ID.fullmatch(vault_id):
        raise ValueError("vault_id must be 32 lowercase hex digits")


def _slot_aad(purpose: str, vault_id: str, slot: KeySlot) -> bytes:
    return _aad(purpose, vault_id, slot.kind, slot.user, slot.kdf, slot.created_at, slot.public_key)


def _aad(
    purpose: str,
    vault_id: str,
    kind: SlotKind,
    user: str,
    kdf: KdfParams,
    created_at: str,
    public_key: bytes,
) -> bytes:
    """Associated data binding a sealed key to the vault and to every other field of its slot.

    Moving a slot to another user or vault, or editing its parameters or public key, makes it
    fail to open. Each field is length-prefixed so no two different slots give the same bytes.
    """
    fields = (
        FORMAT_NAME,
        _AAD_VERSION,
        purpose,
        vault_id,
        kind.value,
        user,
        KDF_ALGORITHM,
        str(kdf.memory_kib),
        str(kdf.iterations),
        str(kdf.lanes),
        created_at,
        public_key.hex(),
    )
    encoded = (f.encode("utf-8") for f in fields)
    return b"".join(len(e).to_bytes(4, "big") + e for e in encoded)


def _slot_mac(key: bytes, vault_id: str, slot: KeySlot) -> bytes:
    fields = (
        _slot_aad("slot-mac", vault_id, slot),
        slot.salt,
        slot.wrapped_private_key,
        slot.wrapped,
    )
    message = b"".join(len(f).to_bytes(4, "big") + f for f in fields)
    return hmac.new(key, message, hashlib.sha256).digest()


def _file_mac(key: bytes, vault_id: str, serial: int, slots: list[KeySlot]) -> bytes:
    head = f"{FORMAT_NAME}\0file-mac\0{vault_id}\0{serial}\0{len(slots)}".encode("ascii")
    return hmac.new(key, head + b"".join(s.mac for s in slots), hashlib.sha256).digest()


def _slot_to_json(slot: KeySlot, with_mac: bool) -> dict[str, Any]:
    out = {
        "kind": slot.kind.value,
        "user": slot.user,
        "kdf": {
            "algorithm": KDF_ALGORITHM,
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
        },
        "salt": _b64(slot.salt),
        "wrapped_private_key": _b64(slot.wrapped_private_key),
        "public_key": _b64(slot.public_key),
        "wrapped": _b64(slot.wrapped),
        "created_at": slot.created_at,
    }
    if with_mac:
        out["mac"] = _b64(slot.mac)
    return out


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _os_reason(err: OSError) -> str:
    reasons = {
        errno.ENOSPC: "disken är full",
        errno.EACCES: "behörighet saknas",
        errno.EPERM: "behörighet saknas",
        errno.EROFS: "enheten är skrivskyddad",
        errno.EISDIR: "sökvägen är en mapp",
        errno.EIO: "läsfel på disken",
    }
    return reasons.get(err.errno or 0, err.strerror or type(err).__name__)


class _Parser:
    """Turns file bytes into a KeySlotFile, naming the first problem found in Swedish."""

    def __init__(self, source: Path | None) -> None:
        self.source = source
        self.where = f"Nyckelfilen {source}" if source else "Nyckelfilen"

    def corrupt(self, detail: str) -> KeySlotFileCorrupt:
        return KeySlotFileCorrupt(f"{self.where} är skadad: {detail}.", self.source)

    def foreign(self, detail: str) -> KeySlotFileForeign:
        return KeySlotFileForeign(f"{self.where} kan inte användas: {detail}.", self.source)

    def parse(self, data: bytes) -> KeySlotFile:
        if len(data) > MAX_FILE_SIZE:
            raise self.foreign(
                f"filen är större än {MAX_FILE_SIZE // 1024} KiB, så den är ingen nyckelfil"
            )
        if not data.strip():
            raise self.corrupt("filen är tom")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise self.corrupt("filen innehåller inte text (UTF-8)") from None
        try:
            document = json.loads(text, object_pairs_hook=_no_duplicate_keys)
        except json.JSONDecodeError as err:
            # Cut-off files fail at their very end, or inside a string that never closes.
            if err.pos >= len(text.rstrip()) or err.msg.startswith("Unterminated string"):
                raise self.corrupt("filen är avkortad, den slutar mitt i innehållet") from None
            raise self.corrupt(
                f"filen är inte giltig JSON (rad {err.lineno}, kolumn {err.colno})"
            ) from None
        except ValueError as err:
            # Raised by _no_duplicate_keys, or for numbers with thousands of digits.
            raise self.corrupt(f"filen är inte giltig JSON ({err})") from None
        except RecursionError:
            raise self.corrupt("filen är inte giltig JSON (orimligt djupt nästlad)") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
            raise self.foreign("filen är ingen nyckelfil för skyddsapp")
        version = self.field(document, "version", int, "filen")
        if version > FORMAT_VERSION:
            raise self.foreign(
                f"formatversion {version} är nyare än den här versionen av programmet kan "
                f"läsa (högst {FORMAT_VERSION}); uppdatera programmet"
            )
        if version < 1:
            raise self.corrupt(f"ogiltig formatversion {version}")
        vault_id = self.field(document, "vault_id", str, "filen")
        if not _VAULT_ID.fullmatch(vault_id):
            raise self.corrupt("fältet ”vault_id” är inte ett giltigt valv-id")
        raw_slots = self.field(document, "slots", list, "filen")
        bound = version >= 2
        slots = [self.slot(raw, number, bound) for number, raw in enumerate(raw_slots, start=1)]
        self.check_unique(slots)
        if not bound:
            return KeySlotFile(vault_id=vault_id, slots=slots)
        serial = self.field(document, "serial", int, "filen")
        if serial < 0:
            raise self.corrupt("fältet ”serial” är negativt")
        mac = self.base64(document, "mac", "filen", MAC_LENGTH)
        return KeySlotFile(vault_id, slots, serial, mac)

    def field(self, obj: dict[str, Any], name: str, kind: type[Any], where: str) -> Any:
        if name not in obj:
            raise self.corrupt(f"fältet ”{name}” saknas i {where}")
        value = obj[name]
        # type() rather than isinstance(): a JSON true must not pass for the integer 1.
        if type(value) is not kind:
            expected = {int: "ett heltal", str: "text", list: "en lista", dict: "ett objekt"}
            raise self.corrupt(
                f"fältet ”{name}” i {where} har fel typ ({expected.get(kind, kind.__name__)} "
                "väntades)"
            )
        return value

    def slot(self, raw: Any, number: int, bound: bool) -> KeySlot:
        where = f"nyckelplats {number}"
        if type(raw) is not dict:
            raise self.corrupt(f"{where} är inte ett objekt")
        kind_text = self.field(raw, "kind", str, where)
        try:
            kind = SlotKind(kind_text)
        except ValueError:
            raise self.corrupt(f"{where} har okänd typ ”{kind_text}”") from None
        user = self.field(raw, "user", str, where)
        if kind is SlotKind.USER and not user:
            raise self.corrupt(f"{where} är en användarplats utan användarnamn")
        if kind is SlotKind.RECOVERY and user:
            raise self.corrupt(f"{where} är återställningsnyckelns plats men har ett användarnamn")
        kdf_where = f"{where}, fältet ”kdf”"
        raw_kdf = self.field(raw, "kdf", dict, where)
        algorithm = self.field(raw_kdf, "algorithm", str, kdf_where)
        if algorithm != KDF_ALGORITHM:
            raise self.corrupt(f"{where} använder okänd nyckelhärledning ”{algorithm}”")
        try:
            params = KdfParams(
                memory_kib=self.field(raw_kdf, "memory_kib", int, kdf_where),
                iterations=self.field(raw_kdf, "iterations", int, kdf_where),
                lanes=self.field(raw_kdf, "lanes", int, kdf_where),
            )
        except ValueError:
            raise self.corrupt(f"{where} har ogiltiga Argon2id-parametrar") from None
        _check_params(params, self.source, kind, user)
        salt = self.base64(raw, "salt", where, SALT_LENGTH)
        wrapped_private_key = self.base64(
            raw, "wrapped_private_key", where, WRAPPED_PRIVATE_KEY_LENGTH
        )
        public_key = self.base64(raw, "public_key", where, PUBLIC_KEY_LENGTH)
        wrapped = self.base64(raw, "wrapped", where, WRAPPED_LENGTH)
        created_at = self.field(raw, "created_at", str, where)
        try:
            datetime.fromisoformat(created_at)
        except ValueError:
            raise self.corrupt(f"fältet ”created_at” i {where} är inget giltigt datum") from None
        mac = self.base64(raw, "mac", where, MAC_LENGTH) if bound else b""
        return KeySlot(
            kind, user, params, salt, wrapped_private_key, public_key, wrapped, created_at, mac
        )

    def base64(self, raw: dict[str, Any], name: str, where: str, length: int) -> bytes:
        text = self.field(raw, name, str, where)
        try:
            value = base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise self.corrupt(f"fältet ”{name}” i {where} är inte giltig base64") from None
        if len(value) != length:
            raise self.corrupt(
                f"fältet ”{name}” i {where} har fel längd ({len(value)} byte, {length} väntades)"
            )
        return value

    def check_unique(self, slots: list[KeySlot]) -> None:
        seen: set[str] = set()
        recovery = 0
        for slot in slots:
            if slot.kind is SlotKind.RECOVERY:
                recovery += 1
                if recovery > 1:
                    raise self.corrupt("filen har mer än en plats för återställningsnyckeln")
                continue
            key = normalize_user(slot.user)
            if key in seen:
                raise self.corrupt(f"filen har två nyckelplatser för användaren ”{slot.user}”")
            seen.add(key)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Parsers disagree on which of two equal keys wins; an ambiguous file is refused.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"fältet ”{key}” förekommer två gånger")
        result[key] = value
    return result
