"""The sealed hand-over package (issue 12 part 3): one file that carries a case from one vault to
another across an air gap. Pure: builds and parses bytes, makes every check that needs no
stored data, and raises a `PackageRefused` subclass with its own Swedish message for each way a
file can be wrong. The byte layout is documented in docs/handover-package-format.md.
"""

from __future__ import annotations

from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.text import Text

__all__ = [
    "BadSignature",
    "NotAPackage",
    "PackageDamaged",
    "PackageExpired",
    "PackageFromFuture",
    "PackageRefused",
    "PackageReplayed",
    "PackageTooNew",
    "PackageTruncated",
    "UnknownSender",
    "WrongRecipient",
]


class PackageRefused(DomainError):
    """A package that is not imported; str() is the Swedish message for the user. Nothing was
    stored and nothing was logged when this is raised."""

    message: str = "Paketet kan inte tas emot."

    def __init__(self) -> None:
        super().__init__(Text(self.message))


class NotAPackage(PackageRefused):
    message = "Filen är inte ett överlämningspaket från skyddsappen."


class PackageDamaged(PackageRefused):
    message = (
        "Paketet är skadat: någon byte i filen har ändrats på vägen. Be avsändaren försegla "
        "ärendet igen och skicka en ny fil."
    )


class PackageTruncated(PackageDamaged):
    """A package cut short (a copy that did not finish); a kind of damage, with its own text."""

    message = (
        "Paketet är ofullständigt: filen tar slut för tidigt. Kopiera filen igen från "
        "avsändarens media."
    )


class PackageTooNew(PackageRefused):
    message = (
        "Paketet är gjort i en nyare version av skyddsappen än den här. Uppdatera programmet "
        "innan paketet tas emot."
    )


class UnknownSender(PackageRefused):
    message = (
        "Paketet kommer från ett valv som det här valvet inte litar på. En administratör måste "
        "först lägga till avsändarens identitetskort och jämföra fingeravtrycket."
    )


class WrongRecipient(PackageRefused):
    message = "Paketet är inte ställt till det här valvet och kan inte öppnas här."


class BadSignature(PackageRefused):
    message = (
        "Paketets signatur stämmer inte med avsändarens nyckel: paketet kan vara förfalskat. "
        "Ta inte emot det; kontakta avsändaren på annat sätt."
    )


class PackageExpired(PackageRefused):
    message = "Paketet har gått ut och tas inte emot. Be avsändaren försegla ärendet igen."


class PackageFromFuture(PackageRefused):
    message = (
        "Paketet är daterat i framtiden: avsändarens eller den här datorns klocka går fel. "
        "Kontrollera klockorna innan paketet tas emot."
    )


class PackageReplayed(PackageRefused):
    message = "Paketet har redan tagits emot i det här valvet och tas inte emot igen."
