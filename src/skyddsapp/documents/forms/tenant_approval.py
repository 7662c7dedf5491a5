"""Beslut om hyresgästgodkännande: the credit check, the housing reference and, where used, the
exception for rent debt or disturbances caused by the violence, with its reason.

The paper may be handed to Uppsala Kvinnojour as well as to the applicant: it prints no one's
home address, and the flat's address only where no one in the case has it hidden.
"""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text, handler_rows
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import LeaseKind, LeaseStatus
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.tenant_approval import EXCEPTION_LABEL, approval_for

TITLE = "Beslut om hyresgästgodkännande"

GRANTED = "Bifall – sökanden godkänns som hyresgäst"
REFUSED = "Avslag – sökanden godkänns inte som hyresgäst"
BOARD_DECISION = (
    "Undantaget följer av Uppsalahems styrelsebeslut 2024 om att godkänna våldsutsatta "
    "personer med hyresskuld och tidigare störningar relaterade till våldet."
)


def fill(file: CaseFile, options: None) -> Sheet:
    needs = Needs(TITLE)
    client = needs.require(file.client(), "sökande (klient i ärendet)")
    if client is not None:
        needs.require(client.personal_number, "sökandens personnummer")
    decision = needs.require(
        file.decision(DecisionKind.TENANT_APPROVAL), "beslut om hyresgästgodkännande i ärendet"
    )
    approval = approval_for(decision, file.tenant_approvals)
    if decision is not None and approval is None:
        needs.add("kreditupplysning och boendereferens för beslutet (registrera beslutet på nytt)")
    needs.check()
    assert client is not None
    assert approval is not None
    decision = approval.decision

    sheet = Sheet(TITLE)
    where = (
        " i andra hand hos Uppsala Kvinnojour"
        if file.case.kind is CaseKind.KVINNOJOUR_SUBLET
        else ""
    )
    sheet.text(
        f"Uppsalahem AB har prövat om sökanden kan godkännas som hyresgäst{where}. Prövningen "
        "görs genom kreditupplysning och kontroll av boendereferens enligt riktlinjen för "
        "uthyrning."
    )
    sheet.heading("Sökande")
    sheet.person(client, label="Namn", address=False)
    flat = _flat(file)
    if flat is not None:
        sheet.heading("Lägenhet")
        sheet.apartment(flat, file, rent=False)

    sheet.heading("Beslut")
    sheet.fields(
        [
            ("Beslut", GRANTED if approval.granted else REFUSED),
            ("Beslutsdatum", date_text(decision.date)),
            ("Beslutstext", decision.text),
        ]
    )

    sheet.heading("Prövning")
    sheet.fields(
        [
            ("Kreditupplysning", approval.credit_check.label),
            ("Boendereferens", approval.housing_reference.label),
        ]
    )
    if approval.exception_used:
        sheet.heading("Undantag från kraven i riktlinjen för uthyrning")
        sheet.checkboxes([(EXCEPTION_LABEL, True)])
        sheet.text(
            "Sökanden godkänns trots det som kreditupplysningen eller boendereferensen visar, "
            "eftersom hyresskulden eller störningarna har orsakats av våldet som sökanden har "
            "utsatts för."
        )
        sheet.fields([("Skäl till undantaget", approval.exception_reason)])
        sheet.small(BOARD_DECISION)
    elif approval.granted:
        sheet.small("Sökanden uppfyller kraven i riktlinjen för uthyrning; inget undantag används.")

    sheet.signature(decision.decided_by, "Beslutsfattare, Uppsalahem AB")
    sheet.space(2)
    sheet.text("Kontakta handläggaren om du har frågor om beslutet.")
    sheet.fields(handler_rows(file))
    return sheet


def _flat(file: CaseFile) -> Apartment | None:
    """The flat the approval is for: the Kvinnojour let's, else that of the client's running
    lease that started last (never a flat the client is leaving); None when there is none."""
    leases = [lease for lease in file.case_leases() if lease.status is not LeaseStatus.ENDED]
    for lease in leases:
        if lease.kind is LeaseKind.SECOND_HAND_KVINNOJOUR:
            return file.apartment_of(lease)
    client = file.client()
    running = [
        lease
        for lease in leases
        if lease.status is LeaseStatus.ACTIVE
        and client is not None
        and client.id in lease.tenant_ids
    ]
    latest = max(running, key=lambda lease: lease.start_date, default=None)
    return file.apartment_of(latest) if latest is not None else None


FORM = FormSpec(
    id="hyresgastgodkannande",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    description="Beslut om godkännande av hyresgäst efter kreditupplysning och kontroll av "
    "boendereferens, med undantaget för hyresskuld eller störningar orsakade av våldet.",
)
