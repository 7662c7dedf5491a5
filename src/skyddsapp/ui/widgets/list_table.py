"""A page's list: one read-only table set up the same way on every page (case list, Att göra,
Lägenheter, Avtal, users, the audit log), and the page's actions with their buttons."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.widgets.plain_text import PlainLabel


def set_up_list(table: QTableView, name: str, *, single_selection: bool = True) -> None:
    """Whole rows, read only, no wrapping, Tab leaves the table, and fixed row heights: the
    view never measures rows, whatever the number loaded."""
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)


def size_columns(table: QTableView, samples: Mapping[int, str]) -> None:
    """Each column as wide as its sample text (a typical long value) plus some air, left-aligned
    headers, widths the user may drag, and the last column taking what is left."""
    metrics = table.fontMetrics()
    pad = 4 * metrics.averageCharWidth()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, sample in samples.items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + pad)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def empty_overlay(table: QTableView) -> PlainLabel:
    """A centred, wrapping line over the table's empty viewport ("no cases match …"); clicks
    go through to the table. The page sets its text, and hides it while there are rows."""
    label = PlainLabel(parent=table.viewport())
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    overlay = QVBoxLayout(table.viewport())
    overlay.addWidget(label)
    return label


def page_action(
    page: QWidget, text: str, shortcut: QKeySequence | str, slot: Callable[[], object]
) -> tuple[QAction, QPushButton]:
    """An action with a shortcut that works anywhere on the page, and its button (enabled with
    the action; its tooltip names the shortcut)."""
    plain = text.replace("&", "").rstrip("…")
    action = QAction(text, page)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shown_key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(
        QCoreApplication.translate("PageAction", "{0} ({1})").format(plain, shown_key)
    )
    action.triggered.connect(slot)
    page.addAction(action)
    button = QPushButton(text, page)
    button.setAccessibleName(plain)
    button.setToolTip(action.toolTip())
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return action, button
