"""What every document's header says — kept apart from the layout so that the register and the
desktop can name issuers and headers without loading reportlab."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Issuer(enum.Enum):
    """The organisation that issues a document (shown first in the header)."""

    UPPSALAHEM = "Uppsalahem AB"
    NEXUS = "Socialförvaltningen — Nexus"


@dataclass(frozen=True, slots=True)
class DocumentHeader:
    """What the header of every page shows. Holds no personal data by design.

    A sheet printed outside any case (the Informationsblad for a campaign) has no document
    number and no case reference: it is not in the register, so its header shows neither, nor
    a version or a QR code.
    """

    issuer: Issuer
    title: str
    document_number: str
    case_reference: str
    date: dt.date
    version: int

    @property
    def registered(self) -> bool:
        """True for a document of the register (it has a number, a version and a QR code)."""
        return bool(self.document_number)
