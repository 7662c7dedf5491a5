"""Bekräfta gallring: names how many cases of each kind go and what goes with them, and asks
the administrator to type that number before the purge may start."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.retention import confirmation_matches
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class RetentionConfirmDialog(QDialog):
    """Accepted only once the number typed is the number of cases; opened with open()."""

    def __init__(self, counts: Mapping[CaseKind, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = sum(counts.values())
        self.setWindowTitle(self.tr("Bekräfta gallring"))
        self.setMinimumWidth(560)
        per_kind = "\n".join(
            self.tr("• {0}: {1}").format(domain_text(kind.label), n) for kind, n in counts.items()
        )
        heading = PlainLabel(
            self.tr("Ärenden att gallra: {0}.").format(self.count) + "\n" + per_kind, self
        )
        heading.setWordWrap(True)
        consequences = PlainLabel(
            self.tr(
                "Ärendena raderas för alltid ur valvet med sina händelser, beslut, dokument, "
                "skanningar och sin historik, och likaså personer och kontrakt som inte hör till "
                "något annat ärende. Säkerhetskopiorna från schemauppdateringar i valvets mapp "
                "tas också bort, eftersom de innehåller ärendena. Granskningsloggen får en post "
                "med antalet ärenden per ärendetyp, utan ärendenummer eller namn."
            ),
            self,
        )
        consequences.setWordWrap(True)
        warning = PlainLabel(
            self.tr(
                "Säkerhetskopior som redan finns på andra diskar innehåller fortfarande "
                "ärendena: ersätt dem med en ny säkerhetskopia efter gallringen."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_STYLE)
        self.number_edit = QLineEdit(self)
        self.number_edit.setAccessibleName(self.tr("Antal ärenden att gallra"))
        self.number_edit.setMaxLength(9)
        prompt = PlainLabel(
            self.tr("Skriv antalet ärenden, &{0}, för att bekräfta:").format(self.count), self
        )
        prompt.setBuddy(self.number_edit)
        self.buttons = QDialogButtonBox(self)
        self.purge_button = self.buttons.addButton(
            self.tr("&Gallra"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("&Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setDefault(True)
        self.purge_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(consequences)
        layout.addWidget(warning)
        layout.addWidget(prompt)
        layout.addWidget(self.number_edit)
        layout.addWidget(self.buttons)
        self.number_edit.textChanged.connect(self._typed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number_edit.setFocus()

    def _typed(self, text: str) -> None:
        ready = confirmation_matches(text, self.count)
        self.purge_button.setEnabled(ready)
        self.purge_button.setDefault(ready)
        self.cancel_button.setDefault(not ready)

    def accept(self) -> None:
        if confirmation_matches(self.number_edit.text(), self.count):
            super().accept()
