"""The layering and no-network promises, checked on the source itself (beside import-linter)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "skyddsapp"
NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "ftplib", "smtplib", "asyncio", "requests"}
QT_MODULES = {"PySide6", "shiboken6"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_the_source_tree_is_scanned() -> None:
    assert len(_sources()) > 10


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_network_module_is_imported(path: Path) -> None:
    bad = [n for n in _imports(path) if n.split(".")[0] in NETWORK_MODULES or "QtNetwork" in n]
    assert bad == [], f"{path} imports networking: {bad}"


@pytest.mark.parametrize(
    "path",
    [p for p in _sources() if "ui" not in p.relative_to(SRC).parts],
    ids=lambda p: str(p.relative_to(SRC)),
)
def test_qt_only_in_ui(path: Path) -> None:
    bad = [n for n in _imports(path) if n.split(".")[0] in QT_MODULES]
    assert bad == [], f"{path} imports Qt outside skyddsapp.ui: {bad}"


@pytest.mark.parametrize("path", sorted((SRC / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_domain_imports_nothing_of_the_project(path: Path) -> None:
    bad = [
        n
        for n in _imports(path)
        if n.startswith("skyddsapp.") and not n.startswith("skyddsapp.domain")
    ]
    assert bad == [], f"{path} imports {bad}"


def test_import_linter_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    "path", sorted((SRC / "ui").rglob("*.py")), ids=lambda p: str(p.relative_to(SRC))
)
def test_the_ui_imports_neither_vault_nor_crypto(path: Path) -> None:
    """The desktop reaches storage and keys only through the use cases (services)."""
    bad = [
        n
        for n in _imports(path)
        if n.split(".")[:2] in (["skyddsapp", "vault"], ["skyddsapp", "crypto"])
    ]
    assert bad == [], f"{path} imports {bad}"


def test_the_workspace_starts_without_loading_the_pdf_stack() -> None:
    """reportlab, Pillow and segno cost about 0.35 s to import; the desktop loads them when the
    first form is made, not between unlock and the case list."""
    code = (
        "import sys; import skyddsapp.ui.shell.main_window; "
        "import skyddsapp.ui.paperwork.case_documents_tab; "
        "print(sorted(m for m in ('reportlab', 'PIL', 'segno', 'skyddsapp.documents.forms', "
        "'skyddsapp.documents.layout') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "[]"
