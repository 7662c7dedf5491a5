"""Where the shipped icons and licence texts are, and the id the desktop knows the program by."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_ID = "se.uppsala.skyddsapp"
"""Reverse-DNS id: the .desktop file's and the AppStream metainfo's name (packaging/linux/),
`QGuiApplication.setDesktopFileName` and the icon's name in an icon theme."""

ICON_SIZES = (16, 32, 48, 64, 128, 256)

_PACKAGE = Path(__file__).resolve().parents[1]
_CHECKOUT = _PACKAGE.parents[1] / "resources"


def resource_folder(name: str) -> Path:
    """``resources/<name>``: inside the installed package (the wheel and the bundle put it at
    ``skyddsapp/resources/<name>``), else in the source checkout."""
    packaged = _PACKAGE / "resources" / name
    return packaged if packaged.is_dir() else _CHECKOUT / name


def icon_files() -> dict[int, Path]:
    """The application icon as PNG, by size in pixels (only the sizes that are there)."""
    folder = resource_folder("icons")
    found = {size: folder / f"{APP_ID}-{size}.png" for size in ICON_SIZES}
    return {size: path for size, path in found.items() if path.is_file()}


@dataclass(frozen=True)
class Component:
    """One part of the program as shipped, its licence and the file with the licence's text."""

    name: str
    licence: str
    licence_file: str


# The program and what it ships that a user's workstation runs (packaging's SBOM lists all).
COMPONENTS = (
    Component("skyddsapp", "MIT", "skyddsapp-MIT.txt"),
    Component("Qt 6, PySide6, Shiboken6", "LGPL-3.0", "LGPL-3.0.txt"),
    Component("GNU GPL 3.0", "GPL-3.0", "GPL-3.0.txt"),
    Component("DejaVu fonts", "Bitstream Vera Fonts License", "DejaVu-fonts.txt"),
    Component("python-bidi", "LGPL-3.0", "LGPL-3.0.txt"),
    Component("SQLCipher, sqlcipher3", "BSD-3-Clause, zlib", "sqlcipher3.txt"),
    Component("cryptography", "Apache-2.0 OR BSD-3-Clause", "cryptography.txt"),
    Component("reportlab", "BSD-3-Clause", "reportlab.txt"),
    Component("Pillow", "MIT-CMU", "pillow.txt"),
    Component("segno", "BSD-3-Clause", "segno.txt"),
    Component("arabic-reshaper", "MIT", "arabic-reshaper.txt"),
    Component("personnummer", "MIT", "personnummer.txt"),
    Component("platformdirs", "MIT", "platformdirs.txt"),
    Component("zxcvbn", "MIT", "zxcvbn.txt"),
    Component("cffi", "MIT-0", "cffi.txt"),
    Component("pycparser", "BSD-3-Clause", "pycparser.txt"),
)


def licence_text(component: Component) -> str:
    """The full text of a component's licence, as shipped."""
    return (resource_folder("licenses") / component.licence_file).read_text("utf-8")
