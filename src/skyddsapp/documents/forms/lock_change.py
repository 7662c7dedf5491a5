"""Beställning av låsbyte: an order to the locksmith that names nobody who lives in the flat."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import lock_change
from skyddsapp.domain.paperwork.lock_change import (
    ADDRESS_GIVEN_ORALLY,
    NEW_KEYS_ONLY_AGAINST_RECEIPT,
    LockChange,
    Urgency,
)
from skyddsapp.domain.paperwork.schema import Needs

TITLE = "Beställning av låsbyte"


def fill(file: CaseFile, options: LockChange) -> Sheet:
    needs = Needs(TITLE)
    flat = options.apartment
    needs.require(flat.key_system, "lägenhetens låssystem")
    needs.require(flat.key_series, "lägenhetens nyckelserie")
    handler = needs.require(file.handler_display_name(), "handläggare i ärendet")
    needs.check()
    assert handler is not None

    # No person of the case is mentioned: the order carries no names, numbers or addresses
    # of residents, only the object and the handler to contact.
    sheet = Sheet(TITLE)
    sheet.text("Uppsalahem AB beställer byte av lås (cylinder) till lägenheten nedan.")
    sheet.heading("Objekt")
    sheet.apartment(flat, file, rent=False)
    if file.hides_flat_address:
        sheet.text(ADDRESS_GIVEN_ORALLY)
    sheet.heading("Beställning")
    rows = [
        ("Låssystem", flat.key_system),
        ("Nuvarande nyckelserie", flat.key_series),
        ("Antal nya nycklar", str(options.new_keys)),
        ("Skäl", options.reason.label),
    ]
    if options.detail:
        rows.append(("Beskrivning", options.detail))
    rows.append(("Brådskande", options.urgency.label))
    if options.urgency is Urgency.PLANNED:
        rows.append(("Önskat datum", date_text(options.wanted_date)))
    rows += [
        ("Beställt", date_text(options.ordered_on)),
        ("Ska vara utfört senast", date_text(options.done_by)),
        ("Kontakt", f"{handler}, Uppsalahem AB"),
    ]
    sheet.fields(rows)
    sheet.text(NEW_KEYS_ONLY_AGAINST_RECEIPT)
    sheet.small(
        "Nycklarna lämnas till kontaktpersonen ovan. Lämna inga uppgifter om beställningen "
        "till någon annan, inte heller till den som frågar på plats."
    )
    sheet.signature(handler, "Beställare, handläggare")
    sheet.heading("Utfört (fylls i av den som byter låset)")
    sheet.fields(
        [
            ("Utfört datum", ""),
            ("Ny nyckelserie", ""),
            ("Antal nya nycklar", ""),
            ("Utfört av", ""),
        ]
    )
    return sheet


FORM = FormSpec(
    id="lasbyte",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=lock_change.fields,
    parse=lock_change.parse,
    description="Beställning av lås- eller cylinderbyte, utan namn på de boende.",
)
