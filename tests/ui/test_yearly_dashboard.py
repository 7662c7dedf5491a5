"""Uppföljning → Årsuppföljning: the dashboard counts the year through the service and shows the
same tables the PDF and CSV are made from, with QtCharts drawing the breakdowns; small counts
masked on request, a bad period refused with nothing logged, typed names drawn as typed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents_support import FakeDialogs
from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QTableWidget
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory

from skyddsapp.domain.case import ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.placement import Placement
from skyddsapp.services import placements
from skyddsapp.services.context import Session
from skyddsapp.ui.followup.charts import ComparisonChart
from skyddsapp.ui.followup.yearly_dashboard import PERIOD, YearlyDashboard
from skyddsapp.ui.shell.controller import AppController

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from placement_support import framework
from service_support import Factory, letters

SHELTER = "Avslutade placeringar i skyddat boende efter utfall"
PROVIDERS = "Placeringar efter leverantör och avropsgrund"
TYPED_PROVIDER = "<b>Fet</b> & Co AB"
# Ended in 2025 (the year shown), and in 2024 (the comparison); the demo vault has none then.
ENDED_2025 = {
    ShelterOutcome.FIRST_HAND_FROM_PROVIDER: 4,
    ShelterOutcome.NEXUS_TRANSITION_FLAT: 1,
    ShelterOutcome.OWN_SOLUTION: 2,
}
ENDED_2024 = {ShelterOutcome.OWN_SOLUTION: 3}


def _seed(session: Session) -> None:
    make = Factory(session)
    agreement = framework(session, dt.date(2021, 6, 1), dt.date(2029, 5, 31), "Ramavtal 2021")
    assert agreement.id is not None
    serial = 0
    for year, ended in ((2025, ENDED_2025), (2024, ENDED_2024)):
        day = dt.date(year, 2, 3)
        for outcome, count in ended.items():
            for _ in range(count):
                serial += 1
                client = make.person("Diagramklient" + letters(serial), "Provsson")
                case = make.case(CaseKind.SHELTER_EXIT, client=client)
                assert case.id is not None
                placement = Placement(
                    None,
                    case.id,
                    agreement.id,
                    TYPED_PROVIDER if year == 2025 else "Vanligt Boende AB",
                    True,
                    day - dt.timedelta(days=3),
                    day,
                    actual_end=day,
                    flat_offered_before_end=True,
                )
                placements.record_placement(session, placement, outcome=outcome, children_count=1)
                day += dt.timedelta(days=9)


@pytest.fixture
def seeded(session: Session) -> Session:
    _seed(session)
    return session


@pytest.fixture
def dashboard(seeded: Session, qtbot: QtBot) -> YearlyDashboard:
    dashboard = YearlyDashboard(seeded)
    qtbot.addWidget(dashboard)
    dashboard.flow.dialogs = FakeDialogs()
    dashboard.resize(1366, 900)
    dashboard.show()
    return dashboard


def _audit(session: Session) -> list[tuple[str, str, str]]:
    rows = session.conn.execute(
        "SELECT action, object_id, details FROM audit_log ORDER BY id"
    ).fetchall()
    return [tuple(row) for row in rows]


def _grid(dashboard: YearlyDashboard, title: str) -> QTableWidget:
    found = [g for g in dashboard.findChildren(QTableWidget) if g.accessibleName() == title]
    assert len(found) == 1
    return found[0]


def _cells(grid: QTableWidget) -> dict[str, list[str]]:
    return {
        grid.verticalHeaderItem(r).text(): [
            grid.item(r, c).text() for c in range(grid.columnCount())
        ]
        for r in range(grid.rowCount())
    }


def _chart_texts(chart: ComparisonChart) -> list[str]:
    return [i.toPlainText() for i in chart.scene().items() if isinstance(i, QGraphicsTextItem)]


def test_it_shows_the_year_that_has_ended_beside_the_year_before(
    dashboard: YearlyDashboard, seeded: Session
) -> None:
    assert dashboard.year.value() == 2025  # UI_TODAY is in 2026
    before = len(_audit(seeded))
    assert dashboard.show_figures()

    cells = _cells(_grid(dashboard, SHELTER))
    assert cells["Förstahandskontrakt via leverantören"] == ["4", "4", "0", "0"]
    assert cells["Utslussningslägenhet"] == ["1", "1", "0", "0"]
    assert cells["Egen lösning"] == ["2", "2", "3", "3"]
    assert cells["Summa"] == ["7", "7", "3", "3"]
    assert dashboard.heading.text() == "Årsuppföljning 2025, jämfört med 2024"
    ended = dashboard.key_figures["ended"]
    assert (ended.value.text(), ended.before.text()) == ("7", "2024: 3")
    assert dashboard.key_figures["first_hand"].value.text() == "4"
    # What is shown is logged by the service: the period and the form, nothing else.
    assert _audit(seeded)[before:] == [
        ("report.figures", "2025", "2025-01-01..2025-12-31; tables; utan maskning")
    ]


def test_the_chart_draws_the_tables_breakdown(dashboard: YearlyDashboard) -> None:
    dashboard.show_figures()
    chart = dashboard.charts[SHELTER]
    assert isinstance(chart, ComparisonChart)
    series = chart.chart().series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    now, before = series.barSets()
    assert (now.label(), before.label()) == ("Klienter 2025", "Klienter 2024")
    # QtCharts counts from the bottom: the table's first line is the chart's top bar.
    assert [now.at(i) for i in range(now.count())][::-1] == [4, 1, 0, 0, 0, 2]
    assert [before.at(i) for i in range(before.count())][::-1] == [0, 0, 0, 0, 0, 3]
    axis = chart.chart().axes()[0]
    assert isinstance(axis, QBarCategoryAxis)
    assert axis.categories()[-1] == "Förstahandskontrakt via leverantören"
    assert series.isLabelsVisible()
    # Tables without a breakdown have no chart.
    assert "Förtur" not in dashboard.charts


def test_a_typed_provider_name_is_drawn_and_listed_as_typed(
    dashboard: YearlyDashboard, qtbot: QtBot
) -> None:
    dashboard.show_figures()
    label = f"{TYPED_PROVIDER} – kan ordna lägenhetskontrakt"
    assert _cells(_grid(dashboard, PROVIDERS))[label] == ["7", "0"]
    chart = dashboard.charts[PROVIDERS]
    assert isinstance(chart, ComparisonChart)
    # QtCharts reads its labels as HTML: the name reaches the screen escaped, so as typed.
    qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 1000)
    assert label in _chart_texts(chart)
    assert not any(text.startswith("Fet ") for text in _chart_texts(chart))


def test_masking_shows_the_figures_as_they_leave_the_unit(
    dashboard: YearlyDashboard, seeded: Session
) -> None:
    dashboard.show_figures()
    dashboard.suppress.setChecked(True)  # shows again at once

    cells = _cells(_grid(dashboard, SHELTER))
    assert cells["Utslussningslägenhet"][0] == "<3"
    assert cells["Egen lösning"][0] == "<3"
    assert cells["Förstahandskontrakt via leverantören"][0] == "4"
    assert cells["Summa"][0] == "7"
    assert "7" not in [row[0] for label, row in cells.items() if label != "Summa"][1:]
    assert "<3" in dashboard.mask_note.text()
    chart = dashboard.charts[SHELTER]
    assert isinstance(chart, ComparisonChart)
    assert chart.bars.now[1] is None  # no bar for a masked count ...
    assert not chart.chart().series()[0].isLabelsVisible()  # ... and no "0" written beside it
    assert _audit(seeded)[-1][2] == "2025-01-01..2025-12-31; tables; maskning"


def test_a_bad_period_is_named_under_its_date_and_nothing_is_logged(
    dashboard: YearlyDashboard, seeded: Session
) -> None:
    dashboard.show_figures()
    dashboard.kind.setCurrentIndex(PERIOD)
    assert dashboard.start.isVisible()
    assert not dashboard.year.isVisible()
    dashboard.start.setDate(QDate(2025, 6, 1))
    dashboard.end.setDate(QDate(2025, 5, 1))
    before = _audit(seeded)

    assert not dashboard.show_figures()

    assert dashboard.errors.message("end") == "Periodens slut kan inte ligga före dess början."
    assert _audit(seeded) == before
    # What was shown was another period's: it is gone, and so are the exports of it.
    assert dashboard.comparison is None
    assert not dashboard.findChildren(QTableWidget)
    assert not dashboard.pdf_button.isEnabled()
    assert not dashboard.csv_button.isEnabled()

    dashboard.end.setDate(QDate(2025, 9, 30))
    assert dashboard.show_figures()
    assert dashboard.errors.message("end") == ""
    assert dashboard.heading.text() == "Årsuppföljning 2025-06-01–2025-09-30, jämfört med " + (
        "2024-06-01–2024-09-30"
    )


def test_the_csv_is_saved_as_shown_and_logged(
    dashboard: YearlyDashboard, seeded: Session, tmp_path: Path
) -> None:
    target = tmp_path / "ut" / "arsuppfoljning.csv"
    target.parent.mkdir()
    dashboard.flow.dialogs = dialogs = FakeDialogs(save=target)
    dashboard.suppress.setChecked(True)
    dashboard.csv_button.click()

    assert dialogs.asked == ["save arsuppfoljning-2025.csv"]
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert ["Egen lösning", "<3", "<3", "3", "3"] in rows
    assert target.stat().st_mode & 0o777 == 0o600
    assert _audit(seeded)[-1][2] == "2025-01-01..2025-12-31; csv; maskning"


def test_the_pdf_opens_in_the_preview(dashboard: YearlyDashboard) -> None:
    dashboard.show_figures()
    dashboard.pdf_button.click()
    preview = dashboard.flow.preview
    assert preview is not None
    assert preview.source is not None
    assert preview.source.ok
    assert dashboard.flow.file_name == "arsuppfoljning-2025.pdf"
    preview.reject()


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def test_the_follow_up_menu_opens_it_and_a_lock_closes_it(
    make_controller: ControllerFactory, seeded: Session, qtbot: QtBot
) -> None:
    controller: AppController = make_controller(seeded.vault.folder)
    controller.open_session(seeded)
    window = controller.main_window
    assert window is not None
    menu = window.menuBar().actions()[2].menu()
    assert menu is not None
    assert window.yearly_report_action in menu.actions()
    assert window.yearly_report_action.shortcut().toString() == "Ctrl+Shift+Y"

    window.yearly_report_action.trigger()
    dashboard = window.yearly_dashboard
    assert dashboard is not None
    assert dashboard.isVisible()
    assert dashboard.comparison is not None  # the ended year at once
    assert dashboard.windowTitle() == "Årsuppföljning"

    controller.lock()
    qtbot.waitUntil(lambda: controller.main_window is None)
