"""Bekräftelse av uppsägning: Uppsalahem confirms to the tenants when their lease ends."""

from __future__ import annotations

import datetime as dt

from skyddsapp.documents.forms.base import FormSpec, Sheet, address_rows, date_text, person_variant
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import termination_confirmation
from skyddsapp.domain.paperwork.home_address import WITHHELD_HOME_ADDRESS, home_address_withheld
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.paperwork.termination_confirmation import TerminationConfirmation
from skyddsapp.domain.person import Person

TITLE = "Bekräftelse av uppsägning"


def fill(file: CaseFile, options: TerminationConfirmation) -> Sheet:
    needs = Needs(TITLE)
    lease = options.lease
    apartment = needs.require(file.apartment_of(lease), "lägenheten som avtalet gäller")
    notice_date = needs.require(lease.notice_date, "registrerat uppsägningsdatum för avtalet")
    tenants = file.tenants(lease)
    needs.require(tenants, "hyresgäster på avtalet")
    recipient = needs.require(file.person(options.recipient_id), "mottagare på avtalet")
    address = _address(recipient, file, needs) if recipient is not None else []
    handler = needs.require(file.handler_display_name(), "handläggare")
    needs.check()
    assert apartment is not None
    assert notice_date is not None
    assert handler is not None
    assert recipient is not None
    end_date = lease.end_date
    assert end_date is not None

    # One letter per tenant: a co-tenant may be the person a protected address is hidden from,
    # so only the recipient's own address (and personal number) is on this paper.
    sheet = Sheet(TITLE)
    sheet.heading("Till")
    sheet.person(recipient, label="Namn", address=False)
    sheet.fields(address)
    for other in tenants:
        if other.id != recipient.id:
            sheet.mention(other)
    if len(tenants) > 1:
        sheet.fields([("Hyresgäster på avtalet", ", ".join(t.full_name for t in tenants))])
        sheet.small("Varje hyresgäst på avtalet får en egen bekräftelse.")
    sheet.space(2)
    sheet.text(
        f"Uppsalahem AB bekräftar att hyresavtalet nedan är uppsagt. Avtalet upphör att gälla "
        f"den {date_text(end_date)}."
    )
    sheet.heading("Hyresavtal")
    sheet.fields([("Kontraktsnummer", lease.contract_number), ("Kontraktstyp", lease.kind.label)])
    sheet.apartment(apartment, file, rent=False)
    sheet.heading("Uppsägningstid")
    sheet.fields(
        [
            ("Uppsägningsdatum", date_text(notice_date)),
            ("Avtalet upphör", date_text(end_date)),
        ]
    )
    sheet.small(
        "Uppsägningstiden följer 12 kap. 4 § jordabalken: avtalet upphör vid det månadsskifte "
        "som inträffar närmast efter tre månader från uppsägningen. Hyra betalas till och med "
        "den dag avtalet upphör."
    )
    sheet.heading("Inför avflyttningen")
    points = [
        f"Alla nycklar, taggar och kort ska lämnas tillbaka till Uppsalahem senast "
        f"{date_text(end_date)}. Ni får en kvittens när ni lämnar dem. Saknas nycklar kan "
        "låset behöva bytas.",
        "Lägenheten ska vara tömd och städad när den lämnas.",
    ]
    if apartment.embargo_until is not None or _anyone_protected(file):
        # Stated without a reason: the letter goes to every tenant on the lease. The embargo
        # computed from the notice ends the day after the lease (domain.old_flat): no later.
        later = apartment.embargo_until
        until = (
            f" och inte heller före {date_text(later)}"
            if later is not None and later > end_date + dt.timedelta(days=1)
            else ""
        )
        points.append(
            "Lägenheten kommer inte att annonseras eller visas för nya hyresgäster under "
            f"uppsägningstiden{until}."
        )
    else:
        points.append(
            "Under uppsägningstiden kan lägenheten behöva visas för nya hyresgäster. "
            "Uppsalahem kontaktar er i god tid före en visning."
        )
    sheet.bullets(points)
    sheet.text("Kontakta Uppsalahem om ni har frågor om uppsägningen eller avflyttningen.")
    sheet.space(6)
    sheet.text("Med vänlig hälsning")
    sheet.fields([("Handläggare", handler), ("Hyresvärd", "Uppsalahem AB")])
    return sheet


def _address(person: Person, file: CaseFile, needs: Needs) -> list[tuple[str, str]]:
    if home_address_withheld(person, file):
        return [("Adress", WITHHELD_HOME_ADDRESS)]
    return address_rows(person, needs, file=file)


def _anyone_protected(file: CaseFile) -> bool:
    return any(person.protection.is_protected for person in file.persons.values())


FORM = FormSpec(
    id="uppsagning_bekraftelse",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=termination_confirmation.fields,
    parse=termination_confirmation.parse,
    description="Uppsalahem bekräftar uppsägningen till hyresgästerna med slutdatum.",
    variant=person_variant,
)
