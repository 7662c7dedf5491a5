"""Informationsblad: where a person exposed to violence finds support with housing.

Plain Swedish, short sentences. The sheet may be handed out, left behind or found, so it names
no one but the handler to contact: no client, no personal data, never marked. Only well-known
national phone numbers are printed; local contacts go through the municipality's contact centre.
`without_case` makes the same sheet with no case at all, for an information campaign.
"""

from __future__ import annotations

import datetime as dt

from skyddsapp.documents.forms.base import FilledForm, FormSpec, Sheet
from skyddsapp.documents.layout import DocumentHeader, Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import information_sheet
from skyddsapp.domain.paperwork.information_sheet import InformationSheet

# Not "… stöd till dig som utsatts för våld": at 141 mm it is cut in the header (135 mm wide).
TITLE = "Informationsblad: stöd vid våld i nära relation"

# (heading, sentences): each section a few short sentences.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Är du i fara just nu?",
        (
            "Ring 112. Det är larmnumret när det är bråttom.",
            "Vill du prata med polisen när det inte är akut? Ring 114 14.",
        ),
    ),
    (
        "Prata med någon – dygnet runt",
        (
            "Ring Kvinnofridslinjen på 020-50 50 50.",
            "Det är gratis att ringa. Linjen är öppen dygnet runt.",
            "Du får prata med någon som vet mycket om våld. Du behöver inte säga vem du är.",
        ),
    ),
    (
        "Nexus – stöd från socialtjänsten",
        (
            "Nexus finns på socialförvaltningen i Uppsala kommun.",
            "Nexus stöttar dig som har blivit hotad eller utsatt för våld av någon som står dig "
            "nära.",
            "Det kan vara en partner, en före detta partner eller någon i familjen.",
            "Nexus kan hjälpa dig att få ett tryggt boende.",
            "Du når Nexus via Uppsala kommuns kontaktcenter.",
        ),
    ),
    (
        "Bor du hos Uppsalahem?",
        (
            "Uppsalahem har kundvård för hyresgäster som utsätts för våld i nära relation.",
            "Du kan få byta till en likvärdig lägenhet på en annan plats.",
            "Prata med Nexus eller med din kundkontakt på Uppsalahem.",
        ),
    ),
    (
        "Uppsala Kvinnojour",
        (
            "Uppsala Kvinnojour stöttar kvinnor som har utsatts för våld.",
            "Jouren kan också hjälpa till med boende.",
            "Fråga din kontakt hur du når jouren.",
        ),
    ),
    (
        "Skyddat boende och boendekedjan",
        (
            "Behöver du flytta direkt kan du få bo i ett skyddat boende en tid.",
            "Sedan kan du få en lägenhet genom boendekedjan. Då hyr du först lägenheten i andra "
            "hand.",
            "Målet är att du ska få ta över kontraktet och få ett eget förstahandskontrakt.",
        ),
    ),
    (
        "Skydda din adress",
        (
            "Är du rädd att någon ska hitta var du bor? Då kan du ansöka om skyddade "
            "personuppgifter hos Skatteverket.",
            "Ett exempel är skyddad folkbokföring. Då syns inte din riktiga adress.",
            "Fråga Skatteverket vad som passar dig. Din kontakt kan hjälpa dig.",
        ),
    ),
)


def _body(sheet: Sheet) -> None:
    sheet.text(
        "Det här bladet är till dig som har utsatts för våld eller hot av någon som står dig "
        "nära. Här står var du kan få stöd och hjälp med boende. Du är inte ensam."
    )
    for heading, sentences in SECTIONS:
        sheet.heading(heading)
        sheet.text(" ".join(sentences))


def _contact(sheet: Sheet, name: str, phone: str) -> None:
    """Din kontakt: an empty value prints a line to write on by hand."""
    sheet.heading("Din kontakt")
    sheet.fields(
        [
            ("Din kontakt", name),
            ("Telefon till din kontakt", phone),
            ("Annars", CONTACT_CENTRE),
        ]
    )
    sheet.small(
        "Tänk på att någon annan kan hitta det här bladet. Spara det där bara du kommer åt det."
    )


CONTACT_CENTRE = "Ring Uppsala kommuns kontaktcenter och fråga efter Nexus."


def fill(file: CaseFile, options: InformationSheet) -> Sheet:
    # Needs nothing from the case, and prints nothing about its persons.
    sheet = Sheet(TITLE)
    _body(sheet)
    _contact(sheet, file.handler_display_name(), options.contact_phone)
    return sheet


def without_case(issuer: Issuer, date: dt.date) -> FilledForm:
    """The sheet for an information campaign: no case, no register number, no QR code, and
    no name or phone of a contact (lines to write them by hand)."""
    sheet = Sheet(TITLE)
    _body(sheet)
    _contact(sheet, "", "")
    header = DocumentHeader(
        issuer=issuer, title=TITLE, document_number="", case_reference="", date=date, version=0
    )
    return FilledForm(FORM, header, sheet)


FORM = FormSpec(
    id="informationsblad",
    title=TITLE,
    issuer=Issuer.NEXUS,
    other_issuers=(Issuer.UPPSALAHEM,),
    fill=fill,
    fields=information_sheet.fields,
    parse=information_sheet.parse,
    description="Information på lätt svenska om stöd och boende, utan personuppgifter.",
)
