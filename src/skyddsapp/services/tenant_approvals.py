"""Use cases for tenant approvals: record the decision with its credit check, housing reference
and, where used, the exception for rent debt or disturbances caused by the violence."""

from __future__ import annotations

from skyddsapp.domain.case import Case, CaseEvent, EventKind
from skyddsapp.domain.tenant_approval import TenantApproval, summary
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session
from skyddsapp.vault import cases_repository, tenant_approvals_repository
from skyddsapp.vault.audit import utc_now


def record_tenant_approval(session: Session, case_id: int, approval: TenantApproval) -> Case:
    """Record the approval (or refusal) and its answers in one transaction; refused with the
    rule it breaks (`TenantApproval.validated`), nothing stored then. Logged with the answers'
    codes, never the reason."""
    session.require_write()
    approval = approval.validated()
    get_case(session, case_id)
    decision = approval.decision
    conn = session.conn
    with session.vault.transaction() as audit:
        decision_id = cases_repository.add_decision(conn, case_id, decision)
        tenant_approvals_repository.insert(conn, case_id, decision_id, approval)
        text = f"{decision.kind.label}: {decision.text} ({summary(approval)})"
        cases_repository.add_event(
            conn, case_id, CaseEvent(decision.date, EventKind.DECISION, text, decision.decided_by)
        )
        cases_repository.touch(conn, case_id, utc_now())
        audit.append(
            session.user_name,
            "case.tenant_approval",
            "case",
            case_id,
            details=f"{'granted' if approval.granted else 'refused'}; "
            f"credit {approval.credit_check.value}; reference {approval.housing_reference.value}; "
            f"exception {'yes' if approval.exception_used else 'no'}",
        )
    return get_case(session, case_id)


def tenant_approvals(session: Session, case_id: int) -> list[TenantApproval]:
    """The case's tenant approvals with their answers, oldest first."""
    get_case(session, case_id)
    return tenant_approvals_repository.of_case(session.conn, case_id)
