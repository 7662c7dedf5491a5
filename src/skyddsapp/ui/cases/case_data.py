"""The frame a case view's tabs share; what they show is read by `services.case_data`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from skyddsapp.services.case_data import CaseData, load_case_data
from skyddsapp.ui.widgets.plain_text import PlainLabel

__all__ = ["CaseData", "ScrollTab", "button_row", "load_case_data", "value_label", "warning_label"]


class ScrollTab(QScrollArea):
    """A tab whose content is rebuilt from scratch on every reload (so nothing revealed stays)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def new_content(self) -> tuple[QWidget, QVBoxLayout]:
        content = QWidget()
        layout = QVBoxLayout(content)
        return content, layout

    def set_content(self, content: QWidget, layout: QVBoxLayout) -> None:
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()  # later: one of its buttons may be the sender of this reload
        self.setWidget(content)


def button_row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def value_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Read-only text (stored data, shown as typed) that wraps and can be selected."""
    label = PlainLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def warning_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A boxed warning; the ⚠ and the wording carry the meaning, not the colour."""
    label = value_label("⚠ " + text, parent)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setStyleSheet("QLabel { background: #fff4e5; color: #5f3b00; }")
    return label
