"""Informationsblad for an information campaign: the sheet on its own, with no case.

The sheet in a case (form ``informationsblad``, made with `documents.generate`) names the
handler, gets a register number and a QR code, and its making, viewing and printing are logged
like every case document. This one reads nothing from the vault but the signed-in user's
organisation (the issuer): no case, no person, no number, no QR code, lines to write a contact
on by hand. It is not logged either: the audit log records who changed or saw cases and
personal data, and a leaflet that holds neither would only bury those entries, just as
printing a web page of the municipality is not logged. It is not kept in the register, since
there is nothing on it to verify or to count.
"""

from __future__ import annotations

from pathlib import Path

from skyddsapp.documents.header import Issuer
from skyddsapp.domain.access import ROLE_ORGANISATION, Organisation
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.services.context import Session
from skyddsapp.services.documents import export_target
from skyddsapp.vault.files import atomic_write

__all__ = ["FILE_NAME", "information_sheet", "save_information_sheet"]

FILE_NAME = "informationsblad.pdf"
_ISSUER = {Organisation.UPPSALAHEM: Issuer.UPPSALAHEM, Organisation.NEXUS: Issuer.NEXUS}


def _issuer(session: Session) -> Issuer:
    actor = session.actor
    organisation = actor.team.organisation if actor.team else ROLE_ORGANISATION.get(actor.role)
    return _ISSUER[organisation] if organisation is not None else Issuer.NEXUS


def information_sheet(session: Session, issuer: Issuer | None = None) -> bytes:
    """The Informationsblad as PDF bytes, dated today, issued by ``issuer`` (default: the
    user's organisation; Nexus for an administrator without a team). Not logged (see the module)."""
    from skyddsapp.documents.forms.information_sheet import without_case

    filled = without_case(issuer or _issuer(session), session.today())
    return filled.render()


def save_information_sheet(session: Session, path: Path, issuer: Issuer | None = None) -> Path:
    """Write the sheet to ``path`` (fsync, atomic rename; readable by others, since it holds
    nothing personal: a print shop may need it). Outside the vault's folder; not logged."""
    target = export_target(session, Path(path))
    try:
        atomic_write(target, information_sheet(session, issuer), mode=0o644)
    except OSError as error:
        raise ValidationError.single(
            "path", Text("Filen kunde inte sparas: {0}", error.strerror or type(error).__name__)
        ) from error
    return target
