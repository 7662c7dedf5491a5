"""The case list page driven through its widgets: search as you type, filters, keys, paging."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import demo
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_list_page import DEBOUNCE_MS, CaseListPage
from skyddsapp.ui.cases.case_table_model import CaseTableModel
from skyddsapp.ui.shell.todo_page import TodoPage
from skyddsapp.vault.vault import Vault

UI_CASES = 60  # as made by tests/ui/conftest.py
# The cases demo sees: those handled by someone in demo's team (the others are another team's).
SEEN = (
    "id IN (SELECT h.case_id FROM case_handlers h JOIN users u ON u.name = h.user_name "
    "WHERE u.team = 'Uppsalahem')"
)
UI_TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def reader(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """One unlocked copy of the demo vault for the tests here that only read (unlock is slow)."""
    folder = tmp_path_factory.mktemp("case-list") / "valv"
    shutil.copytree(demo_template, folder)
    vault = Vault.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE)
    yield Session(vault, lambda: UI_TODAY)
    vault.lock()


@pytest.fixture
def page(reader: Session, qtbot) -> CaseListPage:
    widget = CaseListPage(reader)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(page: CaseListPage) -> list[int]:
    model = page.model
    return [model.index(r, 0).data(CaseTableModel.CaseIdRole) for r in range(model.rowCount())]


def sql_ids(session: Session, sql: str, *params: object) -> set[int]:
    return {row[0] for row in session.conn.execute(sql, params)}


def seen(session: Session) -> int:
    """How many cases demo sees (fewer than all: some are another team's)."""
    count = len(sql_ids(session, f"SELECT id FROM cases WHERE {SEEN}"))
    assert 0 < count < UI_CASES
    return count


def type_and_wait(qtbot, page: CaseListPage, text: str) -> None:
    """Type like a user; the table must not change before the debounce has run out."""
    before = shown_ids(page)
    qtbot.keyClicks(page.search, text)
    assert shown_ids(page) == before
    assert page._debounce.isActive()
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=DEBOUNCE_MS * 50)


def test_lists_every_case_newest_first(page: CaseListPage, reader: Session) -> None:
    ids = shown_ids(page)
    assert len(ids) == seen(reader)
    assert ids == sorted(sql_ids(reader, f"SELECT id FROM cases WHERE {SEEN}"), reverse=True)
    assert page.status.text() == f"{seen(reader)} ärenden"
    assert page.empty.isHidden()


def test_typing_updates_only_after_the_debounce(page: CaseListPage, reader: Session, qtbot) -> None:
    reference = page.model.index(3, CaseTableModel.REFERENCE).data()
    qtbot.keyClicks(page.search, reference)
    assert len(shown_ids(page)) == seen(reader)  # nothing yet: the timer is still running
    qtbot.waitUntil(lambda: len(shown_ids(page)) == 1, timeout=DEBOUNCE_MS * 50)
    assert page.model.index(0, CaseTableModel.REFERENCE).data() == reference


def test_a_typed_reference_finds_exactly_that_case(
    page: CaseListPage, reader: Session, qtbot
) -> None:
    case_id, reference = reader.conn.execute(
        f"SELECT id, reference FROM cases WHERE {SEEN} ORDER BY id LIMIT 1 OFFSET 17"
    ).fetchone()
    type_and_wait(qtbot, page, reference.lower())
    assert shown_ids(page) == [case_id]
    assert page.status.text() == "1 ärende"


def _client(session: Session, protected: bool) -> tuple[int, str, str, str]:
    """A case and its client's first name, last name and personal number."""
    op = "!=" if protected else "="
    row = session.conn.execute(
        "SELECT cp.case_id, p.first_name, p.last_name, p.personal_number FROM case_parties cp "
        f"JOIN persons p ON p.id = cp.person_id WHERE cp.role = 'client' AND p.protection {op} "
        f"'none' AND cp.case_id IN (SELECT id FROM cases WHERE {SEEN}) ORDER BY cp.case_id LIMIT 1"
    ).fetchone()
    return int(row[0]), str(row[1]), str(row[2]), str(row[3])


def test_a_name_part_finds_the_case(page: CaseListPage, reader: Session, qtbot) -> None:
    case_id, first, last, _ = _client(reader, protected=False)
    type_and_wait(qtbot, page, f"{first} {last[:4]}")
    assert case_id in shown_ids(page)
    assert len(shown_ids(page)) < UI_CASES
    row = shown_ids(page).index(case_id)
    assert page.model.index(row, CaseTableModel.CLIENT).data() == f"{first} {last}"


def test_a_protected_client_is_found_by_name_but_shown_masked(
    page: CaseListPage, reader: Session, qtbot
) -> None:
    case_id, first, last, _ = _client(reader, protected=True)
    type_and_wait(qtbot, page, f"{first} {last}")
    row = shown_ids(page).index(case_id)
    assert page.model.index(row, CaseTableModel.CLIENT).data() == "Skyddad person"


def test_a_personal_number_finds_the_case(page: CaseListPage, reader: Session, qtbot) -> None:
    case_id, _, _, number = _client(reader, protected=False)
    type_and_wait(qtbot, page, f"{number[:8]}-{number[8:]}")
    expected = sql_ids(
        reader,
        "SELECT cp.case_id FROM case_parties cp JOIN persons p ON p.id = cp.person_id "
        "WHERE p.personal_number = ?",
        number,
    )
    assert case_id in expected
    assert set(shown_ids(page)) == expected


def test_no_match_shows_the_empty_state(page: CaseListPage, qtbot) -> None:
    type_and_wait(qtbot, page, "Zzyxjkvq")
    assert shown_ids(page) == []
    assert page.empty.isVisible()
    assert page.empty.text() == "Inga ärenden matchar sökningen."


def test_kind_and_state_filters(page: CaseListPage, reader: Session) -> None:
    assert not page.state.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.PRIORITY))
    expected = sql_ids(reader, f"SELECT id FROM cases WHERE kind = 'priority' AND {SEEN}")
    assert set(shown_ids(page)) == expected
    assert page.state.isEnabled()
    steps = [page.state.itemData(i) for i in range(1, page.state.count())]
    assert steps == [s.id for s in workflow_for(CaseKind.PRIORITY).steps]
    state = reader.conn.execute(
        f"SELECT state FROM cases WHERE kind = 'priority' AND {SEEN} "
        "GROUP BY state ORDER BY count(*) DESC"
    ).fetchone()[0]
    page.state.setCurrentIndex(page.state.findData(state))
    narrowed = sql_ids(
        reader, f"SELECT id FROM cases WHERE kind = 'priority' AND state = ? AND {SEEN}", state
    )
    assert set(shown_ids(page)) == narrowed
    assert 0 < len(narrowed) < len(expected)
    page.kind.setCurrentIndex(0)
    assert not page.state.isEnabled()
    assert len(shown_ids(page)) == seen(reader)


def test_mine_and_handler_filters(page: CaseListPage, reader: Session) -> None:
    mine = sql_ids(reader, "SELECT case_id FROM case_handlers WHERE user_name = 'demo'")
    assert 0 < len(mine) < seen(reader)
    page.mine.setChecked(True)
    assert set(shown_ids(page)) == mine
    assert not page.handler.isEnabled()
    page.mine.setChecked(False)
    # Those who handle a case demo sees; the other team's handler is not offered.
    names = [page.handler.itemData(i) for i in range(page.handler.count())]
    assert names == [None, demo.DEMO_USER, demo.DEMO_TEAMMATE, demo.DEMO_COLLEAGUE]
    page.handler.setCurrentIndex(page.handler.findData(demo.DEMO_TEAMMATE))
    theirs = sql_ids(
        reader, "SELECT case_id FROM case_handlers WHERE user_name = ?", "kollega.demo"
    )
    assert theirs
    assert set(shown_ids(page)) == theirs
    assert theirs.isdisjoint(mine)
    page.handler.setCurrentIndex(page.handler.findData(demo.DEMO_COLLEAGUE))
    shared = sql_ids(reader, "SELECT case_id FROM case_handlers WHERE user_name = 'nexus.demo'")
    assert set(shown_ids(page)) == shared
    assert shared <= mine


def test_enter_and_double_click_open_the_case(page: CaseListPage, qtbot) -> None:
    page.table.setFocus()
    page.table.selectRow(4)
    expected = shown_ids(page)[4]
    with qtbot.waitSignal(page.case_activated) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [expected]
    rect = page.table.visualRect(page.model.index(6, CaseTableModel.KIND))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.case_activated) as clicked:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [shown_ids(page)[6]]


def test_enter_in_the_search_box_goes_to_the_first_result(
    page: CaseListPage, reader: Session, qtbot
) -> None:
    case_id, reference = reader.conn.execute(
        f"SELECT id, reference FROM cases WHERE {SEEN} ORDER BY id LIMIT 1"
    ).fetchone()
    page.focus_search()
    qtbot.keyClicks(page.search, reference)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # no waiting for the debounce
    assert shown_ids(page) == [case_id]
    assert page.table.hasFocus()
    with qtbot.waitSignal(page.case_activated) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert opened.args == [case_id]


def test_escape_clears_the_search(page: CaseListPage, reader: Session, qtbot) -> None:
    type_and_wait(qtbot, page, "Zzyxjkvq")
    assert shown_ids(page) == []
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert len(shown_ids(page)) == seen(reader)


def test_tab_goes_from_search_through_the_filters_to_the_table(page: CaseListPage, qtbot) -> None:
    page.activateWindow()
    page.focus_search()
    qtbot.waitUntil(page.search.hasFocus)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    # The state filter is disabled until a kind is chosen, so Tab passes it by.
    assert order == [page.kind, page.handler, page.mine, page.table]
    for widget in (page.search, page.kind, page.state, page.handler, page.mine, page.table):
        assert widget.accessibleName()


def test_the_header_sorts_through_the_vault(page: CaseListPage, qtbot) -> None:
    header = page.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + 5
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    def column(number: int) -> list[str]:
        return [page.model.index(r, number).data() for r in range(page.model.rowCount())]

    click(CaseTableModel.REFERENCE)
    assert column(CaseTableModel.REFERENCE) == sorted(column(CaseTableModel.REFERENCE))
    assert column(CaseTableModel.REFERENCE) != sorted(
        column(CaseTableModel.REFERENCE), reverse=True
    )
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        CaseTableModel.REFERENCE,
        Qt.SortOrder.AscendingOrder,
    )
    click(CaseTableModel.REFERENCE)  # a second click flips the order, in the vault
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert column(CaseTableModel.REFERENCE) == sorted(
        column(CaseTableModel.REFERENCE), reverse=True
    )
    assert page.model.sort_indicator() == (CaseTableModel.REFERENCE, Qt.SortOrder.DescendingOrder)
    click(CaseTableModel.CLIENT)  # masked names are not sorted
    assert header.sortIndicatorSection() == CaseTableModel.REFERENCE
    click(CaseTableModel.KIND)
    kinds = [page.model.case_id(r) for r in range(page.model.rowCount())]
    assert page.model.current_sort.name == "KIND"
    assert kinds != sorted(kinds, reverse=True)


def test_scrolling_to_the_end_fetches_the_next_page(reader: Session, qtbot) -> None:
    page = CaseListPage(reader, page_size=20)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 20
    assert "fler finns" in page.status.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 40)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == seen(reader))
    page.table.scrollToBottom()
    assert not page.model.canFetchMore(page.model.index(-1, -1))
    assert page.status.text() == f"{seen(reader)} ärenden"


def test_clear_and_lock_leave_nothing_behind(session: Session, qtbot) -> None:
    page = CaseListPage(session)
    qtbot.addWidget(page)
    type_and_wait(qtbot, page, "Anna")
    page.clear()
    assert page.search.text() == ""
    assert not page.search.isUndoAvailable()
    assert page.model.rowCount() == 0
    page.refresh()
    assert page.model.rowCount() == seen(session)
    session.vault.lock()
    page.refresh()
    assert page.model.rowCount() == 0
    assert not page.model.canFetchMore(page.model.index(-1, -1))


def test_opening_the_list_reads_one_page_and_counts_nothing(reader: Session, qtbot) -> None:
    statements: list[str] = []
    reader.conn.set_trace_callback(statements.append)
    try:
        page = CaseListPage(reader, page_size=25)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
    finally:
        reader.conn.set_trace_callback(None)
    assert page.model.rowCount() == 25
    # The user's team (asked per use case), the handler names (one look per name) and the
    # first page: a handful of statements however many cases there are, and no count.
    assert [s for s in statements if "LIMIT 26 OFFSET 0" in s] == statements[-1:]
    assert sum("FROM case_search" in s or "FROM cases c" in s for s in statements) <= 5
    assert len(statements) <= 12
    assert not any("count(" in s.lower() for s in statements)


def test_a_role_without_read_rights_sees_the_reason_not_a_crash(session: Session, qtbot) -> None:
    session.vault.add_user("granskare", "Granskare", Role.AUDITOR, "granskare-fras-123")
    auditor = Vault.unlock(session.vault.folder, "granskare", "granskare-fras-123")
    try:
        for widget in (CaseListPage(Session(auditor)), TodoPage(Session(auditor))):
            qtbot.addWidget(widget)
            widget.show()
            qtbot.waitExposed(widget)
            assert widget.model.rowCount() == 0
            assert widget.empty.text() == "Din roll får inte läsa ärenden."
    finally:
        auditor.lock()
