"""A customer-care case whose client has moved and left her old flat, made through the use
cases, and what a refusal about the old flat must leave unchanged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from service_support import TODAY, Factory, snapshot

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, Decision, DecisionKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.services import cases
from skyddsapp.services.context import Session
from skyddsapp.vault.database import Connection

NOTICE_END = dt.date(2026, 8, 31)  # notice on TODAY, 4 May 2026
FIRST_SHOWING = dt.date(2026, 9, 1)
DAY = dt.timedelta(days=1)


@dataclass
class Move:
    """A customer-care case whose client has moved to a new flat and left the old one."""

    case: Case
    old_flat: Apartment
    new_flat: Apartment
    old_lease: Lease

    @property
    def case_id(self) -> int:
        assert self.case.id is not None
        return self.case.id

    @property
    def old_flat_id(self) -> int:
        assert self.old_flat.id is not None
        return self.old_flat.id


def moved(session: Session, make: Factory) -> Move:
    client = make.person("Klara", "Flyttsson")
    assert client.id is not None
    old_flat, new_flat = make.apartment("Gamlagränd 3"), make.apartment("Nyvägen 3")
    assert new_flat.id is not None
    old_lease = make.lease((client.id,), apartment_id=old_flat.id)
    case = make.case(client=client, apartments=[old_flat, new_flat], leases=[old_lease])
    assert case.id is not None
    for kind in (DecisionKind.NEED_CONFIRMATION, DecisionKind.CUSTOMER_CARE_GROUP):
        cases.add_decision(session, case.id, Decision(TODAY, kind, "Beviljas.", "Chef", True))
    assessment = RiskAssessment(TODAY, "Bedömare", RiskLevel.LOW, False, TODAY + 60 * DAY)
    cases.add_risk_assessment(session, case.id, assessment)
    for action in ("confirm_need", "grant", "offer_flat"):
        cases.take_step(session, case.id, action)
    new_lease = Lease(None, f"KN-{case.id}", new_flat.id, (client.id,), LeaseKind.FIRST_HAND, TODAY)
    cases.add_new_lease(session, case.id, new_lease)
    cases.take_step(session, case.id, "register_move")
    return Move(cases.get_case(session, case.id), old_flat, new_flat, old_lease)


def on(session: Session, day: dt.date) -> Session:
    return Session(session.vault, lambda: day)


def stored(conn: Connection) -> dict[str, object]:
    """Row counts, the audit log, the old flat outcomes and every flat's embargo."""
    return {
        **snapshot(conn),
        "outcomes": conn.execute("SELECT * FROM old_flat_outcomes ORDER BY id").fetchall(),
        "embargoes": conn.execute("SELECT id, embargo_until FROM apartments").fetchall(),
        "by_hand": conn.execute("SELECT * FROM apartment_embargo_by_hand").fetchall(),
        "notices": conn.execute("SELECT id, notice_date, status FROM leases").fetchall(),
        "states": conn.execute("SELECT id, state FROM cases").fetchall(),
    }


def by_hand(conn: Connection, apartment_id: int) -> list[tuple[object, ...]]:
    """The showing embargo set by hand on the flat, as stored (apartment_embargo_by_hand)."""
    return conn.execute(
        "SELECT until FROM apartment_embargo_by_hand WHERE apartment_id = ?", (apartment_id,)
    ).fetchall()
