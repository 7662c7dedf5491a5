"""Take a flat out of the register of transition and emergency flats, while nobody lives there.
The flat stays in the vault and its past stays stay in their cases."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from skyddsapp.domain.transition_flat import TransitionFlat
from skyddsapp.services import transition_flat_changes
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.plain_text import PlainLabel


class TransitionFlatRemoveDialog(FormDialog):
    """``transition_flat_changes.remove_flat``; refused with the reason while someone lives
    there (the dialog stays open and says so)."""

    def __init__(
        self,
        session: Session,
        flat: TransitionFlat,
        object_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Ta bort ur förteckningen"))  # no number: task bars
        self.flat = flat
        self.form.addRow(self.tr("Lägenhet:"), PlainLabel(object_number, self.content))
        intro = PlainLabel(
            self.tr(
                "Lägenheten tas bort ur förteckningen över utsluss- och jourlägenheter. Den "
                "finns kvar i valvet, och de som har bott där finns kvar i sina ärenden. Det "
                "går bara när ingen bor i lägenheten; den kan registreras igen senare."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.removed_on = date_edit(session.today(), self.tr("Borttagen från"), self.content)
        add_row(
            self.form,
            self.tr("&Borttagen från:"),
            self.errors.wrap("removed_on", self.removed_on, self.content),
            self.removed_on,
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Ta bort ur förteckningen"))
        self.removed_on.setFocus()

    def save(self) -> None:
        day = from_qdate(self.removed_on.date())
        self.flat = transition_flat_changes.remove_flat(self.session, self.flat.apartment_id, day)
