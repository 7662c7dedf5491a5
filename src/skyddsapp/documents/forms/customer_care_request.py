"""Begäran om kundvård: Nexus asks Uppsalahem's Kundvårdsgrupp to help a tenant move."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, address_rows, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import customer_care_request
from skyddsapp.domain.paperwork.customer_care_request import CareRequest, CustomerCareRequest
from skyddsapp.domain.paperwork.home_address import WITHHELD_HOME_ADDRESS, home_address_withheld
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.rules import takeover_warning_12_47

TITLE = "Begäran om kundvård vid våld i nära relation"
NEED = "Nexus bekräftelse av behovet"


def fill(file: CaseFile, options: CustomerCareRequest) -> Sheet:
    needs = Needs(TITLE)
    client = needs.require(file.client(), "klient i ärendet")
    if client is not None:
        needs.require(client.personal_number, "klientens personnummer")
    lease = needs.require(file.lease_of_client(), "klientens nuvarande hyresavtal")
    apartment = None
    if lease is not None:
        apartment = needs.require(file.apartment_of(lease), "lägenheten som klienten hyr")
    confirmation = file.decision(DecisionKind.NEED_CONFIRMATION)
    if confirmation is None:
        needs.add(NEED)
    elif confirmation.granted is not True:
        needs.add(f"{NEED} (det senaste beslutet styrker inte behovet)")
    handler = needs.require(file.handler_display_name(), "handläggare på Nexus")
    address = _address(client, file, needs) if client is not None else []
    needs.check()
    assert client is not None
    assert lease is not None
    assert apartment is not None
    assert confirmation is not None
    assert handler is not None

    sheet = Sheet(TITLE)
    sheet.fields(
        [
            ("Till", "Uppsalahem AB, Kundvårdsgruppen"),
            ("Från", "Socialförvaltningen, Nexus"),
            ("Handläggare på Nexus", handler),
        ]
    )
    sheet.space(2)
    sheet.text(
        "Nexus begär på uppdrag av och med samtycke från hyresgästen nedan att Uppsalahem "
        "prövar kundvård vid våld i nära relation."
    )
    sheet.heading("Hyresgäst (klient)")
    sheet.person(client, label="Namn", address=False)
    sheet.fields(address)

    sheet.heading("Nexus begär")
    sheet.checkboxes([(kind.label, kind is options.request) for kind in CareRequest])
    sheet.space(2)
    sheet.fields([("Områden som ska undvikas eller önskas", options.areas)])
    if options.motivation:
        sheet.fields([("Motivering", options.motivation)])
    else:
        sheet.lines_to_fill("Motivering", 3)

    sheet.heading("Nuvarande hyresavtal och lägenhet")
    sheet.fields(
        [
            ("Kontraktsnummer", lease.contract_number),
            ("Kontraktstyp", lease.kind.label),
            ("Avtalet gäller från", date_text(lease.start_date)),
        ]
    )
    sheet.apartment(apartment, file)

    sheet.heading("Hushåll")
    tenants = file.tenants(lease)
    for tenant in tenants:
        sheet.mention(tenant)
    others = _other_adults(file, {t.id for t in tenants})
    for person in others:
        sheet.mention(person)
    on_lease, in_flat = _perpetrator_facts(file, lease.tenant_ids)
    # The perpetrator is described, never named, on a paper that also says how the client is
    # reached: the paper may be seen by others than the Kundvårdsgrupp.
    perpetrators = set(file.case.person_ids(CaseRole.PERPETRATOR))
    named_tenants = [t.full_name for t in tenants if t.id not in perpetrators]
    if any(t.id in perpetrators for t in tenants):
        named_tenants.append("våldsutövaren")
    named_others = [p.full_name for p in others if p.id not in perpetrators]
    sheet.fields(
        [
            ("Hyresgäster på avtalet", ", ".join(named_tenants)),
            ("Andra vuxna i lägenheten", ", ".join(named_others) or "Inga registrerade"),
            ("Antal barn i hushållet", str(file.case.children_count)),
            ("Våldsutövaren står på hyresavtalet", on_lease),
            ("Våldsutövaren bor i lägenheten", in_flat),
        ]
    )
    warning = takeover_warning_12_47(lease, file.case.parties)
    if warning:
        sheet.small(warning)

    sheet.heading(DecisionKind.NEED_CONFIRMATION.label)
    sheet.fields(
        [
            ("Datum", date_text(confirmation.date)),
            ("Beslutat av", confirmation.decided_by),
            ("Ställningstagande", "Nexus styrker klientens behov av ny bostad."),
            ("Bedömning", confirmation.text),
        ]
    )
    sheet.signature(handler, "Handläggare, Nexus")

    sheet.heading("Klientens samtycke")
    sheet.text(
        "Jag begär kundvård enligt ovan. Jag samtycker till att Socialförvaltningen (Nexus) "
        "och Uppsalahem AB lämnar varandra de uppgifter om mig och mitt hushåll som behövs "
        "för att handlägga begäran. Jag kan när som helst återkalla samtycket."
    )
    sheet.signature(client.full_name, "Hyresgäst (klient)")
    return sheet


def _address(person: Person, file: CaseFile, needs: Needs) -> list[tuple[str, str]]:
    if home_address_withheld(person, file):
        return [("Adress", WITHHELD_HOME_ADDRESS)]
    return address_rows(person, needs, file=file)


def _other_adults(file: CaseFile, tenant_ids: set[int | None]) -> list[Person]:
    """Adults who live in the flat without being on the lease, the perpetrator excepted."""
    perpetrators = set(file.case.person_ids(CaseRole.PERPETRATOR))
    seen: dict[int, Person] = {}
    for party in file.case.parties:
        person = file.person(party.person_id)
        if (
            person is not None
            and party.lives_in_flat
            and party.person_id not in perpetrators
            and party.person_id not in tenant_ids
        ):
            seen.setdefault(party.person_id, person)
    return list(seen.values())


def _perpetrator_facts(file: CaseFile, tenant_ids: tuple[int, ...]) -> tuple[str, str]:
    """Ja/Nej for "on the lease" and "lives in the flat" (the party's flag); blank lines to
    fill in by hand when no perpetrator is registered."""
    parties = [p for p in file.case.parties if p.role is CaseRole.PERPETRATOR]
    if not parties:
        return "", ""
    on_lease = any(p.person_id in tenant_ids for p in parties)
    in_flat = any(p.lives_in_flat for p in parties)
    return ("Ja" if on_lease else "Nej"), ("Ja" if in_flat else "Nej")


FORM = FormSpec(
    id="kundvard_begaran",
    title=TITLE,
    issuer=Issuer.NEXUS,
    fill=fill,
    fields=customer_care_request.fields,
    parse=customer_care_request.parse,
    description="Nexus begär kundvård hos Uppsalahem och styrker klientens behov av ny bostad.",
)
