"""Helpers for the agreement, placement and Länskompotten use-case tests."""

from __future__ import annotations

import datetime as dt

from service_support import TODAY, Factory, snapshot

from skyddsapp.domain.agreement import Agreement, AgreementKind
from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.services import agreements, cases
from skyddsapp.services.context import Session
from skyddsapp.vault.database import Connection

NEW_TABLES = ("agreements", "placements", "county_referrals", "record_versions")


def counts(conn: Connection) -> dict[str, int]:
    """Row counts of every table a use case writes, this branch's tables included."""
    found = snapshot(conn)
    for table in NEW_TABLES:
        found[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return found


def framework(
    session: Session,
    start: dt.date = dt.date(2025, 7, 1),
    end: dt.date = dt.date(2029, 6, 30),
    title: str = "Ramavtal om skyddat boende 2025",
) -> Agreement:
    return agreements.create_agreement(
        session,
        Agreement(
            None,
            AgreementKind.SHELTER_FRAMEWORK,
            "Upphandlade leverantörer",
            title,
            start,
            end,
        ),
    )


def case_with_client(make: Factory, kind: CaseKind, *, assessed: bool = True) -> Case:
    case = make.case(kind, client=make.person("Klara", "Klientsson"))
    assert case.id is not None
    if assessed:
        cases.add_risk_assessment(
            make.session,
            case.id,
            RiskAssessment(TODAY, "Nexus", RiskLevel.MEDIUM, False, TODAY + dt.timedelta(days=60)),
        )
    return cases.get_case(make.session, case.id)
