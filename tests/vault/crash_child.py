"""Child program of test_crash.py: unlock a vault and write through the services until killed.

    python crash_child.py FOLDER USER PASSPHRASE

Prints one line per committed object, "person <id>" or "case <id>", only after the commit has
returned, so every line the parent reads names something the vault promised to keep. Every
seventh round is a batch (one outer transaction, nested use cases) acknowledged after the outer
commit.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from skyddsapp.domain.address import Address
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.services import cases, persons
from skyddsapp.services.context import Session
from skyddsapp.vault.vault import Vault

TODAY = dt.date(2026, 3, 2)


def _letters(n: int) -> str:
    """n in letters: names may hold no digits."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[digit] + out
        if not n:
            return out


def _one(session: Session, n: int, ack: Callable[[str], None]) -> None:
    person = persons.create_person(
        session,
        Person(
            id=None,
            first_name="Krasch",
            last_name="Testsson" + _letters(n),
            real_address=Address(f"Kraschgatan {n % 90 + 1}", "75320", "Uppsala"),
            notes="x" * (n % 300),
        ),
    )
    assert person.id is not None
    ack(f"person {person.id}")
    case = cases.create_case(
        session,
        CaseKind.CUSTOMER_CARE,
        parties=[CaseParty(person.id, CaseRole.CLIENT)],
        notes=f"Ärende {n}",
    )
    ack(f"case {case.id}")


def _print(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(folder: str, user: str, passphrase: str) -> None:
    vault = Vault.unlock(Path(folder), user, passphrase, sleep=lambda seconds: None)
    session = Session(vault, lambda: TODAY)
    _print("ready")
    n = 0
    while True:
        n += 1
        if n % 7:
            # Each use case is its own transaction: acknowledged as soon as it returns.
            _one(session, n, _print)
            continue
        batch: list[str] = []
        with vault.transaction():
            for k in range(5):
                _one(session, n * 10 + k, batch.append)
        for line in batch:  # only now, after the outer commit
            _print(line)


if __name__ == "__main__":
    main(*sys.argv[1:4])
