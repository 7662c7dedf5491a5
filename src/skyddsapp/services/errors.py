"""Errors raised by use cases."""

from __future__ import annotations

from skyddsapp.domain.text import Text


class ServiceError(Exception):
    """Base of errors a use case reports to the user."""


class NotAllowed(ServiceError):
    def __init__(self, what: str) -> None:
        super().__init__(Text("Din roll får inte {0}.", what))


class NotFound(ServiceError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(Text("{0} {1} finns inte.", what, key))
