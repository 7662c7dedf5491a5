"""Render resources/icons/se.uppsala.skyddsapp.svg to the PNG sizes and the Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

The outputs are committed (the bundle and the wheel need no SVG renderer); run this again after
changing the SVG. Qt's SVG renderer draws each size from the vector, so 16 px is drawn at 16 px,
not scaled down from 256; Pillow packs the same images into the .ico.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from skyddsapp.program.resources import APP_ID, ICON_SIZES  # noqa: E402

FOLDER = ROOT / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    del app
    renderer = QSvgRenderer(str(FOLDER / f"{APP_ID}.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG does not render", file=sys.stderr)
        return 1
    frames: list[Image.Image] = []
    for size in ICON_SIZES:
        target = FOLDER / f"{APP_ID}-{size}.png"
        if not render(renderer, size).save(str(target)):
            print(f"make_icons: {target} could not be written", file=sys.stderr)
            return 1
        with Image.open(target) as png:
            frames.append(png.convert("RGBA"))
    largest = frames[-1]
    largest.save(
        FOLDER / f"{APP_ID}.ico",
        sizes=[(s, s) for s in ICON_SIZES],
        append_images=frames[:-1],
    )
    print(f"make_icons: {len(ICON_SIZES)} PNGs and {APP_ID}.ico in {FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
