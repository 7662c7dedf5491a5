"""Keeping our windows out of screenshots and screen sharing where the system allows (Windows)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

# Windows 10 2004 and later leave the window out of captures; older ones only know WDA_MONITOR,
# which captures it as a black rectangle — still nothing readable.
WDA_EXCLUDEFROMCAPTURE = 0x11
WDA_MONITOR = 0x01


def is_supported(platform: str = sys.platform) -> bool:
    return platform == "win32"


def exclude_from_capture(
    widget: QWidget, *, platform: str = sys.platform, user32: Any | None = None
) -> bool:
    """Ask Windows to leave widget's window out of captures; a no-op elsewhere (returns False)."""
    if not is_supported(platform):
        return False
    if user32 is None:
        user32 = _user32()
    hwnd = int(widget.window().winId())
    if user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
        return True
    return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_MONITOR))


def _user32() -> Any:
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    user32.SetWindowDisplayAffinity.argtypes = [wintypes.HWND, wintypes.DWORD]
    user32.SetWindowDisplayAffinity.restype = wintypes.BOOL
    return user32


class CaptureExclusion(QObject):
    """Excludes every window from capture as it is first shown (dialogs are windows too)."""

    def __init__(
        self, app: QCoreApplication, *, platform: str = sys.platform, user32: Any | None = None
    ) -> None:
        super().__init__(app)
        self._platform = platform
        self._user32 = user32
        self.applied = 0
        if is_supported(platform):
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and exclude_from_capture(watched, platform=self._platform, user32=self._user32)
        ):
            self.applied += 1
        return False
