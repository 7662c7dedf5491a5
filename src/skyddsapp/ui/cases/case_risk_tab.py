"""The case view's Riskbedömningar tab: every threat and risk assessment, latest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.cases.case_data import CaseData, button_row
from skyddsapp.ui.widgets.labels import domain_text


class CaseRiskTab(QWidget):
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("&Ny riskbedömning …"), self)
        self.add_button.clicked.connect(self.add_requested)
        layout.addWidget(button_row(self.add_button))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Bedömare"),
                self.tr("Risknivå"),
                self.tr("Uppsökande"),
                self.tr("Nästa uppföljning"),
                self.tr("Status"),
            ]
        )
        self.table.setAccessibleName(self.tr("Hot- och riskbedömningar"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def show_data(self, data: CaseData) -> None:
        assessments = sorted(
            reversed(data.case.risk_assessments), key=lambda a: a.date, reverse=True
        )
        latest = data.case.latest_risk_assessment()
        self.table.setRowCount(len(assessments))
        for row, assessment in enumerate(assessments):
            if assessment is not latest:
                status = self.tr("Ersatt av senare bedömning")
            elif assessment.is_current(data.today):
                status = self.tr("Aktuell")
            else:
                status = self.tr("Ska följas upp – gör en ny bedömning")
            texts = (
                assessment.date.isoformat(),
                assessment.assessor,
                domain_text(assessment.level.label),
                self.tr("Ja") if assessment.seeks_out_victim else self.tr("Nej"),
                assessment.next_review.isoformat(),
                status,
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
