"""Loggutdrag: entries of the audit log on the documents' A4 layout, for a period or a person.

A reviewer hands it to whoever asked (a data protection officer, the person concerned). It is
marked confidential on every page: the reasons handlers typed may name people. The entries name
objects by their ids in the vault, never by their data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from skyddsapp.documents.header import DocumentHeader, Issuer
from skyddsapp.documents.layout import paragraph, render

TITLE = "Loggutdrag"
_WIDTHS = (11 * mm, 38 * mm, 21 * mm, 34 * mm, 20 * mm, 46 * mm)
_HEADINGS = ("Post", "Tid (UTC)", "Användare", "Händelse", "Avser", "Skäl och uppgifter")


@dataclass(frozen=True, slots=True)
class ExtractRow:
    """One entry as the extract prints it (the service builds these from the log)."""

    id: int
    at: str
    user_name: str
    action: str
    subject: str
    reason: str
    details: str


def render_extract(
    rows: Sequence[ExtractRow],
    *,
    issuer: Issuer,
    number: str,
    selection: str,
    made_by: str,
    made_on: dt.date,
) -> bytes:
    """The extract as PDF/A-2b bytes (nothing written): what was selected, by whom, the rows."""
    header = DocumentHeader(issuer, TITLE, number, "–", made_on, 1)
    body: list[Flowable] = [
        paragraph("Urval", style="heading"),
        paragraph(selection),
        paragraph(f"Framtaget av {made_by} den {made_on.isoformat()}. Antal poster: {len(rows)}."),
        Spacer(0, 4 * mm),
    ]
    cells = [[paragraph(h, style="small") for h in _HEADINGS]]
    for row in rows:
        extra = " — ".join(part for part in (row.reason, row.details) if part)
        cells.append(
            [
                paragraph(str(row.id), style="small"),
                # A no-break space: the date and the time stay on one line.
                paragraph(row.at[:19].replace("T", "\u00a0"), style="small"),
                paragraph(row.user_name, style="small"),
                paragraph(row.action, style="small"),
                paragraph(row.subject, style="small"),
                paragraph(extra, style="small"),
            ]
        )
    if rows:
        table = Table(cells, colWidths=_WIDTHS, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.2, "grey"),
                ]
            )
        )
        body.append(table)
    else:
        body.append(paragraph("Inga poster matchar urvalet."))
    content = "\n".join(
        [selection, made_by, made_on.isoformat()]
        + [
            "\t".join([str(r.id), r.at, r.user_name, r.action, r.subject, r.reason, r.details])
            for r in rows
        ]
    )
    return render(header, body, protected=True, content_text=content)
