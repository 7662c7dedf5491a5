"""The case list as a lazy table model: one page of cases at a time, fetched as the view scrolls.

Each further page starts right after the last row shown (keyset paging, `after=`): the vault
seeks to it by the sort key instead of reading and skipping every row above it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services.search import CaseFilter, CasePage, CaseSort, CaseSummary
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import plain_tooltip

PAGE_SIZE = 150

# services.search.search_cases with the session bound: (text, *, flt, sort, limit, reverse, after).
Search = Callable[..., CasePage]
Index = QModelIndex | QPersistentModelIndex

_ASC, _DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


class CaseTableModel(QAbstractTableModel):
    """Ärendelista: rows are CaseSummary pages from `search`; no count over the whole vault."""

    REFERENCE, KIND, STATE, CLIENT, OPENED, UPDATED = range(6)
    COLUMN_COUNT = 6
    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    ProtectedRole = Qt.ItemDataRole.UserRole + 2
    """True when the case's client has protected personal data (the name is masked)."""

    # Each column's first click sorts the way listed (InitialSortOrderRole); a second flips it.
    _SORTS: ClassVar[dict[int, tuple[CaseSort, Qt.SortOrder]]] = {
        REFERENCE: (CaseSort.REFERENCE, _ASC),
        KIND: (CaseSort.KIND, _ASC),
        STATE: (CaseSort.STATE, _ASC),
        OPENED: (CaseSort.OPENED, _DESC),
        UPDATED: (CaseSort.UPDATED, _DESC),
    }

    def __init__(
        self,
        search: Search,
        *,
        page_size: int = PAGE_SIZE,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._today = today
        """Bostad först: the waits shown in the Status column run until this day."""
        self._page_size = page_size
        self._text = ""
        self._filter = CaseFilter()
        self._sort = CaseSort.NEWEST
        self._reverse = False
        self._rows: list[CaseSummary] = []
        self._has_more = False
        # Each shown row's texts, made the first time the view paints the row and kept until
        # the rows change: a repaint then costs a lookup, not formatting (keystroke speed).
        self._texts: dict[int, tuple[str | None, ...]] = {}

    # ------------------------------------------------------------------ querying

    def set_query(self, text: str = "", flt: CaseFilter | None = None) -> None:
        """Show the first page of cases matching `text` and `flt` (the old rows are dropped)."""
        self._text = text
        self._filter = flt or CaseFilter()
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Run the same query again, keeping as many rows as are loaded (cases may have changed)."""
        self._reload(max(self._page_size, len(self._rows)))

    def clear(self) -> None:
        """Drop every row and the query itself (on lock): nothing of the vault stays here."""
        self.beginResetModel()
        self._rows = []
        self._texts = {}
        self._has_more = False
        self._text = ""
        self._filter = CaseFilter()
        self.endResetModel()

    def _fetch(self, after: CaseSummary | None, limit: int) -> CasePage:
        return self._search(
            self._text,
            flt=self._filter,
            sort=self._sort,
            limit=limit,
            reverse=self._reverse,
            after=after,
        )

    def _reload(self, limit: int) -> None:
        page = self._fetch(None, limit)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._texts = {}
        self._has_more = page.has_more
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt default
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt default
        if parent.isValid() or not self._has_more:
            return
        page = self._fetch(self._rows[-1] if self._rows else None, self._page_size)
        self._has_more = page.has_more
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def current_sort(self) -> CaseSort:
        return self._sort

    @property
    def page_size(self) -> int:
        return self._page_size

    # ------------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = _ASC) -> None:
        """Sort by `column` in `order`; -1 means newest first.

        The client column cannot be sorted (masked names must not give away their order).
        """
        if column == -1:
            wanted, reverse = CaseSort.NEWEST, False
        elif column in self._SORTS:
            wanted, natural = self._SORTS[column]
            reverse = order != natural
        else:
            return
        if (wanted, reverse) != (self._sort, self._reverse):
            self._sort, self._reverse = wanted, reverse
            self._reload(self._page_size)

    def sort_indicator(self) -> tuple[int, Qt.SortOrder]:
        """The header column and arrow that match the current sort (-1: no column)."""
        for column, (sort, order) in self._SORTS.items():
            if sort is self._sort:
                flipped = _ASC if order == _DESC else _DESC
                return column, flipped if self._reverse else order
        return -1, _DESC

    # ------------------------------------------------------------------ the table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole and section in self._SORTS:
            return self._SORTS[section][1]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Referens"),
            self.tr("Ärendetyp"),
            self.tr("Status"),
            self.tr("Klient"),
            self.tr("Aktualiserat"),
            self.tr("Senast ändrat"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The delegate asks seven roles per painted cell and five are never ours: answer those
        # before touching the index (keystroke speed, issue 11).
        if role not in _ANSWERED_ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):  # an invalid index has row -1
            return None
        if role == _DISPLAY:
            texts = self._texts.get(number)
            if texts is None:
                row = self._rows[number]
                texts = tuple(self._display(row, c) for c in range(self.COLUMN_COUNT))
                self._texts[number] = texts
            column = index.column()
            return texts[column] if 0 <= column < self.COLUMN_COUNT else None
        row = self._rows[number]
        if role == self.CaseIdRole:
            return row.id
        if role == self.ProtectedRole:
            return _is_protected(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(row, index.column())
            return plain_tooltip(tip) if tip else None
        return None

    def _display(self, row: CaseSummary, column: int) -> str | None:
        if column == self.REFERENCE:
            return row.reference
        if column == self.KIND:
            return domain_text(row.kind.label)
        if column == self.STATE:
            step = workflow_for(row.kind).step(row.state)
            state = domain_text(step.label) if step is not None else row.state
            return self._with_wait(state, row)
        if column == self.CLIENT:
            if _is_protected(row):
                return self.tr("Skyddad person")
            return row.client_name or "–"
        if column == self.OPENED:
            return row.opened_on.isoformat()
        if column == self.UPDATED:
            return local_time(row.updated_at)
        return None

    def _with_wait(self, state: str, row: CaseSummary) -> str:
        """Bostad först: the state and how long the client has waited for a flat."""
        days = row.waiting.days(self._today()) if row.waiting is not None else None
        if row.waiting is None or days is None:
            return state
        if row.waiting.running:
            text = self.tr("väntat 1 dag") if days == 1 else self.tr("väntat {0} dagar")
        else:
            text = self.tr("väntade 1 dag") if days == 1 else self.tr("väntade {0} dagar")
        return self.tr("{0} · {1}").format(state, text.format(days))

    def _tooltip(self, row: CaseSummary, column: int) -> str | None:
        if column == self.STATE and row.waiting is not None and row.waiting.start is not None:
            since = row.waiting.start.isoformat()
            if row.waiting.granted_on is not None:
                explained = self.tr("Väntetiden räknas från beslutet om Bostad först {0}.")
            else:
                explained = self.tr("Väntetiden räknas från dagen ärendet började vänta, {0}.")
            return f"{self._display(row, column)}\n{explained.format(since)}"
        if column in (self.KIND, self.STATE):
            return self._display(row, column)
        if column == self.CLIENT and row.client_protection is not None and _is_protected(row):
            return self.tr("Skyddade personuppgifter: {0}").format(
                domain_text(row.client_protection.label)
            )
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        CaseTableModel.CaseIdRole,
        CaseTableModel.ProtectedRole,
    }
)


def _is_protected(row: CaseSummary) -> bool:
    return row.client_protection is not None and row.client_protection.is_protected


def local_time(stamp: str) -> str:
    """A stored UTC time stamp as local date and time to the minute."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    # isoformat, not strftime: a tenth of the cost, and this runs for every painted row.
    return moment.astimezone().isoformat(" ", "minutes")[:16]
