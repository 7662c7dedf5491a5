"""The vault's identity and its trusted peers: made once, shown as a card, a peer imported only
with the fingerprint compared; every refusal stores nothing, every trust decision is logged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from service_support import audit_entries, new_vault

from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.identity_card import card_text, parse_card
from skyddsapp.domain.users import Role
from skyddsapp.services import identities
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.vault import Vault


@pytest.fixture
def peer_vault(tmp_path: Path) -> Vault:
    other = new_vault(tmp_path / "uppsalahem")
    identities.create_identity(other, "Uppsalahem AB")
    return other


def test_an_identity_is_made_once_and_shown_as_a_card(fresh_vault: Vault) -> None:
    assert identities.own_card(fresh_vault) is None

    made = identities.create_identity(fresh_vault, "  Nexus,  Uppsala kommun ")

    assert made.name == "Nexus, Uppsala kommun"
    assert identities.own_card(fresh_vault) == made
    assert parse_card(identities.own_card_text(fresh_vault)) == made
    [entry] = [e for e in audit_entries(fresh_vault.connection) if e.action == "identity.create"]
    assert entry.details == made.fingerprint
    with pytest.raises(RuleViolation, match="redan en identitet"):
        identities.create_identity(fresh_vault, "Nexus igen")


def test_the_card_text_holds_no_private_key(fresh_vault: Vault) -> None:
    identities.create_identity(fresh_vault, "Nexus")
    text = identities.own_card_text(fresh_vault).encode()
    row = fresh_vault.connection.execute(
        "SELECT seal_private, sign_private FROM vault_identity"
    ).fetchone()

    for private in row:
        assert bytes(private) not in text
        assert bytes(private).hex().encode() not in text


def test_a_peer_is_imported_with_its_fingerprint_compared(
    fresh_vault: Vault, peer_vault: Vault
) -> None:
    text = identities.own_card_text(peer_vault)
    spoken = parse_card(text).fingerprint.replace(" ", "-")

    peer = identities.import_peer(fresh_vault, text, spoken)

    assert peer.card == parse_card(text)
    assert identities.peers(fresh_vault) == [peer]
    [entry] = [
        e for e in audit_entries(fresh_vault.connection) if e.action == "identity.peer_import"
    ]
    assert entry.details == peer.card.fingerprint


def test_a_wrong_fingerprint_a_second_import_or_the_own_card_store_nothing(
    fresh_vault: Vault, peer_vault: Vault
) -> None:
    identities.create_identity(fresh_vault, "Nexus")
    text = identities.own_card_text(peer_vault)
    right = parse_card(text).fingerprint
    wrong = right[:-1] + str((int(right[-1]) + 1) % 10)
    before = len(audit_entries(fresh_vault.connection))

    with pytest.raises(ValidationError, match="stämmer inte med kortet"):
        identities.import_peer(fresh_vault, text, wrong)
    own = identities.own_card_text(fresh_vault)
    with pytest.raises(RuleViolation, match="eget identitetskort"):
        identities.import_peer(fresh_vault, own, parse_card(own).fingerprint)
    assert identities.peers(fresh_vault) == []
    assert len(audit_entries(fresh_vault.connection)) == before

    identities.import_peer(fresh_vault, text, right)
    with pytest.raises(RuleViolation, match="finns redan"):
        identities.import_peer(fresh_vault, text, right)
    assert len(identities.peers(fresh_vault)) == 1


def test_a_damaged_card_is_named_as_damaged(fresh_vault: Vault, peer_vault: Vault) -> None:
    text = identities.own_card_text(peer_vault)
    fingerprint = parse_card(text).fingerprint
    name_line = next(line for line in text.splitlines() if line.startswith("namn:"))
    damaged = text.replace(name_line, "namn: Någon annan")

    with pytest.raises(ValidationError, match="kortet är skadat"):
        identities.import_peer(fresh_vault, damaged, fingerprint)
    with pytest.raises(ValidationError, match="inte ett identitetskort"):
        identities.import_peer(fresh_vault, "hej", fingerprint)
    assert identities.peers(fresh_vault) == []


def test_only_an_administrator_handles_identities(
    fresh_vault: Vault, login: Callable[[Vault, str, Role], Session]
) -> None:
    handler = login(fresh_vault, "hanna", Role.HANDLER).vault
    card = card_text(identities.create_identity(fresh_vault, "Nexus"))

    for call in (
        lambda: identities.own_card(handler),
        lambda: identities.create_identity(handler, "X"),
        lambda: identities.import_peer(handler, card, ""),
        lambda: identities.peers(handler),
    ):
        with pytest.raises(NotAllowed):
            call()
