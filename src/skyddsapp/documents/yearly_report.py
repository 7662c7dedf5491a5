"""Årsuppföljning: the yearly follow-up's tables as a PDF on the documents' layout, and as CSV.

Both are made from the same shown tables (`domain.yearly_tables`), so they carry the same
figures with the same small-count suppression. They hold aggregates only: no case, person or
flat. The CSV is for Swedish Excel: UTF-8 with a byte-order mark, ";" between cells, CRLF.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from skyddsapp.documents.fonts import FONT
from skyddsapp.documents.header import DocumentHeader, Issuer
from skyddsapp.documents.layout import BODY_WIDTH, paragraph, render
from skyddsapp.domain.yearly_tables import ShownTable, chart_data

TITLE = "Årsuppföljning"
SUPPRESSED_TEXT = (
    "Små tal: antal 1–2 visas som <3. Där en summa annars skulle avslöja ett sådant tal är "
    "ytterligare en uppgift utelämnad (..). Mått som bygger på färre än tre ärenden visas "
    "inte (..)."
)
UNSUPPRESSED_TEXT = "Utan maskning av små tal: endast för bruk inom enheten, lämnas inte ut."
_BAR = colors.HexColor("#4A6FA5")
_BAR_BEFORE = colors.HexColor("#B8C4D6")


def render_csv(
    tables: Sequence[ShownTable], *, period_label: str, made_on: dt.date, suppressed: bool
) -> bytes:
    """The tables as CSV bytes: a heading block, then each table with its column headings."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([TITLE, period_label])
    writer.writerow(["Framtagen", made_on.isoformat()])
    writer.writerow(["Små tal", SUPPRESSED_TEXT if suppressed else UNSUPPRESSED_TEXT])
    for table in tables:
        writer.writerow([])
        writer.writerow([table.title, *table.columns])
        for label, cells in table.rows:
            writer.writerow([label, *cells])
        if table.note:
            writer.writerow(["Anm.", table.note])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def render_pdf(
    tables: Sequence[ShownTable],
    *,
    period_label: str,
    issuer: Issuer,
    number: str,
    made_by: str,
    made_on: dt.date,
    suppressed: bool,
) -> bytes:
    """The follow-up as PDF/A-2b bytes (nothing written): each table with its note and, for
    the tables with a breakdown, a bar chart of the period against the year before."""
    header = DocumentHeader(issuer, f"{TITLE} {period_label}", number, "–", made_on, 1)
    body: list[Flowable] = [
        paragraph(f"Period: {period_label}. Jämförelse med samma period året innan."),
        paragraph(f"Framtagen av {made_by} den {made_on.isoformat()}."),
        paragraph(SUPPRESSED_TEXT if suppressed else UNSUPPRESSED_TEXT, style="small"),
        Spacer(0, 3 * mm),
    ]
    content = [period_label, made_by, made_on.isoformat()]
    for table in tables:
        block: list[Flowable] = [paragraph(table.title, style="heading"), _table(table)]
        if table.note:
            block += [Spacer(0, 1.5 * mm), paragraph(table.note, style="small")]
        chart = _chart(table)
        if chart is not None:
            block += [Spacer(0, 2 * mm), chart]
        body.append(KeepTogether(block))
        body.append(Spacer(0, 3 * mm))
        content.append(table.title)
        content += ["\t".join([label, *cells]) for label, cells in table.rows]
    return render(header, body, protected=False, content_text="\n".join(content))


def _table(table: ShownTable) -> Table:
    label_width = BODY_WIDTH * (0.46 if len(table.columns) > 2 else 0.6)
    width = (BODY_WIDTH - label_width) / len(table.columns)
    cells = [[paragraph("", style="small")] + [paragraph(c, style="small") for c in table.columns]]
    for label, values in table.rows:
        cells.append(
            [paragraph(label, style="small")] + [paragraph(v, style="small") for v in values]
        )
    result = Table(cells, colWidths=(label_width, *([width] * len(table.columns))), repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.2, "grey"),
            ]
        )
    )
    return result


def _chart(table: ShownTable) -> Flowable | None:
    """A horizontal bar chart of the table's breakdown (`yearly_tables.chart_data`): the
    period against the year before; a suppressed cell has no bar (the table above says why)."""
    data = chart_data(table)
    if data is None:
        return None
    height = 12 + 11 * len(data.categories) * 2
    drawing = Drawing(BODY_WIDTH, height + 26)
    chart = HorizontalBarChart()
    chart.x, chart.y = BODY_WIDTH * 0.46, 12
    chart.width, chart.height = BODY_WIDTH * 0.5, height
    chart.data = [
        [v or 0 for v in reversed(data.now)],
        [v or 0 for v in reversed(data.before)],
    ]
    chart.bars[0].fillColor = _BAR
    chart.bars[1].fillColor = _BAR_BEFORE
    chart.categoryAxis.categoryNames = [_short(label) for label in reversed(data.categories)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.barSpacing = 1
    drawing.add(chart)
    _legend(drawing, data.now_label, data.before_label, height + 18)
    return drawing


def _legend(drawing: Drawing, now: str, before: str, y: float) -> None:
    x = BODY_WIDTH * 0.46
    for color, text in ((_BAR, now), (_BAR_BEFORE, before)):
        drawing.add(Rect(x, y, 6, 6, fillColor=color, strokeColor=None))
        drawing.add(String(x + 9, y + 0.5, text, fontName=FONT, fontSize=7))
        x += 110


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
