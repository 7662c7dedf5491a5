"""The SBOM (CycloneDX 1.6 JSON) and the licence list of what the bundle ships.

Reads the Linux runtime lock (packaging/lock/runtime-linux-x86_64.txt: every package the bundle
and the wheelhouse install), takes each package's declared licence from `cyclonedx-py
environment` over this venv (which holds the same locked versions), keeps only the locked ones,
adds what ships without being a Python package (Python itself, Qt's libraries inside PySide6,
SQLCipher inside sqlcipher3, the DejaVu fonts) and writes:

    packaging/sbom.cdx.json     packaging/LICENSES.md   (and both into dist/skyddsapp/ if built)

    python packaging/sbom.py [--bundle dist/skyddsapp]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "lock" / "runtime-linux-x86_64.txt"
SBOM = ROOT / "packaging" / "sbom.cdx.json"
LICENCES = ROOT / "packaging" / "LICENSES.md"

# Where a package declares its licence only as a classifier or not at all: what its licence
# file says (SPDX), checked by hand against the file in the wheel.
LICENCE_FILES = {
    "sqlcipher3": "Zlib",  # LICENSE: pysqlite's zlib licence
    "python-bidi": "LGPL-3.0-or-later",  # COPYING.LESSER (classifier: LGPL)
    "reportlab": "BSD-3-Clause",  # LICENSE.txt
    "segno": "BSD-3-Clause",  # LICENSE
}

# What ships inside the bundle without being a package of the lock.
EXTRA: list[dict[str, Any]] = [
    {
        "type": "application",
        "name": "CPython",
        "version": f"{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}",
        "licenses": [{"license": {"id": "PSF-2.0"}}],
        "description": "the interpreter PyInstaller puts in the bundle (libpython)",
    },
    {
        "type": "framework",
        "name": "Qt",
        "version": "the pyside6-essentials version",
        "licenses": [{"license": {"id": "LGPL-3.0-only"}}],
        "description": "Qt's libraries and plugins shipped inside pyside6-essentials, "
        "pyside6-pdf and shiboken6; linked dynamically",
    },
    {
        "type": "library",
        "name": "Qt Charts",
        "version": "the pyside6-addons version",
        "licenses": [{"license": {"id": "GPL-3.0-only"}}],
        "description": "libQt6Charts inside pyside6-addons, for the follow-up dashboard's "
        "charts; open-source Qt offers this module under the GPL only, not the LGPL",
    },
    {
        "type": "library",
        "name": "SQLCipher",
        "version": "the sqlcipher3 build",
        "licenses": [{"license": {"id": "BSD-3-Clause"}}],
        "description": "the SQLite fork compiled into sqlcipher3's extension (Zetetic LLC)",
    },
    {
        "type": "data",
        "name": "DejaVu fonts",
        "version": "2.37",
        "licenses": [
            {
                "license": {
                    "name": "Bitstream Vera Fonts Copyright; DejaVu changes "
                    "public domain (resources/fonts/LICENSE-DejaVu.txt)"
                }
            }
        ],
        "description": "DejaVuSans and DejaVuSans-Bold, embedded in every printed form",
    },
]


def locked() -> dict[str, str]:
    """Name (normalised) → version of every package in the runtime lock."""
    found = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)", line)
        if match:
            found[normalise(match.group(1))] = match.group(2)
    return found


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def environment_sbom() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "env.cdx.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "cyclonedx_py",
                "environment",
                "--pyproject",
                str(ROOT / "pyproject.toml"),
                "--output-reproducible",
                "--of",
                "JSON",
                "-o",
                str(out),
                sys.executable,
            ],
            check=True,
        )
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def licence_text(component: dict[str, Any]) -> str:
    parts = []
    for entry in component.get("licenses", []):
        if "expression" in entry:
            parts.append(entry["expression"])
        else:
            licence = entry["license"]
            parts.append(licence.get("id") or licence.get("name", "?"))
    return " AND ".join(parts) or "?"


def build() -> dict[str, Any]:
    versions = locked()
    sbom = environment_sbom()
    keep = []
    for component in sbom["components"]:
        name = normalise(component["name"])
        if name not in versions:
            continue
        if component["version"] != versions[name]:
            raise SystemExit(
                f"{name} {component['version']} i miljön, {versions[name]} i låsfilen: "
                "kör `make` så att .venv följer låsfilen"
            )
        if name in LICENCE_FILES:
            component["licenses"] = [{"license": {"id": LICENCE_FILES[name]}}]
        keep.append(component)
    missing = set(versions) - {normalise(c["name"]) for c in keep}
    if missing:
        raise SystemExit(f"saknas i miljön: {', '.join(sorted(missing))}")
    for extra in EXTRA:
        component = dict(extra, **{"bom-ref": f"extra:{extra['name']}"})
        if extra["name"] == "Qt":  # each PySide6 release ships the Qt release of its number
            component["version"] = versions["pyside6-essentials"]
        if extra["name"] == "Qt Charts":
            component["version"] = versions["pyside6-addons"]
        if extra["name"] == "SQLCipher":
            component["version"] = f"in sqlcipher3 {versions['sqlcipher3']}"
        keep.append(component)
    # The version is dynamic in pyproject (hatch reads skyddsapp.__version__), which
    # cyclonedx-py does not follow: take it from the one place it is written.
    init = (ROOT / "src" / "skyddsapp" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', init, re.M)
    if found:
        sbom["metadata"]["component"]["version"] = found.group(1)
    refs = {c["bom-ref"] for c in keep} | {sbom["metadata"]["component"]["bom-ref"]}
    sbom["components"] = sorted(keep, key=lambda c: c["name"].lower())
    sbom["dependencies"] = [
        dict(dep, dependsOn=[d for d in dep.get("dependsOn", []) if d in refs])
        for dep in sbom.get("dependencies", [])
        if dep["ref"] in refs
    ]
    return sbom


HEADER = """\
# Licences of what the skyddsapp bundle and wheelhouse ship

Generated by `make sbom` (packaging/sbom.py) from the runtime lock; the same components, with
versions and package URLs, are in `sbom.cdx.json` (CycloneDX 1.6). skyddsapp itself is MIT.

## Qt (LGPL-3.0), linked dynamically

PySide6, shiboken6 and the Qt libraries inside them are used under the GNU Lesser General Public
License v3 (the wheels also offer GPL-2.0/GPL-3.0; we take LGPL-3.0). Qt is linked dynamically:
every Qt library is a separate file in the bundle (`_internal/PySide6/Qt/lib/libQt6*.so.6` on
Linux, `_internal/PySide6/Qt6*.dll` on Windows) and the Python bindings load them at start. To use
your own or a modified Qt, build it as the same Qt version (6.12) with the same configuration and
replace those files (or install the wheelhouse and replace them in the venv's
`site-packages/PySide6`); nothing in skyddsapp needs rebuilding. The Qt source is at
download.qt.io for the exact version in the table; the PySide6 source is on PyPI as an sdist and
at code.qt.io. The LGPL-3.0 and GPL-3.0 texts ship in the PySide6 wheel's licence files.

## Qt Charts (GPL-3.0), and what it means for the bundle

The follow-up dashboard draws its charts with Qt Charts (`libQt6Charts`, in pyside6-addons;
the bundle takes that library and its binding and no other module of the wheel). Open-source
Qt offers Qt Charts under the GNU GPL v3 only, not the LGPL. skyddsapp's own code stays MIT,
which the GPL allows to be combined with it; but the bundle as a whole, and the wheelhouse that
installs it, are then passed on under the terms of the GPL-3.0: whoever receives them may ask
for the corresponding source (this repository, and Qt's at download.qt.io). Should that not be
wanted, `ui/followup/charts.py` is the one module that knows Qt Charts: matplotlib (PSF-based
licence, measured in benchmarks/chart_bench.py at about a second per first chart) can take its
place, or a commercial Qt licence covers the module.

## python-bidi (LGPL-3.0)

A separate package (`_internal/bidi/` in the bundle, its own wheel in the wheelhouse), replaceable
the same way by any compatible build.

## DejaVu fonts

DejaVu Sans and DejaVu Sans Bold (resources/fonts) are embedded as subsets in every PDF. Their
licence is the Bitstream Vera fonts licence, with DejaVu's changes in the public domain; the
full text ships as `_internal/skyddsapp/documents/fonts/LICENSE-DejaVu.txt`.

## Every component

| component | version | licence |
|---|---|---|
"""


def licences_md(sbom: dict[str, Any]) -> str:
    rows = [f"| {c['name']} | {c['version']} | {licence_text(c)} |" for c in sbom["components"]]
    return HEADER + "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "skyddsapp")
    parser.add_argument("--out", type=Path, default=SBOM.parent, help="default: packaging/")
    args = parser.parse_args(argv)
    sbom = build()
    args.out.mkdir(parents=True, exist_ok=True)
    sbom_path, licences_path = args.out / SBOM.name, args.out / LICENCES.name
    sbom_path.write_text(json.dumps(sbom, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    licences_path.write_text(licences_md(sbom), encoding="utf-8")
    written = [sbom_path, licences_path]
    if args.bundle.is_dir():
        for path in (sbom_path, licences_path):
            shutil.copy2(path, args.bundle / path.name)
            written.append(args.bundle / path.name)
    print(f"{len(sbom['components'])} components: " + ", ".join(map(str, written)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
