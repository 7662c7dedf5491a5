"""Uppsägning av hyresavtal: every tenant on the lease signs; the end date follows the law."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import termination
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.paperwork.termination import Termination
from skyddsapp.domain.rules import takeover_warning_12_47

TITLE = "Uppsägning av hyresavtal"


def fill(file: CaseFile, options: Termination) -> Sheet:
    needs = Needs(TITLE)
    lease = options.lease
    apartment = needs.require(file.apartment_of(lease), "lägenheten som avtalet gäller")
    tenants = file.tenants(lease)
    needs.require(tenants, "hyresgäster på avtalet")
    for tenant in tenants:
        needs.require(tenant.personal_number, f"personnummer för {tenant.full_name}")
    needs.check()
    assert apartment is not None

    sheet = Sheet(TITLE)
    sheet.text(
        "Härmed säger jag/vi upp hyresavtalet nedan. Alla hyresgäster som står på avtalet "
        "ska skriva under."
    )
    sheet.heading("Hyresavtal")
    sheet.fields([("Kontraktsnummer", lease.contract_number), ("Kontraktstyp", lease.kind.label)])
    sheet.apartment(apartment, file, rent=False)
    sheet.heading("Hyresgäster")
    for number, tenant in enumerate(tenants, 1):
        sheet.person(tenant, label=f"Hyresgäst {number}", address=False)
    sheet.heading("Uppsägningstid")
    sheet.fields(
        [
            ("Uppsägningsdatum", date_text(options.notice_date)),
            ("Avtalet upphör", date_text(options.end_date)),
        ]
    )
    sheet.small(
        "Uppsägningstiden följer 12 kap. 4 § jordabalken: avtalet upphör vid det månadsskifte "
        "som inträffar närmast efter tre månader från uppsägningen. Hyra betalas till och med "
        "den dag avtalet upphör."
    )
    for number, tenant in enumerate(tenants, 1):
        sheet.signature(
            tenant.full_name, f"Hyresgäst {number}" if len(tenants) > 1 else "Hyresgäst"
        )
    return sheet


def warnings(file: CaseFile) -> tuple[str, ...]:
    """12 kap. 47 § JB: before the client's lease is terminated (shown on screen only)."""
    lease = file.lease_of_client()
    if lease is None:
        return ()
    warning = takeover_warning_12_47(lease, file.case.parties)
    return (warning,) if warning else ()


FORM = FormSpec(
    id="uppsagning",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    other_issuers=(Issuer.NEXUS,),
    fill=fill,
    fields=termination.fields,
    parse=termination.parse,
    warnings=warnings,
    description="Hyresgästernas uppsägning med beräknat slutdatum och underskrift från alla.",
)
