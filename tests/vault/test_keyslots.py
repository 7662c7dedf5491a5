"""The key-slot file: wrapping, binding, tamper detection and specific errors for bad files."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.crypto import box
from skyddsapp.crypto.aead import random_key
from skyddsapp.crypto.kdf import MINIMUM_KDF, KdfParams, check_params
from skyddsapp.crypto.recovery import InvalidRecoveryKey, generate_recovery_key, recovery_secret
from skyddsapp.vault import keyslots
from skyddsapp.vault.keyslots import (
    KEYSLOT_FILENAME,
    KeySlot,
    KeySlotError,
    KeySlotFile,
    KeySlotFileCorrupt,
    KeySlotFileForeign,
    KeySlotFileMissing,
    KeySlotFileUnreadable,
    KeySlotFileWriteError,
    SlotKind,
    WeakKdfParams,
    WrongSecret,
    make_slot,
    new_vault_id,
    open_recovery_slot,
    open_slot,
    open_user_slot,
    reseal_slot,
)

PASSPHRASE = "Korrekt häst batteri häftklammer".encode()
WRONG_USER_MESSAGE = "Fel användarnamn eller lösenfras."
DATA_KEY = bytes(range(100, 132))


# --- real Argon2id, used sparingly: each derivation at the floor costs about 0.2 s ---------


@dataclasses.dataclass(frozen=True)
class RealVault:
    vault_id: str
    data_key: bytes
    slot: KeySlot


@pytest.fixture(scope="module")
def real() -> RealVault:
    vault_id = new_vault_id()
    data_key = bytes(random_key())
    slot = make_slot(vault_id, SlotKind.USER, "anna", PASSPHRASE, data_key, MINIMUM_KDF)
    return RealVault(vault_id, data_key, slot)


def test_round_trip_with_real_argon2id(real: RealVault) -> None:
    opened = open_slot(real.slot, real.vault_id, PASSPHRASE)

    assert isinstance(opened, bytearray)
    assert opened == real.data_key


def test_wrong_passphrase_is_wrong_secret(real: RealVault) -> None:
    with pytest.raises(WrongSecret) as caught:
        open_slot(real.slot, real.vault_id, b"fel losenfras")
    assert str(caught.value) == WRONG_USER_MESSAGE


def test_slot_moved_to_another_user_fails(real: RealVault) -> None:
    moved = dataclasses.replace(real.slot, user="bertil")

    with pytest.raises(WrongSecret):
        open_slot(moved, real.vault_id, PASSPHRASE)


def test_slot_moved_to_another_vault_fails(real: RealVault) -> None:
    with pytest.raises(WrongSecret):
        open_slot(real.slot, new_vault_id(), PASSPHRASE)


def test_unknown_user_fails_like_a_wrong_passphrase(real: RealVault) -> None:
    keyslot_file = KeySlotFile(real.vault_id, [real.slot])

    with pytest.raises(WrongSecret) as caught:
        open_user_slot(keyslot_file, "okänd", PASSPHRASE)
    assert str(caught.value) == WRONG_USER_MESSAGE


def test_recovery_slot_with_real_argon2id(real: RealVault) -> None:
    recovery_key = generate_recovery_key()
    slot = make_slot(
        real.vault_id,
        SlotKind.RECOVERY,
        "",
        recovery_secret(recovery_key),
        real.data_key,
        MINIMUM_KDF,
    )
    keyslot_file = KeySlotFile(real.vault_id, [real.slot]).with_slot(slot)
    typed = recovery_key.lower().replace("-", " ")

    assert open_recovery_slot(keyslot_file, typed) == real.data_key
    mistyped = ("3" if recovery_key[0] == "2" else "2") + recovery_key[1:]
    # The typo is caught by the checksum, before the slow KDF would run.
    with pytest.raises(InvalidRecoveryKey, match="felskriven"):
        open_recovery_slot(keyslot_file, mistyped)


# --- From here on Argon2id is swapped for a fast hash of secret and salt that ignores the ---
# --- params, so the AAD alone must catch every change to the other fields of a slot. ------


def _fast_derive(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    check_params(params)
    return bytearray(hashlib.sha256(bytes(secret) + b"|" + salt).digest())


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if "real" not in request.fixturenames:
        monkeypatch.setattr(keyslots, "derive_key", _fast_derive)


VAULT_ID = "0123456789abcdef0123456789abcdef"


def _slot(user: str = "anna", secret: bytes = PASSPHRASE, vault_id: str = VAULT_ID) -> KeySlot:
    return make_slot(vault_id, SlotKind.USER, user, secret, DATA_KEY, MINIMUM_KDF)


def _recovery(vault_id: str = VAULT_ID) -> KeySlot:
    return make_slot(vault_id, SlotKind.RECOVERY, "", b"R" * 40, DATA_KEY, MINIMUM_KDF)


def _file() -> KeySlotFile:
    return (
        KeySlotFile(VAULT_ID, [])
        .with_slot(_slot("anna"))
        .with_slot(_slot("bertil", b"bertils losenfras"))
        .with_slot(_recovery())
    )


def _document() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(_file().to_bytes())
    return result


def _bytes(document: Any) -> bytes:
    return json.dumps(document).encode()


def test_fast_round_trip() -> None:
    assert open_slot(_slot(), VAULT_ID, PASSPHRASE) == DATA_KEY


def _flip(data: bytes, index: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[index] ^= mask
    return bytes(changed)


@given(index=st.integers(0, keyslots.WRAPPED_PRIVATE_KEY_LENGTH - 1), mask=st.integers(1, 255))
def test_any_change_to_the_wrapped_private_key_fails(index: int, mask: int) -> None:
    slot = _slot()
    changed = dataclasses.replace(
        slot, wrapped_private_key=_flip(slot.wrapped_private_key, index, mask)
    )

    with pytest.raises(WrongSecret):
        open_slot(changed, VAULT_ID, PASSPHRASE)


@given(index=st.integers(0, keyslots.WRAPPED_LENGTH - 1), mask=st.integers(1, 255))
def test_any_change_to_the_wrapped_data_key_is_named_corrupt(index: int, mask: int) -> None:
    # The passphrase is right, so this is no typo: say the file is damaged.
    slot = _slot()
    changed = dataclasses.replace(slot, wrapped=_flip(slot.wrapped, index, mask))

    with pytest.raises(KeySlotFileCorrupt, match="användaren ”anna” gick att öppna"):
        open_slot(changed, VAULT_ID, PASSPHRASE)


@pytest.mark.parametrize("index", range(32))
def test_any_change_to_the_public_key_fails(index: int) -> None:
    slot = _slot()
    changed = dataclasses.replace(slot, public_key=_flip(slot.public_key, index))

    with pytest.raises(WrongSecret):
        open_slot(changed, VAULT_ID, PASSPHRASE)


def test_wrapped_data_key_swapped_between_slots_fails() -> None:
    anna, bertil = _slot("anna"), _slot("bertil")

    with pytest.raises(KeySlotFileCorrupt):
        open_slot(dataclasses.replace(anna, wrapped=bertil.wrapped), VAULT_ID, PASSPHRASE)


@pytest.mark.parametrize("index", range(16))
def test_any_change_to_salt_fails(index: int) -> None:
    slot = _slot()

    with pytest.raises(WrongSecret):
        open_slot(dataclasses.replace(slot, salt=_flip(slot.salt, index)), VAULT_ID, PASSPHRASE)


@pytest.mark.parametrize(
    "change",
    [
        {"user": "bertil"},
        {"user": "Anna"},
        {"kdf": KdfParams(65536, 4, 4)},
        {"kdf": KdfParams(131072, 3, 4)},
        {"kdf": KdfParams(65536, 3, 8)},
        {"created_at": "2020-01-01T00:00:00Z"},
        {"kind": SlotKind.RECOVERY, "user": ""},
    ],
    ids=["user", "user-case", "iterations", "memory", "lanes", "created_at", "kind"],
)
def test_changing_any_slot_field_fails(change: dict[str, Any]) -> None:
    slot = dataclasses.replace(_slot(), **change)

    with pytest.raises(WrongSecret):
        open_slot(slot, VAULT_ID, PASSPHRASE)


def test_slot_from_another_vault_fails_in_this_file() -> None:
    foreign = _slot(vault_id="f" * 32)
    keyslot_file = KeySlotFile(VAULT_ID, []).with_slot(foreign)

    with pytest.raises(WrongSecret):
        open_user_slot(keyslot_file, "anna", PASSPHRASE)


def test_swapping_user_names_in_the_file_fails_for_both() -> None:
    document = _document()
    first, second = document["slots"][0], document["slots"][1]
    first["user"], second["user"] = second["user"], first["user"]
    swapped = KeySlotFile.from_bytes(_bytes(document))

    with pytest.raises(WrongSecret):
        open_user_slot(swapped, "bertil", PASSPHRASE)
    with pytest.raises(WrongSecret):
        open_user_slot(swapped, "anna", b"bertils losenfras")


def test_recovery_slot_says_recovery_key_is_wrong() -> None:
    with pytest.raises(WrongSecret, match="Återställningsnyckeln passar inte"):
        open_slot(_recovery(), VAULT_ID, b"S" * 40)


def test_open_slot_refuses_weak_params_before_deriving(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*_args: object) -> bytearray:
        raise AssertionError("derived with weak params")

    weak = dataclasses.replace(_slot(), kdf=KdfParams(32768, 3, 4))
    monkeypatch.setattr(keyslots, "derive_key", must_not_run)

    with pytest.raises(WeakKdfParams):
        open_slot(weak, VAULT_ID, PASSPHRASE)


# --- slot-file operations -----------------------------------------------------------------


def test_lookup_is_case_and_normalisation_insensitive() -> None:
    keyslot_file = KeySlotFile(VAULT_ID, []).with_slot(_slot("Åsa"))

    assert keyslot_file.user_slot("åsa") is not None
    assert keyslot_file.user_slot("A\u030asa") is not None
    assert keyslot_file.user_slot("asa") is None
    assert open_user_slot(keyslot_file, "ÅSA", PASSPHRASE) == DATA_KEY


def test_with_slot_adds_or_replaces_and_returns_a_new_file() -> None:
    original = KeySlotFile(VAULT_ID, []).with_slot(_slot("anna"))
    new_anna = _slot("ANNA", b"ny losenfras")

    changed = original.with_slot(new_anna).with_slot(_recovery())
    again = changed.with_slot(_recovery())

    assert len(original.slots) == 1
    assert changed.user_slot("anna") == new_anna
    assert len(changed.slots) == 2
    assert len(again.slots) == 2
    assert again.recovery_slot() is not None
    assert original.recovery_slot() is None


def test_without_user_removes_only_that_user() -> None:
    keyslot_file = _file()

    without = keyslot_file.without_user("Bertil")

    assert without.user_slot("bertil") is None
    assert without.user_slot("anna") is not None
    assert without.recovery_slot() is not None
    assert keyslot_file.user_slot("bertil") is not None
    assert without.without_user("bertil") == without


def test_new_file_has_a_uuid4_vault_id() -> None:
    first, second = KeySlotFile.new(), KeySlotFile.new()

    assert len(first.vault_id) == 32
    assert first.vault_id != second.vault_id
    assert first.slots == []


def test_to_bytes_from_bytes_round_trip() -> None:
    keyslot_file = _file()

    assert KeySlotFile.from_bytes(keyslot_file.to_bytes()) == keyslot_file


def test_file_format_is_recognisable_json() -> None:
    document = _document()

    assert document["format"] == "skyddsapp-keyslots"
    assert document["version"] == 1
    assert document["vault_id"] == VAULT_ID
    slot = document["slots"][0]
    assert slot["kind"] == "user"
    assert slot["kdf"] == {
        "algorithm": "argon2id",
        "memory_kib": 65536,
        "iterations": 3,
        "lanes": 4,
    }
    assert len(base64.b64decode(slot["salt"])) == 16
    assert len(base64.b64decode(slot["wrapped_private_key"])) == 60
    assert len(base64.b64decode(slot["public_key"])) == 32
    assert len(base64.b64decode(slot["wrapped"])) == 92
    assert slot["created_at"].endswith("Z")


def test_secrets_never_appear_in_the_file() -> None:
    data = _file().to_bytes()

    for secret in (DATA_KEY, PASSPHRASE, b"bertils losenfras", b"R" * 40):
        assert secret not in data
        assert secret.hex().encode() not in data
        assert base64.b64encode(secret) not in data
        assert base64.b64encode(secret).rstrip(b"=")[:-2] not in data


def test_slot_private_key_never_appears_in_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[bytes] = []

    def recording_new_private_key() -> bytearray:
        key = box.new_private_key()
        made.append(bytes(key))
        return key

    monkeypatch.setattr(keyslots, "new_private_key", recording_new_private_key)
    data = _file().to_bytes()

    assert len(made) == 3
    for private_key in made:
        assert private_key not in data
        assert base64.b64encode(private_key) not in data


def test_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / KEYSLOT_FILENAME
    _file().save(path)

    loaded = KeySlotFile.load(path)

    assert loaded == KeySlotFile.from_bytes(path.read_bytes())
    assert open_user_slot(loaded, "bertil", b"bertils losenfras") == DATA_KEY


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_saved_file_is_0600(tmp_path: Path) -> None:
    path = tmp_path / KEYSLOT_FILENAME
    old = os.umask(0)
    try:
        _file().save(path)
    finally:
        os.umask(old)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert DATA_KEY not in path.read_bytes()


def test_failed_save_is_a_key_slot_error_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / KEYSLOT_FILENAME
    _file().save(path)
    before = path.read_bytes()

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)

    with pytest.raises(KeySlotFileWriteError) as caught:
        _file().without_user("anna").save(path)
    monkeypatch.undo()

    assert str(caught.value) == f"Nyckelfilen {path} kunde inte sparas: disken är full."
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == [path]


# --- refusing bad files with a specific message -------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / KEYSLOT_FILENAME

    with pytest.raises(KeySlotFileMissing) as caught:
        KeySlotFile.load(path)
    assert str(caught.value).startswith(f"Nyckelfilen saknas: {path}")
    assert caught.value.path == path


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(KeySlotFileUnreadable, match="kunde inte läsas"):
        KeySlotFile.load(tmp_path)


def test_empty_file() -> None:
    with pytest.raises(KeySlotFileCorrupt, match="filen är tom"):
        KeySlotFile.from_bytes(b"")


def test_every_truncation_is_named_truncated(tmp_path: Path) -> None:
    data = _file().to_bytes().rstrip()
    path = tmp_path / KEYSLOT_FILENAME

    for length in range(1, len(data)):
        path.write_bytes(data[:length])
        with pytest.raises(KeySlotFileCorrupt) as caught:
            KeySlotFile.load(path)
        message = str(caught.value)
        assert "avkortad" in message, (length, message)
        assert str(path) in message


def test_binary_garbage() -> None:
    with pytest.raises(KeySlotFileCorrupt, match="inte text"):
        KeySlotFile.from_bytes(b"\xff\xfe\x00garbage\x89PNG")


def test_text_that_is_not_json() -> None:
    with pytest.raises(KeySlotFileCorrupt, match=r"inte giltig JSON \(rad 1, kolumn 1\)"):
        KeySlotFile.from_bytes(b"hej, det h\xc3\xa4r \xc3\xa4r ingen nyckelfil")


@pytest.mark.parametrize(
    "document",
    [
        {"name": "package", "version": "1.0.0"},
        {"format": "keepassxc", "version": 1},
        [1, 2, 3],
        "skyddsapp-keyslots",
        None,
    ],
)
def test_other_json_is_foreign(document: Any) -> None:
    with pytest.raises(KeySlotFileForeign, match="ingen nyckelfil för skyddsapp"):
        KeySlotFile.from_bytes(_bytes(document))


def test_newer_version_is_foreign_and_says_to_update() -> None:
    document = _document()
    document["version"] = 3

    with pytest.raises(KeySlotFileForeign, match=r"formatversion 3.*uppdatera programmet"):
        KeySlotFile.from_bytes(_bytes(document))


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / KEYSLOT_FILENAME
    path.write_bytes(b" " * (keyslots.MAX_FILE_SIZE + 1))

    with pytest.raises(KeySlotFileForeign, match="större än"):
        KeySlotFile.load(path)


@pytest.mark.parametrize("name", ["version", "vault_id", "slots"])
def test_missing_top_level_field_is_named(name: str) -> None:
    document = _document()
    del document[name]

    with pytest.raises(KeySlotFileCorrupt, match=f"fältet ”{name}” saknas"):
        KeySlotFile.from_bytes(_bytes(document))


@pytest.mark.parametrize(
    "name",
    ["kind", "user", "kdf", "salt", "wrapped_private_key", "public_key", "wrapped", "created_at"],
)
def test_missing_slot_field_is_named(name: str) -> None:
    document = _document()
    del document["slots"][1][name]

    with pytest.raises(KeySlotFileCorrupt, match=f"fältet ”{name}” saknas i nyckelplats 2"):
        KeySlotFile.from_bytes(_bytes(document))


@pytest.mark.parametrize("name", ["memory_kib", "iterations", "lanes", "algorithm"])
def test_missing_kdf_field_is_named(name: str) -> None:
    document = _document()
    del document["slots"][0]["kdf"][name]

    with pytest.raises(KeySlotFileCorrupt, match=f"fältet ”{name}” saknas i nyckelplats 1"):
        KeySlotFile.from_bytes(_bytes(document))


@pytest.mark.parametrize("name", ["salt", "wrapped_private_key", "public_key", "wrapped"])
@pytest.mark.parametrize("bad", ["inte base64!", "QUJ", "ÅÄÖ"])
def test_bad_base64_is_named(name: str, bad: str) -> None:
    document = _document()
    document["slots"][0][name] = bad

    with pytest.raises(KeySlotFileCorrupt, match=f"fältet ”{name}” i nyckelplats 1 är inte giltig"):
        KeySlotFile.from_bytes(_bytes(document))


@pytest.mark.parametrize("name", ["salt", "wrapped_private_key", "public_key", "wrapped"])
def test_wrong_length_is_named(name: str) -> None:
    document = _document()
    document["slots"][0][name] = base64.b64encode(b"kort").decode()

    with pytest.raises(KeySlotFileCorrupt, match=f"fältet ”{name}”.*fel längd"):
        KeySlotFile.from_bytes(_bytes(document))


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("version",), "1", "ett heltal"),
        (("vault_id",), 12, "text"),
        (("vault_id",), "inte-ett-id", "giltigt valv-id"),
        (("slots",), {}, "en lista"),
        (("slots", 0, "kdf", "memory_kib"), "65536", "ett heltal"),
        (("slots", 0, "kdf", "iterations"), True, "ett heltal"),
        (("slots", 0, "kdf", "lanes"), 4.0, "ett heltal"),
        (("slots", 0, "kdf", "algorithm"), "scrypt", "okänd nyckelhärledning"),
        (("slots", 0, "kind"), "admin", "okänd typ"),
        (("slots", 0, "user"), "", "utan användarnamn"),
        (("slots", 2, "user"), "mallory", "har ett användarnamn"),
        (("slots", 0, "created_at"), "igår", "giltigt datum"),
        (("slots", 0), "plats", "inte ett objekt"),
        (("slots", 0, "kdf", "memory_kib"), 10**12, "orimligt höga"),
        (("slots", 0, "kdf", "iterations"), 1_000_000, "orimligt höga"),
    ],
)
def test_malformed_values_are_named(path: tuple[Any, ...], value: Any, expected: str) -> None:
    document = _document()
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value

    with pytest.raises(KeySlotFileCorrupt, match=expected):
        KeySlotFile.from_bytes(_bytes(document))


@pytest.mark.parametrize(
    ("name", "value"),
    [("memory_kib", 32768), ("iterations", 2), ("lanes", 1), ("iterations", 1)],
)
def test_lowered_params_are_refused_as_tampering(name: str, value: int) -> None:
    document = _document()
    document["slots"][1]["kdf"][name] = value

    with pytest.raises(WeakKdfParams) as caught:
        KeySlotFile.from_bytes(_bytes(document), source=Path("valv/keyslots.json"))
    message = str(caught.value)
    assert "för svaga Argon2id-parametrar" in message
    assert "användaren ”bertil”" in message
    assert "valv/keyslots.json" in message
    assert "manipulerats" in message


def test_raised_params_in_the_file_fail_to_open() -> None:
    document = _document()
    document["slots"][0]["kdf"]["iterations"] = 4
    keyslot_file = KeySlotFile.from_bytes(_bytes(document))

    with pytest.raises(WrongSecret):
        open_user_slot(keyslot_file, "anna", PASSPHRASE)


def test_duplicate_users_are_refused() -> None:
    document = _document()
    document["slots"][1]["user"] = "ANNA"

    with pytest.raises(KeySlotFileCorrupt, match="två nyckelplatser för användaren"):
        KeySlotFile.from_bytes(_bytes(document))


def test_two_recovery_slots_are_refused() -> None:
    document = _document()
    document["slots"].append(document["slots"][2])

    with pytest.raises(KeySlotFileCorrupt, match="mer än en plats för återställningsnyckeln"):
        KeySlotFile.from_bytes(_bytes(document))


def test_duplicate_json_keys_are_refused() -> None:
    data = _file().to_bytes().replace(b'"version": 1,', b'"version": 1, "version": 1,')

    with pytest.raises(KeySlotFileCorrupt, match="”version” förekommer två gånger"):
        KeySlotFile.from_bytes(data)


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(KeySlotFileCorrupt, match="nästlad"):
        KeySlotFile.from_bytes(b"[" * 100_000 + b"]" * 100_000)


def test_unknown_extra_fields_are_ignored() -> None:
    keyslot_file = _file()
    document = json.loads(keyslot_file.to_bytes())
    document["comment"] = "tillagd av en nyare version"
    document["slots"][0]["note"] = "x"

    assert KeySlotFile.from_bytes(_bytes(document)) == keyslot_file


@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_key_slot_errors(data: bytes) -> None:
    with contextlib.suppress(KeySlotError):
        KeySlotFile.from_bytes(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=10,
)


@given(data=st.data())
def test_any_json_value_in_any_field_raises_only_key_slot_errors(data: st.DataObject) -> None:
    document = _document()
    slot = document["slots"][data.draw(st.integers(0, 2))]
    targets: list[tuple[dict[str, Any], str]] = [(document, k) for k in document]
    targets += [(slot, k) for k in slot] + [(slot["kdf"], k) for k in slot["kdf"]]
    target, key = data.draw(st.sampled_from(targets))
    target[key] = data.draw(json_values)

    with contextlib.suppress(KeySlotError):
        keyslot_file = KeySlotFile.from_bytes(_bytes(document))
        open_user_slot(keyslot_file, "anna", PASSPHRASE)


@given(index=st.integers(min_value=0), value=st.integers(0, 255))
def test_any_changed_byte_in_the_file_is_harmless_or_caught(index: int, value: int) -> None:
    data = bytearray(_file().to_bytes())
    data[index % len(data)] = value
    with contextlib.suppress(KeySlotError):
        keyslot_file = KeySlotFile.from_bytes(bytes(data))
        assert open_user_slot(keyslot_file, "anna", PASSPHRASE) == DATA_KEY


def test_every_error_is_a_key_slot_error() -> None:
    for error in (
        KeySlotFileMissing,
        KeySlotFileUnreadable,
        KeySlotFileCorrupt,
        KeySlotFileForeign,
        WeakKdfParams,
        KeySlotFileWriteError,
        WrongSecret,
    ):
        assert issubclass(error, KeySlotError)


# --- make_slot guards against programming errors ------------------------------------------


def test_make_slot_refuses_weak_params() -> None:
    with pytest.raises(WeakKdfParams):
        make_slot(VAULT_ID, SlotKind.USER, "anna", PASSPHRASE, DATA_KEY, KdfParams(8192, 1, 1))


@pytest.mark.parametrize(
    ("vault_id", "kind", "user", "data_key"),
    [
        ("inte-hex", SlotKind.USER, "anna", DATA_KEY),
        (VAULT_ID, SlotKind.USER, "", DATA_KEY),
        (VAULT_ID, SlotKind.RECOVERY, "anna", DATA_KEY),
        (VAULT_ID, SlotKind.USER, "anna", DATA_KEY[:16]),
    ],
)
def test_make_slot_refuses_inconsistent_arguments(
    vault_id: str, kind: SlotKind, user: str, data_key: bytes
) -> None:
    with pytest.raises(ValueError, match=r"vault_id|user|data key"):
        make_slot(vault_id, kind, user, PASSPHRASE, data_key, MINIMUM_KDF)


def test_make_slot_uses_a_fresh_salt_and_nonce() -> None:
    first, second = _slot(), _slot()

    assert first.salt != second.salt
    assert first.wrapped != second.wrapped


def test_user_name_is_stored_nfc() -> None:
    assert _slot("A\u030asa").user == "Åsa"


def test_missing_recovery_slot_is_a_key_slot_error() -> None:
    keyslot_file = KeySlotFile(VAULT_ID, [_slot()])

    with pytest.raises(KeySlotError, match="ingen återställningsnyckel"):
        open_recovery_slot(keyslot_file, generate_recovery_key())


def test_error_constructors_used_by_the_vault() -> None:
    path = Path("valv") / KEYSLOT_FILENAME

    assert str(WrongSecret()) == WRONG_USER_MESSAGE
    assert str(KeySlotFileMissing(path)).startswith(f"Nyckelfilen saknas: {path}")
    assert KeySlotFileMissing(path).path == path


# --- resealing: rekeying without anyone's passphrase --------------------------------------


def test_reseal_needs_no_secret_and_opens_to_the_new_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slot = _slot()
    new_key = bytes(random_key())

    def must_not_run(*_args: object) -> bytearray:
        raise AssertionError("reseal must not derive a key from a secret")

    monkeypatch.setattr(keyslots, "derive_key", must_not_run)
    resealed = reseal_slot(slot, VAULT_ID, new_key)
    monkeypatch.setattr(keyslots, "derive_key", _fast_derive)

    assert open_slot(resealed, VAULT_ID, PASSPHRASE) == new_key
    assert open_slot(slot, VAULT_ID, PASSPHRASE) == DATA_KEY
    assert resealed.wrapped_private_key == slot.wrapped_private_key
    assert resealed.wrapped != slot.wrapped
    assert new_key not in resealed.wrapped


def test_rekeyed_file_round_trips_and_drops_the_removed_user() -> None:
    new_key = bytes(random_key())
    remaining = _file().without_user("bertil")
    rekeyed = KeySlotFile(
        remaining.vault_id, [reseal_slot(s, remaining.vault_id, new_key) for s in remaining.slots]
    )
    loaded = KeySlotFile.from_bytes(rekeyed.to_bytes())

    assert open_user_slot(loaded, "anna", PASSPHRASE) == new_key
    assert open_slot(loaded.slots[1], VAULT_ID, b"R" * 40) == new_key
    with pytest.raises(WrongSecret):
        open_user_slot(loaded, "bertil", b"bertils losenfras")


def test_resealing_a_foreign_slot_into_this_vault_does_not_launder_it() -> None:
    foreign = _slot(vault_id="f" * 32)

    resealed = reseal_slot(foreign, VAULT_ID, DATA_KEY)

    with pytest.raises(WrongSecret):
        open_slot(resealed, VAULT_ID, PASSPHRASE)


def test_resealing_to_a_low_order_public_key_is_corrupt() -> None:
    broken = dataclasses.replace(_slot(), public_key=bytes(32))

    with pytest.raises(KeySlotFileCorrupt, match="publika nyckeln"):
        reseal_slot(broken, VAULT_ID, DATA_KEY)


def test_reseal_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError, match="data key"):
        reseal_slot(_slot(), VAULT_ID, DATA_KEY[:16])
    with pytest.raises(ValueError, match="vault_id"):
        reseal_slot(_slot(), "inte-hex", DATA_KEY)
    with pytest.raises(WeakKdfParams):
        reseal_slot(dataclasses.replace(_slot(), kdf=KdfParams(8192, 1, 1)), VAULT_ID, DATA_KEY)
