"""The pages' shared list set-up and page actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from pytestqt.qtbot import QtBot

from skyddsapp.ui.widgets.list_table import empty_overlay, page_action, set_up_list


def test_a_list_is_read_only_whole_rows_and_fixed_height(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)

    set_up_list(table, "Ärendelista")

    assert table.accessibleName() == "Ärendelista"
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection
    assert not table.tabKeyNavigation()
    assert not table.wordWrap()
    assert table.verticalHeader().isHidden()
    assert table.verticalHeader().sectionResizeMode(0) is QHeaderView.ResizeMode.Fixed


def test_a_list_may_keep_extended_selection(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)

    set_up_list(table, "Loggposter", single_selection=False)

    assert table.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection


def test_a_page_action_and_its_button_trigger_and_disable_together(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[str] = []

    action, button = page_action(page, "&Nytt avtal…", "Ctrl+N", lambda: calls.append("new"))

    assert action in page.actions()
    assert action.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert button.accessibleName() == "Nytt avtal"
    assert button.toolTip() == action.toolTip()
    assert "Nytt avtal" in button.toolTip()
    button.click()
    assert calls == ["new"]
    action.setEnabled(False)
    assert not button.isEnabled()


def test_the_empty_overlay_sits_on_the_viewport_and_lets_clicks_through(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)

    label = empty_overlay(table)
    label.setText("Inga ärenden matchar sökningen.")

    assert label.parent() is table.viewport()
    assert label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert label.wordWrap()
    assert label.textFormat() is Qt.TextFormat.PlainText
