"""Tenant approval end to end through the use cases: the answers and the exception are stored
with the decision, the Kvinnojour workflow moves on, and the printed decision carries the
exception and its reason. Every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from service_support import TODAY, Factory, audit_entries, last_audit, pnr, snapshot

from skyddsapp.domain.case import Case, Decision, DecisionKind, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference, TenantApproval
from skyddsapp.services import cases, documents, tenant_approvals
from skyddsapp.services.context import Session
from skyddsapp.vault import cases_repository
from skyddsapp.vault.database import Connection

REASON = "Hyresskulden uppstod när våldsutövaren styrde ekonomin; störningarna var hans besök."
C, H = CreditCheck, HousingReference


def state(conn: Connection) -> tuple[dict[str, int], list[tuple[object, ...]]]:
    counts = snapshot(conn)
    counts["tenant_approvals"] = conn.execute("SELECT count(*) FROM tenant_approvals").fetchone()[0]
    return counts, conn.execute("SELECT id, state FROM cases ORDER BY id").fetchall()


def pdf_text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def kvinnojour_case(
    make: Factory, protection: ProtectionLevel = ProtectionLevel.NONE
) -> tuple[Case, str]:
    """A Kvinnojour case with client and flat; the client's real street is returned."""
    street = f"Hemligvägen {len(make.made) + 3}"
    number = pnr("19850505", f"{980 + len(make.made) % 20:03d}")
    client = make.person("Kim", "Godkändsson", number=number, protection=protection, street=street)
    flat = make.apartment("Jourgatan 8")
    assert client.id is not None
    assert flat.id is not None
    lease = make.lease(
        (client.id,),
        kind=LeaseKind.SECOND_HAND_KVINNOJOUR,
        start=dt.date(2031, 1, 1),
        apartment_id=flat.id,
        override_reason="Test",
    )
    case = make.case(CaseKind.KVINNOJOUR_SUBLET, client=client, apartments=[flat], leases=[lease])
    make.made.append(case.id or 0)
    return case, street


def approval(
    granted: bool = True,
    credit: CreditCheck = C.CLEAR,
    reference: HousingReference = H.APPROVED,
    *,
    reason: str = "",
    exception: bool | None = None,
) -> TenantApproval:
    decision = Decision(
        TODAY,
        DecisionKind.TENANT_APPROVAL,
        "Godkänns som andrahandshyresgäst.",
        "Uthyrningschef",
        granted,
    )
    used = bool(reason) if exception is None else exception
    return TenantApproval(decision, credit, reference, used, reason)


def test_approval_under_the_exception_is_stored_moves_the_case_and_is_printed(
    session: Session, make: Factory
) -> None:
    case, street = kvinnojour_case(make, ProtectionLevel.PROTECTED_REGISTRATION)
    assert case.id is not None
    given = approval(credit=C.REMARKS, reference=H.DISTURBANCES, reason=f"  {REASON}\r\n")
    stored_case = tenant_approvals.record_tenant_approval(session, case.id, given)
    [stored] = tenant_approvals.tenant_approvals(session, case.id)
    assert stored.exception_used
    assert stored.exception_reason == REASON
    assert (stored.credit_check, stored.housing_reference) == (C.REMARKS, H.DISTURBANCES)
    assert stored.decision == stored_case.latest_decision(DecisionKind.TENANT_APPROVAL)
    event = stored_case.events[-1]
    assert event.kind is EventKind.DECISION
    assert "undantag: hyresskuld eller störningar orsakade av våldet" in event.text
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id) == ("case.tenant_approval", str(case.id))
    assert entry.details == "granted; credit remarks; reference disturbances; exception yes"
    assert REASON not in entry.details + entry.reason  # the reason stays out of the log
    assert cases.take_step(session, case.id, "approve_tenant").state == "tenant_approved"

    generated = documents.generate(session, case.id, "hyresgastgodkannande", {})
    assert generated.record.title == "Beslut om hyresgästgodkännande"
    assert generated.record.protected
    text = pdf_text(generated.pdf)
    for expected in (
        "Bifall – sökanden godkänns som hyresgäst",
        "i andra hand hos Uppsala Kvinnojour",
        "Kreditupplysning Med betalningsanmärkningar/hyresskuld",
        "Boendereferens Störningar eller misskötsel",
        "☒ Hyresskuld eller störningar orsakade av våldet",
        REASON,
        "Uthyrningschef",
    ):
        assert expected in text, expected
    # Skyddad folkbokföring: neither the client's street nor the flat's is printed.
    assert street not in text
    assert "Jourgatan" not in text
    assert documents.register(session, case.id)[0].id == generated.record.id


def test_a_refusal_is_recorded_and_printed_without_an_exception(
    session: Session, make: Factory
) -> None:
    case, _ = kvinnojour_case(make)
    assert case.id is not None
    refusal = approval(False, C.NOT_DONE, H.MISSING)
    tenant_approvals.record_tenant_approval(session, case.id, refusal)
    assert cases.take_step(session, case.id, "reject_tenant").state == "not_approved"
    text = pdf_text(documents.generate(session, case.id, "hyresgastgodkannande", {}).pdf)
    assert "Avslag – sökanden godkänns inte som hyresgäst" in text
    assert "Kreditupplysning Ej gjord" in text
    assert "Undantag" not in text


@pytest.mark.parametrize(
    ("given", "field", "message"),
    [
        (approval(credit=C.REMARKS), "exception", "kan bara godkännas med undantaget"),
        (approval(reference=H.DISTURBANCES), "exception", "kan bara godkännas med undantaget"),
        (approval(reason=REASON), "exception", "Undantaget behövs inte"),
        (approval(credit=C.NOT_DONE), "credit_check", "utan kreditupplysning"),
        (approval(False, C.REMARKS, reason=REASON), "exception", "inte vid avslag"),
        (approval(credit=C.REMARKS, exception=True), "exception_reason", "Ange skälet"),
        (approval(reason=REASON, exception=False), "exception_reason", "bara när undantaget"),
    ],
)
def test_every_broken_rule_is_refused_with_its_message_and_changes_nothing(
    session: Session, make: Factory, given: TenantApproval, field: str, message: str
) -> None:
    case, _ = kvinnojour_case(make)
    assert case.id is not None
    before = state(session.conn)
    with pytest.raises(ValidationError) as caught:
        tenant_approvals.record_tenant_approval(session, case.id, given)
    assert field in caught.value.fields
    assert message in " ".join(caught.value.messages_for(field))
    assert state(session.conn) == before


def test_a_bare_tenant_approval_decision_is_refused(session: Session, make: Factory) -> None:
    case, _ = kvinnojour_case(make)
    assert case.id is not None
    before = state(session.conn)
    with pytest.raises(ValidationError) as caught:
        cases.add_decision(session, case.id, approval().decision)
    assert caught.value.fields == ("kind",)
    assert "kreditupplysning och boendereferens" in caught.value.errors[0].message
    assert state(session.conn) == before


def test_a_decision_without_its_answers_cannot_be_printed(session: Session, make: Factory) -> None:
    """A tenant approval from before the answers were kept (written here straight to the
    vault, as an older version did) asks for them instead of printing a decision without."""
    case, _ = kvinnojour_case(make)
    assert case.id is not None
    tenant_approvals.record_tenant_approval(session, case.id, approval())
    older = approval(credit=C.REMARKS).decision
    with session.vault.transaction():
        cases_repository.add_decision(
            session.conn, case.id, Decision(TODAY + dt.timedelta(days=1), *_rest(older))
        )
    entries = len(audit_entries(session.conn))
    before = state(session.conn)
    with pytest.raises(MissingData) as caught:
        documents.generate(session, case.id, "hyresgastgodkannande", {})
    assert caught.value.items == (
        "kreditupplysning och boendereferens för beslutet (registrera beslutet på nytt)",
    )
    assert state(session.conn) == before
    assert len(audit_entries(session.conn)) == entries


def _rest(decision: Decision) -> tuple[DecisionKind, str, str, bool | None]:
    return decision.kind, decision.text, decision.decided_by, decision.granted
