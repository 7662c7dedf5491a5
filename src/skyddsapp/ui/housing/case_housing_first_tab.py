"""The case view's Bostad först tab: the wait for a flat, the note that the client must live
outside Uppsala (also as a banner over the whole case), and exchanges with other municipalities."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.housing_first import Exchange
from skyddsapp.services import housing_first
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.housing_first import HousingFirstView
from skyddsapp.ui.cases.case_data import ScrollTab, button_row, value_label, warning_label
from skyddsapp.ui.housing.exchange_dialog import ExchangeDialog
from skyddsapp.ui.housing.outside_uppsala_dialog import OutsideUppsalaDialog
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import message_box, show_warning

HOUSING_FIRST_TAB_INDEX = 4  # after Lägenhet och avtal and Nycklar


class CaseHousingFirstTab(ScrollTab):
    """Shown only for Bostad först cases; ``banner`` goes above the case view's tabs.
    Emits ``changed`` after each saved change."""

    changed = Signal()

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.view: HousingFirstView | None = None
        self.active_dialog: QDialog | None = None
        self.banner = warning_label(
            self.tr(
                "Klienten behöver bo utanför Uppsala av säkerhetsskäl (se fliken Bostad först)."
            ),
            parent,
        )
        self.banner.setAccessibleName(self.tr("Behöver bo utanför Uppsala"))
        self.banner.hide()
        self.exchange_buttons: dict[int, QPushButton] = {}

    def show_case(self, case: Case, tabs: QTabWidget) -> str:
        """Show what belongs to a Bostad först case; return the wait for the case view's
        header ("" for every other kind, which gets neither the tab nor the banner)."""
        if case.kind is not CaseKind.HOUSING_FIRST:
            self.banner.hide()
            if tabs.indexOf(self) < 0:
                self.hide()  # a child of the case view outside the tabs would cover its header
            return ""
        if tabs.indexOf(self) < 0:
            tabs.insertTab(HOUSING_FIRST_TAB_INDEX, self, self.tr("Bostad &först"))
        self.view = housing_first.case_view(self.session, self.case_id)
        self.banner.setVisible(self.view.outside_uppsala is not None)
        self._build(self.view)
        return self._wait_text(self.view)

    def release(self) -> None:
        """At lock: drop the reason, the exchanges and the wait shown here."""
        self.view = None
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()

    def _days(self, days: int) -> str:
        return self.tr("1 dag") if days == 1 else self.tr("{0} dagar").format(days)

    def _wait_text(self, view: HousingFirstView) -> str:
        if view.days is None:
            return ""
        if view.waiting.running:
            return self.tr("väntat {0}").format(self._days(view.days))
        return self.tr("väntade {0}").format(self._days(view.days))

    def _build(self, view: HousingFirstView) -> None:
        content, layout = self.new_content()
        layout.addWidget(self._waiting(view, content))
        layout.addWidget(self._outside(view, content))
        layout.addWidget(self._exchanges(view, content))
        self.set_content(content, layout)

    def _waiting(self, view: HousingFirstView, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Väntetid"), parent)
        layout = QVBoxLayout(box)
        dates = view.waiting
        if dates.start is None or view.days is None:
            text = self.tr(
                "Väntetiden börjar räknas när beslutet om att bevilja Bostad först är registrerat."
            )
        elif dates.running:
            text = self.tr("Klienten har väntat {0} på en lägenhet, sedan {1}.").format(
                self._days(view.days), dates.start.isoformat()
            )
        else:
            assert dates.ended_on is not None
            text = self.tr("Klienten väntade {0}, från {1} till {2}.").format(
                self._days(view.days), dates.start.isoformat(), dates.ended_on.isoformat()
            )
        self.wait_label = value_label(text, box)
        self.wait_label.setAccessibleName(self.tr("Väntetid"))
        layout.addWidget(self.wait_label)
        return box

    def _outside(self, view: HousingFirstView, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Boende utanför Uppsala"), parent)
        layout = QVBoxLayout(box)
        note = view.outside_uppsala
        self.outside_button = QPushButton(
            self.tr("&Markera: behöver bo utanför Uppsala …")
            if note is None
            else self.tr("Ändra s&kälet …"),
            box,
        )
        self.outside_button.clicked.connect(self.edit_outside)
        self.clear_outside_button: QPushButton | None = None
        self.outside_reason: QLabel | None = None
        if note is None:
            layout.addWidget(value_label(self.tr("Ingen markering."), box))
            layout.addWidget(button_row(self.outside_button))
            return box
        layout.addWidget(
            warning_label(self.tr("Klienten behöver bo utanför Uppsala av säkerhetsskäl."), box)
        )
        self.outside_reason = value_label(note.reason, box)
        self.outside_reason.setAccessibleName(self.tr("Skäl"))
        layout.addWidget(self.outside_reason)
        layout.addWidget(
            value_label(
                self.tr("Noterat {0} av {1}.").format(note.noted_on.isoformat(), note.noted_by),
                box,
            )
        )
        self.clear_outside_button = QPushButton(self.tr("&Ta bort markeringen"), box)
        self.clear_outside_button.clicked.connect(self.ask_clear_outside)
        layout.addWidget(button_row(self.outside_button, self.clear_outside_button))
        return box

    def _exchanges(self, view: HousingFirstView, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Byten med andra kommuner"), parent)
        layout = QVBoxLayout(box)
        self.exchange_buttons = {}
        if not view.exchanges:
            layout.addWidget(value_label(self.tr("Inga byten registrerade."), box))
        for exchange in view.exchanges:
            layout.addWidget(self._exchange_row(exchange, box))
        self.new_exchange_button = QPushButton(self.tr("&Nytt byte …"), box)
        self.new_exchange_button.clicked.connect(lambda: self.edit_exchange(None))
        layout.addWidget(button_row(self.new_exchange_button))
        return box

    def _exchange_row(self, exchange: Exchange, parent: QWidget) -> QWidget:
        text = self.tr("{0} · {1} · {2} · {3}").format(
            exchange.requested_on.isoformat(),
            domain_text(exchange.direction.label),
            exchange.municipality,
            domain_text(exchange.status.label),
        )
        if exchange.notes:
            text += "\n" + exchange.notes
        label = value_label(text, parent)
        edit = QPushButton(self.tr("Ändra …"), parent)
        edit.setAccessibleName(self.tr("Ändra bytet med {0}").format(exchange.municipality))
        edit.clicked.connect(lambda _=False, e=exchange: self.edit_exchange(e))
        assert exchange.id is not None
        self.exchange_buttons[exchange.id] = edit
        row = button_row(label, edit)
        row.layout().setStretch(0, 1)  # type: ignore[union-attr]
        return row

    # ------------------------------------------------------------------ actions

    def edit_exchange(self, exchange: Exchange | None) -> None:
        self._open(ExchangeDialog(self.session, self.case_id, exchange, self))

    def edit_outside(self) -> None:
        current = self.view.outside_uppsala if self.view is not None else None
        self._open(OutsideUppsalaDialog(self.session, self.case_id, current, self))

    def ask_clear_outside(self) -> None:
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Ta bort markeringen"),
            self.tr("Ta bort markeringen att klienten behöver bo utanför Uppsala?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._answered(box.standardButton(box.clickedButton()))
        )
        self.active_dialog = box
        box.open()

    def _answered(self, button: QMessageBox.StandardButton) -> None:
        if button != QMessageBox.StandardButton.Yes or self.session.vault.is_locked:
            return
        self.clear_outside()

    def clear_outside(self) -> bool:
        try:
            housing_first.clear_outside_uppsala(self.session, self.case_id)
        except (DomainError, ServiceError) as error:
            show_warning(self, self.tr("Ta bort markeringen"), error_text(error))
            return False
        self.changed.emit()
        return True

    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): a lock may reject the dialog at any moment.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._saved)
        self.active_dialog = dialog
        dialog.open()

    def _saved(self) -> None:
        if not self.session.vault.is_locked:
            self.changed.emit()
