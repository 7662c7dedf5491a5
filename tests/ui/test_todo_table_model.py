"""The Att göra table model on its own: the rest of the list read as the view scrolls."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester

from skyddsapp.domain.deadlines import Deadline, DeadlineKind
from skyddsapp.ui.shell.todo_table_model import FETCH_SIZE, Fetch, TodoTableModel

TODAY = dt.date(2026, 11, 27)
ALL = [
    Deadline(TODAY + dt.timedelta(days=n - 30), DeadlineKind.RISK_REVIEW_DUE, n, f"KV-{n}", "")
    for n in range(FETCH_SIZE * 2 + 17)
]


def _fetcher(calls: list[tuple[int, int]]) -> Fetch:
    def fetch(offset: int, limit: int) -> list[Deadline]:
        calls.append((offset, limit))
        return ALL[offset : offset + limit]

    return fetch


def test_the_rest_is_read_a_window_at_a_time_as_the_view_asks() -> None:
    calls: list[tuple[int, int]] = []
    model = TodoTableModel()
    model.set_rows(ALL[:50], TODAY, fetch=_fetcher(calls))
    assert model.rowCount() == 50
    assert calls == []  # nothing read before the view asks
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.deadline(r) for r in range(model.rowCount())] == ALL
    assert calls == [(50, FETCH_SIZE), (50 + FETCH_SIZE, FETCH_SIZE)]  # the last one was short
    assert model.overdue_count() == 30


def test_a_complete_list_fetches_nothing(qtmodeltester: ModelTester) -> None:
    model = TodoTableModel()
    model.set_rows(ALL[:5], TODAY)
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_a_lazy_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = TodoTableModel()
    model.set_rows(ALL[:50], TODAY, fetch=_fetcher([]))
    qtmodeltester.check(model)
