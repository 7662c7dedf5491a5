"""Om skyddsapp: version, Python and Qt, the licences with their full texts, where data lives."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp import __version__
from skyddsapp.program.resources import COMPONENTS, licence_text
from skyddsapp.ui.shell.app_icon import app_icon
from skyddsapp.ui.widgets.plain_text import PlainLabel


class AboutDialog(QDialog):
    """Read-only. Paths are the vault folder and the settings file: neither holds personal data
    (a vault folder is named by the user; the settings file keeps UI preferences only)."""

    def __init__(
        self, vault_folder: Path, settings_file: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("Om skyddsapp"))

        icon = PlainLabel(parent=self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = PlainLabel(f"skyddsapp {__version__}", self)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        summary = PlainLabel(
            self.tr(
                "Krypterad ärendehantering utan nätverk för bostad åt personer som utsatts för "
                "våld av en närstående."
            ),
            self,
        )
        summary.setWordWrap(True)
        self.versions_label = PlainLabel(
            self.tr("Python {0} · Qt {1} · PySide6 {2}").format(
                platform.python_version(), qVersion(), PySide6.__version__
            ),
            self,
        )
        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(summary)
        heading.addWidget(self.versions_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        places = QGridLayout()
        self.vault_label = PlainLabel(str(vault_folder), self)
        self.settings_label = PlainLabel(settings_file, self)
        for row, (title, value) in enumerate(
            (
                (self.tr("Valvets mapp:"), self.vault_label),
                (self.tr("Inställningar:"), self.settings_label),
            )
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            places.addWidget(PlainLabel(title, self), row, 0, Qt.AlignmentFlag.AlignTop)
            places.addWidget(value, row, 1)
        places.setColumnStretch(1, 1)
        where = PlainLabel(
            self.tr(
                "Allt om ärenden och personer finns krypterat i valvets mapp. Inställningarna "
                "håller bara programmets val (språk, låstid, mappar, fönsterläge)."
            ),
            self,
        )
        where.setWordWrap(True)

        licences_title = PlainLabel(
            self.tr(
                "Licenser. Qt används under LGPL-3.0 och är dynamiskt länkat: dess bibliotek "
                "kan bytas mot egna. Välj en rad för att läsa hela licenstexten."
            ),
            self,
        )
        licences_title.setWordWrap(True)
        self.components = QTableWidget(len(COMPONENTS), 2, self)
        self.components.setHorizontalHeaderLabels([self.tr("Del"), self.tr("Licens")])
        self.components.verticalHeader().hide()
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, component in enumerate(COMPONENTS):
            self.components.setItem(row, 0, QTableWidgetItem(component.name))
            self.components.setItem(row, 1, QTableWidgetItem(component.licence))
        header = self.components.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.components.setAccessibleName(self.tr("Licenser"))
        self.licence_view = QPlainTextEdit(self)
        self.licence_view.setReadOnly(True)
        self.licence_view.setAccessibleName(self.tr("Licenstext"))
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_view.setFont(QFont("monospace"))
        self.components.currentCellChanged.connect(self._show_licence)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(places)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addWidget(licences_title)
        layout.addWidget(self.components, 1)
        layout.addWidget(self.licence_view, 2)
        layout.addWidget(buttons)
        self.setWindowIcon(QIcon(app_icon()))
        self.resize(720, 760)
        self.components.setCurrentCell(0, 0)
        self.components.setFocus()

    def _show_licence(self, row: int, *_rest: int) -> None:
        if 0 <= row < len(COMPONENTS):
            try:
                text = licence_text(COMPONENTS[row])
            except OSError:
                text = self.tr("Licenstexten saknas i den här installationen.")
            self.licence_view.setPlainText(text)
            self.licence_view.moveCursor(self.licence_view.textCursor().MoveOperation.Start)
