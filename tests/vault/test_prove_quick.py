"""`make prove --quick` inside `make test`: a few of every damage case, each named or survived.

The full harness (benchmarks/prove.py, `make prove`) runs hundreds of each; this keeps the same
code paths from rotting between its runs.
"""

from __future__ import annotations

import importlib.util
import signal
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def _load_prove() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prove", ROOT / "benchmarks" / "prove.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("prove", module)
    spec.loader.exec_module(module)
    return module


def test_the_quick_proof_names_every_damage_and_loses_nothing(tmp_path: Path) -> None:
    prove = _load_prove()
    report: list[Any] = []

    code = prove.main(["--quick", "--seed", "8", "--dir", str(tmp_path)], report)

    details = [f"({r.key}) {d}" for r in report for d in r.details if r.failed]
    assert code == 0, details
    by_title = {r.title: r for r in report}
    assert len(by_title) == len(prove.PARTS)
    for result in report:
        assert result.failed == 0, (result.title, result.details)
        assert result.cases >= 3, result.title
        assert result.named + result.harmless + result.known == result.cases, result.title
    assert by_title["SIGKILL during writes"].named >= 5
    assert by_title["flips in vault.db pages"].named >= 5
