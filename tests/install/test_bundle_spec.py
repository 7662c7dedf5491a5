"""The PyInstaller spec and the bundle's smoke check, without building (`make bundle` builds and
runs the bundle; CI runs it after `make test`)."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "skyddsapp.spec"


def _spec_constant(name: str) -> object:
    tree = ast.parse(SPEC.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def _smoke() -> ModuleType:
    path = ROOT / "packaging" / "bundle_smoke.py"
    spec = importlib.util.spec_from_file_location("bundle_smoke", path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_spec_keeps_exactly_the_qt_modules_the_program_imports() -> None:
    imported = set()
    for path in (ROOT / "src" / "skyddsapp").rglob("*.py"):
        source = path.read_text("utf-8")
        imported |= set(re.findall(r"^\s*(?:from|import) PySide6\.(Qt\w+)", source, re.M))
    used = _spec_constant("QT_USED")
    assert used == imported
    every = _spec_constant("QT_ALL")
    assert "QtNetwork" in every  # type: ignore[operator]
    assert "QtNetwork" not in used  # type: ignore[operator]


def _fake_bundle(root: Path) -> Path:
    internal = root / "_internal"
    for name in ("skyddsapp", "skyddsapp-desktop"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"")
    for relative in _smoke().REQUIRED:
        (internal / relative).parent.mkdir(parents=True, exist_ok=True)
        (internal / relative).write_bytes(b"")
    qt = internal / "PySide6" / "Qt" / "translations"
    qt.mkdir(parents=True)
    (qt / "qtbase_sv.qm").write_bytes(b"")
    return root


def test_smoke_check_accepts_a_whole_bundle(tmp_path: Path) -> None:
    assert _smoke().problems(_fake_bundle(tmp_path)) == []


def test_smoke_check_refuses_qtnetwork_and_missing_files(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    (bundle / "_internal" / "PySide6" / "QtNetwork.abi3.so").write_bytes(b"")
    (bundle / "_internal" / "skyddsapp" / "ui" / "i18n" / "skyddsapp_en.qm").unlink()
    found = _smoke().problems(bundle)
    assert any("QtNetwork" in p for p in found)
    assert any("skyddsapp_en.qm saknas" in p for p in found)
