"""Beslut om förtur: the decision after an individual needs assessment, against open criteria."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text, handler_rows
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import priority
from skyddsapp.domain.paperwork.mail_recipient import missing_address
from skyddsapp.domain.paperwork.priority import PriorityCriterion, PriorityDecision
from skyddsapp.domain.paperwork.schema import Needs

TITLE = "Beslut om förtur"

GRANTED = "Bifall – förtur beviljas"
REFUSED = "Avslag – förtur beviljas inte"


def fill(file: CaseFile, options: PriorityDecision) -> Sheet:
    needs = Needs(TITLE)
    client = needs.require(file.client(), "klient i ärendet")
    decision = needs.require(file.decision(DecisionKind.PRIORITY), "beslut om förtur i ärendet")
    if client is not None:
        needs.require(client.personal_number, "klientens personnummer")
        address = missing_address(client, "klientens")
        if address is not None:
            needs.add(address)
    if decision is not None:
        if decision.granted is None:
            needs.add("beslutets utfall (bifall eller avslag)")
        elif decision.granted:
            needs.require(decision.valid_until, "beslutets giltighetstid")
    needs.check()
    assert client is not None
    assert decision is not None
    granted = bool(decision.granted)

    sheet = Sheet(TITLE)
    sheet.heading("Sökande")
    sheet.person(client, label="Namn", file=file)

    sheet.heading("Beslut")
    sheet.fields(
        [
            ("Beslut", GRANTED if granted else REFUSED),
            ("Beslutsdatum", date_text(decision.date)),
            ("Förturen gäller till och med", date_text(decision.valid_until) if granted else "–"),
            ("Beslutstext", decision.text),
        ]
    )

    sheet.heading("Kriterier som tillämpats")
    sheet.small(
        "Förtur ges alltid efter en individuell behovsbedömning mot publicerade kriterier. "
        "Ikryssade kriterier är uppfyllda."
    )
    sheet.checkboxes(
        [(criterion.label, criterion in options.criteria) for criterion in PriorityCriterion]
    )

    sheet.heading("Individuell behovsbedömning")
    sheet.text(options.assessment)

    sheet.heading("Hushåll och bostadens storlek")
    sheet.fields(
        [
            ("Antal vuxna", str(options.adults)),
            ("Antal barn", str(options.children)),
            ("Bostad som behövs", f"Minst {options.rooms} rum och kök"),
        ]
    )

    if granted:
        sheet.heading("Områden som inte får erbjudas av säkerhetsskäl")
        sheet.text(options.area_restrictions or "Inga begränsningar har angetts.")
        sheet.small(
            f"Erbjudanden om bostad lämnas enligt beslutet till och med "
            f"{date_text(decision.valid_until)}."
        )

    sheet.signature(decision.decided_by, "Beslutsfattare")
    sheet.space(2)
    sheet.text("Kontakta handläggaren om du har frågor om beslutet.")
    sheet.fields(handler_rows(file))
    return sheet


FORM = FormSpec(
    id="fortur_beslut",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=priority.fields,
    parse=priority.parse,
    description="Beslut om förtur i bostadskön efter individuell behovsbedömning.",
)
