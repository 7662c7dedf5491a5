"""The Lägenhet och avtal tab's "Utsluss- eller jourlägenhet" box: the flat of the register the
client lives in now (since when, planned move-out, next step) with the plan and move-out
actions, or the move into a free one; and where the client has lived before."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.services.case_data import CaseData
from skyddsapp.services.context import Session
from skyddsapp.services.transition_flats_overview import CaseFlatStay
from skyddsapp.ui.cases.case_data import button_row, value_label
from skyddsapp.ui.flats.case_flat_move_in_dialog import CaseFlatMoveInDialog
from skyddsapp.ui.flats.flat_stay_dialog import FlatStayDialog
from skyddsapp.ui.housing.move_out_dialog import MoveOutDialog
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import plain_tooltip

BOX_KINDS = frozenset(
    {
        CaseKind.SHELTER_EXIT,
        CaseKind.HOUSING_CHAIN,
        CaseKind.HOUSING_FIRST,
        CaseKind.KVINNOJOUR_SUBLET,
    }
)
"""The kinds of case whose clients the register's flats are for: they get the box even before
anyone has moved in (every other case only once it has a stay)."""


def shows_flat_stays(data: CaseData) -> bool:
    return bool(data.flat_stays) or data.case.kind in BOX_KINDS


class CaseFlatStayBox(QGroupBox):
    """Opens its dialogs itself and calls ``saved`` after a saved move in, plan or move out
    (``saved`` belongs to the tab, which outlives this box: a reload replaces the box, maybe
    while one of its dialogs is open). ``active_dialog`` is the dialog open now."""

    def __init__(
        self,
        session: Session,
        data: CaseData,
        saved: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Utsluss- eller jourlägenhet"), parent)
        self.setAccessibleName(self.tr("Utsluss- eller jourlägenhet"))
        self.session = session
        self.saved = saved
        self.case_id = data.case_id
        self.active_dialog: QDialog | None = None
        self.values: dict[str, QLabel] = {}
        writable = not session.read_only
        layout = QVBoxLayout(self)
        details = QWidget(self)
        self.form = form_layout(details)
        layout.addWidget(details)
        first = data.flat_stays[0] if data.flat_stays else None
        self.current = first if first is not None and first.stay.current else None
        self.buttons: list[QPushButton] = []
        if self.current is not None:
            self._show_current(self.current, data)
            self.plan_button = QPushButton(self.tr("Ändra plan och nästa st&eg …"), self)
            self.plan_button.clicked.connect(self.replan)
            self.move_out_button = QPushButton(self.tr("Registrera utfl&ytt …"), self)
            self.move_out_button.clicked.connect(self.move_out)
            self.buttons = [self.plan_button, self.move_out_button]
        else:
            self._row(
                self.tr("Bor i:"),
                self.tr("Klienten bor inte i någon utsluss- eller jourlägenhet i förteckningen."),
            )
            self.move_in_button = QPushButton(
                self.tr("Flytta &in i utslussnings-/jourlägenhet …"), self
            )
            self.move_in_button.clicked.connect(self.move_in)
            self.buttons = [self.move_in_button]
        past = [s for s in data.flat_stays if not s.stay.current]
        if past:
            self._row(self.tr("Tidigare:"), "\n".join(self._past(s) for s in past))
        for button in self.buttons:
            button.setEnabled(writable)
        layout.addWidget(button_row(*self.buttons))

    def _row(self, title: str, text: str) -> QLabel:
        label = value_label(text, self)
        self.form.addRow(title, label)
        self.values[title.rstrip(":")] = label
        return label

    def _show_current(self, current: CaseFlatStay, data: CaseData) -> None:
        stay, flat = current.stay, current.flat
        self._row(
            self.tr("Bor i:"),
            self.tr("{0} {1} ({2})").format(
                domain_text(flat.category.label), current.object_number, flat.holder
            ),
        )
        address = self._row(self.tr("Adress:"), current.address or self.tr("Visas inte"))
        if current.address is None:
            address.setToolTip(
                plain_tooltip(
                    self.tr(
                        "Adressen visas inte: någon som bor eller har bott här har skyddad "
                        "adress, eller så ser du inte alla ärenden lägenheten hör till."
                    )
                )
            )
        days = (data.today - stay.moved_in).days
        self._row(
            self.tr("Inflyttning:"),
            self.tr("{0} (1 dag sedan)").format(stay.moved_in.isoformat())
            if days == 1
            else self.tr("{0} ({1} dagar sedan)").format(stay.moved_in.isoformat(), days),
        )
        planned = stay.planned_move_out.isoformat()
        self._row(
            self.tr("Planerad utflytt:"),
            self.tr("{0} (passerat)").format(planned)
            if stay.planned_move_out < data.today
            else planned,
        )
        self._row(self.tr("Nästa steg:"), stay.next_step or self.tr("–"))

    def _past(self, past: CaseFlatStay) -> str:
        moved_out = past.stay.moved_out.isoformat() if past.stay.moved_out else ""
        text = self.tr("{0} {1}: {2} – {3}").format(
            domain_text(past.flat.category.label),
            past.object_number,
            past.stay.moved_in.isoformat(),
            moved_out,
        )
        if past.flat.removed_on is not None:
            return self.tr("{0} (lägenheten är borttagen ur förteckningen)").format(text)
        return text

    # ------------------------------------------------------------------ actions

    def move_in(self) -> None:
        self._open(CaseFlatMoveInDialog(self.session, self.case_id, self.window()))

    def replan(self) -> None:
        if self.current is not None:
            stay, number = self.current.stay, self.current.object_number
            self._open(FlatStayDialog(self.session, number, stay=stay, parent=self.window()))

    def move_out(self) -> None:
        if self.current is not None:
            stay, number = self.current.stay, self.current.object_number
            self._open(MoveOutDialog(self.session, number, stay, self.window()))

    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): a lock may reject the dialog at any moment. The dialog's parent
        # is the window, not this box: a reload of the tab replaces the box.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session, saved = self.session, self.saved
        dialog.accepted.connect(lambda: None if session.vault.is_locked else saved())
        self.active_dialog = dialog
        dialog.open()
