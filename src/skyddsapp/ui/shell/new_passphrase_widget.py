"""Choosing a new passphrase: two fields, a live strength meter, and the enforced minimum."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from skyddsapp.domain.passphrase_strength import PassphraseStrength, estimate
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

_BAR_COLOURS = ("#b3261e", "#b3261e", "#b26a00", "#2e7d32", "#2e7d32")


class NewPassphraseWidget(QWidget):
    """Emits `changed` on every keystroke; `acceptable` once strong enough and confirmed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: list[str] = []
        self._strength = estimate("")

        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Ny lösenfras"))
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Bekräfta lösenfrasen"))
        self.show_check = QCheckBox(self.tr("&Visa lösenfrasen"), self)
        self.show_check.setAccessibleName(self.tr("Visa lösenfrasen"))

        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Lösenfrasens styrka"))
        self.strength_label = PlainLabel(parent=self)
        self.feedback_label = PlainLabel(parent=self)
        self.feedback_label.setWordWrap(True)
        self.mismatch_label = PlainLabel(parent=self)
        self.mismatch_label.setStyleSheet("color: #b3261e;")
        self.mismatch_label.setWordWrap(True)

        meter = QHBoxLayout()
        meter.addWidget(self.bar, 1)
        meter.addWidget(self.strength_label)
        self.form = form = QFormLayout(self)  # open, so a dialog can add rows that line up
        form.setContentsMargins(0, 0, 0, 0)
        first = PlainLabel(self.tr("&Lösenfras:"), self)
        first.setBuddy(self.passphrase_edit)
        second = PlainLabel(self.tr("&Bekräfta:"), self)
        second.setBuddy(self.confirm_edit)
        form.addRow(first, self.passphrase_edit)
        form.addRow(second, self.confirm_edit)
        form.addRow("", self.mismatch_label)
        form.addRow("", self.show_check)
        form.addRow(self.tr("Styrka:"), meter)
        form.addRow("", self.feedback_label)
        self.setTabOrder(self.passphrase_edit, self.confirm_edit)
        self.setTabOrder(self.confirm_edit, self.show_check)

        self.passphrase_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self.show_check.toggled.connect(self._show_plain)
        self._update()

    def set_context(self, words: Iterable[str]) -> None:
        """Words the estimate should treat as easy to guess: the user's own names."""
        self._context = [w for w in words if w]
        self._update()

    @property
    def strength(self) -> PassphraseStrength:
        return self._strength

    @property
    def matches(self) -> bool:
        return self.passphrase_edit.text() == self.confirm_edit.text()

    @property
    def acceptable(self) -> bool:
        return self._strength.acceptable and self.matches

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.show_check.setChecked(False)

    def _show_plain(self, plain: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if plain else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _update(self) -> None:
        self._strength = strength = estimate(self.passphrase_edit.text(), self._context)
        self.bar.setValue(strength.score if self.passphrase_edit.text() else 0)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {_BAR_COLOURS[strength.score]}; }}"
        )
        label = domain_text(strength.label)
        if strength.acceptable:
            self.strength_label.setText(self.tr("{0} – godkänd").format(label))
        else:
            self.strength_label.setText(self.tr("{0} – inte godkänd").format(label))
        self.bar.setAccessibleDescription(self.strength_label.text())
        self.feedback_label.setText("\n".join(domain_text(line) for line in strength.feedback))
        mismatch = bool(self.confirm_edit.text()) and not self.matches
        self.mismatch_label.setText(self.tr("Lösenfraserna är inte lika.") if mismatch else "")
        self.mismatch_label.setVisible(mismatch)
        self.changed.emit()
