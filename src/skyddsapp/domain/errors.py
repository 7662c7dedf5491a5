"""Errors raised by the domain: invalid input, refused workflow steps, broken business rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from skyddsapp.domain.text import Text


class DomainError(Exception):
    """Base class for every error the domain raises on purpose."""


@dataclass(frozen=True, slots=True)
class FieldError:
    """Fel i ett fält: which field (a dotted path such as ``real_address.postal_code``) and why."""

    field: str
    message: str

    def within(self, field_prefix: str, label: str | None = None) -> FieldError:
        """The same error seen from an enclosing object (``street`` → ``real_address.street``)."""
        message = Text("{0}: {1}", label, self.message) if label else self.message
        return FieldError(f"{field_prefix}.{self.field}", message)


class ValidationError(DomainError):
    """Valideringsfel: one or more fields are invalid; all problems are reported at once."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        if not self.errors:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__(" ".join(error.message for error in self.errors))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls((FieldError(field, message),))

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(error.field for error in self.errors)

    def messages_for(self, field: str) -> list[str]:
        return [error.message for error in self.errors if error.field == field]


def raise_if_errors(errors: Iterable[FieldError]) -> None:
    """Raise one ValidationError carrying every collected error, if there are any."""
    collected = tuple(errors)
    if collected:
        raise ValidationError(collected)


class TransitionError(DomainError):
    """Otillåtet steg: a workflow step that is not allowed now, with what is missing for it."""

    def __init__(self, message: str, missing: Iterable[str] = ()) -> None:
        self.message = message
        self.missing: tuple[str, ...] = tuple(missing)
        text = (
            message
            if not self.missing
            else Text("{0} Saknas: {1}", message, " ".join(self.missing))
        )
        super().__init__(text)


class RuleViolation(DomainError):
    """Regelbrott: a business rule forbids the action (e.g. the Kvinnojour quota is used up)."""
