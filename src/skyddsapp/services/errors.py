"""Errors raised by use cases.

Any use case may also let through a `VaultError` (a damaged page, a full disk, a read-only
vault), each with its own message for the user; it is named here so that the UI can tell it
apart without importing the vault.
"""

from __future__ import annotations

from skyddsapp.domain.text import Text
from skyddsapp.vault.errors import VaultError

__all__ = ["NotAllowed", "NotFound", "ServiceError", "VaultError"]


class ServiceError(Exception):
    """Base of errors a use case reports to the user."""


class NotAllowed(ServiceError):
    def __init__(self, what: str) -> None:
        super().__init__(Text("Din roll får inte {0}.", what))


class NotFound(ServiceError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(Text("{0} {1} finns inte.", what, key))
