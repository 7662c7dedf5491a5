"""Register or edit a standing agreement: kind, counterpart, title, period, quota, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from skyddsapp.domain.agreement import MAX_FLATS_PER_YEAR, Agreement, AgreementKind
from skyddsapp.services import agreements
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import (
    OptionalDateEdit,
    add_row,
    date_edit,
    from_qdate,
    to_qdate,
)
from skyddsapp.ui.widgets.labels import domain_text


class AgreementDialog(FormDialog):
    """``agreements.create_agreement`` or, with ``agreement_id``, ``update_agreement``;
    ``agreement`` is what was saved."""

    def __init__(
        self, session: Session, agreement_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(
            self.tr("Redigera avtal") if agreement_id is not None else self.tr("Nytt avtal")
        )
        self.agreement_id = agreement_id
        self.agreement: Agreement | None = None
        today = session.today()
        self.kind = QComboBox(self.content)
        for kind in AgreementKind:
            self.kind.addItem(domain_text(kind.label), kind)
        self.kind.setAccessibleName(self.tr("Avtalstyp"))
        add_row(
            self.form, self.tr("Avtals&typ:"), self.errors.wrap("kind", self.kind, self.content)
        )
        self.counterpart = QLineEdit(self.content)
        self.counterpart.setAccessibleName(self.tr("Motpart"))
        self.counterpart.setPlaceholderText(self.tr("t.ex. Uppsala Kvinnojour"))
        add_row(
            self.form,
            self.tr("&Motpart:"),
            self.errors.wrap("counterpart", self.counterpart, self.content),
            self.counterpart,
        )
        self.title = QLineEdit(self.content)
        self.title.setAccessibleName(self.tr("Avtalets benämning"))
        add_row(
            self.form,
            self.tr("&Benämning:"),
            self.errors.wrap("title", self.title, self.content),
            self.title,
        )
        self.valid_from = date_edit(today, self.tr("Gäller från"), self.content)
        add_row(
            self.form,
            self.tr("Gäller &från:"),
            self.errors.wrap("valid_from", self.valid_from, self.content),
            self.valid_from,
        )
        self.valid_until = OptionalDateEdit(
            self.tr("Gäller till och med"),
            self.tr("Sista giltighetsdag"),
            today,
            self.content,
        )
        self.valid_until.setToolTip(self.tr("Utan slutdatum gäller avtalet tills vidare."))
        self.form.addRow(
            self.tr("Gäller till:"),
            self.errors.wrap("valid_until", self.valid_until, self.content),
        )
        self.quota = _QuotaInput(self.content)
        self.form.addRow(
            self.tr("Lägenheter per år:"),
            self.errors.wrap("flats_per_year", self.quota, self.content),
        )
        self.notes = QPlainTextEdit(self.content)
        self.notes.setAccessibleName(self.tr("Anteckningar om avtalet"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        add_row(
            self.form,
            self.tr("&Anteckningar:"),
            self.errors.wrap("notes", self.notes, self.content),
            self.notes,
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if agreement_id is not None:
            self._load(agreements.get_agreement(session, agreement_id))
        self._kind_changed()
        self.kind.setFocus()

    def _load(self, agreement: Agreement) -> None:
        self.kind.setCurrentIndex(self.kind.findData(agreement.kind))
        self.counterpart.setText(agreement.counterpart)
        self.title.setText(agreement.title)
        self.valid_from.setDate(to_qdate(agreement.valid_from))
        self.valid_until.set_value(agreement.valid_until)
        self.quota.set_value(agreement.flats_per_year)
        self.notes.setPlainText(agreement.notes)

    def _kind_changed(self) -> None:
        kind: AgreementKind = self.kind.currentData()
        # A quota belongs to the Kvinnojour agreement (and other agreements); the domain says
        # so if one is given anyway, so the input is only switched off when it is empty.
        self.quota.setEnabled(kind.may_set_quota or self.quota.value() is not None)

    def save(self) -> None:
        agreement = Agreement(
            id=self.agreement_id,
            kind=self.kind.currentData(),
            counterpart=self.counterpart.text(),
            title=self.title.text(),
            valid_from=from_qdate(self.valid_from.date()),
            valid_until=self.valid_until.value(),
            flats_per_year=self.quota.value(),
            notes=self.notes.toPlainText(),
        )
        if self.agreement_id is None:
            self.agreement = agreements.create_agreement(self.session, agreement)
        else:
            self.agreement = agreements.update_agreement(self.session, agreement)


class _QuotaInput(QWidget):
    """A number of flats a year that may be left out (the agreement sets no quota)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Avtalet anger &högst"), self)
        self.check.setAccessibleName(self.tr("Avtalet anger ett antal lägenheter per år"))
        self.count = QSpinBox(self)
        self.count.setRange(0, MAX_FLATS_PER_YEAR)
        self.count.setValue(2)
        self.count.setSuffix(self.tr(" lägenheter per kalenderår"))
        self.count.setAccessibleName(self.tr("Antal lägenheter per år"))
        self.count.setEnabled(False)
        self.check.toggled.connect(self.count.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.count)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> int | None:
        return self.count.value() if self.check.isChecked() else None

    def set_value(self, flats: int | None) -> None:
        self.check.setChecked(flats is not None)
        if flats is not None:
            self.count.setValue(flats)
