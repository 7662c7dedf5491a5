"""Registrera fullmakt på papper: a signed fullmakt the handler has seen in original."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout, QWidget

from skyddsapp.domain.attorney import DEFAULT_VALIDITY_DAYS, AttorneyScope
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import keys
from skyddsapp.services.case_data import CaseData
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class PowerOfAttorneyDialog(FormDialog):
    """``keys.record_power_of_attorney``: same rules as the form Fullmakt."""

    def __init__(self, session: Session, data: CaseData, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Registrera fullmakt på papper"))
        self.case_id = data.case_id
        intro = PlainLabel(
            self.tr(
                "Registrera bara en fullmakt du har sett i original, undertecknad av klienten. "
                "Ombudet måste vara part i ärendet med rollen Ombud."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.agent = QComboBox(self.content)
        for person_id in data.case.person_ids(CaseRole.AGENT):
            person = data.persons.get(person_id)
            self.agent.addItem(person.full_name if person else str(person_id), person_id)
        add_row(self.form, self.tr("&Ombud:"), self.errors.wrap("agent", self.agent, self.content))
        box = QWidget(self.content)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scopes: dict[AttorneyScope, QCheckBox] = {}
        for scope in AttorneyScope:
            check = QCheckBox(domain_text(scope.label), box)
            check.setChecked(scope is AttorneyScope.COLLECT_KEYS)
            layout.addWidget(check)
            self.scopes[scope] = check
        add_row(
            self.form,
            self.tr("Fullmakten &omfattar:"),
            self.errors.wrap("scopes", box, self.content),
            self.scopes[AttorneyScope.SIGN_LEASE],
        )
        today = session.today()
        self.valid_from = date_edit(today, self.tr("Gäller från"), self.content)
        self.valid_until = date_edit(
            today + dt.timedelta(days=DEFAULT_VALIDITY_DAYS),
            self.tr("Gäller till och med"),
            self.content,
        )
        add_row(
            self.form,
            self.tr("Gäller &från:"),
            self.errors.wrap("valid_from", self.valid_from, self.content),
            self.valid_from,
        )
        add_row(
            self.form,
            self.tr("Gäller &till och med:"),
            self.errors.wrap("valid_until", self.valid_until, self.content),
            self.valid_until,
        )
        self.agent.setFocus()

    def save(self) -> None:
        keys.record_power_of_attorney(
            self.session,
            self.case_id,
            self.agent.currentData() or 0,
            [scope for scope, check in self.scopes.items() if check.isChecked()],
            from_qdate(self.valid_from.date()),
            from_qdate(self.valid_until.date()),
        )
