"""skyddsapp.crypto stands alone: it imports only the standard library and `cryptography`."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import skyddsapp.crypto

CRYPTO_DIR = Path(skyddsapp.crypto.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_crypto_imports_only_stdlib_cryptography_and_itself() -> None:
    files = sorted(CRYPTO_DIR.glob("*.py"))
    assert files

    for path in files:
        for module in _imported_modules(path):
            top = module.split(".")[0]
            allowed = (
                top in sys.stdlib_module_names
                or top == "cryptography"
                or module == "skyddsapp.crypto"
                or module.startswith("skyddsapp.crypto.")
            )
            assert allowed, f"{path.name} imports {module}"
