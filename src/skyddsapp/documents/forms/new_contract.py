"""Kontraktsunderlag för ny bostad: what the handler needs to write the new lease by hand."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, address_rows, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import new_contract
from skyddsapp.domain.paperwork.home_address import WITHHELD_HOME_ADDRESS, home_address_withheld
from skyddsapp.domain.paperwork.new_contract import NewContract
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.person import Person

TITLE = "Kontraktsunderlag för ny bostad"
APPROVALS = (DecisionKind.CUSTOMER_CARE_GROUP, DecisionKind.TENANT_APPROVAL)
MANUAL = "Avtalet hanteras manuellt utanför ordinarie uthyrningssystem."


def fill(file: CaseFile, options: NewContract) -> Sheet:
    needs = Needs(TITLE)
    lease = options.lease
    apartment = needs.require(file.apartment_of(lease), "lägenheten som avtalet gäller")
    tenants = file.tenants(lease)
    needs.require(tenants, "hyresgäster på avtalet")
    for tenant in tenants:
        needs.require(tenant.personal_number, f"personnummer för {tenant.full_name}")
    addresses = [_address(tenant, file, needs) for tenant in tenants]
    decisions = [d for d in (file.decision(kind) for kind in APPROVALS) if d is not None]
    approved = [d for d in decisions if d.granted is True]
    if decisions and not approved:
        needs.add("beviljat beslut (Kundvårdsgruppen eller hyresgästgodkännande)")
    handler = needs.require(file.handler_display_name(), "handläggare")
    needs.check()
    assert apartment is not None
    assert handler is not None

    sheet = Sheet(TITLE)
    sheet.text("Underlag för att skriva hyresavtalet för den nya bostaden.")
    if _anyone_protected(file):
        sheet.heading("Manuell hantering")
        sheet.text(MANUAL)
    sheet.heading("Hyresgäst" if len(tenants) == 1 else "Hyresgäster")
    for number, (tenant, address) in enumerate(zip(tenants, addresses, strict=True), 1):
        label = "Namn" if len(tenants) == 1 else f"Hyresgäst {number}"
        sheet.person(tenant, label=label, address=False)
        sheet.fields(address)
        sheet.space(2)
    sheet.heading("Lägenhet")
    sheet.apartment(apartment, file, rent=False)
    sheet.heading("Avtal")
    sheet.fields(
        [
            ("Kontraktsnummer", lease.contract_number),
            ("Kontraktstyp", lease.kind.label),
            ("Startdatum (tillträde)", date_text(lease.start_date)),
            ("Månadshyra", _sek(apartment.monthly_rent_sek)),
        ]
    )
    sheet.heading("Nycklar")
    sheet.fields([("Låssystem", apartment.key_system), ("Nyckelserie", apartment.key_series)])
    sheet.small("Nycklar lämnas ut mot nyckelkvittens när avtalet är underskrivet.")
    sheet.heading("Beslut")
    if approved:
        sheet.table(
            ("Beslut", "Datum", "Beslutat av"),
            [_decision_row(d) for d in approved],
        )
    else:
        sheet.text("Inget beslut om kundvård eller hyresgästgodkännande är registrerat i ärendet.")
    if options.notes:
        sheet.heading("Anteckningar")
        sheet.text(options.notes)
    sheet.signature(handler, "För hyresvärden Uppsalahem AB")
    for tenant in tenants:
        sheet.signature(tenant.full_name, "Hyresgäst")
    return sheet


def _address(person: Person, file: CaseFile, needs: Needs) -> list[tuple[str, str]]:
    if home_address_withheld(person, file):
        return [("Adress", WITHHELD_HOME_ADDRESS)]
    return address_rows(person, needs, file=file)


def _anyone_protected(file: CaseFile) -> bool:
    return any(person.protection.is_protected for person in file.persons.values())


def _sek(amount: int) -> str:
    return f"{amount:,} kr".replace(",", " ")


def _decision_row(decision: Decision) -> tuple[str, str, str]:
    return (decision.kind.label, date_text(decision.date), decision.decided_by)


FORM = FormSpec(
    id="kontraktsunderlag",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=new_contract.fields,
    parse=new_contract.parse,
    description="Underlag för det manuella hyresavtalet för den nya bostaden.",
)
