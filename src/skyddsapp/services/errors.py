"""Errors raised by use cases.

Any use case may also let through a `VaultError` (a damaged page, a full disk, a read-only
vault), each with its own message for the user; it is named here so that the UI can tell it
apart without importing the vault.
"""

from __future__ import annotations

from skyddsapp.domain.text import Text
from skyddsapp.vault.errors import VaultError

__all__ = ["NoAccess", "NotAllowed", "NotFound", "ServiceError", "VaultError"]


class ServiceError(Exception):
    """Base of errors a use case reports to the user."""


class NotAllowed(ServiceError):
    def __init__(self, what: str) -> None:
        super().__init__(Text("Din roll får inte {0}.", what))


class NotFound(ServiceError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(Text("{0} {1} finns inte.", what, key))


class NoAccess(ServiceError):
    """The case (or what belongs to it) is not the user's, nor their team's: it may be opened
    only by breaking the glass, with a reason that is logged and reviewed."""

    def __init__(self, what: str | None = None, *, case_id: int | None = None) -> None:
        self.case_id = case_id
        if what is None:
            super().__init__(
                Text("Det hör till ett ärende som varken du eller ditt team handlägger.")
            )
        else:
            super().__init__(
                Text(
                    "Ärendet {0} handläggs varken av dig eller ditt team. Behöver du öppna det, "
                    "använd nödåtkomst och ange ett skäl; öppningen loggas och granskas.",
                    what,
                )
            )
