"""The case view's Översikt tab: the case's details, 12 kap. 47 § JB warnings and its deadlines."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.rules import takeover_warning_12_47
from skyddsapp.domain.workflows import state_label
from skyddsapp.ui.cases.case_data import CaseData, ScrollTab, button_row, value_label, warning_label
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class CaseOverviewTab(ScrollTab):
    edit_requested = Signal()
    handlers_requested = Signal()

    def show_data(self, data: CaseData) -> None:
        case = data.case
        content, layout = self.new_content()
        self.edit_button = QPushButton(self.tr("&Redigera uppgifter …"), content)
        self.edit_button.setToolTip(self.tr("Antal barn, anteckningar och utfall"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.handlers_button = QPushButton(self.tr("&Handläggare och delning …"), content)
        self.handlers_button.setToolTip(
            self.tr("Tilldela och ta bort handläggare, dela ärendet med den andra organisationen")
        )
        self.handlers_button.clicked.connect(self.handlers_requested)
        layout.addWidget(button_row(self.edit_button, self.handlers_button))
        details = QWidget(content)
        form = form_layout(details)
        rows: list[tuple[str, str]] = [
            (self.tr("Ärendenummer:"), case.reference.formatted()),
            (self.tr("Ärendetyp:"), domain_text(case.kind.label)),
            (self.tr("Status:"), domain_text(state_label(case))),
            (self.tr("Aktualiserat:"), case.opened_on.isoformat()),
            (self.tr("Handläggare:"), self._handlers(data)),
            (self.tr("Organisation:"), self._sharing(data)),
            (self.tr("Medföljande barn:"), str(case.children_count)),
        ]
        if case.kind is CaseKind.SHELTER_EXIT:
            outcome = (
                domain_text(case.outcome.label) if case.outcome else self.tr("Inte angivet än")
            )
            rows.append((self.tr("Utfall:"), outcome))
        rows.append((self.tr("Anteckningar:"), case.notes or self.tr("–")))
        self.values: dict[str, QLabel] = {}
        for title, text in rows:
            label = value_label(text, details)
            form.addRow(title, label)
            self.values[title.rstrip(":")] = label
        layout.addWidget(details)
        self.warnings: list[QLabel] = []
        for lease_id in case.lease_ids:
            lease = data.leases.get(lease_id)
            warning = takeover_warning_12_47(lease, case.parties) if lease else None
            if warning:
                label = warning_label(domain_text(warning), content)
                label.setAccessibleName(self.tr("Varning om övertagande av hyresrätt"))
                layout.addWidget(label)
                self.warnings.append(label)
        self.old_flat_label: QLabel | None = None
        if data.old_flats.open_items:
            self.old_flat_label = warning_label(
                self.tr("Kvar för den gamla lägenheten:")
                + "\n• "
                + "\n• ".join(domain_text(item) for item in data.old_flats.open_items),
                content,
            )
            self.old_flat_label.setAccessibleName(self.tr("Kvar för den gamla lägenheten"))
            layout.addWidget(self.old_flat_label)
        layout.addWidget(self._deadlines(data, content))
        self.set_content(content, layout)

    def _handlers(self, data: CaseData) -> str:
        if data.access is None or not data.access.handlers:
            return ", ".join(data.case.handlers) or self.tr("Ingen")
        return ", ".join(
            self.tr("{0} ({1})").format(h.name, h.team.name) if h.team else h.name
            for h in data.access.handlers
        )

    def _sharing(self, data: CaseData) -> str:
        case = data.case
        if case.shared_with is None:
            return case.organisation.label
        return self.tr("{0}, delat med {1}").format(case.organisation.label, case.shared_with.label)

    def _deadlines(self, data: CaseData, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Datum att bevaka"), parent)
        layout = QVBoxLayout(box)
        self.deadline_labels: list[QLabel] = []
        if not data.deadlines:
            layout.addWidget(PlainLabel(self.tr("Inga datum att bevaka."), box))
        for deadline in data.deadlines:
            what = domain_text(deadline.kind.label)
            detail = domain_text(deadline.detail)
            if deadline.is_overdue(data.today):
                text = self.tr("{0}  {1} – {2} (passerat)").format(
                    deadline.date.isoformat(), what, detail
                )
            else:
                text = self.tr("{0}  {1} – {2}").format(deadline.date.isoformat(), what, detail)
            label = value_label(text, box)
            if deadline.is_overdue(data.today):
                label.setStyleSheet(ERROR_STYLE)
            layout.addWidget(label)
            self.deadline_labels.append(label)
        return box
