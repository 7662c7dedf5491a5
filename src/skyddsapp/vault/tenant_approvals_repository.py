"""SQL for the answers a tenant-approval decision rests on (credit check, reference, exception)."""

from __future__ import annotations

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference, TenantApproval
from skyddsapp.vault.database import Connection
from skyddsapp.vault.rows import day, required_day


def insert(conn: Connection, case_id: int, decision_id: int, approval: TenantApproval) -> None:
    conn.execute(
        "INSERT INTO tenant_approvals (decision_id, case_id, credit_check, housing_reference, "
        "exception_used, exception_reason) VALUES (?, ?, ?, ?, ?, ?)",
        (
            decision_id,
            case_id,
            approval.credit_check.value,
            approval.housing_reference.value,
            int(approval.exception_used),
            approval.exception_reason,
        ),
    )


def of_case(conn: Connection, case_id: int) -> list[TenantApproval]:
    """The case's tenant approvals with their decisions, in the order they were recorded."""
    return [
        TenantApproval(
            Decision(
                required_day(on_date),
                DecisionKind(kind),
                text,
                by,
                None if granted is None else bool(granted),
                day(valid_until),
            ),
            CreditCheck(credit),
            HousingReference(reference),
            bool(used),
            reason,
        )
        for on_date, kind, text, by, granted, valid_until, credit, reference, used, reason in (
            conn.execute(
                "SELECT d.on_date, d.kind, d.text, d.decided_by, d.granted, d.valid_until, "
                "t.credit_check, t.housing_reference, t.exception_used, t.exception_reason "
                "FROM tenant_approvals t JOIN case_decisions d ON d.id = t.decision_id "
                "WHERE t.case_id = ? ORDER BY d.id",
                (case_id,),
            )
        )
    ]
