"""Låsbyte utfört: the day the lock was changed and the new key series."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from skyddsapp.services import keys
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.plain_text import PlainLabel


class LockChangeDoneDialog(FormDialog):
    """``keys.complete_lock_change``: the old keys are retired, the set moves to the new series."""

    def __init__(self, session: Session, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Låsbyte utfört"))
        self.task_id = task_id
        intro = PlainLabel(
            self.tr(
                "De gamla nycklarna slutar gälla. Nyckeluppsättningen registreras med samma "
                "sorter och antal i den nya serien; ändra den efteråt om det behövs."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.day = date_edit(session.today(), self.tr("Datum för låsbytet"), self.content)
        add_row(
            self.form,
            self.tr("&Utfört den:"),
            self.errors.wrap("done_on", self.day, self.content),
            self.day,
        )
        self.series = QLineEdit(self.content)
        self.series.setAccessibleName(self.tr("Ny nyckelserie"))
        add_row(
            self.form,
            self.tr("&Ny nyckelserie:"),
            self.errors.wrap("new_series", self.series, self.content),
            self.series,
        )
        self.series.setFocus()

    def save(self) -> None:
        keys.complete_lock_change(
            self.session, self.task_id, from_qdate(self.day.date()), self.series.text()
        )
