"""An unexpected error reaches the user as its type, never as text that could hold data."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from skyddsapp.ui.shell import error_guard
from skyddsapp.vault.errors import DatabaseCorrupt


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qapp) -> list[str]:
    messages: list[str] = []

    def shown_instead(box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText  # a vault error may name a folder
        messages.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown_instead)
    previous = error_guard.install()
    yield messages
    sys.excepthook = previous


def test_an_unexpected_error_is_named_by_type_only(
    shown: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    error = ValueError("Anna Testsson, Hemligvägen 3, 19811218-9876")
    sys.excepthook(ValueError, error, None)
    err = capsys.readouterr().err
    assert err == "skyddsapp: oväntat fel (ValueError)\n"
    assert shown == [
        "Ett oväntat fel inträffade (ValueError). Inget har sparats av det som pågick."
    ]
    for marker in ("Hemligvägen", "Testsson", "9876"):
        assert marker not in err
        assert marker not in shown[0]


def test_a_vault_error_keeps_its_own_message(shown: list[str], tmp_path) -> None:
    error = DatabaseCorrupt(tmp_path / "vault.db", "database disk image is malformed")
    sys.excepthook(DatabaseCorrupt, error, None)
    assert shown == [str(error)]
