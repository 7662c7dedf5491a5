"""Staff accounts and their roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.text import Text


class Role(Enum):
    """Roll."""

    ADMIN = "admin"
    HANDLER = "handler"
    SOCIAL_WORKER = "social_worker"
    AUDITOR = "auditor"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]

    @property
    def may_change_cases(self) -> bool:
        return self is not Role.AUDITOR

    @property
    def may_read_cases(self) -> bool:
        return self is not Role.AUDITOR

    @property
    def may_read_audit_log(self) -> bool:
        return self in (Role.ADMIN, Role.AUDITOR)


_ROLE_LABELS = {
    Role.ADMIN: "Administratör",
    Role.HANDLER: "Handläggare (Uppsalahem)",
    Role.SOCIAL_WORKER: "Socialsekreterare (Nexus)",
    Role.AUDITOR: "Granskare (endast läsning av loggen)",
}

USER_NAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSPHRASE_LENGTH = 12


@dataclass(frozen=True)
class User:
    """Användarkonto."""

    name: str
    display_name: str
    role: Role
    active: bool = True
    team: str | None = None
    """The team the user handles cases in (`skyddsapp.domain.access`); None: no cases."""


def validate_user_name(name: str) -> str:
    if not USER_NAME.match(name):
        raise ValidationError(
            (
                FieldError(
                    "user_name",
                    "Användarnamnet ska vara 2–32 tecken: små bokstäver a–z, siffror, punkt, "
                    "bindestreck eller understreck, och börja med en bokstav.",
                ),
            )
        )
    return name


def validate_new_passphrase(passphrase: str) -> str:
    """The minimum the vault enforces; the desktop adds a strength estimate on top."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            (
                FieldError(
                    "passphrase",
                    Text("Lösenfrasen måste vara minst {0} tecken lång.", MIN_PASSPHRASE_LENGTH),
                ),
            )
        )
    if passphrase.strip() != passphrase:
        raise ValidationError(
            (FieldError("passphrase", "Lösenfrasen får inte börja eller sluta med mellanslag."),)
        )
    return passphrase
