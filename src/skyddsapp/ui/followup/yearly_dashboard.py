"""Årsuppföljning (Uppföljning, Ctrl+Shift+Å): the follow-up's figures for a year or a period,
beside the year before's, as key figures, tables and charts; the PDF and the CSV from here.

Inside the unit the figures are exact. "Maskera små tal" shows them as they leave the unit (the
PDF's and the CSV's rule, on for both by default): the same service call and the same tables
the documents are made from (`domain.yearly_tables`), so what is seen is what is sent. Every
showing is logged by the service; nothing here names a case or a person.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.domain.yearly_report import MAX_YEAR, MIN_YEAR, Comparison
from skyddsapp.domain.yearly_tables import ChartData, ShownTable, chart_data, key_figures
from skyddsapp.services import yearly_report
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.followup.yearly_report_flow import Asked, YearlyReportFlow
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

YEAR, PERIOD = 0, 1  # the period box's choices


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class KeyFigure(QFrame):
    """One key figure: the number large, what it counts, and the year before's."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = PlainLabel(parent=self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = PlainLabel(caption, self)
        self.caption.setWordWrap(True)
        self.before = PlainLabel(parent=self)
        self.before.setEnabled(False)  # the palette's quieter text
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for label in (self.value, self.caption, self.before):
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, value: str, before: str) -> None:
        self.value.setText(value)
        self.before.setText(before)
        self.setAccessibleName(f"{self.caption.text()}: {value}. {before}")


class YearlyDashboard(QDialog):
    """Opened with open(), not exec(); a lock closes it like every dialog. ``comparison`` and
    ``tables`` are what is shown (None before the first showing or after a refusal);
    ``charts`` the charts drawn, by table title."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Årsuppföljning"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.comparison: Comparison | None = None
        self.tables: list[ShownTable] = []
        self.charts: dict[str, QWidget] = {}
        self.flow = YearlyReportFlow(session, parent=self)
        today = session.today()

        self.kind = QComboBox(self)
        self.kind.addItems([self.tr("Kalenderår"), self.tr("Period")])
        self.kind.setAccessibleName(self.tr("Vad som räknas"))
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        # The follow-up is of the year that has ended.
        self.year.setValue(max(MIN_YEAR, today.year - 1))
        self.year.setAccessibleName(self.tr("År"))
        self.start = QDateEdit(_date(dt.date(today.year, 1, 1)), self)
        self.end = QDateEdit(_date(today), self)
        self.start.setAccessibleName(self.tr("Periodens första dag"))
        self.end.setAccessibleName(self.tr("Periodens sista dag"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("&Visa"), self)
        self.show_button.setDefault(True)
        self.suppress = QCheckBox(self.tr("&Maskera små tal (som i PDF och CSV)"), self)
        self.suppress.setToolTip(
            self.tr(
                'Visar siffrorna som de lämnar enheten: 1 och 2 som "<3", och ytterligare en '
                'siffra dold ("..") där summan annars skulle avslöja dem.'
            )
        )
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)

        top = QHBoxLayout()
        kind_label = PlainLabel(self.tr("&Räkna:"), self)
        kind_label.setBuddy(self.kind)
        year_label = PlainLabel(self.tr("&År:"), self)
        year_label.setBuddy(self.year)
        start_label = PlainLabel(self.tr("&Från:"), self)
        start_label.setBuddy(self.start)
        end_label = PlainLabel(self.tr("&Till:"), self)
        end_label.setBuddy(self.end)
        self._year_widgets: tuple[QWidget, ...] = (year_label, self.year)
        self._period_widgets: tuple[QWidget, ...] = (start_label, self.start, end_label, self.end)
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addWidget(year_label)
        top.addWidget(self.errors.wrap("year", self.year, self))
        top.addWidget(start_label)
        top.addWidget(self.errors.wrap("start", self.start, self))
        top.addWidget(end_label)
        top.addWidget(self.errors.wrap("end", self.end, self))
        top.addWidget(self.show_button)
        top.addSpacing(12)
        top.addWidget(self.suppress)
        top.addStretch(1)

        self.heading = PlainLabel(parent=self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.mask_note = PlainLabel(parent=self)
        self.mask_note.setWordWrap(True)

        self.key_figures = {
            "ended": KeyFigure(self.tr("avslutade placeringar i skyddat boende"), self),
            "first_hand": KeyFigure(self.tr("av dem till förstahandskontrakt"), self),
            "requests": KeyFigure(self.tr("förfrågningar om kundvård"), self),
            "days": KeyFigure(self.tr("dagar till första erbjudande (median)"), self),
            "kvinnojour": KeyFigure(self.tr("Kvinnojourens lägenheter mot kvoten"), self),
            "overdue": KeyFigure(self.tr("ärenden med försenad riskbedömning"), self),
        }
        tiles = QGridLayout()
        for index, tile in enumerate(self.key_figures.values()):
            tiles.addWidget(tile, 0, index)

        self.sections = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.sections)
        self.scroll_area = scroll

        self.pdf_button = QPushButton(self.tr("Förhandsgranska &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Spara som &CSV…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in (self.pdf_button, self.csv_button):
            button.setAutoDefault(False)
            button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.general)
        layout.addWidget(self.heading)
        layout.addWidget(self.mask_note)
        layout.addLayout(tiles)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button.clicked.connect(self.show_figures)
        self.suppress.toggled.connect(self.show_figures)
        self.pdf_button.clicked.connect(lambda: self.flow.open(self))
        self.csv_button.clicked.connect(lambda: self.flow.save_csv(self))
        self._kind_changed(YEAR)
        screen = QGuiApplication.primaryScreen()
        width = 1100 if screen is None else min(1100, screen.availableSize().width())
        self.resize(width, 760)

    # ------------------------------------------------------------------ asking

    def _kind_changed(self, index: int) -> None:
        for widget in self._year_widgets:
            widget.setVisible(index == YEAR)
        for widget in self._period_widgets:
            widget.setVisible(index == PERIOD)
        self.errors.clear()

    def asked(self) -> Asked:
        if self.kind.currentIndex() == YEAR:
            return Asked(year=self.year.value())
        return Asked(start=_day(self.start.date()), end=_day(self.end.date()))

    def show_figures(self) -> bool:
        """Count the period asked for and show it; a refusal is shown and what was shown
        before is cleared (it was another period's). True when figures are shown."""
        asked = self.asked()
        suppress = self.suppress.isChecked()
        self.errors.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = yearly_report.tables(
                self.session, year=asked.year, start=asked.start, end=asked.end, suppress=suppress
            )
        except ValidationError as error:
            self._clear()
            self.errors.show(error)
            return False
        except (DomainError, ServiceError) as error:
            self._clear()
            self.errors.show_general([error_text(error)])
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.flow.set_report(asked, suppress)
        self._show(report.comparison, report.tables, suppress)
        return True

    # ------------------------------------------------------------------ showing

    def _clear(self) -> None:
        self.comparison = None
        self.tables = []
        self.charts = {}
        self.heading.clear()
        self.mask_note.clear()
        for tile in self.key_figures.values():
            tile.set("", "")
        while self.sections_layout.count() > 1:
            item = self.sections_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from findChildren now, not at the next event
                widget.deleteLater()
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(False)

    def _show(self, comparison: Comparison, tables: list[ShownTable], suppress: bool) -> None:
        self._clear()
        self.comparison, self.tables = comparison, tables
        now, before = comparison.current, comparison.previous
        self.heading.setText(
            self.tr("Årsuppföljning {0}, jämfört med {1}").format(
                now.period.label, before.period.label
            )
        )
        notes = []
        if now.reference_day < now.period.end:
            notes.append(
                self.tr("Perioden pågår: räknat till och med {0}.").format(
                    now.reference_day.isoformat()
                )
            )
        if suppress:
            notes.append(
                self.tr(
                    'Små tal maskerade som i PDF och CSV: "<3" är 1 eller 2, '
                    '".." en siffra som döljs för att de inte ska kunna räknas ut.'
                )
            )
        self.mask_note.setText(" ".join(notes))
        self.mask_note.setVisible(bool(self.mask_note.text()))
        self._show_key_figures(comparison, suppress)
        for table in tables:
            self.sections_layout.insertWidget(
                self.sections_layout.count() - 1, self._section(table)
            )
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(True)

    def _show_key_figures(self, comparison: Comparison, suppress: bool) -> None:
        before = comparison.previous.period.label
        for key, (value, earlier) in key_figures(comparison, suppress=suppress).items():
            self.key_figures[key].set(value, self.tr("{0}: {1}").format(before, earlier))

    def _section(self, table: ShownTable) -> QGroupBox:
        """The table and its note, and its chart under them (where it has a breakdown)."""
        from skyddsapp.ui.followup.charts import ComparisonChart

        box = QGroupBox(domain_text(table.title), self.sections)
        layout = QVBoxLayout(box)
        layout.addWidget(self._table(table), 0, Qt.AlignmentFlag.AlignLeft)
        if table.note:
            note = PlainLabel(domain_text(table.note), box)
            note.setWordWrap(True)
            note.setEnabled(False)  # the palette's quieter text
            layout.addWidget(note)
        data = chart_data(table)
        if data is not None:
            translated = ChartData(
                tuple(domain_text(c) for c in data.categories),
                data.now,
                data.before,
                domain_text(data.now_label),
                domain_text(data.before_label),
            )
            chart = ComparisonChart(translated, domain_text(table.title), box)
            self.charts[table.title] = chart
            layout.addWidget(chart)
        return box

    def _table(self, table: ShownTable) -> QTableWidget:
        """The table's rows as text (QTableWidgetItem draws plain text): the figures the chart
        draws, readable by a screen reader and copied with Ctrl+C."""
        grid = QTableWidget(len(table.rows), len(table.columns), self.sections)
        grid.setHorizontalHeaderLabels([domain_text(c) for c in table.columns])
        grid.setVerticalHeaderLabels([domain_text(label) for label, _ in table.rows])
        grid.setAccessibleName(domain_text(table.title))
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        grid.setWordWrap(False)
        for row, (_label, cells) in enumerate(table.rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.setItem(row, column, item)
        if table.total is not None:
            bold = QFont(grid.font())
            bold.setBold(True)
            grid.verticalHeaderItem(table.total).setFont(bold)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for policy in (grid.setVerticalScrollBarPolicy, grid.setHorizontalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.resizeColumnsToContents()
        grid.resizeRowsToContents()
        # As large as its cells: the dashboard scrolls, not each table.
        frame = 2 * grid.frameWidth()
        height = grid.horizontalHeader().sizeHint().height() + grid.verticalHeader().length()
        width = grid.verticalHeader().sizeHint().width() + grid.horizontalHeader().length()
        grid.setFixedSize(width + frame, height + frame)
        return grid
