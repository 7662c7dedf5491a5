"""Register the day a lease's notice was received or posted; shows the end date the law gives."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from skyddsapp.domain.lease import Lease
from skyddsapp.domain.notice import notice_end_date
from skyddsapp.services import housing
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.plain_text import PlainLabel


class NoticeDialog(FormDialog):
    """Uppsägning: ``housing.register_notice``; the end date follows 12 kap. 4 § JB."""

    def __init__(self, session: Session, lease_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Registrera uppsägning"))
        self.lease_id = lease_id
        self.lease: Lease | None = None
        intro = PlainLabel(
            self.tr("Ange dagen då uppsägningen togs emot eller skickades."), self.content
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.notice_date = date_edit(session.today(), self.tr("Uppsägningsdatum"), self.content)
        add_row(
            self.form,
            self.tr("&Uppsägningsdatum:"),
            self.errors.wrap("notice_date", self.notice_date, self.content),
            self.notice_date,
        )
        self.end_date = PlainLabel(parent=self.content)
        self.end_date.setAccessibleName(self.tr("Beräknat slutdatum"))
        self.form.addRow(self.tr("Avtalet upphör:"), self.end_date)
        self.notice_date.dateChanged.connect(self._show_end_date)
        self._show_end_date()
        self.notice_date.setFocus()

    def _show_end_date(self) -> None:
        end = notice_end_date(from_qdate(self.notice_date.date()))
        self.end_date.setText(self.tr("{0} (12 kap. 4 § jordabalken)").format(end.isoformat()))

    def save(self) -> None:
        day = from_qdate(self.notice_date.date())
        self.lease = housing.register_notice(self.session, self.lease_id, day)
