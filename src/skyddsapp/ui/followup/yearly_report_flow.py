"""Årsuppföljningen as PDF in the preview, printed or saved, and as CSV saved: for the dashboard.

Both hold aggregates only (`services.yearly_report`), made with the small-count rule unless the
dashboard's box says otherwise; the service logs each making, and each file written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from skyddsapp.domain.errors import DomainError
from skyddsapp.services import yearly_report
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.sheet_flow import SheetFlow
from skyddsapp.ui.widgets.labels import error_text

JOB_NAME = "arsuppfoljning"  # what print queues show


@dataclass(frozen=True, slots=True)
class Asked:
    """The period asked for: a calendar year, or from ``start`` to ``end``."""

    year: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def name(self) -> str:
        """For a file name: "2025", or "2025-01-01--2025-06-30"."""
        if self.year is not None:
            return str(self.year)
        return f"{self.start}--{self.end}"


class YearlyReportFlow(SheetFlow):
    """The PDF's preview, printing and saving are `SheetFlow`'s; ``save_csv`` writes the CSV.
    ``asked`` and ``suppress`` say what the next file is made of."""

    job_name = JOB_NAME
    asked = Asked()
    suppress = True

    def set_report(self, asked: Asked, suppress: bool) -> None:
        self.asked = asked
        self.suppress = suppress
        self.file_name = f"arsuppfoljning-{asked.name}.pdf"

    def sheet_title(self) -> str:
        return self.tr("Årsuppföljning")

    def make_sheet(self) -> bytes:
        a = self.asked
        return yearly_report.pdf(
            self.session, year=a.year, start=a.start, end=a.end, suppress=self.suppress
        )

    def write_sheet(self, path: Path) -> Path:
        return self._export(path, "pdf")

    def _export(self, path: Path, kind: str) -> Path:
        a = self.asked
        return yearly_report.export(
            self.session,
            path,
            kind=kind,
            year=a.year,
            start=a.start,
            end=a.end,
            suppress=self.suppress,
        )

    def save_csv(self, parent: QWidget | None) -> None:
        """Ask where, then write the CSV there (aggregates only: no warning)."""
        title = self.tr("Spara som CSV")
        name = f"arsuppfoljning-{self.asked.name}.csv"
        path = self.dialogs.save_path(parent, title, name, self.tr("CSV (*.csv)"))
        if path is None or self.locked:
            return
        try:
            self.saved = str(self._export(path, "csv"))
        except (DomainError, ServiceError) as error:
            self.warn(parent, title, error_text(error))
