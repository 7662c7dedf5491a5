"""Which address may be printed for a person: the rule that keeps protected addresses secret."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from skyddsapp.domain.address import Address
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.person import Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.text import Text

# Skatteverket's forwarding address for mail to persons with protected personal data, as given
# on skatteverket.se ("Skatteverkets förmedlingsuppdrag, Box 2820, 403 20 Göteborg"; the English
# page "Sending mail to someone with protected identity" gives the same box). VERIFY before each
# release: the forwarding service is under review (SOU 2025:90).
SKATTEVERKET_FORWARDING_ADDRESS: tuple[str, ...] = (
    "Skatteverkets förmedlingsuppdrag",
    "Box 2820",
    "403 20 Göteborg",
)

SKATTEVERKET_FORWARDING_INSTRUCTION = (
    "Mottagaren har skyddade personuppgifter. Skicka posten via Skatteverkets särskilda "
    "postförmedling:\n"
    "1. Lägg brevet i ett kuvert och klistra igen det.\n"
    "2. Skriv mottagarens personnummer på kuvertet och avsändarens adress på baksidan.\n"
    "3. Lägg kuvertet i ett ytterkuvert och skicka det frankerat till "
    + ", ".join(SKATTEVERKET_FORWARDING_ADDRESS)
    + ".\n"
    "Ett rekommenderat brev skickas ensamt i ett eget ytterkuvert, som rekommenderat brev."
)


class AddressSource(Enum):
    """Adresskälla: where a printable address comes from."""

    REAL = "real"
    DELIVERY = "delivery"
    SKATTEVERKET_FORWARDING = "skatteverket_forwarding"


@dataclass(frozen=True, slots=True, repr=False)
class PrintableAddress:
    """Utskrivbar adress: what may appear on a document or envelope for one person.

    ``lines`` is the address block (without the recipient's name, which is ``recipient``).
    For Skatteverket's forwarding the block is Skatteverket's own address,
    ``inner_envelope`` what goes on the sealed inner envelope, and ``instruction`` tells the
    sender what to do.
    """

    source: AddressSource
    recipient: str
    lines: tuple[str, ...]
    inner_envelope: tuple[str, ...] = ()
    instruction: str = ""

    def __repr__(self) -> str:
        return f"PrintableAddress(source={self.source.name})"


def may_print_real_address(person: Person) -> bool:
    """False for skyddad folkbokföring and fingerade personuppgifter, whatever is stored."""
    return not person.protection.hides_real_address


def printable_address(person: Person) -> PrintableAddress:
    """The address to print for ``person``; never the real one when the protection hides it.

    Order of preference:

    * skyddad folkbokföring, fingerade personuppgifter: the kontaktadress the person
      has given, else Skatteverket's forwarding (needs the personnummer);
    * sekretessmarkering: Skatteverket's forwarding if the person uses it, else as below;
    * no protection: the real address, else the delivery address.

    Raises RuleViolation when nothing may be printed.
    """
    number = person.personal_number
    if person.protection.hides_real_address:
        if person.delivery_address is not None:
            return _from_address(person, person.delivery_address, AddressSource.DELIVERY)
        if number is not None:
            return _forwarding(person, number)
        raise RuleViolation(
            Text(
                "Ingen adress kan skrivas ut: personen har {0} och saknar både "
                "kontaktadress och personnummer för Skatteverkets postförmedling. Den verkliga "
                "adressen får aldrig skrivas ut.",
                person.protection.label.lower(),
            )
        )
    marked = person.protection is ProtectionLevel.CONFIDENTIALITY_MARKING
    if marked and person.uses_skatteverket_forwarding and number is not None:
        return _forwarding(person, number)
    if person.real_address is not None:
        return _from_address(person, person.real_address, AddressSource.REAL)
    if person.delivery_address is not None:
        return _from_address(person, person.delivery_address, AddressSource.DELIVERY)
    if person.uses_skatteverket_forwarding and number is not None:
        return _forwarding(person, number)
    raise RuleViolation("Ingen adress kan skrivas ut: personen saknar adress.")


def _from_address(person: Person, address: Address, source: AddressSource) -> PrintableAddress:
    return PrintableAddress(source=source, recipient=person.full_name, lines=address.lines())


def _forwarding(person: Person, number: PersonalNumber) -> PrintableAddress:
    return PrintableAddress(
        source=AddressSource.SKATTEVERKET_FORWARDING,
        recipient=person.full_name,
        lines=SKATTEVERKET_FORWARDING_ADDRESS,
        inner_envelope=(number.formatted(),),
        instruction=SKATTEVERKET_FORWARDING_INSTRUCTION,
    )
