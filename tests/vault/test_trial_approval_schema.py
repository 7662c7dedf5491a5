"""Migration 008: what the tables of the trial period and tenant approvals refuse themselves,
whatever code writes to them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from vault_kit import Template, connect

from skyddsapp.vault.database import Connection

NOW = "2026-03-02T09:00:00+00:00"


@pytest.fixture
def conn(vault_dir: Path, template: Template) -> Iterator[Connection]:
    """A copy opened with the data key, with a case, a lease and a decision to point to."""
    db = connect(vault_dir, template.data_key)
    with db:
        db.execute(
            "INSERT INTO cases (id, reference, kind, state, opened_on, updated_at) "
            "VALUES (1, 'BK-2026-0001', 'housing_chain', 'social_contract', '2026-01-01', ?)",
            (NOW,),
        )
        db.execute(
            "INSERT INTO apartments (id, object_number, street, postal_code, city, rooms, "
            "area_m2, monthly_rent_sek, landlord, updated_at) "
            "VALUES (1, '1-1', 'Gatan 1', '75320', 'Uppsala', 2, '50', 7000, 'Uppsalahem AB', ?)",
            (NOW,),
        )
        db.execute(
            "INSERT INTO leases (id, contract_number, apartment_id, kind, start_date, status, "
            "updated_at) VALUES (1, 'K-1', 1, 'social_contract', '2026-01-01', 'active', ?)",
            (NOW,),
        )
        db.execute(
            "INSERT INTO case_decisions (id, case_id, on_date, kind, text, decided_by, granted) "
            "VALUES (1, 1, '2026-02-01', 'tenant_approval', 'Godkänns.', 'Chef', 1)"
        )
    yield db
    db.close()


def refused(conn: Connection, sql: str, *params: object) -> None:
    with pytest.raises(sqlcipher3.IntegrityError, match=r"constraint|append-only"), conn:
        conn.execute(sql, params)


def test_a_trial_period_keeps_its_length_and_end_in_range(conn: Connection) -> None:
    insert = (
        "INSERT INTO trial_periods (case_id, lease_id, start_date, months, end_date, updated_at) "
        "VALUES (1, 1, '2026-01-01', ?, ?, ?)"
    )
    refused(conn, insert, 0, "2026-01-31", NOW)
    refused(conn, insert, 25, "2028-01-31", NOW)
    refused(conn, insert, 12, "2025-12-31", NOW)  # ends before it starts
    with conn:
        conn.execute(insert, (12, "2026-12-31", NOW))
    assert conn.execute("SELECT months FROM trial_periods").fetchall() == [(12,)]


def test_joint_assessments_are_append_only_and_extend_months_only_when_extending(
    conn: Connection,
) -> None:
    insert = (
        "INSERT INTO joint_assessments (case_id, on_date, outcome, assessed_by, reason, "
        "extend_months, recorded_by) VALUES (1, '2026-12-01', ?, 'Parterna', 'Skäl', ?, 'h')"
    )
    refused(conn, insert, "extend", None)
    refused(conn, insert, "take_over", 6)
    refused(conn, insert, "maybe", None)
    with conn:
        conn.execute(insert, ("extend", 6))
    refused(conn, "UPDATE joint_assessments SET outcome = 'take_over', extend_months = NULL")


def test_tenant_approval_answers_are_known_values_and_a_reason_needs_the_exception(
    conn: Connection,
) -> None:
    insert = (
        "INSERT INTO tenant_approvals (decision_id, case_id, credit_check, housing_reference, "
        "exception_used, exception_reason) VALUES (1, 1, ?, ?, ?, ?)"
    )
    refused(conn, insert, "good", "approved", 0, "")
    refused(conn, insert, "clear", "fine", 0, "")
    refused(conn, insert, "clear", "approved", 0, "Ett skäl utan undantag")
    with conn:
        conn.execute(insert, ("remarks", "disturbances", 1, "Orsakat av våldet"))
    assert conn.execute("SELECT count(*) FROM tenant_approvals").fetchone() == (1,)
