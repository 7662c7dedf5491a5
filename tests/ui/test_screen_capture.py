"""Screen-capture exclusion: asked of Windows for each window, a no-op elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from skyddsapp.ui.shell.screen_capture import (
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    CaptureExclusion,
    exclude_from_capture,
)


class FakeUser32:
    def __init__(self, *answers: int) -> None:
        self.calls: list[tuple[int, int]] = []
        self._answers = list(answers)

    def SetWindowDisplayAffinity(self, hwnd: int, affinity: int) -> int:
        self.calls.append((hwnd, affinity))
        return self._answers.pop(0)


def test_a_no_op_outside_windows(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    user32 = FakeUser32(1)
    assert exclude_from_capture(widget, platform="linux", user32=user32) is False
    assert user32.calls == []


def test_windows_is_asked_to_exclude_the_window(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    user32 = FakeUser32(1)
    assert exclude_from_capture(widget, platform="win32", user32=user32) is True
    assert user32.calls == [(int(widget.winId()), WDA_EXCLUDEFROMCAPTURE)]


def test_older_windows_falls_back_to_a_black_window(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    user32 = FakeUser32(0, 1)
    assert exclude_from_capture(widget, platform="win32", user32=user32) is True
    assert [affinity for _, affinity in user32.calls] == [WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR]


def test_every_window_is_excluded_as_it_is_shown(qapp: QApplication, qtbot: QtBot) -> None:
    user32 = FakeUser32(1, 1)
    guard = CaptureExclusion(qapp, platform="win32", user32=user32)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        QWidget(window)  # a child is no window of its own
        window.show()
        assert guard.applied == 1
        assert user32.calls == [(int(window.winId()), WDA_EXCLUDEFROMCAPTURE)]
    finally:
        qapp.removeEventFilter(guard)
        guard.deleteLater()
