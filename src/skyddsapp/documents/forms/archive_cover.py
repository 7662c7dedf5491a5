"""Försättsblad för arkivering: the cover of an archive packet, with no personal data on it.

The cover names no one: no names, personal numbers or addresses, only the case reference, what
kind of case it is, how many of its persons have protected personal data, how the packet is
culled and what it holds. The persons with protection are mentioned (for the marking) but never
printed.
"""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text
from skyddsapp.documents.layout import MARKING, Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import archive_cover
from skyddsapp.domain.paperwork.archive_cover import BLANK_LINES, ArchiveCover
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.workflows import state_label

TITLE = "Försättsblad för arkivering"

ACCESS = "Får endast öppnas av behörig handläggare."
NO_DISCLOSURE = (
    "Lämnas inte ut utan sekretessprövning enligt offentlighets- och sekretesslagen (OSL)."
)
NOT_PROTECTED = "Ärendet innehåller inga skyddade personuppgifter."


def fill(file: CaseFile, options: ArchiveCover) -> Sheet:
    # Nothing is required: the case reference, kind and dates are always there.
    protected = archive_cover.protected_persons(file)
    case = file.case

    sheet = Sheet(TITLE)
    for person in protected:
        sheet.mention(person)  # marks every page; the person is never printed
    if protected:
        sheet.heading(MARKING)
        sheet.text(f"{ACCESS} {NO_DISCLOSURE}")
    else:
        sheet.text(NOT_PROTECTED)
        sheet.text(NO_DISCLOSURE)

    sheet.heading("Ärende")
    sheet.fields(
        [
            ("Ärendenummer", str(case.reference)),
            ("Ärendetyp", case.kind.label),
            ("Aktualiserat", date_text(case.opened_on)),
            ("Status", state_label(case)),
        ]
    )

    if protected:
        levels = list(ProtectionLevel)
        highest = max((p.protection for p in protected), key=levels.index)
        sheet.heading("Skyddade personuppgifter")
        sheet.fields(
            [
                ("Antal personer med skyddade personuppgifter", str(len(protected))),
                ("Högsta skyddsnivå", highest.label),
            ]
        )
        sheet.small("Namn, personnummer och adresser skrivs inte ut på försättsbladet.")

    sheet.heading("Gallring")
    sheet.bullets(
        [
            "Gallras enligt gällande dokumenthanteringsplan.",
            "För Nexus akter: socialtjänstens akter gallras fem år efter sista anteckning.",
            "Gallring prövas innan den genomförs.",
        ]
    )

    sheet.heading("Innehåll")
    if options.contents:
        sheet.fields([(f"{number}.", item) for number, item in enumerate(options.contents, 1)])
    else:
        sheet.lines_to_fill("En handling per rad", BLANK_LINES)

    sheet.heading("Arkivering")
    sheet.lines_to_fill("Datum och signatur", 1)
    return sheet


FORM = FormSpec(
    id="forsattsblad",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    other_issuers=(Issuer.NEXUS,),
    fill=fill,
    fields=archive_cover.fields,
    parse=archive_cover.parse,
    description="Försättsblad för ett arkivpaket, utan namn, personnummer eller adresser.",
)
