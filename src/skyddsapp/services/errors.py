"""Errors raised by use cases."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of errors a use case reports to the user."""


class NotAllowed(ServiceError):
    def __init__(self, what: str) -> None:
        super().__init__(f"Din roll får inte {what}.")


class NotFound(ServiceError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key} finns inte.")
