"""Överenskommelse om övertagande av hyresrätt: a tenant leaves, the client keeps the lease.

The departing tenant may be the perpetrator and signs this paper: it prints nobody's address
and says nothing about why the client takes the lease over.
"""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import takeover
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.paperwork.takeover import Takeover
from skyddsapp.domain.person import Person

TITLE = "Överenskommelse om övertagande av hyresrätt"


def fill(file: CaseFile, options: Takeover) -> Sheet:
    needs = Needs(TITLE)
    lease = options.lease
    client = needs.require(file.client(), "klient i ärendet")
    if client is not None:
        needs.require(client.personal_number, "personnummer för den som tar över avtalet")
    departing = needs.require(file.person(options.departing_id), "hyresgäst som lämnar avtalet")
    if departing is not None:
        needs.require(departing.personal_number, "personnummer för hyresgästen som lämnar")
    apartment = needs.require(file.apartment_of(lease), "lägenheten som avtalet gäller")
    decision = file.decision(DecisionKind.TAKEOVER)
    if decision is not None and decision.granted is False:
        needs.add("beviljat beslut om övertagande (det senaste beslutet är ett avslag)")
    handler = needs.require(file.handler_display_name(), "handläggare")
    needs.check()
    assert client is not None
    assert departing is not None
    assert apartment is not None
    assert handler is not None
    staying = [
        tenant for tenant in file.tenants(lease) if tenant.id not in (client.id, departing.id)
    ]
    holders = [client, *staying]
    day = date_text(options.takeover_date)

    sheet = Sheet(TITLE)
    sheet.text(
        f"Parterna är överens om att {departing.full_name} lämnar hyresavtalet nedan och att "
        f"{client.full_name} från och med {day} tar över hyresrätten"
        + (" ensam." if not staying else " tillsammans med övriga hyresgäster på avtalet.")
    )
    sheet.heading("Hyresavtal")
    sheet.fields(
        [
            ("Kontraktsnummer", lease.contract_number),
            ("Kontraktstyp", lease.kind.label),
            ("Avtalet gäller från", date_text(lease.start_date)),
        ]
    )
    sheet.apartment(apartment, file)
    sheet.heading("Hyresgäst som lämnar avtalet")
    sheet.person(departing, label="Namn", address=False)
    sheet.heading("Hyresgäst som tar över hyresrätten")
    sheet.person(client, label="Namn", address=False)
    if staying:
        sheet.heading("Hyresgäster som står kvar på avtalet")
        for number, tenant in enumerate(staying, 1):
            sheet.person(tenant, label=f"Hyresgäst {number}", address=False)
    sheet.heading("Övertagandet")
    sheet.fields(
        [
            ("Gäller från och med", day),
            ("Hyresgäst efter övertagandet", ", ".join(p.full_name for p in holders)),
            ("Villkor", options.conditions or "Inga särskilda villkor."),
        ]
    )
    sheet.space(2)
    sheet.bullets(
        [
            f"Från och med {day} svarar {_names(holders)} för hyran och övriga förpliktelser "
            "enligt hyresavtalet. Hyresavtalet gäller i övrigt oförändrat.",
            f"{departing.full_name} har från samma dag inte längre rätt att bo i "
            "lägenheten. Hyra och andra förpliktelser som avser tiden före övertagandet "
            "påverkas inte av denna överenskommelse.",
            f"{departing.full_name} lämnar tillbaka alla nycklar, taggar och kort till "
            f"hyresvärden senast {day}. Hyresvärden kan byta lås.",
        ]
    )
    sheet.small(
        "Bestämmelser om när en medhyresgäst, make eller sambo får ta över ett hyresavtal "
        "finns i 12 kap. 47 § jordabalken. Överenskommelsen gäller när alla parter har "
        "skrivit under."
    )
    if decision is not None:
        sheet.heading("Beslut om övertagandet")
        sheet.fields(
            [
                ("Beslut", decision.kind.label),
                ("Datum", date_text(decision.date)),
                ("Beslutat av", decision.decided_by),
            ]
        )
    sheet.signature(departing.full_name, "Hyresgäst som lämnar avtalet")
    sheet.signature(client.full_name, "Hyresgäst som tar över hyresrätten")
    for tenant in staying:
        sheet.signature(tenant.full_name, "Hyresgäst som står kvar")
    sheet.signature(handler, "För hyresvärden Uppsalahem AB")
    return sheet


def _names(people: list[Person]) -> str:
    names = [p.full_name for p in people]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


FORM = FormSpec(
    id="overtagande",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=takeover.fields,
    parse=takeover.parse,
    description="En hyresgäst lämnar avtalet och klienten tar över hyresrätten.",
)
