"""Child program of test_memory.py: use a vault through the services, lock it, then search this
process's own memory for the data key.

    python memory_child.py FOLDER [--leak]

Prints one line: "raw=N hex=M" — how many copies of the key's 32 raw bytes and of its hex text
(lower or upper case) are left in readable memory after lock. The key is kept only XOR-masked
while the memory is read, and unmasked after, so the search itself leaves no copy to find.
`--leak` keeps a str of the key's hex and a bytes copy, as the code did before, to show that
the search finds them.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.address import Address
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import audit as audit_service
from skyddsapp.services import cases, persons
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.vault.vault import Vault

PASSPHRASE = "minnets egen lösenfras 2026"
_MASK = 0x5A
_MAPS = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (r)[w-]")


_kept: list[object] = []


def _use(folder: Path, leak: bool) -> bytearray:
    """Create, use, rekey and lock a vault; return the final data key, masked."""
    created = Vault.create(folder, "admin", "Admin", PASSPHRASE, kdf_params=MINIMUM_KDF)
    vault = created.vault
    vault.add_user("hugo", "Hugo", Role.HANDLER, PASSPHRASE + " hugo")
    vault.deactivate_user("hugo")  # a rekey: export under a new key, the old one wiped
    vault.lock()
    vault = Vault.unlock(folder, "admin", PASSPHRASE)
    session = Session(vault, lambda: dt.date(2026, 3, 2))
    person = persons.create_person(
        session,
        Person(
            None,
            "Minna",
            "Minnesdotter",
            protection=ProtectionLevel.PROTECTED_REGISTRATION,
            real_address=Address("Minnesgatan 1", "75320", "Uppsala"),
        ),
    )
    assert person.id is not None
    cases.create_case(
        session, CaseKind.CUSTOMER_CARE, parties=[CaseParty(person.id, CaseRole.CLIENT)]
    )
    search_cases(session, "Minnes")
    assert audit_service.verify(vault).ok
    assert audit_service.check(vault) == []
    if leak:
        _kept.extend([f"PRAGMA key = \"x'{vault.data_key.hex()}'\"", vault.data_key])
    masked = bytearray(len(vault._data_key))
    for i, byte in enumerate(vault._data_key):
        masked[i] = byte ^ _MASK
    vault.lock()
    assert audit_service.check_folder(folder, "admin", PASSPHRASE) == []
    return masked


def _memory() -> list[bytes]:
    """Every readable mapping of this process, copied."""
    chunks = []
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            match = _MAPS.match(line)
            if not match or "[vvar]" in line or "[vsyscall]" in line:
                continue
            start, end = int(match.group(1), 16), int(match.group(2), 16)
            try:
                mem.seek(start)
                chunks.append(mem.read(end - start))
            except (OSError, ValueError, OverflowError):
                continue
    return chunks


def main(folder: str, leak: bool) -> None:
    masked = _use(Path(folder), leak)
    chunks = _memory()
    key = bytes(b ^ _MASK for b in masked)
    needles = {"raw": [key], "hex": [key.hex().encode(), key.hex().upper().encode()]}
    counts = {
        name: sum(c.count(n) for c in chunks for n in found) for name, found in needles.items()
    }
    sys.stdout.write(f"raw={counts['raw']} hex={counts['hex']} chunks={len(chunks)}\n")


if __name__ == "__main__":
    main(sys.argv[1], "--leak" in sys.argv[2:])
