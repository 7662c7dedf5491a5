"""Att göra: every deadline across open cases, by date, overdue first; Enter opens the case.

The page reads the first window of deadlines (`todo.window`) and the rest as the list scrolls;
when there are more than a window, the status line's counts are read just after the rows show.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.deadlines import Deadline, DeadlineKind
from skyddsapp.services import todo
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.todo import DeadlineCounts
from skyddsapp.ui.shell.screen import CasesScreen
from skyddsapp.ui.shell.todo_table_model import Fetch, TodoTableModel, overdue_color
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.list_table import empty_overlay, set_up_list, size_columns
from skyddsapp.ui.widgets.plain_text import PlainLabel

DEFAULT_HORIZON_DAYS = 90
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TodoPage(CasesScreen):
    """Att göra. Emits `case_activated(case_id)` on Enter or double-click."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._model = TodoTableModel(self, overdue_color=overdue_color(self))
        self._loaded = False
        self._generation = 0  # counts read for an older refresh are dropped
        self._build()

    def _build(self) -> None:
        self.horizon = QComboBox(self)
        self.horizon.setAccessibleName(self.tr("Visa frister inom"))
        self.horizon.addItem(self.tr("Alla"), None)
        self.horizon.addItem(self.tr("30 dagar"), 30)
        self.horizon.addItem(self.tr("90 dagar"), 90)
        self.horizon.setCurrentIndex(self.horizon.findData(DEFAULT_HORIZON_DAYS))
        self.horizon.currentIndexChanged.connect(self.refresh)
        horizon_label = PlainLabel(self.tr("&Visa frister inom:"), self)
        horizon_label.setBuddy(self.horizon)

        self.table = QTableView(self)
        self.table.setModel(self._model)
        set_up_list(self.table, self.tr("Att göra"))
        self._size_columns()
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.installEventFilter(self)

        self.empty = empty_overlay(self.table)

        self.status = PlainLabel(parent=self)
        self.status.setAccessibleName(self.tr("Antal frister"))

        top = QHBoxLayout()
        top.addWidget(horizon_label)
        top.addWidget(self.horizon)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.horizon, self.table)

    def _size_columns(self) -> None:
        samples = {
            TodoTableModel.DATE: self.tr("{0} (försenad)").format("2026-11-27"),
            TodoTableModel.WHAT: max((domain_text(k.label) for k in DeadlineKind), key=len),
            TodoTableModel.CASE: "KV-2026-00000",
        }
        size_columns(self.table, samples)

    # ------------------------------------------------------------------ public

    def refresh(self) -> None:
        """Gather the deadlines again for the chosen horizon (overdue ones always shown)."""
        self._loaded = True
        self._generation += 1
        if self._session.vault.is_locked:
            self.clear()
            return
        selected = self._selected_case()
        today = self._session.today()
        until = self._until()
        try:
            window = todo.window(self._session, until=until)
        except ServiceError as error:
            self._model.clear()
            self._update_status(DeadlineCounts(0, 0))
            self.empty.setText(error_text(error))
            return
        more = None if window.counts is not None else self._fetcher(until, self._generation)
        self._model.set_rows(window.rows, today, fetch=more)
        self._update_status(window.counts)
        if window.counts is None:
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._count(until, generation))
        if selected is not None:
            for row in range(self._model.rowCount()):
                if self._model.index(row, 0).data(TodoTableModel.CaseIdRole) == selected:
                    self.table.selectRow(row)
                    break

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._loaded = False
        self._generation += 1
        self._model.clear()
        self._update_status(DeadlineCounts(0, 0))

    def _until(self) -> dt.date | None:
        days = self.horizon.currentData()
        return None if days is None else self._session.today() + dt.timedelta(days=days)

    def _fetcher(self, until: dt.date | None, generation: int) -> Fetch:
        def fetch(offset: int, limit: int) -> list[Deadline]:
            if generation != self._generation or self._session.vault.is_locked:
                return []
            try:
                return todo.deadlines(self._session, until=until, offset=offset, limit=limit)
            except ServiceError:
                return []

        return fetch

    def _count(self, until: dt.date | None, generation: int) -> None:
        """The status line's counts, read after the first rows are shown."""
        if generation != self._generation or self._session.vault.is_locked:
            return
        try:
            counts = todo.counts(self._session, until=until)
        except ServiceError:
            return
        self._update_status(counts)

    @property
    def model(self) -> TodoTableModel:
        return self._model

    # ------------------------------------------------------------------ behaviour

    def _update_status(self, counts: DeadlineCounts | None) -> None:
        """The number of deadlines and of overdue ones; None: still being counted."""
        rows = self._model.rowCount()
        self.empty.setText(self.tr("Inget att göra inom den valda tiden."))
        self.empty.setVisible(rows == 0)
        if rows == 0:
            self.status.setText("")
            return
        if counts is None:
            self.status.setText(self.tr("Räknar frister …"))
            return
        total, overdue = counts.total, counts.overdue
        text = self.tr("1 frist") if total == 1 else self.tr("{0} frister").format(total)
        if overdue == 1:
            text += self.tr(", varav 1 försenad")
        elif overdue:
            text += self.tr(", varav {0} försenade").format(overdue)
        self.status.setText(text)

    def _selected_case(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(TodoTableModel.CaseIdRole) if index.isValid() else None

    def _activate(self, row: int | None = None) -> None:
        if row is None:
            index = self.table.currentIndex()
            row = index.row() if index.isValid() else -1
        deadline = self._model.deadline(row)
        if deadline is not None:
            self.case_activated.emit(deadline.case_id)

    def showEvent(self, event: QShowEvent) -> None:
        # Built at unlock behind the case list: gathering every open case's dates waits until
        # the page is first looked at.
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._model.set_overdue_color(overdue_color(self))
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            self._activate()
            return True
        return super().eventFilter(watched, event)
