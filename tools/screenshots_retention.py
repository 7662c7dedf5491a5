"""Pictures of Gallring for `tools/screenshots.py`: the rules and the due cases, with some
marked, and the typed confirmation. The demo vault's cases closed recently, so the dialog gets
a session whose day lies seven years on (all of them due, and overdue); nothing is purged."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel

from skyddsapp.services.context import Session

if TYPE_CHECKING:
    from screenshots import Shooter
    from skyddsapp.ui.shell.main_window import MainWindow


def retention(shooter: Shooter, window: MainWindow, session: Session) -> None:
    from skyddsapp.ui.admin.retention_dialog import RetentionDialog

    later = session.today().replace(month=3, day=1) + dt.timedelta(days=7 * 365 + 2)
    dialog = RetentionDialog(Session(session.vault, lambda: later), window)
    selection = dialog.table.selectionModel()
    for row in range(min(3, dialog.model.rowCount())):
        selection.select(
            dialog.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    shooter.dialog("retention", dialog, behind=window, size=(1000, 720))
    dialog.show()
    dialog.purge_selected()
    confirm = dialog.confirm_dialog
    if confirm is not None:
        confirm.number_edit.setText(str(confirm.count))
        shooter.dialog("retention_confirm", confirm, behind=window)
        confirm.reject()
    dialog.done(0)
    dialog.deleteLater()
