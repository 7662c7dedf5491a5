"""Text on screen as plain text, never Qt rich text: a stored note that starts with "<b>" shows
as typed (DESIGN.md). Qt guesses the format (Qt::mightBeRichText) for a QLabel, a QMessageBox and
a tooltip unless told otherwise, so every label here is a PlainLabel, every message box is made by
``message_box`` and a tooltip that carries stored text goes through ``plain_tooltip``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

# PySide6 builds its whole Qt namespace (every Qt.* enum, about 90 ms) the first time any part of
# it is used. The unlock dialog, the first thing on screen, uses nothing else of it, so its labels
# name the format through Qt's property system, by the enum key, and Qt is imported where needed.
_TEXT_FORMAT, _PLAIN = "textFormat", "PlainText"


def set_plain_text_format(widget: QLabel | QMessageBox) -> None:
    """setTextFormat(Qt.TextFormat.PlainText), without building the Qt namespace."""
    if not widget.setProperty(_TEXT_FORMAT, _PLAIN):
        raise RuntimeError(f"{type(widget).__name__} refused the plain text format")


class PlainLabel(QLabel):
    """A QLabel that never reads its text as HTML; mnemonics (&Sök) still work with a buddy."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_plain_text_format(self)
        self.setText(text)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally.

    Qt shows a tooltip as rich text when it looks like HTML; such a text is escaped and wrapped
    in a paragraph, so that Qt reads the escapes back to the characters typed.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt

    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose text is plain text (it may quote what a user typed)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    set_plain_text_format(box)
    box.setText(text)
    return box


def show_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning opened with open(), not exec(): a lock may close it at any moment."""
    from PySide6.QtCore import Qt

    box = message_box(QMessageBox.Icon.Warning, title, text)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
