"""The generated list of domain labels for lupdate is up to date with the domain."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.ui import domain_strings

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "domain_strings_generator", ROOT / "translations" / "domain_strings.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_file_is_current() -> None:
    generator = _generator()
    expected = generator.render(generator.domain_texts())
    actual = (ROOT / "src" / "skyddsapp" / "ui" / "domain_strings.py").read_text("utf-8")
    assert actual == expected, "stale: run `make lupdate` (translations/domain_strings.py)"


def test_it_holds_the_labels_the_ui_shows() -> None:
    strings = set(domain_strings.DOMAIN_STRINGS)
    assert {kind.label for kind in CaseKind} <= strings
    assert {role.label for role in Role} <= strings
    for kind in CaseKind:
        workflow = workflow_for(kind)
        assert {step.label for step in workflow.steps} <= strings
        assert {t.label for t in workflow.transitions} <= strings
    assert len(strings) == len(domain_strings.DOMAIN_STRINGS)
