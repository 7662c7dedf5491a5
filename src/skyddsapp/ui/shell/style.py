"""Application-wide look adjustments, applied once by the composition root."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# Qt's Fusion style clips the dots of Å, Ä and Ö on unselected tabs; a taller tab keeps them.
APP_STYLE_SHEET = "QTabBar::tab { min-height: 2em; }"


def apply_app_style(app: QApplication) -> None:
    app.setStyleSheet(APP_STYLE_SHEET)
