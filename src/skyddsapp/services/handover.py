"""Sealed hand-overs between air-gapped vaults (issue 12 part 3): seal a case, its persons and
documents to a trusted peer vault as one signed file; read such a file for a preview; import it
as a new case, or as an update of the case this vault once sent when it answers one of ours.

Sealing and importing are case work (a user who may see, or change, cases); which vaults are
trusted stays an administrator's decision (`services.identities`). Every refusal of a package is
a `PackageRefused` subclass with its own Swedish message, raised before anything is stored or
logged. The format is `skyddsapp.domain.handover_package` (docs/handover-package-format.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from skyddsapp.domain.handover_package import (
    BadSignature,
    NotAPackage,
    PackageDamaged,
    PackageExpired,
    PackageFromFuture,
    PackageRefused,
    PackageReplayed,
    PackageTooNew,
    PackageTruncated,
    UnknownSender,
    WrongRecipient,
)
from skyddsapp.services.context import Session

__all__ = [
    "BadSignature",
    "ImportResult",
    "NotAPackage",
    "PackageDamaged",
    "PackageExpired",
    "PackageFromFuture",
    "PackagePreview",
    "PackageRefused",
    "PackageReplayed",
    "PackageTooNew",
    "PackageTruncated",
    "PersonPreview",
    "SealedPackage",
    "UnknownSender",
    "WrongRecipient",
    "import_package",
    "peers_for_sealing",
    "read_package",
    "seal_case",
    "write_package",
]

PACKAGE_SUFFIX = ".skydd"


@dataclass(frozen=True)
class SealedPackage:
    """A sealed package ready to be written to removable media."""

    data: bytes
    file_name: str
    """Suggested, with no personal data: "overlamning-<date>-<8 hex>.skydd"."""
    package_id: str
    """The package's random id, 32 hex digits."""


@dataclass(frozen=True)
class PersonPreview:
    name: str
    """As the importing user may see it (masked when the person is protected)."""
    role: str
    """The person's role in the case, a Swedish label."""
    protected: bool


@dataclass(frozen=True)
class PackagePreview:
    """What a checked package holds, shown before the user decides to import it."""

    package_id: str
    sender_name: str
    sender_fingerprint: str
    created_at: str
    expires_at: str
    case_kind: str
    """Swedish label of the case kind."""
    sender_reference: str
    """The case's reference in the sending vault."""
    persons: list[PersonPreview]
    documents: int
    updates_case: str | None
    """This vault's reference of the case the package updates; None when it makes a new case."""


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    reference: str
    created: bool
    """True for a new case, False when an existing case was updated."""


def seal_case(
    session: Session,
    case_id: int,
    peer_id: int,
    *,
    valid_days: int = 14,
    reply_to: str | None = None,
) -> SealedPackage:
    """Seal the case, its persons and documents to the trusted peer vault `peer_id`, signed by
    this vault; logged as `handover.seal` and recorded as sent. `reply_to` is the id of the
    package this one answers (one imported here), so the peer updates its own case."""
    raise NotImplementedError


def write_package(package: SealedPackage, target: Path) -> Path:
    """Write the package to `target` (a file, or a folder to put it in under its suggested
    name) atomically with mode 0600; refuses to overwrite a file that is there. Returns the
    path written."""
    raise NotImplementedError


def read_package(session: Session, data: bytes) -> PackagePreview:
    """Check the package in `data` (every check, in the documented order) and return its
    preview; stores and logs nothing. Raises a `PackageRefused` subclass."""
    raise NotImplementedError


def import_package(session: Session, data: bytes) -> ImportResult:
    """Check `data` again from the start and import it in one transaction: a new case in the
    user's team, or the update of the case it answers; the package id is recorded (a replay is
    refused afterwards) and `handover.import` logged. Everything is stored, or nothing."""
    raise NotImplementedError


def peers_for_sealing(session: Session) -> list[tuple[int, str]]:
    """The trusted peer vaults a case can be sealed to, as (peer id, name); any user who may
    read cases may ask."""
    raise NotImplementedError
