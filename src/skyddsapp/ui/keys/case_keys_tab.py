"""The case view's Nycklar tab: each flat's key set, who holds what, lock changes, fullmakter.

Handing keys out or taking them back is done by making the receipt (``form_requested``): the
receipt is filled from the registry and records the event. Everything shown is plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.attorney import PowerOfAttorneyRecord, power_status
from skyddsapp.domain.key_registry import KeyRegister
from skyddsapp.services.context import Session
from skyddsapp.services.keys import ISSUE_FORM, LOCK_CHANGE_FORM, POWER_FORM, RETURN_FORM
from skyddsapp.ui.cases.case_data import CaseData, ScrollTab, button_row, value_label, warning_label
from skyddsapp.ui.keys.key_loss_dialog import KeyLossDialog
from skyddsapp.ui.keys.key_set_dialog import KeySetDialog
from skyddsapp.ui.keys.lock_change_done_dialog import LockChangeDoneDialog
from skyddsapp.ui.keys.lock_change_required_dialog import LockChangeRequiredDialog
from skyddsapp.ui.keys.power_of_attorney_dialog import PowerOfAttorneyDialog
from skyddsapp.ui.keys.revoke_power_dialog import RevokePowerDialog
from skyddsapp.ui.widgets.labels import domain_text

ITEM_COLUMNS = 8


class CaseKeysTab(ScrollTab):
    """Opens its own dialogs (``active_dialog``: the one open now) and says ``changed`` after
    one saved; receipts, orders and fullmakter are made by the Dokument tab."""

    form_requested = Signal(str)
    """A receipt, lock-change order or fullmakt to make (form id)."""
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: CaseData | None = None
        self.active_dialog: QDialog | None = None

    def _open(self, make: Callable[[CaseData], QDialog]) -> None:
        if self.data is None or self.session.vault.is_locked:
            return
        dialog = make(self.data)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        self.active_dialog = dialog
        dialog.open()  # not exec(): a lock may close it at any moment

    def release(self) -> None:
        """At lock: close the dialog and drop the case data."""
        if self.active_dialog is not None:
            self.active_dialog.reject()
        self.active_dialog = None
        self.data = None

    def show_data(self, data: CaseData) -> None:
        self.data = data
        content, layout = self.new_content()
        self.buttons: dict[str, QPushButton] = {}
        keys = data.keys
        if keys is None or not keys.apartment_ids:
            layout.addWidget(
                value_label(self.tr("Ingen lägenhet är kopplad till ärendet."), content)
            )
        else:
            layout.addWidget(self._receipt_buttons(content))
            for apartment_id in keys.apartment_ids:
                layout.addWidget(
                    self._flat_box(data, apartment_id, keys.register, keys.blocks, content)
                )
        layout.addWidget(self._powers_box(data, content))
        self.set_content(content, layout)

    def _button(self, key: str, text: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        self.buttons[key] = button
        return button

    def _receipt_buttons(self, parent: QWidget) -> QWidget:
        issue = self._button("issue", self.tr("Lä&mna ut nycklar …"), parent)
        back = self._button("return", self.tr("Ta &emot nycklar …"), parent)
        order = self._button("order", self.tr("&Beställ låsbyte …"), parent)
        for button, form in ((issue, ISSUE_FORM), (back, RETURN_FORM), (order, LOCK_CHANGE_FORM)):
            button.clicked.connect(lambda _=False, f=form: self.form_requested.emit(f))
        issue.setToolTip(
            self.tr("Skapar en nyckelkvittens ur registret och registrerar utlämningen.")
        )
        return button_row(issue, back, order)

    def _flat_box(
        self,
        data: CaseData,
        apartment_id: int,
        register: KeyRegister,
        blocks: dict[int, list[str]],
        parent: QWidget,
    ) -> QGroupBox:
        apartment = data.apartments.get(apartment_id)
        number = apartment.object_number if apartment else str(apartment_id)
        box = QGroupBox(self.tr("Nycklar till lägenhet {0}").format(number), parent)
        layout = QVBoxLayout(box)
        for problem in blocks.get(apartment_id, []):
            layout.addWidget(warning_label(domain_text(problem), box))
        items = register.items_of(apartment_id)
        if not items:
            layout.addWidget(
                value_label(
                    self.tr(
                        "Ingen nyckeluppsättning är registrerad. Registrera nycklarna innan "
                        "någon kvittens görs."
                    ),
                    box,
                )
            )
        else:
            layout.addWidget(self._items_table(register, apartment_id, box))
        for line in self._holders(data, register, apartment_id):
            layout.addWidget(value_label(line, box))
        for task in register.lock_changes:
            if task.apartment_id != apartment_id:
                continue
            text = self.tr("Låsbyte: {0} – krävs sedan {1} – {2}").format(
                domain_text(task.reason.label),
                task.required_on.isoformat(),
                domain_text(task.status_label),
            )
            row: list[QWidget] = [value_label(text, box)]
            if task.is_open and task.id is not None:
                done = QPushButton(self.tr("Låsbyte utför&t …"), box)
                done.clicked.connect(
                    lambda _=False, t=task.id: self._open(
                        lambda _data: LockChangeDoneDialog(self.session, t, self)
                    )
                )
                self.buttons[f"done_{task.id}"] = done
                row.append(done)
            layout.addWidget(button_row(*row))
        register_set = QPushButton(self.tr("Re&gistrera nyckeluppsättning …"), box)
        register_set.clicked.connect(
            lambda: self._open(lambda d: KeySetDialog(self.session, d, apartment_id, self))
        )
        loss = QPushButton(self.tr("Anmäl &förlust …"), box)
        loss.clicked.connect(
            lambda: self._open(lambda d: KeyLossDialog(self.session, d, apartment_id, self))
        )
        loss.setEnabled(bool(items))
        require = QPushButton(self.tr("Kr&äv låsbyte …"), box)
        require.clicked.connect(
            lambda: self._open(
                lambda d: LockChangeRequiredDialog(self.session, d.case_id, apartment_id, self)
            )
        )
        self.buttons[f"set_{apartment_id}"] = register_set
        self.buttons[f"loss_{apartment_id}"] = loss
        self.buttons[f"require_{apartment_id}"] = require
        layout.addWidget(button_row(register_set, loss, require))
        return box

    def _items_table(
        self, register: KeyRegister, apartment_id: int, parent: QWidget
    ) -> QTableWidget:
        items = register.items_of(apartment_id)
        table = QTableWidget(len(items), ITEM_COLUMNS, parent)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Typ"),
                self.tr("Märkning"),
                self.tr("Låssystem"),
                self.tr("Serie"),
                self.tr("Antal"),
                self.tr("På kontoret"),
                self.tr("Utlämnade"),
                self.tr("Förlorade"),
            ]
        )
        table.setAccessibleName(self.tr("Nyckeluppsättning"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(items):
            assert item.id is not None
            values = (
                domain_text(item.kind.label),
                item.marking,
                item.system,
                item.series,
                str(item.count),
                str(register.at_office(item.id)),
                str(register.out(item.id)),
                str(register.lost(item.id)),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        height = header.height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(r) for r in range(len(items)))
        table.setFixedHeight(height)
        return table

    def _holders(self, data: CaseData, register: KeyRegister, apartment_id: int) -> list[str]:
        holders = sorted({person for (_item, person) in register.held()})
        lines = []
        for person_id in holders:
            held = register.held_by(person_id, apartment_id)
            if not held:
                continue
            person = data.persons.get(person_id)
            name = person.full_name if person else self.tr("okänd person")
            what = ", ".join(
                f"{count} × {domain_text(item.kind.label).lower()} {item.marking}"
                for item, count in held
            )
            lines.append(self.tr("Utlämnade till {0}: {1}").format(name, what))
        return lines

    def _powers_box(self, data: CaseData, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Fullmakter"), parent)
        layout = QVBoxLayout(box)
        powers = data.keys.register.powers if data.keys else ()
        if not powers:
            layout.addWidget(value_label(self.tr("Ingen fullmakt är registrerad."), box))
        for power in powers:
            layout.addWidget(value_label(self._power_text(data, power), box))
            if power.revoked_on is None and power.id is not None:
                revoke = QPushButton(self.tr("Åter&kalla …"), box)
                revoke.clicked.connect(
                    lambda _=False, p=power.id: self._open(
                        lambda d: RevokePowerDialog(self.session, d.case_id, p, self)
                    )
                )
                self.buttons[f"revoke_{power.id}"] = revoke
                layout.addWidget(button_row(revoke))
        make = QPushButton(self.tr("Sk&apa fullmakt …"), box)
        make.clicked.connect(lambda: self.form_requested.emit(POWER_FORM))
        paper = QPushButton(self.tr("Registrera f&ullmakt på papper …"), box)
        paper.clicked.connect(
            lambda: self._open(lambda d: PowerOfAttorneyDialog(self.session, d, self))
        )
        self.buttons["power_form"] = make
        self.buttons["power_paper"] = paper
        layout.addWidget(button_row(make, paper))
        return box

    def _power_text(self, data: CaseData, power: PowerOfAttorneyRecord) -> str:
        agent = data.persons.get(power.agent_id)
        scopes = ", ".join(domain_text(scope.label).lower() for scope in power.scopes)
        source = power.document_number or self.tr("papper")
        return self.tr("{0} – fullmakt {1}, {2} – {3}: {4}\nOmfattar: {5}.").format(
            agent.full_name if agent else self.tr("okänt ombud"),
            source,
            power.valid_from.isoformat(),
            power.valid_until.isoformat(),
            domain_text(power_status(power, data.today)),
            scopes,
        )
