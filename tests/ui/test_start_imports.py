"""The unlock dialog comes up before the vault's code, the forms and the workspace are loaded."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

from skyddsapp.ui.shell.warm_up import import_in_background

# What the unlock dialog does not need: SQLCipher and the vault, the PDF and QR libraries, the
# passphrase estimator, Qt's PDF module, and the windows and pages shown after unlock.
HEAVY = (
    "sqlcipher3",
    "reportlab",
    "segno",
    "PIL",
    "zxcvbn",
    "cryptography",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "skyddsapp.vault.vault",
    "skyddsapp.vault.database",
    "skyddsapp.services.sessions",
    "skyddsapp.services.context",
    "skyddsapp.documents",
    "skyddsapp.ui.shell.main_window",
    "skyddsapp.ui.cases.case_list_page",
    "skyddsapp.ui.shell.first_run_wizard",
)


def _modules_after(code: str) -> set[str]:
    program = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_the_entry_point_and_the_unlock_dialog_load_nothing_heavy() -> None:
    modules = _modules_after("import skyddsapp.ui.shell.app, skyddsapp.ui.shell.unlock_dialog")

    assert "skyddsapp.ui.shell.unlock_dialog" in modules
    assert _heavy(modules) == []


def test_the_unlock_code_is_loaded_once_the_unlock_dialog_is_painted() -> None:
    code = """
import os, sys, threading, time
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from skyddsapp.ui.shell.unlock_dialog import UnlockDialog
dialog = UnlockDialog(Path("no-vault-here"))
assert "skyddsapp.services.sessions" not in sys.modules
dialog.show()
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    app.processEvents()
    warm = [t for t in threading.enumerate() if t.name == "warm-up"]
    if warm:
        warm[0].join()
        break
    if "skyddsapp.services.sessions" in sys.modules:
        break  # the thread is done already
"""

    modules = _modules_after(code)

    assert {"skyddsapp.services.sessions", "sqlcipher3"} <= modules


def test_warming_up_what_is_loaded_starts_no_thread() -> None:
    assert import_in_background("json", "sys") is None


def test_warming_up_imports_on_another_thread_past_a_failure() -> None:
    sys.modules.pop("colorsys", None)

    thread = import_in_background("skyddsapp.no_such_module", "colorsys")

    assert thread is not None
    thread.join()
    assert thread.ident != threading.get_ident()
    assert "colorsys" in sys.modules
