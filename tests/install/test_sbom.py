"""The SBOM and the licence list name every locked package, at its locked version, and what ships
beside them (Qt, SQLCipher, the DejaVu fonts, Python)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "lock" / "runtime-linux-x86_64.txt"


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked() -> dict[str, str]:
    text = LOCK.read_text("utf-8")
    return {_normalise(m[0]): m[1] for m in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.M)}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str]:
    """`make sbom` into a bundle folder of its own (and a copy of packaging/ of its own)."""
    bundle = tmp_path_factory.mktemp("bundle")
    out = tmp_path_factory.mktemp("packaging")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "sbom.py"),
            "--bundle",
            str(bundle),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    sbom = json.loads((bundle / "sbom.cdx.json").read_text("utf-8"))
    return sbom, (bundle / "LICENSES.md").read_text("utf-8")


def test_every_locked_package_is_in_the_sbom_at_its_version(
    made: tuple[dict[str, object], str],
) -> None:
    sbom, _ = made
    assert sbom["bomFormat"] == "CycloneDX"
    components = {_normalise(c["name"]): c for c in sbom["components"]}  # type: ignore[attr-defined]
    for name, version in _locked().items():
        assert components[name]["version"] == version, name
        assert components[name]["licenses"], f"{name} has no licence"
        assert components[name]["purl"] == f"pkg:pypi/{name}@{version}"
    for extra in ("qt", "sqlcipher", "dejavu fonts", "cpython"):
        assert extra in components


def test_every_locked_package_is_in_the_licence_list(made: tuple[dict[str, object], str]) -> None:
    _, licences = made
    rows = {
        _normalise(m[0]): (m[1], m[2])
        for m in re.findall(r"^\| (.+?) \| (.+?) \| (.+?) \|$", licences, re.M)
    }
    for name, version in _locked().items():
        assert rows[name][0] == version, name
        assert rows[name][1] != "?", name
    assert "LGPL-3.0" in rows["python-bidi"][1]
    assert "LGPL-3.0-only" in rows["qt"][1]
    # Open-source Qt has Qt Charts under the GPL only: said, not hidden under "Qt, LGPL".
    assert rows["qt charts"][1] == "GPL-3.0-only"
    assert "Qt Charts (GPL-3.0)" in licences
    assert "linked dynamically" in licences
    assert "LICENSE-DejaVu.txt" in licences


def test_the_committed_sbom_follows_the_lock() -> None:
    committed = json.loads((ROOT / "packaging" / "sbom.cdx.json").read_text("utf-8"))
    versions = {_normalise(c["name"]): c["version"] for c in committed["components"]}
    for name, version in _locked().items():
        assert versions.get(name) == version, f"{name}: run `make sbom` after `make lock`"
