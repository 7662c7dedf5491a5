"""Child program of benchmarks/prove.py (part a): unlock a vault, write through the services
until killed.

    python prove_child.py FOLDER USER PASSPHRASE SEED

Argon2id is swapped for vault_kit's fast stand-in (the parent makes the vault the same way):
what is proven here is the commit path, not the key derivation, and 500 unlocks at the
Argon2id floor would cost minutes. Prints "ready" after the unlock, then one line per
acknowledged commit, only after the commit has returned:

    person <id>          a new person
    case <id>            a new case (its client is a person acknowledged before it)
    apartment <id>       a new flat
    notes <id> <n>       person <id>'s notes now say version <n> (later versions may follow)

Every fifth round is a batch (one outer transaction, nested use cases), acknowledged only
after the outer commit.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from vault_kit import fast_kdf

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.services import cases, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.vault.vault import Vault

TODAY = dt.date(2026, 3, 2)
Ack = Callable[[str], None]


def letters(n: int) -> str:
    """n in letters: names may hold no digits."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[digit] + out
        if not n:
            return out


def _round(session: Session, rng: random.Random, ack: Ack, updated: dict[int, int]) -> None:
    token = rng.getrandbits(40)
    person = persons.create_person(
        session,
        Person(
            id=None,
            first_name="Krasch",
            last_name="Testsson" + letters(token),
            real_address=Address(f"Kraschgatan {token % 90 + 1}", "75320", "Uppsala"),
            notes="v0 " + "x" * rng.randrange(600),
        ),
    )
    assert person.id is not None
    ack(f"person {person.id}")
    choice = rng.random()
    if choice < 0.5:
        case = cases.create_case(
            session,
            CaseKind.CUSTOMER_CARE,
            parties=[CaseParty(person.id, CaseRole.CLIENT)],
            handlers=(session.user_name,),
            notes=f"Ärende {letters(token)}",
        )
        ack(f"case {case.id}")
    elif choice < 0.75:
        flat = housing.create_apartment(
            session,
            Apartment(
                None,
                f"{token}-{rng.randrange(1000, 9999)}",
                Address("Kraschvägen 2", "75428", "Uppsala"),
                2,
                Decimal("51.5"),
                7100,
            ),
        )
        ack(f"apartment {flat.id}")
    else:
        target = rng.choice([*updated, person.id])
        version = updated.get(target, 0) + 1
        current = persons.get_person(session, target)
        persons.update_person(session, replace(current, notes=f"v{version} " + "y" * version))
        updated[target] = version
        ack(f"notes {target} {version}")


def _print(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(folder: str, user: str, passphrase: str, seed: str) -> None:
    rng = random.Random(int(seed))
    with fast_kdf():
        vault = Vault.unlock(Path(folder), user, passphrase, sleep=lambda seconds: None)
    session = Session(vault, lambda: TODAY)
    _print("ready")
    updated: dict[int, int] = {}
    n = 0
    while True:
        n += 1
        if n % 5:
            _round(session, rng, _print, updated)  # each use case its own transaction
            continue
        batch: list[str] = []
        pending = dict(updated)
        with vault.transaction():
            for _ in range(rng.randrange(2, 6)):
                _round(session, rng, batch.append, pending)
        updated.update(pending)
        for line in batch:  # only now, after the outer commit
            _print(line)


if __name__ == "__main__":
    main(*sys.argv[1:5])
