"""Errors of the vault, each with a specific Swedish message that names the problem."""

from __future__ import annotations

from pathlib import Path

from skyddsapp.domain.text import Text, join_sentences


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


class VaultDamaged(VaultError):
    """The vault was examined and found damaged; it is not opened, so nothing gets worse.

    `problems` names each damage found, file by file.
    """

    def __init__(self, folder: Path, problems: list[str]) -> None:
        self.folder = folder
        self.problems = problems
        super().__init__(
            Text(
                "Valvet i {0} är skadat och öppnas inte, så att inget blir värre. {1} "
                "Återställ valvet från den senaste säkerhetskopian, eller låt en administratör "
                "köra ”skyddsapp vault repair” för att godta förlusten.",
                folder,
                join_sentences(problems),
            )
        )


class VaultReadOnly(VaultError):
    """The vault is open for reading only: its medium or file is write-protected, or full."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            Text(
                "Valvet i {0} är skrivskyddat: det går att läsa men inte ändra, och skyddade "
                "uppgifter kan inte visas eftersom visningen inte kan loggas.",
                folder,
            )
        )


class DiskFull(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Text(
                "Disken där {0} ligger är full: inget sparades. Frigör utrymme på disken och "
                "försök igen.",
                path,
            )
        )


class StorageError(VaultError):
    """The operating system refused to read or write one of the vault's files."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            Text(
                "Filen {0} kunde inte läsas eller skrivas ({1}). Inget ändrades; kontrollera "
                "disken och försök igen.",
                path,
                reason,
            )
        )


class VaultBusy(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Text("Valvet {0} används av ett annat program just nu. Försök igen om en stund.", path)
        )


class HeadNotWritten(VaultError):
    """The change was committed, but its head could not be recorded in vault.head."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            Text(
                "Ändringen sparades, men filen {0} kunde inte uppdateras ({1}). Valvet kan "
                "inte längre se om den ändringen går förlorad; kontrollera disken och kör "
                "”skyddsapp vault check”.",
                path,
                reason,
            )
        )


class NotPermitted(VaultError):
    def __init__(self, what: str) -> None:
        super().__init__(Text("Din roll får inte {0}.", what))


class VaultInUse(VaultError):
    """A rekey needs the vault to itself, and another session has it open."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            Text(
                "Valvet i {0} är öppet i ett annat program eller fönster. Att inaktivera en "
                "användare ger valvet en ny nyckel, och det kräver att ingen annan har det öppet: "
                "lås valvet där och försök igen.",
                folder,
            )
        )


class BackupDamaged(VaultError):
    """A backup was examined and found damaged (or not whole); nothing was written anywhere.

    `problems` names each damage found, file by file.
    """

    def __init__(self, folder: Path, problems: list[str]) -> None:
        self.folder = folder
        self.problems = problems
        super().__init__(
            Text(
                "Säkerhetskopian i {0} är skadad och används inte; inget har skrivits. {1}",
                folder,
                join_sentences(problems),
            )
        )


class BackupExists(VaultError):
    """A restore never writes into a folder that is already there."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            Text(
                "Mappen {0} finns redan; en återställning skrivs aldrig över något. Välj en "
                "annan mapp.",
                folder,
            )
        )


class RestoreLeftover(VaultError):
    """A restore's unfinished folder is in the way: left by an earlier restore that was cut
    short, or one under way. It is never removed by the program (it did not make it in this
    run); the user removes it once no restore is running."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            Text(
                "En ofullständig återställning ligger kvar i mappen {0} (från en återställning "
                "som avbröts, eller en som pågår); inget har skrivits. Ta bort den mappen när "
                "ingen återställning pågår och försök igen.",
                folder,
            )
        )


class VaultNotPrivate(VaultError):
    """The vault folder, or something in it, is open to other users: it is not opened."""

    def __init__(self, path: Path, mode: int, *, folder: bool, fix: str) -> None:
        self.path = path
        self.fix = fix
        if folder:
            message = Text(
                "Valvets mapp {0} kan läsas eller ändras av andra användare på datorn "
                "(rättigheter {1}). Valvet öppnas inte förrän bara du kommer åt mappen: "
                "kör {2}",
                path,
                f"{mode:04o}",
                fix,
            )
        else:
            message = Text(
                "{0} i valvets mapp kan läsas eller ändras av andra användare på datorn "
                "(rättigheter {1}). Valvet öppnas inte förrän bara du kommer åt den: kör {2}",
                path,
                f"{mode:04o}",
                fix,
            )
        super().__init__(message)
