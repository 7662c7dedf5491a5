"""The follow-up's aggregate SQL on hand-made rows: boendekedjan and takeovers, förtur,
perpetrator moves, Bostad först's waits, Länskompotten, Kvinnojouren and overdue risk
reviews, each with the date that puts it in the year (or not)."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.county_referral import ReferralResult
from skyddsapp.domain.yearly_report import figures, terminal_actions, year_period
from skyddsapp.vault import yearly_report_repository
from skyddsapp.vault.vault import Vault

STAMP = "2026-01-01T00:00:00+00:00"
D = dt.date

CASES = [
    (1, "BK-2025-0001", "housing_chain", "taken_over", "2025-01-10"),
    (2, "BK-2025-0002", "housing_chain", "ended", "2025-01-11"),
    (3, "OH-2025-0001", "lease_takeover", "taken_over", "2025-01-12"),
    (4, "FT-2025-0001", "priority", "housed", "2025-01-13"),
    (5, "FT-2025-0002", "priority", "refused", "2025-01-14"),
    (6, "FV-2025-0001", "perpetrator_move", "moved", "2025-01-15"),
    (7, "BF-2024-0001", "housing_first", "moved_in", "2024-10-01"),
    (8, "BF-2025-0001", "housing_first", "waiting", "2025-05-01"),
    (9, "BF-2025-0002", "housing_first", "waiting", "2025-06-01"),
    (10, "LK-2025-0001", "county_referral", "moved", "2025-02-01"),
    (11, "LK-2025-0002", "county_referral", "referred", "2025-12-20"),
    (12, "KV-2025-0001", "customer_care", "granted", "2025-01-02"),
    (13, "KV-2025-0002", "customer_care", "granted", "2025-01-03"),
    (14, "KV-2025-0003", "customer_care", "closed", "2025-01-04"),
    (15, "KV-2024-0001", "customer_care", "granted", "2024-03-01"),
]
EVENTS = [  # case, day, action
    (1, "2025-11-01", "take_over"),
    (2, "2025-06-01", "end_without_takeover"),
    (3, "2025-03-03", "sign_agreement"),
    (4, "2025-05-05", "sign_lease"),
    (6, "2025-06-01", "register_move"),
    (6, "2024-12-01", "assess"),  # the year before
    (7, "2024-10-02", "start_waiting"),
    (7, "2025-03-01", "move_in"),
    (8, "2025-05-03", "start_waiting"),
    (9, "2025-06-02", "start_waiting"),
    (14, "2025-06-01", "close"),
]
DECISIONS = [  # case, day, kind, granted
    (4, "2025-02-01", "priority", 1),
    (5, "2025-03-01", "priority", 0),
    (6, "2025-04-01", "perpetrator_move", 1),
    (7, "2024-10-01", "housing_first", 1),
    (8, "2025-05-02", "housing_first", 1),
    (9, "2025-06-01", "housing_first", 1),
    (9, "2025-07-01", "housing_first", 0),  # the latest refuses: the wait counts from waiting
]
RISKS = [  # case, day, next review
    (12, "2025-01-15", "2025-03-01"),  # overdue at the end of 2025
    (13, "2025-01-15", "2025-03-01"),
    (13, "2025-02-20", "2026-02-01"),  # a newer one: not overdue
    (14, "2025-01-15", "2025-03-01"),  # closed on 1 June: not overdue
    (15, "2024-03-05", "2024-06-01"),  # overdue since 2024, still open
]


def _fill(vault: Vault) -> None:
    conn = vault.connection
    with vault.transaction():
        conn.executemany(
            "INSERT INTO cases (id, reference, kind, state, opened_on, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '" + STAMP + "')",
            CASES,
        )
        conn.executemany(
            "INSERT INTO case_events (case_id, on_date, kind, text, by_user, action) "
            "VALUES (?, ?, 'transition', 'Steg.', 'admin', ?)",
            EVENTS,
        )
        conn.executemany(
            "INSERT INTO case_decisions (case_id, on_date, kind, text, decided_by, granted) "
            "VALUES (?, ?, ?, 'Beslut.', 'admin', ?)",
            DECISIONS,
        )
        conn.executemany(
            "INSERT INTO risk_assessments (case_id, on_date, assessor, level, "
            "seeks_out_victim, next_review) VALUES (?, ?, 'Nexus', 'low', 0, ?)",
            RISKS,
        )
        conn.execute(
            "INSERT INTO apartments (id, object_number, street, postal_code, city, rooms, "
            "area_m2, monthly_rent_sek, landlord, updated_at) VALUES "
            "(1, '1-1', 'Provgatan 1', '75320', 'Uppsala', 2, '50', 7000, 'Uppsalahem', ?)",
            (STAMP,),
        )
        conn.executemany(
            "INSERT INTO leases (id, contract_number, apartment_id, kind, start_date, status, "
            "updated_at) VALUES (?, ?, 1, ?, ?, 'active', '" + STAMP + "')",
            [
                (1, "S-1", "social_contract", "2025-02-01"),
                (2, "KJ-1", "second_hand_kvinnojour", "2025-08-01"),
                (3, "KJ-2", "second_hand_kvinnojour", "2024-08-01"),
            ],
        )
        conn.execute(
            "INSERT INTO trial_periods (case_id, lease_id, start_date, months, end_date, "
            "updated_at) VALUES (1, 1, '2025-02-01', 12, '2026-01-31', ?)",
            (STAMP,),
        )
        conn.executemany(
            "INSERT INTO county_referrals (case_id, referred_on, municipality, result, "
            "result_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '"
            + STAMP
            + "', '"
            + STAMP
            + "')",
            [
                (10, "2025-02-01", "heby", "declined", "2025-02-10"),
                (10, "2025-03-01", "tierp", "moved", "2025-04-01"),
                (11, "2025-12-20", "knivsta", None, None),
            ],
        )


def test_every_section_counts_its_rows_by_the_right_date(opened: Vault) -> None:
    _fill(opened)
    period = year_period(2025)
    counts = yearly_report_repository.count_period(
        opened.connection, period, period.reference_day(D(2026, 5, 4)), terminal_actions()
    )
    made = figures(counts, kvinnojour_quota=2)

    chain = made.chain
    assert (chain.social_contracts, chain.taken_over, chain.ended_without_takeover) == (1, 1, 1)
    assert (chain.lease_takeovers, chain.lease_takeovers_refused) == (1, 0)
    assert made.priority.requests == 2
    assert (made.priority.granted, made.priority.refused, made.priority.done) == (1, 1, 1)
    moves = made.perpetrator_moves
    assert (moves.requests, moves.granted, moves.refused, moves.done) == (1, 1, 0, 1)

    housing_first = made.housing_first
    assert housing_first.granted == 2  # decisions dated 2025 that grant
    assert housing_first.moved_in.count == 1
    assert housing_first.moved_in.longest == (D(2025, 3, 1) - D(2024, 10, 1)).days
    waits = sorted([(D(2025, 12, 31) - D(2025, 5, 2)).days, (D(2025, 12, 31) - D(2025, 6, 2)).days])
    assert housing_first.waiting.count == 2
    assert housing_first.waiting.longest == waits[-1]
    assert housing_first.waiting.median == sum(waits) / 2

    county = made.county
    assert (county.referrals, county.cases, county.moved) == (3, 2, 1)
    assert county.by_result[ReferralResult.DECLINED] == 1
    assert county.by_result[None] == 1

    assert (made.kvinnojour.flats_let, made.kvinnojour.quota, made.kvinnojour.left) == (1, 2, 1)
    assert (made.risk.done, made.risk.cases, made.risk.overdue) == (4, 3, 2)

    before = year_period(2024)
    counts = yearly_report_repository.count_period(
        opened.connection, before, before.reference_day(D(2026, 5, 4)), terminal_actions()
    )
    earlier = figures(counts, kvinnojour_quota=2)
    assert earlier.kvinnojour.flats_let == 1
    assert earlier.housing_first.waiting.count == 1  # BF-2024-0001 waited over new year
    assert (earlier.risk.done, earlier.risk.overdue) == (1, 1)
    assert earlier.perpetrator_moves.done == 0
