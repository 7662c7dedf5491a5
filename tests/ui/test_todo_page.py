"""Att göra driven through its widgets: order by date, overdue rows, horizon, opening a case."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import cases, housing
from skyddsapp.services.context import Session
from skyddsapp.ui.shell.todo_page import TodoPage
from skyddsapp.ui.shell.todo_table_model import TodoTableModel

DAY = dt.timedelta(days=1)


def _open_cases(session: Session) -> list[tuple[int, int]]:
    """(case id, lease id) of open cases whose lease has had no notice, oldest first."""
    rows = session.conn.execute(
        "SELECT c.id, c.kind, c.state, cl.lease_id FROM cases c "
        "JOIN case_leases cl ON cl.case_id = c.id "
        "JOIN leases l ON l.id = cl.lease_id AND l.status = 'active' ORDER BY c.id"
    ).fetchall()
    return [
        (cid, lease)
        for cid, kind, state, lease in rows
        if not workflow_for(CaseKind(kind)).is_terminal(state)
    ]


@pytest.fixture
def crafted(session: Session) -> dict[str, int]:
    """An overdue review, a notice ending in December and a förtur valid into next spring."""
    today = session.today()
    (noticed, lease), (decided, _) = _open_cases(session)[:2]
    # Demo reviews are at most 30 days overdue; this one, 60 days overdue, comes first.
    reviewed = cases.create_case(session, CaseKind.CUSTOMER_CARE).id
    assert reviewed is not None
    assessment = RiskAssessment(
        today - 100 * DAY, "Bedömare", RiskLevel.HIGH, True, today - 60 * DAY
    )
    cases.add_risk_assessment(session, reviewed, assessment)
    housing.register_notice(session, lease, dt.date(2026, 9, 3))  # ends 2026-12-31
    decision = Decision(today, DecisionKind.PRIORITY, "Förtur.", "Chef", True, today + 120 * DAY)
    cases.add_decision(session, decided, decision)
    return {"reviewed": reviewed, "noticed": noticed, "decided": decided}


@pytest.fixture
def page(session: Session, crafted: dict[str, int], qtbot) -> TodoPage:
    widget = TodoPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(page: TodoPage) -> list[tuple[str, str, int]]:
    model = page.model
    return [
        (
            str(model.index(r, TodoTableModel.DATE).data()),
            str(model.index(r, TodoTableModel.WHAT).data()),
            model.index(r, 0).data(TodoTableModel.CaseIdRole),
        )
        for r in range(model.rowCount())
    ]


def test_rows_are_sorted_by_date_overdue_first(page: TodoPage, crafted: dict[str, int]) -> None:
    shown = rows(page)
    dates = [page.model.deadline(r).date for r in range(len(shown))]  # type: ignore[union-attr]
    assert dates == sorted(dates)
    assert len(shown) > 10
    assert shown[0] == ("2026-09-28 (försenad)", "Ny hot- och riskbedömning", crafted["reviewed"])
    assert ("2026-12-31", "Uppsägningstiden löper ut", crafted["noticed"]) in shown
    assert "Inom 90 dagar" not in page.status.text()
    late = sum(1 for date, *_ in shown if date.endswith("(försenad)"))
    assert late >= 1
    tail = "varav 1 försenad" if late == 1 else f"varav {late} försenade"
    assert page.status.text() == f"{len(shown)} frister, {tail}"


def test_overdue_rows_are_flagged_in_text_role_and_colour(page: TodoPage) -> None:
    model = page.model
    overdue = [
        r for r in range(model.rowCount()) if model.index(r, 0).data(TodoTableModel.OverdueRole)
    ]
    # Overdue rows come first (sorted by date) and only they are flagged.
    assert overdue == list(range(len(overdue)))
    assert overdue
    first_on_time = len(overdue)
    for column in range(model.columnCount()):
        colour = model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QColor)
        assert colour.red() > colour.green() + 60
        on_time = model.index(first_on_time, column)
        assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "(försenad)" in model.index(0, TodoTableModel.DATE).data()
    assert model.index(0, TodoTableModel.DETAIL).data() == "Senaste bedömning: Hög risk"


def test_the_horizon_widens_and_narrows_the_list(
    page: TodoPage, session: Session, crafted: dict[str, int]
) -> None:
    today = session.today()
    ninety = rows(page)
    assert page.horizon.currentData() == 90
    assert all(d.date <= today + 90 * DAY for d in _deadlines(page))
    assert DeadlineKind.DECISION_EXPIRES not in {d.kind for d in _deadlines(page)}
    page.horizon.setCurrentIndex(page.horizon.findData(None))
    everything = _deadlines(page)
    assert any(
        d.kind is DeadlineKind.DECISION_EXPIRES and d.case_id == crafted["decided"]
        for d in everything
    )
    assert len(everything) > len(ninety)
    page.horizon.setCurrentIndex(page.horizon.findData(30))
    month = _deadlines(page)
    assert all(d.date <= today + 30 * DAY for d in month)
    assert month[0].case_id == crafted["reviewed"]  # overdue ones stay whatever the horizon
    assert len(month) < len(ninety)


def _deadlines(page: TodoPage) -> list:
    return [page.model.deadline(r) for r in range(page.model.rowCount())]


def test_enter_and_double_click_open_the_case(
    page: TodoPage, crafted: dict[str, int], qtbot
) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.case_activated) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [crafted["reviewed"]]
    row = next(r for r, (*_, cid) in enumerate(rows(page)) if cid == crafted["noticed"])
    centre = page.table.visualRect(page.model.index(row, TodoTableModel.CASE)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.case_activated) as clicked:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == [crafted["noticed"]]


def test_refresh_shows_a_new_deadline_and_lock_empties_the_page(
    page: TodoPage, session: Session, crafted: dict[str, int]
) -> None:
    before = len(rows(page))
    assessment = RiskAssessment(session.today(), "B", RiskLevel.LOW, False, session.today())
    cases.add_risk_assessment(session, crafted["noticed"], assessment)
    page.refresh()
    shown = rows(page)
    assert len(shown) == before  # the new assessment replaced the demo one of that case
    assert ("2026-11-27 (idag)", "Ny hot- och riskbedömning", crafted["noticed"]) in shown
    session.vault.lock()
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()


def test_nothing_is_gathered_until_the_page_is_shown(session: Session, qtbot) -> None:
    statements: list[str] = []
    session.conn.set_trace_callback(statements.append)
    try:
        widget = TodoPage(session)
        qtbot.addWidget(widget)
        assert statements == []
        assert widget.model.rowCount() == 0
        widget.show()
        qtbot.waitExposed(widget)
    finally:
        session.conn.set_trace_callback(None)
    assert statements
    assert widget.model.rowCount() > 0
