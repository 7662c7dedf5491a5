"""Bostad först's longest waits above the case list: how many wait, the median and the longest."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from skyddsapp.services import housing_first
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.widgets.plain_text import PlainLabel


class HousingFirstWaitsLabel(PlainLabel):
    """Shown while the case list is filtered on Bostad först (the number to watch)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._session = session
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Väntetider i Bostad först"))
        self.hide()

    def refresh(self) -> None:
        try:
            summary = housing_first.waiting_summary(self._session)
            longest = housing_first.longest_waits(self._session, limit=1)
        except ServiceError:
            self.setText("")
            return
        if not summary.count or summary.median_days is None or not longest:
            self.setText(self.tr("Bostad först: ingen väntar på lägenhet."))
            return
        median = int(summary.median_days + 0.5)  # whole days, half up
        waiting = (
            self.tr("1 väntar på lägenhet")
            if summary.count == 1
            else self.tr("{0} väntar på lägenhet").format(summary.count)
        )
        self.setText(
            self.tr("Bostad först: {0}. Median {1} dagar, längst {2} dagar ({3}).").format(
                waiting, median, longest[0].days, longest[0].reference
            )
        )
