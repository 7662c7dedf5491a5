"""Copying protected values: marked secret for clipboard managers and cleared after 30 seconds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

# KDE Klipper and most Linux managers skip data carrying this hint; Windows' clipboard history
# and cloud clipboard skip data carrying the two exclusion formats (their value is ignored).
_SECRET_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


class SecretClipboard(QObject):
    """Puts one secret on the clipboard and takes it off again, unless something replaced it."""

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        timer: QTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`timer` counts down to the clearing (tests pass one on a clock of their own)."""
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._timer = timer if timer is not None else QTimer()
        self._timer.setParent(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._copied: str | None = None
        # A secret never outlives the program. (It also spares PySide6 6.12 a crash at exit
        # when the clipboard still holds mime data made in Python.)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in _SECRET_FORMATS.items():
            mime.setData(fmt, value)
        self._clipboard.setMimeData(mime)
        self._copied = text
        self._timer.start()

    def clear(self) -> None:
        """Clear now (also on lock) if the clipboard still holds what we put there."""
        self._timer.stop()
        if self._copied is not None and self._clipboard.text() == self._copied:
            self._clipboard.clear()
        self._copied = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
