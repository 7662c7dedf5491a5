"""Hjälp → Om skyddsapp (version, licences, where data lives) and the application icon."""

from __future__ import annotations

import platform
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, ini_settings

import skyddsapp
from skyddsapp.program.resources import (
    APP_ID,
    COMPONENTS,
    ICON_SIZES,
    icon_files,
    licence_text,
    resource_folder,
)
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.auditor_window import AuditorWindow
from skyddsapp.ui.shell.about_dialog import AboutDialog
from skyddsapp.ui.shell.app_icon import app_icon
from skyddsapp.ui.shell.auto_lock import AutoLock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def _open_about(window: object, qtbot: QtBot) -> AboutDialog:
    window.about_action.trigger()  # type: ignore[attr-defined]
    about = window.findChild(AboutDialog)  # type: ignore[attr-defined]
    assert about is not None
    qtbot.waitUntil(about.isVisible)
    return about


def test_the_about_dialog_says_version_versions_and_where_data_lives(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings_file = str(tmp_path / "skyddsapp.conf")
    about = AboutDialog(tmp_path / "valv <b>x</b>", settings_file)
    qtbot.addWidget(about)

    assert about.windowTitle() == "Om skyddsapp"
    assert about.title_label.text() == f"skyddsapp {skyddsapp.__version__}"
    assert platform.python_version() in about.versions_label.text()
    assert about.vault_label.text() == str(tmp_path / "valv <b>x</b>")
    assert about.settings_label.text() == settings_file
    for label in about.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_each_licence_is_shown_in_full(qtbot: QtBot, tmp_path: Path) -> None:
    about = AboutDialog(tmp_path, "x.conf")
    qtbot.addWidget(about)
    names = [about.components.item(r, 0).text() for r in range(about.components.rowCount())]

    assert names[:2] == ["skyddsapp", "Qt 6, PySide6, Shiboken6"]
    assert about.components.item(1, 1).text() == "LGPL-3.0"
    assert "MIT License" in about.licence_view.toPlainText()  # the first row is chosen
    for row, component in enumerate(COMPONENTS):
        about.components.setCurrentCell(row, 0)
        assert about.licence_view.toPlainText() == licence_text(component)
    about.components.setCurrentCell(1, 0)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.licence_view.toPlainText()
    assert isinstance(about.licence_view, QPlainTextEdit)


def test_every_licence_named_is_shipped() -> None:
    shipped = {p.name for p in resource_folder("licenses").glob("*.txt")}

    assert {c.licence_file for c in COMPONENTS} == shipped
    for component in COMPONENTS:
        assert len(licence_text(component)) > 200, component.name
    dejavu = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    assert (resource_folder("licenses") / "DejaVu-fonts.txt").read_bytes() == dejavu.read_bytes()


def test_the_main_window_has_hjalp_om_skyddsapp(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    menus = {m.text(): m for m in window.menuBar().actions()}

    assert list(menus)[-1] == "&Hjälp"
    assert [a.text() for a in menus["&Hjälp"].menu().actions()] == ["&Om skyddsapp…"]
    about = _open_about(window, qtbot)
    assert about.vault_label.text() == str(session.vault.folder)
    assert about.settings_label.text() == controller.settings.file_name

    controller.lock()  # closes it like every dialog
    qtbot.waitUntil(lambda: controller.main_window is None)


def test_the_auditor_window_has_it_too(
    session: Session, qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    auto_lock = AutoLock(qapp, 600_000)
    try:
        window = AuditorWindow(session, ini_settings(tmp_path / "s.ini"), auto_lock)
        qtbot.addWidget(window)
        menus = [m.text() for m in window.menuBar().actions()]

        assert menus[-1] == "&Hjälp"
        about = _open_about(window, qtbot)
        assert about.vault_label.text() == str(session.vault.folder)
        window.retire()
    finally:
        auto_lock.detach()


def test_the_icon_has_every_size(qapp: QApplication) -> None:
    files = icon_files()

    assert sorted(files) == list(ICON_SIZES)
    for size, path in files.items():
        with Image.open(path) as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            assert png.getpixel((0, 0))[3] == 0  # rounded corners: transparent
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    with Image.open(resource_folder("icons") / f"{APP_ID}.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in ICON_SIZES}
    assert (resource_folder("icons") / f"{APP_ID}.svg").read_text("utf-8").count("<svg") == 1


def test_icons_and_licences_ship_in_the_wheel() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]

    assert included["resources/icons"] == "skyddsapp/resources/icons"
    assert included["resources/licenses"] == "skyddsapp/resources/licenses"


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("desktop-file-validate", [f"{APP_ID}.desktop"]),
        ("appstreamcli", ["validate", "--no-net", f"{APP_ID}.metainfo.xml"]),
    ],
)
def test_the_desktop_entry_and_metainfo_validate(tool: str, arguments: list[str]) -> None:
    program = shutil.which(tool)
    if program is None:
        pytest.skip(f"{tool} is not installed")
    result = subprocess.run(
        [program, *arguments],
        cwd=ROOT / "packaging" / "linux",
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_entry_names_the_program_and_icon_by_the_one_id() -> None:
    entry = (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop").read_text("utf-8")
    metainfo = (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml").read_text("utf-8")

    assert f"Icon={APP_ID}\n" in entry
    assert "Exec=skyddsapp-desktop\n" in entry
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<release version="{skyddsapp.__version__}"' in metainfo
