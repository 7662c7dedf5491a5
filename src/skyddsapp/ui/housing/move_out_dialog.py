"""Record the day someone moved out of a flat of the register: it stands free from then."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from skyddsapp.domain.transition_flat import FlatStay
from skyddsapp.services import transition_flats
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.plain_text import PlainLabel


class MoveOutDialog(FormDialog):
    """``transition_flats.move_out``."""

    def __init__(
        self, session: Session, object_number: str, stay: FlatStay, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Registrera utflytt"))  # generic: titles reach task bars
        self.stay = stay
        self.form.addRow(self.tr("Lägenhet:"), PlainLabel(object_number, self.content))
        intro = PlainLabel(
            self.tr(
                "Inflyttning {0}, planerad utflytt {1}. Lägenheten står ledig från utflytten."
            ).format(stay.moved_in.isoformat(), stay.planned_move_out.isoformat()),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.moved_out = date_edit(session.today(), self.tr("Utflyttningsdag"), self.content)
        add_row(
            self.form,
            self.tr("&Utflyttning:"),
            self.errors.wrap("moved_out", self.moved_out, self.content),
            self.moved_out,
        )
        self.moved_out.setFocus()

    def save(self) -> None:
        assert self.stay.id is not None
        day = from_qdate(self.moved_out.date())
        self.stay = transition_flats.move_out(self.session, self.stay.id, day)
