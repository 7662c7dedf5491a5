"""The lazy case table model on its own: paging, sorting, masking, roles (no window, no vault)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import WaitingDates
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.ui.cases.case_table_model import CaseTableModel
from skyddsapp.vault.search_repository import CaseFilter, CasePage, CaseSort, CaseSummary

Model = CaseTableModel


def _summary(n: int, protection: ProtectionLevel | None = ProtectionLevel.NONE) -> CaseSummary:
    return CaseSummary(
        id=n,
        reference=f"KV-2026-{n:04d}",
        kind=CaseKind.CUSTOMER_CARE,
        state="granted",
        opened_on=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
        updated_at="2026-11-27T09:05:00.000000+00:00",
        client_name=f"Anna Testsson{n}",
        client_protection=protection,
    )


@dataclass
class FakeSearch:
    """Stands in for services.search.search_cases and remembers every call."""

    rows: list[CaseSummary]
    calls: list[dict[str, object]] = field(default_factory=list)

    def __call__(
        self,
        text: str,
        *,
        flt: CaseFilter,
        sort: CaseSort,
        limit: int,
        reverse: bool = False,
        after: CaseSummary | None = None,
    ) -> CasePage:
        # Keyset paging: the page starts right after the row `after` (the last one shown).
        offset = 0 if after is None else self.rows.index(after) + 1
        self.calls.append(
            {"text": text, "flt": flt, "sort": sort, "limit": limit, "offset": offset}
        )
        self.reversed = reverse
        chunk = self.rows[offset : offset + limit + 1]
        return CasePage(chunk[:limit], has_more=len(chunk) > limit)


@pytest.fixture
def search() -> FakeSearch:
    return FakeSearch([_summary(n) for n in range(1, 351)])


@pytest.fixture
def model(search: FakeSearch) -> CaseTableModel:
    return CaseTableModel(search, page_size=100)


def test_construction_asks_for_nothing(search: FakeSearch, model: CaseTableModel) -> None:
    assert search.calls == []
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_pages_are_fetched_only_when_asked(search: FakeSearch, model: CaseTableModel) -> None:
    model.set_query("anna", CaseFilter(kinds=(CaseKind.CUSTOMER_CARE,)))
    assert model.rowCount() == 100
    assert [(c["offset"], c["limit"]) for c in search.calls] == [(0, 100)]
    assert search.calls[0]["text"] == "anna"
    assert search.calls[0]["flt"] == CaseFilter(kinds=(CaseKind.CUSTOMER_CARE,))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 350
    assert [c["offset"] for c in search.calls] == [0, 100, 200, 300]
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: no further query
    assert len(search.calls) == 4
    assert not model.canFetchMore(model.index(0, 0))


def test_fetch_more_inserts_rows_rather_than_resetting(model: CaseTableModel, qtbot) -> None:
    model.set_query()
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.rowsInserted) as inserted,
    ):
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [100, 199]


def test_a_new_query_resets_and_starts_at_the_first_page(
    search: FakeSearch, model: CaseTableModel, qtbot
) -> None:
    model.set_query()
    model.fetchMore(QModelIndex())
    with qtbot.waitSignal(model.modelReset):
        model.set_query("KV-2026")
    assert model.rowCount() == 100
    assert search.calls[-1] == {
        "text": "KV-2026",
        "flt": CaseFilter(),
        "sort": CaseSort.NEWEST,
        "limit": 100,
        "offset": 0,
    }


@pytest.mark.parametrize(
    ("column", "expected", "arrow"),
    [
        (Model.REFERENCE, CaseSort.REFERENCE, Qt.SortOrder.AscendingOrder),
        (Model.KIND, CaseSort.KIND, Qt.SortOrder.AscendingOrder),
        (Model.STATE, CaseSort.STATE, Qt.SortOrder.AscendingOrder),
        (Model.OPENED, CaseSort.OPENED, Qt.SortOrder.DescendingOrder),
        (Model.UPDATED, CaseSort.UPDATED, Qt.SortOrder.DescendingOrder),
    ],
)
def test_sort_maps_columns_to_the_vault_sorts_and_refetches(
    search: FakeSearch,
    model: CaseTableModel,
    qtbot,
    column: int,
    expected: CaseSort,
    arrow: Qt.SortOrder,
) -> None:
    model.set_query("x")
    model.fetchMore(QModelIndex())
    with qtbot.waitSignal(model.modelReset):
        model.sort(column, arrow)  # the column's first-click direction
    assert model.current_sort is expected
    assert search.reversed is False
    assert search.calls[-1]["sort"] is expected
    assert search.calls[-1]["offset"] == 0
    assert search.calls[-1]["text"] == "x"
    assert model.rowCount() == 100
    assert model.sort_indicator() == (column, arrow)
    assert (
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.InitialSortOrderRole)
        == arrow
    )
    flipped = (
        Qt.SortOrder.DescendingOrder
        if arrow == Qt.SortOrder.AscendingOrder
        else Qt.SortOrder.AscendingOrder
    )
    with qtbot.waitSignal(model.modelReset):
        model.sort(column, flipped)  # the second click reverses it in the vault
    assert search.calls[-1]["sort"] is expected
    assert search.reversed is True
    assert model.sort_indicator() == (column, flipped)


def test_newest_first_is_the_default_and_the_client_column_does_not_sort(
    search: FakeSearch, model: CaseTableModel
) -> None:
    model.set_query()
    assert model.current_sort is CaseSort.NEWEST
    assert model.sort_indicator() == (-1, Qt.SortOrder.DescendingOrder)
    model.sort(Model.CLIENT, Qt.SortOrder.AscendingOrder)
    assert model.current_sort is CaseSort.NEWEST
    model.sort(Model.OPENED, Qt.SortOrder.DescendingOrder)
    calls = len(search.calls)
    model.sort(Model.OPENED, Qt.SortOrder.DescendingOrder)  # same sort again: no new query
    assert len(search.calls) == calls
    model.sort(-1, Qt.SortOrder.AscendingOrder)
    assert model.current_sort is CaseSort.NEWEST


@pytest.mark.parametrize(
    "protection",
    [
        ProtectionLevel.CONFIDENTIALITY_MARKING,
        ProtectionLevel.PROTECTED_REGISTRATION,
        ProtectionLevel.ASSUMED_IDENTITY,
    ],
)
def test_a_protected_clients_name_is_masked(protection: ProtectionLevel) -> None:
    model = CaseTableModel(FakeSearch([_summary(7, protection), _summary(8)]))
    model.set_query()
    masked, plain = model.index(0, Model.CLIENT), model.index(1, Model.CLIENT)
    assert masked.data() == "Skyddad person"
    assert "Anna" not in str(masked.data(Qt.ItemDataRole.ToolTipRole))
    assert protection.label in masked.data(Qt.ItemDataRole.ToolTipRole)
    assert masked.data(Model.ProtectedRole) is True
    assert plain.data() == "Anna Testsson8"
    assert plain.data(Model.ProtectedRole) is False
    for column in range(model.columnCount()):
        assert "Anna" not in str(model.index(0, column).data())


def test_columns_show_reference_kind_step_and_dates() -> None:
    row = _summary(12)
    no_client = replace(_summary(13), client_name=None, client_protection=None)
    model = CaseTableModel(FakeSearch([row, no_client]))
    model.set_query()
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert shown[:5] == [
        "KV-2026-0012",
        "Kundvård vid våld i nära relation",
        "Beviljat av Kundvårdsgruppen",
        "Anna Testsson12",
        "2026-01-13",
    ]
    local = dt.datetime(2026, 11, 27, 9, 5, tzinfo=dt.UTC).astimezone()
    assert shown[5] == local.strftime("%Y-%m-%d %H:%M")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Referens", "Ärendetyp", "Status", "Klient", "Aktualiserat", "Senast ändrat"]
    assert model.index(1, Model.CLIENT).data() == "–"  # a case without a client


def test_case_id_role_and_lookups(model: CaseTableModel) -> None:
    model.set_query()
    assert [model.index(r, Model.STATE).data(Model.CaseIdRole) for r in (0, 99)] == [1, 100]
    assert model.case_id(5) == 6
    assert model.case_id(100) is None
    assert model.row_of(42) == 41
    assert model.row_of(999) is None


def test_refresh_keeps_as_many_rows_as_were_loaded(
    search: FakeSearch, model: CaseTableModel
) -> None:
    model.set_query("a")
    model.fetchMore(QModelIndex())
    model.refresh()
    assert model.rowCount() == 200
    assert (search.calls[-1]["offset"], search.calls[-1]["limit"]) == (0, 200)
    assert model.canFetchMore(QModelIndex())


def test_clear_drops_every_row_and_the_query(search: FakeSearch, model: CaseTableModel) -> None:
    model.set_query("19800101-1234", CaseFilter(handler="demo"))
    model.clear()
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    model.refresh()
    assert search.calls[-1]["text"] == ""
    assert search.calls[-1]["flt"] == CaseFilter()


def test_passes_qt_model_checks(model: CaseTableModel, qtmodeltester: ModelTester) -> None:
    model.set_query()
    qtmodeltester.check(model)


def test_a_bostad_forst_case_shows_its_wait_in_the_status_column() -> None:
    waiting = replace(
        _summary(20),
        reference="BF-2026-0001",
        kind=CaseKind.HOUSING_FIRST,
        state="waiting",
        waiting=WaitingDates(dt.date(2026, 8, 1), dt.date(2026, 8, 3), None),
    )
    moved = replace(
        waiting,
        id=21,
        state="moved_in",
        waiting=WaitingDates(None, dt.date(2026, 11, 26), dt.date(2026, 11, 27)),
    )
    model = CaseTableModel(FakeSearch([waiting, moved]), today=lambda: dt.date(2026, 11, 27))
    model.set_query()
    state = model.index(0, Model.STATE)
    assert state.data() == "Väntar på lägenhet · väntat 118 dagar"
    assert "från beslutet om Bostad först 2026-08-01" in state.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, Model.STATE).data() == "Inflyttad · väntade 1 dag"
    assert "började vänta, 2026-11-26" in model.index(1, Model.STATE).data(
        Qt.ItemDataRole.ToolTipRole
    )
