"""Att göra's SQL: the notice end computed as the law gives it, and the indexes it reads by."""

from __future__ import annotations

import datetime as dt
import sqlite3

import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.access import CaseScope, Organisation
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.notice import notice_end_date
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.vault import todo_repository
from skyddsapp.vault.vault import Vault

TODAY = dt.date(2026, 11, 27)
TERMINAL = [(k, s.id) for k in CaseKind for s in workflow_for(k).steps if s.terminal]
# Each kind of deadline is read in date order through its own index (migration 015).
DATE_INDEXES = {
    "leases_notice_end",
    "risk_assessments_review",
    "apartments_under_embargo",
    "case_decisions_valid",
    "placements_running",
    "trial_periods_running",
    "transition_flat_stays_planned",
}


@given(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)))
def test_the_notice_end_in_sql_is_the_one_the_law_gives(notice: dt.date) -> None:
    sql = f"SELECT {todo_repository.NOTICE_END_SQL.format('?')}"
    for module in (sqlcipher3, sqlite3):
        [(end,)] = module.connect(":memory:").execute(sql, (notice.isoformat(),)).fetchall()
        assert end == notice_end_date(notice).isoformat()


def _plan(opened: Vault, scope: CaseScope | None) -> list[str]:
    (with_sql, with_p), (union, union_p) = todo_repository._window_sql(
        TERMINAL, today=TODAY, until=TODAY + dt.timedelta(days=90), scope=scope
    )
    sql = f"{with_sql}{union} ORDER BY day, o, reference, detail, case_id LIMIT 200"
    rows = opened.connection.execute(f"EXPLAIN QUERY PLAN {sql}", [*with_p, *union_p])
    return [str(r[3]) for r in rows]


def test_the_window_merges_the_kinds_read_in_date_order(opened: Vault) -> None:
    scope = CaseScope("handl", "Uppsalahem", Organisation.UPPSALAHEM, few=False)
    for plan in (_plan(opened, None), _plan(opened, scope)):
        text = "\n".join(plan)
        assert "MERGE (UNION ALL)" in text
        assert all(f"USING INDEX {index}" in text for index in DATE_INDEXES), text
        # Those branches sort no more than the ties within a day (SQLite names the partial
        # sort "RIGHT PART OF ORDER BY" or "LAST n TERMS OF ORDER BY", by version); only the
        # few old flats of finished cases are sorted whole.
        partial = [x for x in plan if "RIGHT PART OF ORDER BY" in x or "TERMS OF ORDER BY" in x]
        assert len(partial) >= len(DATE_INDEXES), text
