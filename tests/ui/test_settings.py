"""Preferences declared once: defaults, limits, types, and where the vault folder comes from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from skyddsapp.ui.shell.settings import (
    AUTO_LOCK_MINUTES,
    LANGUAGE,
    VAULT_FOLDER,
    WINDOW_GEOMETRY,
    Settings,
    default_vault_folder,
)


def _settings(tmp_path: Path) -> tuple[Settings, QSettings]:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return Settings(store), store


def test_defaults(tmp_path: Path) -> None:
    settings, _ = _settings(tmp_path)
    assert settings.get(LANGUAGE) == "sv"
    assert settings.get(AUTO_LOCK_MINUTES) == 5
    assert settings.get(WINDOW_GEOMETRY) == b""
    assert settings.vault_folder() == default_vault_folder()
    assert default_vault_folder().name == "valv"
    assert "skyddsapp" in default_vault_folder().parts


def test_values_are_kept_within_their_limits(tmp_path: Path) -> None:
    settings, store = _settings(tmp_path)
    settings.set(AUTO_LOCK_MINUTES, 0)
    assert settings.get(AUTO_LOCK_MINUTES) == 1
    store.setValue(AUTO_LOCK_MINUTES.key, "999")  # edited by hand
    assert settings.get(AUTO_LOCK_MINUTES) == 60
    store.setValue(AUTO_LOCK_MINUTES.key, "fem")
    assert settings.get(AUTO_LOCK_MINUTES) == 5
    store.setValue(LANGUAGE.key, "de")
    assert settings.get(LANGUAGE) == "sv"


def test_values_survive_a_new_store(tmp_path: Path) -> None:
    settings, _ = _settings(tmp_path)
    settings.set(LANGUAGE, "en")
    settings.set(AUTO_LOCK_MINUTES, 15)
    settings.set(WINDOW_GEOMETRY, b"\x01\x02\xff")
    settings.set(VAULT_FOLDER, str(tmp_path / "valv"))
    settings.sync()
    again, _ = _settings(tmp_path)
    assert again.get(LANGUAGE) == "en"
    assert again.get(AUTO_LOCK_MINUTES) == 15
    assert again.get(WINDOW_GEOMETRY) == b"\x01\x02\xff"
    assert again.vault_folder() == tmp_path / "valv"
