"""The demo's transition flats and Bostad först cases: every category, occupied and free, waits
of different lengths, one moved in, exchanges, the outside-Uppsala note; added once."""

from __future__ import annotations

from service_support import TODAY, snapshot

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import ExchangeDirection
from skyddsapp.domain.transition_flat import FlatCategory
from skyddsapp.services import demo, housing_first
from skyddsapp.services.context import Session
from skyddsapp.services.demo_nexus import FIXED_CASES, add_nexus_housing
from skyddsapp.services.search import CaseFilter, search_cases
from skyddsapp.services.transition_flats_overview import case_stays, overview


def test_the_set_holds_every_new_record_once(fresh_session: Session) -> None:
    session = fresh_session
    demo.add_demo_colleagues(session.vault, "nexus-demo-fras!")
    add_nexus_housing(session, other_team=demo.DEMO_OTHER_TEAM)
    rows = overview(session)
    assert {r.flat.category for r in rows} == set(FlatCategory)
    assert sum(1 for r in rows if r.stay is None) == 2
    assert sum(1 for r in rows if r.flat.category is FlatCategory.KVINNOBYRAN) == 2
    assert any(r.stay is not None and not r.occupant_visible for r in rows)  # "Belagd"
    assert any(r.occupant_protected for r in rows)
    assert any(r.stay is not None and r.stay.planned_move_out < TODAY for r in rows)
    removed = session.conn.execute(
        "SELECT apartment_id FROM transition_flats WHERE removed_on IS NOT NULL"
    ).fetchall()
    assert len(removed) == 1  # out of the register, its stay kept in its case
    assert removed[0][0] not in {r.flat.apartment_id for r in rows}
    [moved_on] = [c for c in search_cases(session).rows if len(case_stays(session, c.id)) == 2]
    assert [s.flat.removed_on is not None for s in case_stays(session, moved_on.id)] == [
        False,
        True,
    ]

    bf = search_cases(session, flt=CaseFilter(kinds=(CaseKind.HOUSING_FIRST,))).rows
    waits = {row.waiting.days(TODAY) for row in bf if row.waiting is not None}
    assert len(waits) >= 5
    assert {row.state for row in bf} >= {"granted", "waiting", "flat_offered", "moved_in"}
    assert housing_first.waiting_summary(session).longest_days == 310
    views = [housing_first.case_view(session, row.id) for row in bf]
    directions = {e.direction for v in views for e in v.exchanges}
    assert directions == set(ExchangeDirection)
    assert sum(1 for v in views if v.outside_uppsala is not None) == 1

    total = session.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert total == FIXED_CASES
    before = snapshot(session.conn)
    add_nexus_housing(session)  # once per vault
    assert snapshot(session.conn) == before


def test_without_the_other_team_every_occupant_is_the_users(fresh_session: Session) -> None:
    add_nexus_housing(fresh_session)
    assert all(r.occupant_visible for r in overview(fresh_session) if r.stay)
