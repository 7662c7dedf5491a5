"""The case view's Händelser tab: the case's timeline, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from skyddsapp.domain.case import CaseEvent
from skyddsapp.ui.cases.case_data import CaseData
from skyddsapp.ui.widgets.labels import domain_text


def newest_first(events: list[CaseEvent]) -> list[CaseEvent]:
    """By date, latest first; of events on the same day, the one recorded last comes first."""
    return sorted(reversed(events), key=lambda event: event.date, reverse=True)


class CaseEventsTab(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Händelse"), self.tr("Text"), self.tr("Av")]
        )
        self.setAccessibleName(self.tr("Händelser i ärendet"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Row heights follow the wrapped text (a case has tens of events, not thousands).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_data(self, data: CaseData) -> None:
        events = newest_first(data.case.events)
        self.setRowCount(len(events))
        for row, event in enumerate(events):
            texts = (event.date.isoformat(), domain_text(event.kind.label), event.text, event.by)
            for column, text in enumerate(texts):
                self.setItem(row, column, QTableWidgetItem(text))
