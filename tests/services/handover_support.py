"""Two vaults that trust each other, for the sealed hand-over tests: Nexus (a) and Uppsalahem
(b), each with its identity made and the other's card imported with the fingerprint compared."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from service_support import TODAY, Factory, new_vault, snapshot

from skyddsapp.domain.identity_card import parse_card
from skyddsapp.services import identities
from skyddsapp.services.context import Session
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
HANDOVER_TABLES = ("handover_packages", "handover_persons")


@dataclass
class Pair:
    a: Session
    b: Session
    b_in_a: int
    """Uppsalahem's peer id in Nexus' vault."""
    a_in_b: int
    """Nexus' peer id in Uppsalahem's vault."""

    @property
    def make_a(self) -> Factory:
        return Factory(self.a)

    @property
    def make_b(self) -> Factory:
        return Factory(self.b)


def trusted_pair(folder: Path) -> Pair:
    a = new_vault(folder / "nexus")
    b = new_vault(folder / "uppsalahem")
    identities.create_identity(a, "Nexus, Uppsala kommun")
    identities.create_identity(b, "Uppsalahem AB")
    b_in_a = _trust(a, b)
    a_in_b = _trust(b, a)
    return Pair(Session(a, lambda: TODAY), Session(b, lambda: TODAY), b_in_a, a_in_b)


def lock(pair: Pair) -> None:
    pair.a.vault.lock()
    pair.b.vault.lock()


def _trust(vault: Vault, other: Vault) -> int:
    text = identities.own_card_text(other)
    return identities.import_peer(vault, text, parse_card(text).fingerprint).id


def stored_counts(conn: Connection) -> dict[str, int]:
    """Row counts of every table a use case writes, the hand-over tables included."""
    counts = snapshot(conn)
    for table in HANDOVER_TABLES:
        counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return counts
