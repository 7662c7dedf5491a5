"""Granskningslogg for an administrator: the Logg page in a window beside the workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from skyddsapp.services.context import Session
from skyddsapp.ui.admin.audit_log_page import AuditLogPage
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs


class AuditLogDialog(QDialog):
    """Opened with open(), not exec(); a lock closes it like every dialog, and what it showed
    is dropped when it finishes (it is deleted on close as well)."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, dialogs: FileDialogs | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Granskningslogg"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = AuditLogPage(session, self, dialogs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.finished.connect(self.page.clear)
        self.resize(1200, 700)
