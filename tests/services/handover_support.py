"""Two vaults that trust each other, for the sealed hand-over tests: Nexus (a) and Uppsalahem
(b), each with its identity made and the other's card imported with the fingerprint compared."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from service_support import TODAY, Factory, new_vault, snapshot

from skyddsapp.crypto.box import BOX_OVERHEAD, open_box, seal_to
from skyddsapp.crypto.signing import sign
from skyddsapp.domain import handover_package as fmt
from skyddsapp.domain.identity_card import parse_card
from skyddsapp.services import identities
from skyddsapp.services.context import Session
from skyddsapp.vault import identity_repository
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
    b_in_a = trust(a, b)
    a_in_b = trust(b, a)
    return Pair(Session(a, lambda: TODAY), Session(b, lambda: TODAY), b_in_a, a_in_b)


def lock(pair: Pair) -> None:
    pair.a.vault.lock()
    pair.b.vault.lock()


def trust(vault: Vault, other: Vault) -> int:
    """`vault` trusts `other`; returns `other`'s peer id in `vault`."""
    text = identities.own_card_text(other)
    return identities.import_peer(vault, text, parse_card(text).fingerprint).id


def stored_counts(conn: Connection) -> dict[str, int]:
    """Row counts of every table a use case writes, the hand-over tables included."""
    counts = snapshot(conn)
    for table in HANDOVER_TABLES:
        counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return counts


def _keys(session: Session) -> tuple[bytearray, bytearray]:
    own = identity_repository.own(session.conn)
    assert own is not None
    return own.seal_private, own.sign_private


def opened(recipient: Session, data: bytes) -> fmt.Payload:
    """The payload of a package sealed to `recipient`, opened with its private key."""
    parsed = fmt.parse(data)
    return fmt.decode_payload(open_box(_keys(recipient)[0], parsed.sealed, parsed.header_bytes))


def resealed(sender: Session, data: bytes, payload: fmt.Payload, package_id: bytes) -> bytes:
    """A genuine package of `sender` with `payload` and `package_id`, otherwise as `data`: what
    a peer's own program could make, to show what the receiver accepts of a trusted peer."""
    header = dataclasses.replace(fmt.parse(data).header, package_id=package_id)
    plain = fmt.encode_payload(payload)
    header_bytes = fmt.encode_header(header, len(plain) + BOX_OVERHEAD)
    sealed = seal_to(header.recipient_seal_key, plain, header_bytes)
    return fmt.assemble(header_bytes, sealed, sign(_keys(sender)[1], header_bytes + sealed))
