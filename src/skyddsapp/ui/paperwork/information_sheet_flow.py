"""Skriv ut informationsblad: the campaign sheet (no case) in the preview, printed or saved.

The sheet holds nothing personal and is not in the register, so printing it counts nothing and
saving it asks no question about personal data (see `services.information_campaign`).
"""

from __future__ import annotations

from pathlib import Path

from skyddsapp.services import information_campaign
from skyddsapp.ui.paperwork.sheet_flow import SheetFlow

JOB_NAME = "informationsblad"  # what print queues show


class InformationSheetFlow(SheetFlow):
    """The sheet's preview, printing and saving are `SheetFlow`'s."""

    job_name = JOB_NAME
    file_name = information_campaign.FILE_NAME

    def sheet_title(self) -> str:
        return self.tr("Informationsblad")

    def make_sheet(self) -> bytes:
        return information_campaign.information_sheet(self.session)

    def write_sheet(self, path: Path) -> Path:
        return information_campaign.save_information_sheet(self.session, path)
