"""Errors of the vault, each with a specific Swedish message that names the problem."""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Base of every error the vault reports to a user."""


class DatabaseMissing(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Databasfilen saknas: {path}")


class DatabaseCorrupt(VaultError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"Databasfilen {path} är skadad eller går inte att läsa ({detail}).")


class WrongKey(VaultError):
    """The key unwrapped from a slot does not open the database: slot and database disagree."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Databasfilen {path} hör inte ihop med nyckelfilen, eller är inte en "
            "skyddsapp-databas."
        )


class NotAVault(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Mappen {path} är inget valv (databas och nyckelfil saknas).")


class VaultExists(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Det finns redan ett valv i {path}; det skrivs aldrig över.")


class SchemaTooNew(VaultError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"Valvet har schemaversion {found}, men programmet känner bara till {known}. "
            "Uppdatera skyddsapp."
        )


class MigrationFailed(VaultError):
    def __init__(self, number: int, detail: str, backup: Path) -> None:
        super().__init__(
            f"Uppgraderingen {number:03d} misslyckades ({detail}); den rullades tillbaka och en "
            f"säkerhetskopia från före uppgraderingen finns i {backup}."
        )


class UnknownUser(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Användaren {name!r} finns inte.")


class UserExists(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Användaren {name!r} finns redan.")


class LastAdministrator(VaultError):
    def __init__(self) -> None:
        super().__init__("Den sista aktiva administratören kan inte inaktiveras.")


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("Valvet är låst.")
