"""Andrahandsavtal: Uppsala Kvinnojour or Socialförvaltningen lets a flat to the client."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, address_rows, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import sublease
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.paperwork.sublease import Sublease

TITLE = "Andrahandsavtal"


def fill(file: CaseFile, options: Sublease) -> Sheet:
    needs = Needs(TITLE)
    lease = options.lease
    client = needs.require(file.client(), "klient i ärendet (hyresgäst)")
    if client is not None:
        needs.require(client.personal_number, "klientens personnummer")
        address_rows(client, needs, file=file)
    flat = needs.require(file.apartment_of(lease), "lägenheten som avtalet gäller")
    decision = file.decision(DecisionKind.SOCIAL_CONTRACT)
    if options.is_social_contract and (decision is None or decision.granted is not True):
        needs.add("beviljat beslut om bostadssocialt kontrakt")
    needs.check()
    assert client is not None
    assert flat is not None

    first_hand = options.first_hand_tenant
    sheet = Sheet(TITLE)
    sheet.text(
        f"{first_hand} hyr som förstahandshyresgäst ut lägenheten nedan i andra hand till "
        "hyresgästen. Upplåtelsen sker med hyresvärdens samtycke."
    )
    sheet.heading("Förstahandshyresgäst (uthyrare)")
    sheet.fields([("Namn", first_hand)])
    sheet.heading("Hyresgäst i andra hand")
    sheet.person(client, label="Namn", needs=needs, file=file)
    sheet.heading("Lägenhet")
    sheet.apartment(flat, file, rent=False)
    sheet.fields([("Kontraktsnummer", lease.contract_number), ("Kontraktstyp", lease.kind.label)])
    sheet.heading("Avtalstid och hyra")
    rows = [
        ("Tillträdesdag", date_text(options.start_date)),
        (
            "Avtalstid",
            f"Till och med {date_text(options.end_date)}" if options.end_date else "Tills vidare",
        ),
    ]
    if options.trial_months is not None:
        rows.append(
            (
                "Prövotid",
                f"{options.trial_months} månader, till och med {date_text(options.trial_end)}",
            )
        )
    rows.append(("Månadshyra", f"{options.monthly_rent_sek:,} kr".replace(",", " ")))
    if options.is_social_contract and decision is not None:
        rows.append(("Beslut om bostadssocialt kontrakt", date_text(decision.date)))
    sheet.fields(rows)
    sheet.heading("Villkor")
    for number, term in enumerate(options.terms, 1):
        sheet.text(f"{number}. {term}")
    if options.extra_terms:
        sheet.heading("Övriga villkor")
        sheet.text(options.extra_terms)
    sheet.small(
        "Avtalet ställer inga andra krav på hyresgästen än dem som följer av hyreslagen. "
        "Avtalet upprättas i två likalydande exemplar, ett till var och en av parterna."
    )
    sheet.signature("", f"För {first_hand} (förstahandshyresgäst)")
    sheet.signature(client.full_name, "Hyresgäst")
    return sheet


FORM = FormSpec(
    id="andrahandsavtal",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    other_issuers=(Issuer.NEXUS,),
    fill=fill,
    fields=sublease.fields,
    parse=sublease.parse,
    description="Andrahandsavtal från Uppsala Kvinnojour eller bostadssocialt kontrakt, "
    "med prövotid och gemensam bedömning.",
)
