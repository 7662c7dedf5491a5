"""The follow-up's charts, drawn with QtCharts (pyside6-addons): the one module that knows it.

QtCharts was weighed against matplotlib's Qt backend and Qt Graphs (benchmarks/chart_bench.py):
it draws the first chart in about a tenth of the time matplotlib takes, needs no QML engine (Qt
Graphs draws 2D only through Qt Quick, which links QtNetwork and a JavaScript engine) and writes
no cache files (matplotlib keeps a font list in the home folder). Qt marks it deprecated since
6.10 in favour of Qt Graphs but ships it through Qt 6; should it go, only this module changes.
Open-source Qt offers Qt Charts under the GPL-3.0 only (not the LGPL, as the rest of the Qt we
use): packaging/LICENSES.md says what that means for the bundle, and that matplotlib can take
this module's place if it must not.

QtCharts shows every text it is given — title, legend, category labels — as rich text (HTML):
"<b>x</b>" would be drawn bold. A provider's name is typed by a user, so every text goes
through ``plain`` first and is drawn exactly as written.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from skyddsapp.domain.yearly_tables import ChartData

NOW_COLOR = QColor("#4a6fa5")
"""The period: the PDF's blue (documents/yearly_report.py)."""
BEFORE_COLOR = QColor("#b8c4d6")
"""The year before: the same blue, lighter."""
LINES_PER_CATEGORY = 2.3
"""Text lines of height per category: two bars and the gap, and room enough for its name (at
less QtCharts cuts every category name to "…", and keeps it so)."""
LABEL_LIMIT = 60
MINIMUM_WIDTH, MINIMUM_HEIGHT = 520, 260
"""Pixels: in a smaller chart QtCharts cuts every category label to "…" (seen: a 226 px high
chart of six categories lost them all; 250 px kept them)."""
"""Characters of a category label before it is shortened with "…" (the table beside has it
whole)."""


def plain(text: str) -> str:
    """``text`` as QtCharts must be given it to draw it as written (it reads HTML)."""
    return html.escape(text, quote=False)


def shortened(label: str, limit: int = LABEL_LIMIT) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def distinct(labels: Sequence[str]) -> list[str]:
    """``labels`` made unique with zero-width spaces: a category axis drops a repeated name
    (two long names shortened alike), and its bars would then sit beside the wrong names."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        repeats = seen.get(label, 0)
        seen[label] = repeats + 1
        result.append(label + "\u200b" * repeats)
    return result


class ComparisonChart(QChartView):
    """Horizontal bars, the period's beside the year before's, one pair per category (the
    breakdown of a table), the first category at the top. ``bars`` is what it draws."""

    def __init__(self, bars: ChartData, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = bars
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it carries the figures
        self.setAccessibleName(title)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QHorizontalBarSeries()
        # Each bar's value at its end; not where a value is held back, which would read "0".
        series.setLabelsVisible(None not in (*bars.now, *bars.before))
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        # Bottom to top in QtCharts: the lists are reversed so the first category is on top.
        series.setBarWidth(0.8)
        # The period first (the legend's order; its bar under the year before's).
        for label, values, color in (
            (bars.now_label, bars.now, NOW_COLOR),
            (bars.before_label, bars.before, BEFORE_COLOR),
        ):
            bar_set = QBarSet(plain(label))
            bar_set.append([0.0 if v is None else float(v) for v in reversed(values)])
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.setLabelColor(QColor("#1f1f1f"))
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(distinct([plain(shortened(c)) for c in reversed(bars.categories)]))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        axis.setRange(0, nice_maximum(bars))
        axis.setTickCount(5)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        self.setChart(chart)
        per_category = round(LINES_PER_CATEGORY * self.fontMetrics().height())
        height = max(MINIMUM_HEIGHT, 80 + per_category * len(bars.categories))
        self.setMinimumSize(MINIMUM_WIDTH, height)


def nice_maximum(bars: ChartData) -> float:
    """The value axis' end: four ticks of a round step (1, 2, 5, 10, 20 …) with room above the
    largest value for its label."""
    values: Sequence[float | None] = (*bars.now, *bars.before)
    largest = max((v for v in values if v is not None), default=0.0)
    for magnitude in itertools.count():
        for base in (1, 2, 5):
            step = base * 10**magnitude
            if step * 4 >= largest * 1.15:
                return float(step * 4)
    raise AssertionError("unreachable")
