"""The offline wheelhouse: built by packaging/wheelhouse.py, installed by install-offline.sh into a
fresh venv with no index reachable, and the installed program starts.

Downloads the locked wheels for both platforms (about 210 MB; pip's cache makes a rerun take about
10 s) and installs the Linux ones (about 15 s)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing answers, nothing leaves the machine

pytestmark = pytest.mark.slow


def _offline_env(home: Path) -> dict[str, str]:
    """No index, no proxy that works, no pip configuration of this machine."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PIP_NO_INDEX": "1",
        "PIP_INDEX_URL": f"{NOWHERE}/simple",
        "PIP_CONFIG_FILE": os.devnull,
        "http_proxy": NOWHERE,
        "https_proxy": NOWHERE,
        "HTTP_PROXY": NOWHERE,
        "HTTPS_PROXY": NOWHERE,
        "PYTHON": _base_python(),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _base_python() -> str:
    """The interpreter the test venv was made from (a venv made from a venv still works, but the
    installer should see a plain Python, as on a workstation)."""
    return str(Path(sys.base_prefix) / "bin" / f"python{sys.version_info[0]}.{sys.version_info[1]}")


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheelhouse")
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "wheelhouse.py"), "--out", str(out)],
        check=True,
        timeout=900,
    )
    return out


def _install(wheelhouse: Path, where: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "sh",
            str(wheelhouse / "install-offline.sh"),
            "--prefix",
            str(where / "app"),
            "--bin",
            str(where / "bin"),
        ],
        env=_offline_env(where / "home"),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_wheelhouse_holds_every_locked_wheel_for_both_platforms(wheelhouse: Path) -> None:
    wheels = {p.name for p in wheelhouse.glob("*.whl")}
    for platform, lock in (("linux", "runtime-linux-x86_64"), ("windows", "runtime-windows-amd64")):
        requirements = (wheelhouse / f"requirements-{platform}.txt").read_text("utf-8")
        assert (ROOT / "packaging" / "lock" / f"{lock}.txt").read_text("utf-8") in requirements
        assert "skyddsapp==" in requirements
    assert any(name.endswith("win_amd64.whl") and "pyside6_essentials" in name for name in wheels)
    assert any("manylinux" in name and "pyside6_pdf" in name for name in wheels)
    assert any(name.startswith("skyddsapp-") for name in wheels)
    listed = {
        line.split("  ", 1)[1] for line in (wheelhouse / "SHA256SUMS").read_text().splitlines()
    }
    assert listed == {p.name for p in wheelhouse.iterdir()} - {"SHA256SUMS"}


def test_offline_install_into_a_fresh_venv_starts(wheelhouse: Path, tmp_path: Path) -> None:
    result = _install(wheelhouse, tmp_path)
    assert result.returncode == 0, result.stderr
    env = _offline_env(tmp_path / "home")
    help_text = subprocess.run(
        [str(tmp_path / "bin" / "skyddsapp"), "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "vault" in help_text
    python = tmp_path / "app" / "venv" / "bin" / "python"
    probe = (
        "import importlib.resources as r, skyddsapp.ui.shell.app, PySide6.QtPdf, sqlcipher3;"
        "assert (r.files('skyddsapp') / 'ui' / 'i18n' / 'skyddsapp_en.qm').is_file();"
        "assert (r.files('skyddsapp') / 'documents' / 'fonts' / 'DejaVuSans.ttf').is_file();"
        "print(skyddsapp.ui.shell.app.__file__)"
    )
    where = subprocess.run(
        [str(python), "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert str(tmp_path / "app" / "venv") in where  # the installed copy, not this checkout


def test_a_changed_wheel_is_refused_and_nothing_is_installed(
    wheelhouse: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "wheelhouse"
    shutil.copytree(wheelhouse, copy, copy_function=os.link)  # 200 MB, linked, not copied
    (wheel,) = copy.glob("segno-*.whl")
    changed = wheel.read_bytes() + b"\0"
    wheel.unlink()  # a file of its own: the linked one is the module's wheelhouse too
    wheel.write_bytes(changed)
    result = _install(copy, tmp_path)
    assert result.returncode != 0
    assert "kontrollsumman stämmer inte" in result.stderr
    assert not (tmp_path / "app").exists()
    assert not (tmp_path / "bin").exists()
