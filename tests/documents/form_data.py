"""A case file that holds everything any form may need, for every protection level.

`build_file(protection=…, hostile=…)` builds it directly from domain objects (no vault). The
client's real address carries the marker street ``REAL_STREET``: no form may ever print it
when the client's protection hides the real address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.key_registry import KeyRegister
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole, Child, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference, TenantApproval
from skyddsapp.services.demo_paperwork import demo_key_register

TODAY = dt.date(2026, 11, 27)
REAL_STREET = "Hemligstigen 13"  # the client's real street: a marker that must not be printed
REAL_POSTAL = "753 99"
DELIVERY_STREET = "Säkra vägen 2"
FLAT_STREET = "Kvarngatan 77"  # the client's old flat
NEW_FLAT_STREET = "Nyängsvägen 5"  # the new flat
SOCIAL_FLAT_STREET = "Trappstegsgatan 3"  # a flat let on a social contract

EXCEPTION_REASON = "Hyresskulden uppstod när den våldsutövande partnern styrde ekonomin."

# Everything here can be printed (full-width letters as ASCII, the rest as it is); emoji and CJK,
# which the fonts lack, are refused instead (tests/documents/test_glyphs.py).
HOSTILE_NAME = "<b>Ö</b> & </para><para> ﺎﻠﻋﺮﺒﻳﺓ שלום Ｆｕｌｌ\x07 e\u0301\u0327 " + "Å" * 480
HOSTILE_TEXT = (
    "<b>fet</b> & </para><para>&amp;<font name='x'>مرحبا</font> ｗｉｄｅ\u2067ب\u2069 " + "x" * 500
)

PNR = {
    "client": "198112189876",
    "co_tenant": "197802022389",
    "perpetrator": "197503035599",
    "agent": "196907079864",
    "contact": "198505051238",
}


def _pnr(key: str) -> PersonalNumber:
    return PersonalNumber.parse(PNR[key], today=TODAY)


def build_file(
    protection: ProtectionLevel = ProtectionLevel.PROTECTED_REGISTRATION,
    *,
    hostile: bool = False,
    delivery: bool = False,
    kind: CaseKind = CaseKind.CUSTOMER_CARE,
) -> CaseFile:
    """A case with client, co-tenant, perpetrator, agent and contact person; old and new flat
    and lease; every kind of decision granted (the tenant approval under the exception for
    rent debt or disturbances caused by the violence); a risk assessment."""

    def name(first: str, last: str) -> tuple[str, str]:
        return (HOSTILE_NAME, HOSTILE_NAME) if hostile else (first, last)

    def person(pid: int, key: str, first: str, last: str, **extra: Any) -> Person:
        given, family = name(first, last)
        return Person(
            id=pid, first_name=given, last_name=family, personal_number=_pnr(key), **extra
        )

    client = person(
        1,
        "client",
        "Testa",
        "Skyddadsson",
        protection=protection,
        real_address=Address(REAL_STREET, REAL_POSTAL, "Uppsala"),
        delivery_address=Address(DELIVERY_STREET, "753 10", "Uppsala") if delivery else None,
        uses_skatteverket_forwarding=protection.is_protected and not delivery,
        phone="070-123 45 67",
        children=[Child("Lilla", 2018), Child("Lillen", 2021)],
        notes=HOSTILE_TEXT if hostile else "",
    )
    co_tenant = person(
        2,
        "co_tenant",
        "Medi",
        "Hyresgästsson",
        real_address=Address(FLAT_STREET, "753 20", "Uppsala"),
    )
    perpetrator = person(
        3,
        "perpetrator",
        "Våld",
        "Utövarsson",
        real_address=Address(FLAT_STREET, "753 20", "Uppsala"),
    )
    agent = person(
        4,
        "agent",
        "Ombudina",
        "Fullmaktsson",
        real_address=Address("Ombudsgatan 1", "753 30", "Uppsala"),
    )
    contact = person(
        5,
        "contact",
        "Kontakta",
        "Personsson",
        real_address=Address("Kontaktvägen 9", "753 40", "Uppsala"),
    )
    old_flat = Apartment(
        id=10,
        object_number="1234-5678",
        address=Address(FLAT_STREET, "753 20", "Uppsala"),
        rooms=3,
        area_m2=Decimal("72.5"),
        monthly_rent_sek=8450,
        key_system="ASSA d12",
        key_series="S-4411",
    )
    new_flat = Apartment(
        id=11,
        object_number="2345-6789",
        address=Address(NEW_FLAT_STREET, "754 40", "Uppsala"),
        rooms=3,
        area_m2=Decimal("74"),
        monthly_rent_sek=8900,
        key_system="ASSA d12",
        key_series="S-5520",
    )
    social_flat = Apartment(
        id=12,
        object_number="3456-7890",
        address=Address(SOCIAL_FLAT_STREET, "752 28", "Uppsala"),
        rooms=2,
        area_m2=Decimal("51"),
        monthly_rent_sek=6900,
        key_system="ASSA d12",
        key_series="S-6630",
    )
    old_lease = Lease(
        id=20,
        contract_number="HK-100200",
        apartment_id=10,
        tenant_ids=(1, 2),
        kind=LeaseKind.FIRST_HAND,
        start_date=dt.date(2019, 4, 1),
        notice_date=dt.date(2026, 11, 20),
        status=LeaseStatus.NOTICE_GIVEN,
    )
    new_lease = Lease(
        id=21,
        contract_number="HK-100201",
        apartment_id=11,
        tenant_ids=(1,),
        kind=LeaseKind.FIRST_HAND,
        start_date=dt.date(2026, 12, 1),
    )
    social_lease = Lease(
        id=22,
        contract_number="BK-300400",
        apartment_id=12,
        tenant_ids=(1,),
        kind=LeaseKind.SECOND_HAND_KVINNOJOUR
        if kind is CaseKind.KVINNOJOUR_SUBLET
        else LeaseKind.SOCIAL_CONTRACT,
        start_date=dt.date(2026, 12, 15),
    )
    text = HOSTILE_TEXT if hostile else None
    decisions = [
        Decision(
            date=dt.date(2026, 11, 10),
            kind=decision_kind,
            text=text or f"Beviljas: {decision_kind.label}.",
            decided_by=text or "Beslutsfattare Exempelsson",
            granted=True,
            valid_until=dt.date(2027, 11, 10) if decision_kind is DecisionKind.PRIORITY else None,
        )
        for decision_kind in DecisionKind
    ]
    case = Case(
        id=100,
        reference=CaseReference(kind, 2026, 7),
        kind=kind,
        state="open",
        opened_on=dt.date(2026, 11, 1),
        handlers=("handlaggare",),
        parties=[
            CaseParty(1, CaseRole.CLIENT),
            CaseParty(2, CaseRole.CO_TENANT),
            CaseParty(3, CaseRole.PERPETRATOR, lives_in_flat=True),
            CaseParty(4, CaseRole.AGENT),
            CaseParty(5, CaseRole.CONTACT_PERSON),
        ],
        apartment_ids=[10, 11, 12],
        lease_ids=[20, 21, 22],
        decisions=decisions,
        risk_assessments=[
            RiskAssessment(
                date=dt.date(2026, 11, 5),
                assessor="Nexus Bedömare",
                level=RiskLevel.HIGH,
                seeks_out_victim=True,
                next_review=dt.date(2026, 12, 5),
            )
        ],
        children_count=2,
        notes=HOSTILE_TEXT if hostile else "Anteckning.",
    )
    return CaseFile(
        case=case,
        persons={p.id: p for p in (client, co_tenant, perpetrator, agent, contact) if p.id},
        apartments={10: old_flat, 11: new_flat, 12: social_flat},
        leases={20: old_lease, 21: new_lease, 22: social_lease},
        handler_names={"handlaggare": HOSTILE_NAME if hostile else "Hanna Handläggare"},
        today=TODAY,
        user_name="handlaggare",
        keys=key_register((old_flat, new_flat, social_flat), holder=1, agent=4),
        tenant_approvals=(
            TenantApproval(
                next(d for d in decisions if d.kind is DecisionKind.TENANT_APPROVAL),
                CreditCheck.REMARKS,
                HousingReference.DISTURBANCES,
                exception_used=True,
                exception_reason=text or EXCEPTION_REASON,
            ),
        ),
    )


# The choices a handler must always make themselves (no default): made here for the tests.
REQUIRED_CHOICES = {"id_kind": "driving_licence"}


def with_required_choices(values: dict[str, Any]) -> dict[str, Any]:
    """Default option values, with every required choice without a default made."""
    for name, value in REQUIRED_CHOICES.items():
        if name in values and values[name] is None:
            values[name] = value
    return values


def key_register(flats: Sequence[Apartment], *, holder: int, agent: int) -> KeyRegister:
    """Each flat's default key set registered; the first flat's keys with ``holder``; ``agent``
    holds a signed fullmakt for keys over the test month."""
    return demo_key_register(
        flats,
        case_id=100,
        holder=holder,
        agent=agent,
        held_flat=flats[0].id or 0,
        day=TODAY,
        valid=(TODAY - dt.timedelta(days=10), TODAY + dt.timedelta(days=60)),
        document_number="NX-2026-000009",
    )


class PdfTools:
    """Reading generated PDFs back: text per page, and where each piece of text was drawn."""

    @staticmethod
    def reader(pdf: bytes) -> Any:
        import io

        import pypdf

        return pypdf.PdfReader(io.BytesIO(pdf))

    def pages(self, pdf: bytes) -> list[str]:
        return [page.extract_text() for page in self.reader(pdf).pages]

    def text(self, pdf: bytes) -> str:
        """All pages' text with whitespace collapsed (lines wrap anywhere)."""
        return " ".join(" ".join(self.pages(pdf)).split())

    def positions(self, pdf: bytes) -> list[tuple[int, str, float, float, float]]:
        """(page, text, x, y, width) of every non-blank text run."""
        import pypdf
        from reportlab.pdfbase import pdfmetrics

        from skyddsapp.documents.layout import FONT, FONT_BOLD

        found: list[tuple[int, str, float, float, float]] = []
        for index, page in enumerate(self.reader(pdf).pages):

            def visit(
                text: str, cm: Any, tm: Any, font: Any, size: float, index: int = index
            ) -> None:
                if not text.strip():
                    return
                matrix = pypdf.mult(tm, cm)
                scale = (matrix[0] ** 2 + matrix[1] ** 2) ** 0.5
                name = FONT_BOLD if font and "Bold" in str(font.get("/BaseFont")) else FONT
                width = pdfmetrics.stringWidth(text.rstrip("\n"), name, size) * scale
                found.append((index, text, matrix[4], matrix[5], width))

            page.extract_text(visitor_text=visit)
        return found


def form_helpers(
    spec: Any,
) -> tuple[Callable[..., dict[str, Any]], Callable[..., str]]:
    """``options(file, **changes)`` — the form's defaults with changes — and
    ``text_of(file, pdf_tools, **changes)`` — the rendered form's text, for one form's tests."""
    from skyddsapp.documents.forms import fill_form

    def options(file: CaseFile, **changes: Any) -> dict[str, Any]:
        values = with_required_choices({field.name: field.default for field in spec.fields(file)})
        values.update(changes)
        return values

    def text_of(file: CaseFile, pdf_tools: PdfTools, **changes: Any) -> str:
        form = fill_form(spec, file, options(file, **changes), document_number="UH-1")
        return pdf_tools.text(form.render())

    return options, text_of
