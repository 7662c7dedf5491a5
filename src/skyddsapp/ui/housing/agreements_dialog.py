"""Avtal in a window beside the workspace, opened from the main window (Ctrl+Shift+T)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from skyddsapp.services.context import Session
from skyddsapp.ui.housing.agreements_page import AgreementsPage


class AgreementsDialog(QDialog):
    """Opened with open(), not exec(); a lock closes it like every dialog."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Avtal"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = AgreementsPage(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.finished.connect(self.page.clear)
        self.resize(1300, 520)
