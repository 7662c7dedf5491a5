"""The vault's identity for sealed hand-overs (issue 12): its card to show, print and export,
and the peer vaults it trusts, each imported only after its fingerprint was compared aloud or on
paper. Trust decisions are an administrator's; every one is logged.
"""

from __future__ import annotations

from skyddsapp.crypto.aead import wipe
from skyddsapp.crypto.box import new_private_key, public_key_of
from skyddsapp.crypto.signing import new_signing_key, verify_key_of
from skyddsapp.domain.errors import FieldError, RuleViolation, ValidationError
from skyddsapp.domain.identity_card import IdentityCard, card, card_text, parse_card
from skyddsapp.domain.identity_card import same_fingerprint as matches
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import identity_repository
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.identity_repository import PeerVault
from skyddsapp.vault.vault import Vault

__all__ = ["PeerVault", "create_identity", "import_peer", "own_card", "own_card_text", "peers"]


def _require_admin(vault: Vault, what: str) -> None:
    if vault.user.role is not Role.ADMIN:
        raise NotAllowed(what)


def own_card(vault: Vault) -> IdentityCard | None:
    """This vault's card, or None before an administrator has created its identity."""
    _require_admin(vault, "se valvets identitetskort")
    found = identity_repository.own(vault.connection)
    if found is None:
        return None
    try:
        return card(
            found.name, public_key_of(found.seal_private), verify_key_of(found.sign_private)
        )
    finally:
        wipe(found.seal_private)
        wipe(found.sign_private)


def own_card_text(vault: Vault) -> str:
    """The card as text to export or print (only public keys: it may leave the vault)."""
    found = own_card(vault)
    if found is None:
        raise RuleViolation(Text("Valvet har ingen identitet ännu. Skapa den först."))
    return card_text(found)


def create_identity(vault: Vault, name: str) -> IdentityCard:
    """Make this vault's key pairs once, under `name` (e.g. "Nexus, Uppsala kommun"); logged."""
    _require_admin(vault, "skapa valvets identitet")
    conn = vault.connection
    if identity_repository.own(conn) is not None:
        raise RuleViolation(Text("Valvet har redan en identitet."))
    seal_private, sign_private = new_private_key(), new_signing_key()
    try:
        made = card(name, public_key_of(seal_private), verify_key_of(sign_private))
        with vault.transaction() as audit:
            identity_repository.insert_own(
                conn,
                made.name,
                seal_private,
                sign_private,
                now=utc_now(),
                user_name=vault.user.name,
            )
            audit.append(vault.user.name, "identity.create", details=made.fingerprint)
    finally:
        wipe(seal_private)
        wipe(sign_private)
    return made


def import_peer(vault: Vault, text: str, compared_fingerprint: str) -> PeerVault:
    """Trust the vault whose card is `text`, once the administrator has typed the fingerprint
    as the other vault's administrator read it out (or as printed on its paper card)."""
    _require_admin(vault, "lägga till ett annat valv")
    found = parse_card(text)
    if not matches(found, compared_fingerprint):
        raise ValidationError(
            [
                FieldError(
                    "fingerprint",
                    Text(
                        "Fingeravtrycket stämmer inte med kortet. Jämför det igen med det "
                        "andra valvets administratör; lägg inte till kortet om det skiljer."
                    ),
                )
            ]
        )
    conn = vault.connection
    own = identity_repository.own(conn)
    if own is not None:
        try:
            mine = (public_key_of(own.seal_private), verify_key_of(own.sign_private))
        finally:
            wipe(own.seal_private)
            wipe(own.sign_private)
        if found.seal_key in mine or found.verify_key in mine:
            raise RuleViolation(Text("Det här är valvets eget identitetskort."))
    if identity_repository.peer_with_key(conn, found.seal_key, found.verify_key) is not None:
        raise RuleViolation(Text("Ett valv med någon av de här nycklarna finns redan."))
    with vault.transaction() as audit:
        peer_id = identity_repository.insert_peer(
            conn, found, now=utc_now(), user_name=vault.user.name
        )
        audit.append(
            vault.user.name,
            "identity.peer_import",
            "peer_vault",
            peer_id,
            details=found.fingerprint,
        )
    return next(p for p in identity_repository.peers(conn) if p.id == peer_id)


def peers(vault: Vault) -> list[PeerVault]:
    """The peer vaults this vault trusts, by name."""
    _require_admin(vault, "se andra valv")
    return identity_repository.peers(vault.connection)
