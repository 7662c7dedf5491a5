"""A customer-care year computed by hand: five requests from Nexus around 2025, each step taken
through the use cases on its own day, and the follow-up's figures for 2025 and 2024."""

from __future__ import annotations

import datetime as dt

from service_support import Factory

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.old_flat_outcome import OldFlatOutcome, OldFlatOutcomeKind
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.yearly_tables import shown_tables
from skyddsapp.services import cases, housing, old_flat, yearly_report
from skyddsapp.services.context import Session

D = dt.date


def on(session: Session, day: dt.date) -> Session:
    return Session(session.vault, lambda: day)


def care_case(
    session: Session,
    *,
    opened: dt.date,
    decided: dt.date | None = None,
    granted: bool = True,
    offered: dt.date | None = None,
    moved: dt.date | None = None,
) -> tuple[int, int, int]:
    """A customer-care case taken as far as the dates given. Returns the case id, the old
    flat's id and the old lease's id."""
    make = Factory(on(session, opened))
    client = make.person("Vårdklient", "Handräknad")
    assert client.id is not None
    old, new = make.apartment("Förrvägen 1"), make.apartment("Nyvägen 9")
    assert old.id is not None
    assert new.id is not None
    old_lease = make.lease((client.id,), apartment_id=old.id)
    assert old_lease.id is not None
    case = make.case(client=client, apartments=[old, new], leases=[old_lease])
    assert case.id is not None
    if decided is None:
        return case.id, old.id, old_lease.id
    s = on(session, decided)
    cases.add_decision(
        s, case.id, Decision(decided, DecisionKind.NEED_CONFIRMATION, "Styrks.", "Nexus", True)
    )
    cases.add_decision(
        s, case.id, Decision(decided, DecisionKind.CUSTOMER_CARE_GROUP, "Beslut.", "KVG", granted)
    )
    cases.take_step(s, case.id, "confirm_need")
    cases.take_step(s, case.id, "grant" if granted else "refuse")
    if offered is None:
        return case.id, old.id, old_lease.id
    s = on(session, offered)
    review = offered + dt.timedelta(days=90)
    cases.add_risk_assessment(
        s, case.id, RiskAssessment(offered, "Nexus", RiskLevel.LOW, False, review)
    )
    cases.take_step(s, case.id, "offer_flat")
    if moved is None:
        return case.id, old.id, old_lease.id
    s = on(session, moved)
    new_lease = Lease(None, f"NY-{case.id}", new.id, (client.id,), LeaseKind.FIRST_HAND, moved)
    cases.add_new_lease(s, case.id, new_lease)
    cases.take_step(s, case.id, "register_move")
    housing.register_notice(s, old_lease.id, moved)
    return case.id, old.id, old_lease.id


def test_a_customer_care_year_computed_by_hand(fresh_session: Session) -> None:
    session = fresh_session
    # D: the seed's first case: request in November 2024, moved in January 2025.
    d = care_case(session, opened=D(2024, 11, 20), decided=D(2024, 12, 1), offered=D(2025, 1, 10),
                  moved=D(2025, 1, 20))  # fmt: skip
    a = care_case(session, opened=D(2025, 2, 3), decided=D(2025, 2, 10), offered=D(2025, 2, 14),
                  moved=D(2025, 3, 1))  # fmt: skip
    b = care_case(session, opened=D(2025, 6, 2), decided=D(2025, 6, 4), offered=D(2025, 6, 5),
                  moved=D(2025, 9, 15))  # fmt: skip
    care_case(session, opened=D(2025, 7, 1), decided=D(2025, 7, 8), granted=False)
    care_case(session, opened=D(2025, 12, 1))
    # D's old lease: notice 20 Jan → ends 30 Apr; offered to the municipality, let 15 May.
    old_flat.record_outcome(
        on(session, D(2025, 5, 20)),
        OldFlatOutcome(d[0], d[1], OldFlatOutcomeKind.SOCIAL_CONTRACT, D(2025, 5, 1),
                       occupied_from=D(2025, 5, 15), no_disturbances=True),
    )  # fmt: skip
    # A's old lease: notice 1 Mar → ends 30 Jun; re-let 1 Aug after a safety assessment.
    old_flat.record_outcome(
        on(session, D(2025, 8, 2)),
        OldFlatOutcome(a[0], a[1], OldFlatOutcomeKind.RELET, D(2025, 7, 1),
                       occupied_from=D(2025, 8, 1), safety_assessment="Tryggt enligt Nexus."),
    )  # fmt: skip
    # B's old lease: notice 15 Sep → ends 31 Dec; the vacancy begins in 2026.
    old_flat.record_outcome(
        on(session, D(2026, 1, 2)),
        OldFlatOutcome(b[0], b[1], OldFlatOutcomeKind.VACANT, D(2026, 1, 1)),
    )

    comparison = yearly_report.figures(session, year=2025)  # today: 4 May 2026
    care = comparison.current.customer_care
    assert (care.requests, care.granted, care.refused, care.offers, care.moves) == (4, 2, 1, 3, 3)
    # Days from request to first offer: D 51, A 11, B 3.
    assert (care.days_to_offer.count, care.days_to_offer.median) == (3, 11.0)
    assert care.days_to_offer.longest == 51
    assert care.old_flats == {
        OldFlatOutcomeKind.RELET: 1,
        OldFlatOutcomeKind.SOCIAL_CONTRACT: 1,
        OldFlatOutcomeKind.VACANT: 0,
    }
    # 14 days × 7200 kr × 12 / 365 = 3313.97 → 3314; 31 days → 7338.08 → 7338.
    assert (care.vacancy_days, care.lost_rent_sek) == (14 + 31, 3314 + 7338)
    same = old_flat.yearly_figures(session, 2025)  # the old flat's own yearly figures agree
    assert (same.vacancy_days, same.lost_rent_sek) == (care.vacancy_days, care.lost_rent_sek)
    before = comparison.previous.customer_care
    assert (before.requests, before.granted, before.offers, before.moves) == (1, 1, 0, 0)
    assert before.old_flat_count == 0
    risk = comparison.current.risk
    assert (risk.done, risk.cases) == (3, 3)

    # 2026 so far: B's flat has stood empty from 1 January to today, 4 May (123 days).
    now = yearly_report.figures(session, year=2026).current.customer_care
    assert now.old_flats[OldFlatOutcomeKind.VACANT] == 1
    assert now.vacancy_days == 123
    assert now.lost_rent_sek == round(7200 * 12 * 123 / 365)

    # Outside the unit: one flat of each kind is a small count; their sum (2) would tell that
    # each is 1, so it is withheld; the vacancy resting on two flats is withheld too.
    table = next(t for t in shown_tables(comparison) if t.title == "Den gamla lägenheten")
    rows = dict(table.rows)
    assert rows[OldFlatOutcomeKind.RELET.label] == ("<3", "0")
    assert rows["Summa"] == ("..", "0")
    assert rows["Vakansdagar"] == ("..", "0")
    care_rows = dict(
        next(t for t in shown_tables(comparison) if t.title.startswith("Kundvård")).rows
    )
    assert care_rows["Förfrågningar från Nexus"] == ("4", "<3")
    assert care_rows["Median, dagar"] == ("11", "–")
