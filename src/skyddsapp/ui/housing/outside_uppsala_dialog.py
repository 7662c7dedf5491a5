"""Note that a Bostad först client must live outside Uppsala for safety, with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from skyddsapp.domain.housing_first import OutsideUppsala
from skyddsapp.services import housing_first
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.plain_text import PlainLabel


class OutsideUppsalaDialog(FormDialog):
    """``housing_first.set_outside_uppsala``: a new note, or a new reason for one."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        current: OutsideUppsala | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Behöver bo utanför Uppsala"))
        self.case_id = case_id
        self.note: OutsideUppsala | None = current
        intro = PlainLabel(
            self.tr(
                "Klienten behöver bo utanför Uppsala av säkerhetsskäl, till exempel för att "
                "våldsutövaren söker upp henne eller finns där hon vill vistas. Skälet visas i "
                "ärendet men skrivs aldrig ut och hamnar aldrig i loggen."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QPlainTextEdit(current.reason if current else "", self.content)
        self.reason.setAccessibleName(
            self.tr("Skälet till att klienten behöver bo utanför Uppsala")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        add_row(
            self.form,
            self.tr("S&käl:"),
            self.errors.wrap("reason", self.reason, self.content),
            self.reason,
        )
        self.reason.setFocus()

    def save(self) -> None:
        self.note = housing_first.set_outside_uppsala(
            self.session, self.case_id, self.reason.toPlainText()
        )
