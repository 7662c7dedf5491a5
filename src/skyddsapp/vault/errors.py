"""Errors of the vault, each with a specific Swedish message that names the problem."""

from __future__ import annotations

from pathlib import Path

from skyddsapp.domain.text import Text


class VaultError(Exception):
    """Base of every error the vault reports to a user."""


class DatabaseMissing(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(Text("Databasfilen saknas: {0}", path))


class DatabaseCorrupt(VaultError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            Text("Databasfilen {0} är skadad eller går inte att läsa ({1}).", path, detail)
        )


class WrongKey(VaultError):
    """The key unwrapped from a slot does not open the database: slot and database disagree."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            Text(
                "Databasfilen {0} hör inte ihop med nyckelfilen, eller är inte en "
                "skyddsapp-databas.",
                path,
            )
        )


class NotAVault(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(Text("Mappen {0} är inget valv (databas och nyckelfil saknas).", path))


class VaultExists(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(Text("Det finns redan ett valv i {0}; det skrivs aldrig över.", path))


class SchemaTooNew(VaultError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            Text(
                "Valvet har schemaversion {0}, men programmet känner bara till {1}. "
                "Uppdatera skyddsapp.",
                found,
                known,
            )
        )


class MigrationFailed(VaultError):
    def __init__(self, number: int, detail: str, backup: Path) -> None:
        super().__init__(
            Text(
                "Uppgraderingen {0:03d} misslyckades ({1}); den rullades tillbaka och en "
                "säkerhetskopia från före uppgraderingen finns i {2}.",
                number,
                detail,
                backup,
            )
        )


class UnknownUser(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(Text("Användaren {0!r} finns inte.", name))


class UserExists(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(Text("Användaren {0!r} finns redan.", name))


class LastAdministrator(VaultError):
    def __init__(self) -> None:
        super().__init__(Text("Den sista aktiva administratören kan inte inaktiveras."))


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("Valvet är låst.")
