"""Copying a protected value: marked secret for clipboard managers, and taken off again."""

from __future__ import annotations

import pytest
from manual_timer import ManualTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from skyddsapp.ui.shell.clipboard import CLEAR_AFTER_MS, SecretClipboard

SECRET = "19800101-9980"
SECRET_FORMATS = [
    "x-kde-passwordManagerHint",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"',
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"',
]


@pytest.fixture
def clock(qapp: QApplication) -> ManualTimer:
    return ManualTimer()


@pytest.fixture
def clipboard(qapp: QApplication, clock: ManualTimer) -> SecretClipboard:
    QGuiApplication.clipboard().clear()
    return SecretClipboard(clear_after_ms=150, timer=clock)


def test_the_default_delay_is_thirty_seconds() -> None:
    assert CLEAR_AFTER_MS == 30_000


def test_copied_data_is_marked_secret(clipboard: SecretClipboard) -> None:
    clipboard.copy(SECRET)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == SECRET
    formats = mime.formats()
    for fmt in SECRET_FORMATS:
        assert fmt in formats, fmt
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert clipboard.pending


def test_the_clipboard_is_cleared_after_the_delay(
    clipboard: SecretClipboard, clock: ManualTimer
) -> None:
    clipboard.copy(SECRET)
    clock.advance(149)
    assert QGuiApplication.clipboard().text() == SECRET
    assert clipboard.pending
    clock.advance(1)
    assert QGuiApplication.clipboard().text() == ""
    assert not clipboard.pending


def test_copying_again_starts_the_delay_over(
    clipboard: SecretClipboard, clock: ManualTimer
) -> None:
    clipboard.copy(SECRET)
    clock.advance(100)
    clipboard.copy("19800101-9980 igen")
    clock.advance(100)
    assert QGuiApplication.clipboard().text() == "19800101-9980 igen"
    clock.advance(50)
    assert QGuiApplication.clipboard().text() == ""


def test_something_copied_meanwhile_is_left_alone(
    clipboard: SecretClipboard, clock: ManualTimer
) -> None:
    clipboard.copy(SECRET)
    QGuiApplication.clipboard().setText("en helt annan text")
    clock.advance(150)
    assert not clipboard.pending
    assert QGuiApplication.clipboard().text() == "en helt annan text"


def test_the_real_timer_clears_the_clipboard(qapp: QApplication, qtbot: QtBot) -> None:
    """Without a test clock the clearer runs on a QTimer of its own (only waited for here)."""
    QGuiApplication.clipboard().clear()
    clipboard = SecretClipboard(clear_after_ms=20)
    clipboard.copy(SECRET)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=10_000)
    assert not clipboard.pending


def test_clear_now_takes_it_off_at_once(clipboard: SecretClipboard) -> None:
    clipboard.copy(SECRET)
    clipboard.clear()
    assert QGuiApplication.clipboard().text() == ""
    assert not clipboard.pending


QUIT_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from skyddsapp.ui.shell.clipboard import SecretClipboard

app = QApplication([])
secret = SecretClipboard()
secret.copy(sys.argv[1])
QTimer.singleShot(0, app.quit)
app.exec()
sys.stdout.write(repr(app.clipboard().text()))
"""


def test_quitting_takes_the_secret_off_and_exits_cleanly() -> None:
    """A secret never outlives the program, and the program quits without a crash (PySide6
    6.12 dies at exit while the clipboard holds mime data made in Python)."""
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, SECRET],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "''"
