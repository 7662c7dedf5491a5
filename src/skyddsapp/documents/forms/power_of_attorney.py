"""Fullmakt: the client lets an agent sign the lease, terminate it and collect keys."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.apartment import DEFAULT_LANDLORD
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.lease import Lease, LeaseStatus
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
    current, new = _leases(file, options.principal_id)
    concerned = []
    if AttorneyScope.TERMINATE_LEASE in options.scopes:
        concerned.append(current)
    if {AttorneyScope.SIGN_LEASE, AttorneyScope.COLLECT_KEYS} & set(options.scopes):
        concerned.append(new)
    landlords = list(dict.fromkeys(_landlord(file, lease) for lease in concerned))
    landlord = ("hyresvärdarna " if len(landlords) > 1 else "hyresvärden ") + " och ".join(
        landlords
    )
    sheet.heading("Fullmakten omfattar")
    sheet.text(
        f"Jag ger härmed {agent.full_name} fullmakt att för min räkning företräda mig "
        f"gentemot {landlord} i följande avseenden:"
    )
    sheet.checkboxes([(scope.label, scope in options.scopes) for scope in AttorneyScope])
    rows = []
    if AttorneyScope.TERMINATE_LEASE in options.scopes:
        rows.append(("Avtal som sägs upp", _lease_text(file, current)))
    if {AttorneyScope.SIGN_LEASE, AttorneyScope.COLLECT_KEYS} & set(options.scopes):
        rows.append(("Ny bostad", _lease_text(file, new)))
    if rows:
        sheet.fields(rows)
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


def _leases(file: CaseFile, principal_id: int) -> tuple[Lease | None, Lease | None]:
    """The principal's current lease (the latest started that has not ended, possibly under
    notice) and the new one (the latest that starts after it, or has not started yet)."""
    own = [
        lease
        for lease in file.case_leases()
        if lease.has_tenant(principal_id) and lease.status is not LeaseStatus.ENDED
    ]
    started = [lease for lease in own if lease.start_date <= file.today]
    current = max(started, key=lambda lease: lease.start_date, default=None)
    later = [
        lease
        for lease in own
        if lease is not current and (current is None or lease.start_date > current.start_date)
    ]
    new = max(later, key=lambda lease: lease.start_date, default=None)
    return current, new


def _landlord(file: CaseFile, lease: Lease | None) -> str:
    apartment = file.apartment_of(lease) if lease is not None else None
    return apartment.landlord if apartment is not None else DEFAULT_LANDLORD


def _lease_text(file: CaseFile, lease: Lease | None) -> str:
    """Contract and object number (never the street: the flat may be a hidden address)."""
    if lease is None:
        return "Den bostad hyresvärden erbjuder"
    apartment = file.apartment_of(lease)
    where = f", objektnummer {apartment.object_number}" if apartment is not None else ""
    return f"Kontrakt {lease.contract_number}{where}"


FORM = FormSpec(
    id="fullmakt",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    other_issuers=(Issuer.NEXUS,),
    fill=fill,
    fields=power_of_attorney.fields,
    parse=power_of_attorney.parse,
    description="Klienten ger ett ombud rätt att skriva avtal, säga upp och hämta nycklar.",
)
