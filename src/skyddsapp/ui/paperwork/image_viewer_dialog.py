"""A scanned paper (PNG or JPEG) shown from memory; the image is dropped when the window closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.widgets.plain_text import PlainLabel

ZOOM_STEP = 1.25


class ImageViewerDialog(QDialog):
    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skanning – {0}").format(title))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.image: QImage | None = QImage.fromData(data)
        self.zoom = 0.0  # 0: fit the window
        self.picture = PlainLabel(parent=self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Skannat papper"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), lambda: self._step(ZOOM_STEP)),
            ((QKeySequence.StandardKey.ZoomOut,), lambda: self._step(1 / ZOOM_STEP)),
            (("Ctrl+0",), self.fit),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(slot)
            self.addAction(action)
        self.finished.connect(self.release)
        if self.image.isNull():
            self.picture.setText(self.tr("Bilden kunde inte visas."))
        self.resize(820, 900)

    @property
    def ok(self) -> bool:
        return self.image is not None and not self.image.isNull()

    def _step(self, factor: float) -> None:
        if not self.ok:
            return
        assert self.image is not None
        current = self.zoom or self._fit_factor()
        self.zoom = max(0.1, min(8.0, current * factor))
        self._show()

    def fit(self) -> None:
        self.zoom = 0.0
        self._show()

    def _fit_factor(self) -> float:
        assert self.image is not None
        area = self.scroll_area.viewport().size()
        return float(min(area.width() / self.image.width(), area.height() / self.image.height()))

    def _show(self) -> None:
        if not self.ok:
            return
        assert self.image is not None
        factor = self.zoom or self._fit_factor()
        size = self.image.size() * factor
        pixmap = QPixmap.fromImage(self.image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setPixmap(pixmap)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.zoom:
            self._show()

    def release(self) -> None:
        self.image = None
        self.picture.clear()
