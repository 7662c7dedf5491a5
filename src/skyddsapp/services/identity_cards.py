"""The vault's identity card leaving the vault: as a printable page and as a text file.

Both hold only what `services.identities.own_card_text` gives (the vault's name and its public
keys), so neither is personal data: printing or saving them is not logged (as the campaign's
Informationsblad, see `services.information_campaign`), only making the identity and trusting a
peer are. Files are still written as every export is: outside the vault's folder, 0600, fsync,
atomic rename. Administrators only, like the card itself.
"""

from __future__ import annotations

from pathlib import Path

from skyddsapp.documents.header import Issuer
from skyddsapp.domain.access import ROLE_ORGANISATION, Organisation
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.services import identities
from skyddsapp.services.context import Session
from skyddsapp.services.documents import export_target
from skyddsapp.vault.files import atomic_write

__all__ = ["SHEET_FILE_NAME", "TEXT_FILE_NAME", "card_sheet", "save_card_sheet", "save_card_text"]

SHEET_FILE_NAME = "identitetskort.pdf"
TEXT_FILE_NAME = "identitetskort.txt"
_ISSUER = {Organisation.UPPSALAHEM: Issuer.UPPSALAHEM, Organisation.NEXUS: Issuer.NEXUS}


def _issuer(session: Session) -> Issuer:
    """The signed-in administrator's organisation; Nexus for one outside every team."""
    actor = session.actor
    organisation = actor.team.organisation if actor.team else ROLE_ORGANISATION.get(actor.role)
    return _ISSUER[organisation] if organisation is not None else Issuer.NEXUS


def card_sheet(session: Session) -> bytes:
    """The card as a one-page PDF (bytes; nothing written), dated today."""
    found = identities.own_card(session.vault)
    if found is None:
        raise RuleViolation(Text("Valvet har ingen identitet ännu. Skapa den först."))
    from skyddsapp.documents.identity_card_sheet import render_card_sheet  # loads reportlab

    return render_card_sheet(found, issuer=_issuer(session), made_on=session.today())


def _save(session: Session, path: Path, data: bytes) -> Path:
    target = export_target(session, Path(path))
    try:
        atomic_write(target, data, mode=0o600)
    except OSError as error:
        raise ValidationError.single(
            "path", Text("Filen kunde inte sparas: {0}", error.strerror or type(error).__name__)
        ) from error
    return target


def save_card_sheet(session: Session, path: Path) -> Path:
    """Write the printable card to `path`; the path written."""
    return _save(session, path, card_sheet(session))


def save_card_text(session: Session, path: Path) -> Path:
    """Write the card's text (`own_card_text`: name, public keys, fingerprint) to `path`, to
    carry to the other vault; the path written."""
    return _save(session, path, identities.own_card_text(session.vault).encode("utf-8"))
