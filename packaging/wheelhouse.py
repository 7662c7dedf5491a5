"""Build the offline wheelhouse: every locked runtime wheel for Linux x86_64 and Windows amd64.

Downloads each platform's wheels with `pip download --only-binary=:all: --require-hashes` from its
lock file in packaging/lock/, builds the skyddsapp wheel itself (with its compiled translations),
writes one requirements file per platform (the lock plus the skyddsapp wheel and its hash, so the
offline install checks every file), copies the install scripts beside them and writes SHA256SUMS.

    python packaging/wheelhouse.py --out dist/wheelhouse [--platform linux|windows ...]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ROOT / "packaging" / "lock"
PYTHON_VERSION = "3.11"

# pip does not widen a custom --platform to older manylinux tags: name them all. glibc 2.34 is
# what PySide6 6.12 needs (Debian 12, Ubuntu 22.04, RHEL 9 and newer).
_MANYLINUX = [f"manylinux_2_{minor}_x86_64" for minor in range(34, 16, -1)] + [
    "manylinux2014_x86_64",
    "manylinux2010_x86_64",
    "manylinux1_x86_64",
]

PLATFORMS: dict[str, tuple[str, list[str]]] = {
    # name: (lock file, pip --platform tags)
    "linux": ("runtime-linux-x86_64.txt", _MANYLINUX),
    "windows": ("runtime-windows-amd64.txt", ["win_amd64"]),
}

INSTALLERS = ["install-offline.sh", "install-offline.ps1"]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download(platform: str, out: Path) -> None:
    lock, tags = PLATFORMS[platform]
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
    command += ["--only-binary=:all:", "--require-hashes", "--python-version", PYTHON_VERSION]
    for tag in tags:
        command += ["--platform", tag]
    command += ["-r", str(LOCKS / lock), "-d", str(out)]
    subprocess.run(command, check=True)


def build_own_wheel(out: Path) -> Path:
    """The skyddsapp wheel, built without network (hatchling comes from the dev lock)."""
    qm = ROOT / "src" / "skyddsapp" / "ui" / "i18n" / "skyddsapp_en.qm"
    if not qm.is_file():
        raise SystemExit(f"{qm} saknas: kör `make translations` först")
    for old in out.glob("skyddsapp-*.whl"):
        old.unlink()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = out.glob("skyddsapp-*.whl")
    return wheel


def write_requirements(platform: str, own: Path, out: Path) -> Path:
    lock, _ = PLATFORMS[platform]
    version = own.name.split("-")[1]
    text = (LOCKS / lock).read_text(encoding="utf-8")
    text += f"skyddsapp=={version} \\\n    --hash=sha256:{sha256(own)}\n"
    target = out / f"requirements-{platform}.txt"
    target.write_text(text, encoding="utf-8")
    return target


def write_sums(out: Path) -> Path:
    sums = out / "SHA256SUMS"
    lines = [
        f"{sha256(path)}  {path.name}\n"
        for path in sorted(out.iterdir())
        if path.is_file() and path.name != "SHA256SUMS"
    ]
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "wheelhouse")
    parser.add_argument(
        "--platform", action="append", choices=sorted(PLATFORMS), help="default: all"
    )
    args = parser.parse_args(argv)
    platforms = args.platform or sorted(PLATFORMS)
    out: Path = args.out
    if (out / "SHA256SUMS").is_file():  # a former wheelhouse: nothing of an older lock stays
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for platform in platforms:
        download(platform, out)
    downloaded = time.perf_counter()
    own = build_own_wheel(out)
    for platform in platforms:
        write_requirements(platform, own, out)
    for name in INSTALLERS:
        shutil.copy2(ROOT / "packaging" / name, out / name)
    for entry in (ROOT / "packaging" / "linux").glob("*.desktop"):  # the menu entry, if made
        shutil.copy2(entry, out / entry.name)
    write_sums(out)
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(
        f"wheelhouse {out}: {len(list(out.glob('*.whl')))} wheels, {size / 1e6:.0f} MB; "
        f"download {downloaded - started:.1f} s, own wheel {time.perf_counter() - downloaded:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
