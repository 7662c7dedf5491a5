"""Smoke test of a built bundle: `skyddsapp-desktop --self-test` (offscreen) three times, exit 0
each time; prints the median start-to-exit time and the bundle's size, and refuses a bundle that
carries the QtNetwork binding or lacks a file the program needs.

    python packaging/bundle_smoke.py [dist/skyddsapp] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""

# Files the program needs (relative to _internal/), by what uses them.
REQUIRED = [
    "skyddsapp/ui/i18n/skyddsapp_en.qm",  # our English
    "skyddsapp/documents/fonts/DejaVuSans.ttf",  # the forms' font
    "skyddsapp/documents/fonts/DejaVuSans-Bold.ttf",
    "skyddsapp/documents/fonts/LICENSE-DejaVu.txt",
]
QT_SWEDISH = "qtbase_sv.qm"  # Qt's own Swedish (Avbryt, Ja, the file dialog)


def problems(bundle: Path) -> list[str]:
    """What is wrong with the bundle's files (empty: nothing)."""
    found: list[str] = []
    internal = bundle / "_internal"
    for name in (f"skyddsapp{EXE}", f"skyddsapp-desktop{EXE}"):
        if not (bundle / name).is_file():
            found.append(f"{name} saknas")
    for relative in REQUIRED:
        if not (internal / relative).is_file():
            found.append(f"_internal/{relative} saknas")
    if not any(internal.rglob(QT_SWEDISH)):
        found.append(f"{QT_SWEDISH} saknas")
    # The Python binding and Qt's network plugins must not ship; the C++ library libQt6Network
    # does (libQt6Pdf links it).
    for path in internal.rglob("*"):
        if path.name.startswith("QtNetwork.") or path.parent.name in ("tls", "networkinformation"):
            found.append(f"{path.relative_to(bundle)} hör till QtNetwork")
    return found


def size_mb(bundle: Path) -> float:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def self_test(bundle: Path) -> float:
    """One run of the windowed program's self-test; its duration in seconds."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
        env["XDG_DATA_HOME"] = home
        env.pop("PYTHONPATH", None)  # the bundle's own packages only
        started = time.perf_counter()
        result = subprocess.run(
            [str(bundle / f"skyddsapp-desktop{EXE}"), "--self-test"],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"--self-test gav {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "skyddsapp")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    found = problems(args.bundle)
    if found:
        print("\n".join(found), file=sys.stderr)
        return 1
    times = [self_test(args.bundle) for _ in range(args.runs)]
    files = sum(1 for p in args.bundle.rglob("*") if p.is_file())
    print(
        f"bundle {args.bundle}: {size_mb(args.bundle) / 1e6:.0f} MB in {files} files; "
        f"--self-test exit 0, median {statistics.median(times):.2f} s of {args.runs} "
        f"({', '.join(f'{t:.2f}' for t in times)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
