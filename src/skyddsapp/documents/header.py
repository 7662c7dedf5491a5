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
    """What the header of every page shows. Holds no personal data by design."""

    issuer: Issuer
    title: str
    document_number: str
    case_reference: str
    date: dt.date
    version: int
