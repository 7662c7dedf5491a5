"""The application icon (resources/icons, drawn by tools/make_icons.py), one pixmap per size."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from skyddsapp.program.resources import icon_files


def app_icon() -> QIcon:
    """Every shipped size, so the window manager never scales a 256 px icon to 16 px."""
    icon = QIcon()
    for path in icon_files().values():
        icon.addFile(str(path))
    return icon
