"""The lock files: every dependency of pyproject.toml locked with hashes, the same versions in
the dev lock and in both runtime locks."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "lock"
RUNTIME = ["runtime-linux-x86_64.txt", "runtime-windows-amd64.txt"]


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(path: Path) -> dict[str, str]:
    text = path.read_text("utf-8")
    pins = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", block)
        if match:
            assert "--hash=sha256:" in block, f"{match.group(1)} in {path.name} has no hash"
            pins[_normalise(match.group(1))] = match.group(2)
    return pins


def _declared(extra: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    requirements = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return {_normalise(re.match(r"[A-Za-z0-9_.-]+", r).group(0)) for r in requirements}  # type: ignore[union-attr]


@pytest.mark.parametrize("name", RUNTIME)
def test_runtime_lock_holds_every_dependency_at_the_dev_locks_version(name: str) -> None:
    runtime = _pins(LOCK / name)
    dev = _pins(LOCK / "dev.txt")
    assert _declared() <= set(runtime)
    assert not _declared("dev") & set(runtime) - _declared(), "a dev tool in the runtime lock"
    for package, version in runtime.items():
        assert dev.get(package) == version, package


def test_dev_lock_holds_runtime_and_dev_dependencies() -> None:
    assert _declared() | _declared("dev") <= set(_pins(LOCK / "dev.txt"))


def test_pyside6_and_its_pdf_addon_are_locked_together() -> None:
    pins = _pins(LOCK / RUNTIME[0])
    assert pins["pyside6-pdf"].startswith(pins["pyside6-essentials"])
    assert pins["shiboken6"] == pins["pyside6-essentials"]
