"""Instruktion för post via Skatteverket: how staff send mail to a person with protected data.

What to write where follows the printable-address rule: Skatteverket's forwarding (inner envelope
with the personnummer, outer envelope to Skatteverkets förmedlingsuppdrag), a contact
address the person has given, or — for a person without protection — the ordinary address.
"""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, person_variant
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import mail_recipient
from skyddsapp.domain.paperwork.mail_recipient import MailRecipient, missing_address
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.person import Person, ProtectionLevel
from skyddsapp.domain.printable_address import AddressSource, PrintableAddress, printable_address

TITLE = "Instruktion för post via Skatteverket"

NEVER_REAL = (
    "Skriv aldrig mottagarens verkliga adress: inte på kuvertet, inte i brevet och inte i bilagor."
)


def fill(file: CaseFile, options: MailRecipient) -> Sheet:
    needs = Needs(TITLE)
    person = file.person(options.person_id) if options.person_id is not None else None
    needs.require(person, "mottagare (klienten eller en person med skyddade personuppgifter)")
    if person is not None:
        address = missing_address(person, "mottagarens")
        if address is not None:
            needs.add(address)
    needs.check()
    assert person is not None
    printable = printable_address(person)

    sheet = Sheet(TITLE)
    if printable.source is AddressSource.SKATTEVERKET_FORWARDING:
        _forwarding(sheet, person, printable, file)
    elif printable.source is AddressSource.DELIVERY and person.protection.is_protected:
        _delivery(sheet, person, file)
    else:
        _ordinary(sheet, person, file)
    return sheet


def _recipient(sheet: Sheet, person: Person, file: CaseFile) -> None:
    sheet.heading("Mottagare")
    sheet.person(person, label="Namn", file=file)
    sheet.fields([("Skyddsnivå", person.protection.label)])


def _forwarding(sheet: Sheet, person: Person, printable: PrintableAddress, file: CaseFile) -> None:
    number = ", ".join(printable.inner_envelope)
    outer = ", ".join(printable.lines)
    sheet.text(
        f"Mottagaren har skyddade personuppgifter ({person.protection.label.lower()}). Post "
        "skickas via Skatteverkets särskilda postförmedling. Skatteverket skickar posten vidare "
        "till mottagaren."
    )
    _recipient(sheet, person, file)
    sheet.heading("Gör så här")
    for step in (
        "1. Lägg brevet och eventuella bilagor i ett kuvert (innerkuvert). Klistra igen det.",
        f"2. Skriv mottagarens personnummer {number} och namn {person.full_name} på "
        "innerkuvertet. Skriv avsändarens adress på baksidan.",
        f"3. Lägg innerkuvertet i ett ytterkuvert. Adressera ytterkuvertet till {outer}.",
        "4. Frankera ytterkuvertet och skicka det.",
        "5. Ett rekommenderat brev skickas ensamt i ett eget ytterkuvert, som rekommenderat brev.",
    ):
        sheet.text(step)
    sheet.heading("Kuverten")
    sheet.table(
        ["Innerkuvert (igenklistrat)", "Ytterkuvert"],
        [[f"{number}\n{person.full_name}", "\n".join(printable.lines)]],
    )
    sheet.heading("Tänk på")
    sheet.bullets(
        [
            NEVER_REAL,
            "Flera vanliga brev får ligga i samma ytterkuvert, vart och ett i ett eget "
            "innerkuvert. Rekommenderade brev skickas alltid ett och ett.",
            "Berätta inte för någon var mottagaren bor eller vilken adress som finns i ärendet.",
            "Adressen till Skatteverkets förmedlingsuppdrag kan ändras. Kontrollera den på "
            "skatteverket.se om du är osäker.",
        ]
    )


def _delivery(sheet: Sheet, person: Person, file: CaseFile) -> None:
    sheet.text(
        f"Mottagaren har skyddade personuppgifter ({person.protection.label.lower()}) och har "
        "lämnat en kontaktadress. Skicka posten dit."
    )
    _recipient(sheet, person, file)
    sheet.heading("Gör så här")
    for step in (
        "1. Skriv mottagarens namn och kontaktadressen ovan på kuvertet.",
        "2. Frankera kuvertet och skicka det. Skatteverkets postförmedling behövs inte.",
        "3. Om kontaktadressen inte längre gäller: fråga handläggaren innan du skickar något.",
    ):
        sheet.text(step)
    sheet.heading("Tänk på")
    sheet.bullets(
        [
            NEVER_REAL,
            "Berätta inte för någon var mottagaren bor eller vilken adress som finns i ärendet.",
        ]
    )


def _ordinary(sheet: Sheet, person: Person, file: CaseFile) -> None:
    if person.protection is ProtectionLevel.NONE:
        sheet.text(
            "Mottagaren har inga skyddade personuppgifter. Post skickas som vanligt till "
            "adressen nedan. Skatteverkets postförmedling behövs inte."
        )
    else:
        sheet.text(
            f"Mottagaren har {person.protection.label.lower()} men tar inte emot post via "
            "Skatteverket. Post skickas till adressen nedan. Lämna inte ut adressen till någon."
        )
    _recipient(sheet, person, file)


FORM = FormSpec(
    id="post_skatteverket",
    title=TITLE,
    issuer=Issuer.NEXUS,
    other_issuers=(Issuer.UPPSALAHEM,),
    fill=fill,
    fields=mail_recipient.fields,
    parse=mail_recipient.parse,
    description="Så skickas post till en person med skyddade personuppgifter.",
    variant=person_variant,
)
