"""Ärenden: the case list with search as you type, filters and a lazily paged table."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import staff
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.search import CaseFilter, search_cases
from skyddsapp.ui.cases.case_table_model import PAGE_SIZE, CaseTableModel
from skyddsapp.ui.housing.housing_first_waits_label import HousingFirstWaitsLabel
from skyddsapp.ui.shell.screen import CasesScreen
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.list_table import empty_overlay, set_up_list
from skyddsapp.ui.widgets.plain_text import PlainLabel

DEBOUNCE_MS = 200
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CaseListPage(CasesScreen):
    """Ärendelistan. Emits `case_activated(case_id)` on Enter or double-click."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._session = session
        search = partial(search_cases, session)
        self._model = CaseTableModel(search, page_size=page_size, today=session.today, parent=self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply)
        self._build()
        self._fill_handlers()
        self._apply()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök på referens, namn, personnummer eller adress"))
        self.search.setAccessibleName(self.tr("Sök ärenden"))
        self.search.setToolTip(self.tr("Ctrl+F. Esc tömmer sökrutan, Enter går till listan."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._debounce.start)
        self.search.installEventFilter(self)
        search_label = PlainLabel(self.tr("&Sök:"), self)
        search_label.setBuddy(self.search)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Ärendetyp"))
        self.kind.addItem(self.tr("Alla ärendetyper"), None)
        for kind in CaseKind:
            self.kind.addItem(domain_text(kind.label), kind)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        kind_label = PlainLabel(self.tr("Ärende&typ:"), self)
        kind_label.setBuddy(self.kind)

        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("Status"))
        self.state.setMinimumContentsLength(18)
        self.state.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.state.currentIndexChanged.connect(self._apply_now)
        state_label = PlainLabel(self.tr("St&atus:"), self)
        state_label.setBuddy(self.state)

        self.handler = QComboBox(self)
        self.handler.setAccessibleName(self.tr("Handläggare"))
        self.handler.currentIndexChanged.connect(self._apply_now)
        handler_label = PlainLabel(self.tr("&Handläggare:"), self)
        handler_label.setBuddy(self.handler)

        self.mine = QCheckBox(self.tr("&Mina ärenden"), self)
        self.mine.setAccessibleName(self.tr("Visa bara mina ärenden"))
        self.mine.toggled.connect(self._mine_toggled)

        self.table = QTableView(self)
        self.table.setModel(self._model)
        set_up_list(self.table, self.tr("Ärendelista"))
        self._size_columns()
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sync_sort_indicator)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.installEventFilter(self)

        self.empty = empty_overlay(self.table)

        self.status = PlainLabel(parent=self)
        self.status.setAccessibleName(self.tr("Antal ärenden"))
        self.waits = HousingFirstWaitsLabel(self._session, self)
        self._model.modelReset.connect(self._update_status)
        self._model.rowsInserted.connect(self._update_status)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for label, widget in (
            (kind_label, self.kind),
            (state_label, self.state),
            (handler_label, self.handler),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.waits)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        for first, second in (
            (self.search, self.kind),
            (self.kind, self.state),
            (self.state, self.handler),
            (self.handler, self.mine),
            (self.mine, self.table),
        ):
            QWidget.setTabOrder(first, second)
        self._fill_states(None)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        pad = 4 * metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(metrics.horizontalAdvance("Aktualiserat") + pad)
        widths = {
            CaseTableModel.REFERENCE: "KV-2026-00000",
            CaseTableModel.KIND: max((domain_text(k.label) for k in CaseKind), key=len),
            CaseTableModel.CLIENT: "Johanna Påhittadsson",
            CaseTableModel.OPENED: "2026-11-27",
            CaseTableModel.UPDATED: "2026-11-27 00:00",
        }
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + pad)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(CaseTableModel.STATE, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ public

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Load again (after a change elsewhere), keeping the selected case selected."""
        if self._session.vault.is_locked:
            self.clear()
            return
        selected = self.current_case_id()
        self._fill_handlers()
        self._run(self._model.refresh)
        if selected is not None and (row := self._model.row_of(selected)) is not None:
            self.table.selectRow(row)

    def clear(self) -> None:
        """Forget every row and the search text (on lock)."""
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.setText("")  # setText, unlike clear(), also drops the undo history
        self.search.blockSignals(False)
        self._model.clear()

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self._model.case_id(index.row()) if index.isValid() else None

    @property
    def model(self) -> CaseTableModel:
        return self._model

    # ------------------------------------------------------------------ behaviour

    def _filter(self) -> CaseFilter:
        kind = self.kind.currentData()
        state = self.state.currentData() if kind is not None else None
        mine = self.mine.isChecked()
        handler = self._session.user_name if mine else self.handler.currentData()
        return CaseFilter(
            kinds=(kind,) if kind is not None else (),
            states=(state,) if state else (),
            handler=handler,
        )

    def _apply(self) -> None:
        if self._session.vault.is_locked:
            self._model.clear()
            return
        self._run(lambda: self._model.set_query(self.search.text(), self._filter()))

    def _run(self, load: Callable[[], None]) -> None:
        try:
            load()
        except ServiceError as error:
            self._model.clear()
            self.empty.setText(error_text(error))

    def _apply_now(self) -> None:
        self._debounce.stop()
        self._apply()

    def _kind_changed(self) -> None:
        self._fill_states(self.kind.currentData())
        self._apply_now()

    def _fill_states(self, kind: CaseKind | None) -> None:
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(self.tr("Alla statusar"), None)
        if kind is not None:
            for step in workflow_for(kind).steps:
                self.state.addItem(domain_text(step.label), step.id)
        self.state.setEnabled(kind is not None)
        self.state.blockSignals(False)

    def _fill_handlers(self) -> None:
        try:
            names = staff.handler_names(self._session)
        except ServiceError:
            names = []
        chosen = self.handler.currentData()
        self.handler.blockSignals(True)
        self.handler.clear()
        self.handler.addItem(self.tr("Alla handläggare"), None)
        for name in names:
            self.handler.addItem(name, name)
        self.handler.setCurrentIndex(max(0, self.handler.findData(chosen)))
        self.handler.blockSignals(False)

    def _mine_toggled(self, checked: bool) -> None:
        self.handler.setEnabled(not checked)
        self._apply_now()

    def _sync_sort_indicator(self) -> None:
        # The vault sorts each column one way; show that way whatever the click asked for.
        header = self.table.horizontalHeader()
        column, order = self._model.sort_indicator()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()

    def _update_status(self) -> None:
        housing_first = self.kind.currentData() is CaseKind.HOUSING_FIRST
        self.waits.setVisible(housing_first)
        if housing_first and not self._session.vault.is_locked:
            self.waits.refresh()
        rows = self._model.rowCount()
        filtered = bool(self.search.text().strip()) or self._filter() != CaseFilter()
        if rows == 0:
            self.empty.setText(
                self.tr("Inga ärenden matchar sökningen.")
                if filtered
                else self.tr("Det finns inga ärenden ännu.")
            )
            self.empty.show()
            self.status.setText("")
            return
        self.empty.hide()
        if self._model.has_more:
            text = self.tr("{0} ärenden visas – fler finns, bläddra nedåt för att visa fler.")
        elif rows == 1:
            text = self.tr("1 ärende")
        else:
            text = self.tr("{0} ärenden")
        self.status.setText(text.format(rows))

    def _activate(self, row: int | None = None) -> None:
        case_id = self.current_case_id() if row is None else self._model.case_id(row)
        if case_id is not None:
            self.case_activated.emit(case_id)

    def _go_to_table(self) -> None:
        self._apply_now()
        if self._model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in _ENTER_KEYS:
                self._activate()
                return True
            if watched is self.search:
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.setText("")
                    self._apply_now()
                    return True
                if key in _ENTER_KEYS:
                    self._go_to_table()
                    return True
                if key == Qt.Key.Key_Down:
                    self._go_to_table()
                    return True
        return super().eventFilter(watched, event)
