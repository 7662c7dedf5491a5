"""Användare och team for an administrator who also handles cases: the page in a window beside
the workspace (one who handles none gets it as a tab of their own window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from skyddsapp.services.context import Session
from skyddsapp.ui.admin.users_page import UsersPage


class UsersDialog(QDialog):
    """Opened with open(), not exec(); a lock closes it like every dialog."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Användare och team"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = UsersPage(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.finished.connect(self.page.clear)
        self.resize(1200, 600)
