"""Fullmakt: the client lets an agent sign the lease, terminate it and collect keys."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import power_of_attorney
from skyddsapp.domain.paperwork.power_of_attorney import AttorneyScope, PowerOfAttorney
from skyddsapp.domain.paperwork.schema import Needs

TITLE = "Fullmakt"


def fill(file: CaseFile, options: PowerOfAttorney) -> Sheet:
    needs = Needs(TITLE)
    principal = file.person(options.principal_id)
    agent = file.person(options.agent_id)
    needs.require(principal, "fullmaktsgivare (klient)")
    needs.require(agent, "ombud")
    if principal is not None:
        needs.require(principal.personal_number, "fullmaktsgivarens personnummer")
    if agent is not None:
        needs.require(agent.personal_number, "ombudets personnummer")
    needs.check()
    assert principal is not None
    assert agent is not None

    sheet = Sheet(TITLE)
    sheet.heading("Fullmaktsgivare")
    sheet.person(principal, label="Namn", address=False)
    sheet.heading("Ombud")
    sheet.person(agent, label="Namn", address=False)
    sheet.heading("Fullmakten omfattar")
    sheet.text(
        f"Jag ger härmed {agent.full_name} fullmakt att för min räkning företräda mig "
        "gentemot hyresvärden i följande avseenden:"
    )
    sheet.checkboxes([(scope.label, scope in options.scopes) for scope in AttorneyScope])
    sheet.heading("Giltighet")
    sheet.fields(
        [
            ("Gäller från", date_text(options.valid_from)),
            ("Gäller till och med", date_text(options.valid_until)),
        ]
    )
    sheet.small(
        "Fullmakten gäller endast under angiven tid och endast för det som kryssats i ovan. "
        "En fullmakt som har gått ut eller återkallats får inte användas. Originalet lämnas "
        "till hyresvärden tillsammans med legitimation."
    )
    sheet.signature(principal.full_name, "Fullmaktsgivarens underskrift")
    if options.witnesses:
        sheet.heading("Bevittnas")
        sheet.small("Undertecknade intygar att fullmaktsgivaren egenhändigt skrivit under.")
        for witness in options.witnesses:
            sheet.signature(witness, "Vittne")
    return sheet


FORM = FormSpec(
    id="fullmakt",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=power_of_attorney.fields,
    parse=power_of_attorney.parse,
    description="Klienten ger ett ombud rätt att skriva avtal, säga upp och hämta nycklar.",
)
