"""Samtycke till informationsutbyte: the client lets Nexus and Uppsalahem share chosen items."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import consent
from skyddsapp.domain.paperwork.consent import Consent, ConsentScope
from skyddsapp.domain.paperwork.mail_recipient import missing_address
from skyddsapp.domain.paperwork.schema import Needs

TITLE = "Samtycke till informationsutbyte"

NEXUS = "Socialförvaltningen i Uppsala kommun, enheten Nexus"
UPPSALAHEM = "Uppsalahem AB"


def fill(file: CaseFile, options: Consent) -> Sheet:
    needs = Needs(TITLE)
    client = needs.require(file.client(), "klient i ärendet")
    if client is not None:
        needs.require(client.personal_number, "klientens personnummer")
        address = missing_address(client, "klientens")
        if address is not None:
            needs.add(address)
    needs.check()
    assert client is not None
    until = date_text(options.valid_until)

    sheet = Sheet(TITLE)
    sheet.heading("Den som lämnar samtycket")
    sheet.person(client, label="Namn", file=file)

    sheet.heading("Samtycke")
    sheet.text(
        f"Jag samtycker till att {NEXUS} och {UPPSALAHEM} får lämna uppgifter om mig till "
        "varandra. Uppgifterna får lämnas åt båda hållen: från Nexus till Uppsalahem och från "
        "Uppsalahem till Nexus. Bara de uppgifter som behövs för syftet får lämnas."
    )
    if options.purpose:
        sheet.fields([("Syfte", options.purpose)])

    sheet.heading("Samtycket gäller bara dessa uppgifter")
    sheet.checkboxes([(scope.label, scope in options.scopes) for scope in ConsentScope])

    sheet.heading("Giltighet")
    sheet.fields([("Gäller från", date_text(file.today)), ("Gäller till och med", until)])

    sheet.heading("Det här ska du veta")
    sheet.bullets(
        [
            "Det är frivilligt att lämna samtycke. Du bestämmer själv.",
            "Du kan när som helst ta tillbaka samtycket. Säg det eller skriv det till din "
            "handläggare. Från den stunden får inga fler uppgifter lämnas.",
            "Samtycket gäller bara de uppgifter som är ikryssade ovan.",
            f"Samtycket gäller bara till och med {until}. Efter det behövs ett nytt samtycke.",
            "Uppgifterna lämnas bara mellan Nexus och Uppsalahem, inte till någon annan.",
            "Uppgifter hos socialtjänsten skyddas av sekretess enligt offentlighets- och "
            "sekretesslagen. Samtycket gäller bara det du har valt här.",
        ]
    )

    sheet.signature(client.full_name, "Jag lämnar samtycke enligt ovan")
    sheet.signature(file.handler_display_name(), "Handläggare, Nexus")
    sheet.small("Originalet sparas i akten hos Nexus. Du får en kopia.")
    return sheet


FORM = FormSpec(
    id="samtycke",
    title=TITLE,
    issuer=Issuer.NEXUS,
    fill=fill,
    fields=consent.fields,
    parse=consent.parse,
    description="Klientens samtycke till att Nexus och Uppsalahem utbyter valda uppgifter.",
)
