"""Fixtures for driving real widgets offscreen: a demo vault made once, copied per test."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from self_test_support import Watched, watched_self_test

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.services import backups, demo, sessions
from skyddsapp.services.context import Session
from skyddsapp.vault.vault import Vault

UI_TODAY = dt.date(2026, 11, 27)
UI_CASES = 60


def no_sleep(seconds: float) -> None:
    """Stands in for time.sleep so the unlock delay after failures costs nothing."""


@pytest.fixture(autouse=True)
def _each_key_derived_once(remembered_argon2id: None) -> None:
    """Real Argon2id, but a repeated derivation (a copied template unlocked again) is free:
    tests/conftest.py, RememberedArgon2id."""


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Iterator[None]:
    """No test leaves a copy behind for the next (nor for the end of the run: PySide6 6.12
    crashes at exit while the clipboard holds mime data made in Python)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo vault with UI_CASES fictitious cases, made once per test run."""
    folder = tmp_path_factory.mktemp("ui-template") / "valv"
    created = Vault.create(
        folder, demo.DEMO_USER, "Demo Handläggare", demo.DEMO_PASSPHRASE, kdf_params=MINIMUM_KDF
    )
    vault = created.vault
    demo.add_demo_colleagues(vault, "nexus-demo-fras!")  # every colleague has this one
    session = Session(vault, lambda: UI_TODAY)
    with vault.transaction():
        demo.fill(session, UI_CASES, random.Random(7))
    vault.lock()
    (folder.parent / "recovery.txt").write_text(created.recovery_key, "utf-8")
    return folder


@pytest.fixture
def vault_folder(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "valv"
    shutil.copytree(demo_template, folder)
    return folder


@pytest.fixture
def recovery_key(demo_template: Path) -> str:
    return (demo_template.parent / "recovery.txt").read_text("utf-8")


@pytest.fixture
def session(vault_folder: Path) -> Iterator[Session]:
    vault = Vault.unlock(vault_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
    try:
        yield Session(vault, lambda: UI_TODAY)
    finally:
        if not vault.is_locked:
            vault.lock()


@pytest.fixture
def usb_backup(session: Session, tmp_path: Path) -> backups.BackupManifest:
    """A backup of the demo vault on a "USB drive" (``tmp_path / "usb"``); the vault is locked
    afterwards, as after a lost laptop or a damaged vault."""
    usb = tmp_path / "usb"
    usb.mkdir()
    manifest = backups.create_backup(session.vault, usb)
    sessions.lock(session)
    return manifest


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts compiled here, so tests do not depend on `make translations`."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = Path(__file__).resolve().parents[2] / "translations" / "skyddsapp_en.ts"
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(folder / "skyddsapp_en.qm")],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture(scope="session")
def offscreen_self_test(tmp_path_factory: pytest.TempPathFactory) -> Watched:
    """`skyddsapp-desktop --self-test` run once offscreen, watched (self_test_support.py)."""
    return watched_self_test(tmp_path_factory.mktemp("self-test"), "offscreen")
