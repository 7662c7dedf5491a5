"""Förhandsgranskning: a PDF shown from memory, page x of y, zoom; it forgets the PDF on close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.paperwork.pdf_printing import PdfSource
from skyddsapp.ui.widgets.plain_text import PlainLabel

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


class PdfPreviewDialog(QDialog):
    """Non-modal; the controller rejects it at a lock like every dialog, and ``finished`` drops
    the bytes. ``print_requested``/``save_requested`` are handled by whoever opened it."""

    print_requested = Signal()
    save_requested = Signal()

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        can_print: bool = True,
        can_save: bool = True,
    ) -> None:
        super().__init__(parent)
        # The title is the form and its number: never a name (it reaches task bars).
        self.setWindowTitle(self.tr("Förhandsgranskning – {0}").format(title))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setSizeGripEnabled(True)
        self.source: PdfSource | None = PdfSource(data, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Dokumentets sidor"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.source.document)
        self.page_label = PlainLabel(parent=self)
        self.page_label.setAccessibleName(self.tr("Sida"))
        self.zoom_label = PlainLabel(parent=self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))

        self.print_button = QPushButton(self.tr("Skriv &ut…"), self)
        self.save_button = QPushButton(self.tr("Spara som &PDF…"), self)
        self.close_button = QPushButton(self.tr("&Stäng"), self)
        # Enter must not print or export by accident: it closes, like Esc.
        self.print_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.print_button.setVisible(can_print)
        self.save_button.setVisible(can_save)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setToolTip(self.tr("Skriv ut (Ctrl+P)"))
        self.save_button.setToolTip(self.tr("Spara som PDF (Ctrl+Shift+S)"))

        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self._make_shortcuts(can_print, can_save)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())
        self.finished.connect(self.release)
        self._show_page()
        self._show_zoom()
        self.resize(820, 900)
        self.view.setFocus()

    def _make_shortcuts(self, can_print: bool, can_save: bool) -> None:
        shortcuts = [
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
            (("Ctrl+0",), self.fit_width),
        ]
        if can_print:
            shortcuts.append(((QKeySequence.StandardKey.Print,), self.print_requested.emit))
        if can_save:
            shortcuts.append((("Ctrl+Shift+S",), self.save_requested.emit))
        for keys, slot in shortcuts:
            action = QAction(self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(slot)
            self.addAction(action)

    @property
    def page_count(self) -> int:
        return self.source.page_count if self.source is not None else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _show_page(self) -> None:
        if self.source is None or not self.source.ok:
            self.page_label.setText(self.tr("Dokumentet kunde inte visas."))
            return
        self.page_label.setText(
            self.tr("Sida {0} av {1}").format(self.current_page + 1, self.page_count)
        )

    def _show_zoom(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Sidbredd (Ctrl+0)"))
        else:
            self.zoom_label.setText(self.tr("{0} %").format(round(self.view.zoomFactor() * 100)))

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))
        self._show_zoom()

    def _current_factor(self) -> float:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom and self.source is not None:
            # What fit-to-width shows now, so that the first step starts from there.
            width = self.source.document.pagePointSize(0).width() * self.logicalDpiX() / 72
            available = self.view.viewport().width() - 2 * self.view.documentMargins().left()
            return available / width if width > 0 else 1.0
        return self.view.zoomFactor()

    def zoom_in(self) -> None:
        self._set_zoom(self._current_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._current_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def release(self) -> None:
        """Let go of the PDF (closing, or locked). The view holds the document weakly and shows
        nothing once it is closed."""
        source, self.source = self.source, None
        if source is not None:
            source.close()
            source.deleteLater()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
