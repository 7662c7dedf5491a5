"""Ny blankett, step 2: the form's own fields, built from its spec, then `documents.generate`.

The form's warnings for this case (12 kap. 47 § JB before a lease is given notice, say) are shown
at the top, on screen only: they never reach the paper.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QVBoxLayout, QWidget

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.services import documents
from skyddsapp.services.context import Session
from skyddsapp.services.documents import GeneratedDocument
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.cases.case_data import warning_label
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.option_inputs import OptionInput, option_input
from skyddsapp.ui.widgets.plain_text import PlainLabel

if TYPE_CHECKING:
    from skyddsapp.documents.forms import FormSpec

ISSUER_FIELD = "issuer"
HELP_STYLE = "color: palette(placeholder-text);"


class FormOptionsDialog(FormDialog):
    """One input per OptionField, errors under them; ``generated`` is set once OK succeeded.

    When the case lacks something (MissingData) the list is shown and nothing is stored. The
    issuer can be chosen only among those the form allows (the row is hidden when there is one).
    """

    def __init__(
        self,
        session: Session,
        case_id: int,
        spec: FormSpec,
        file: CaseFile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Ny blankett – {0}").format(domain_text(spec.title)))
        self.case_id = case_id
        self.spec = spec
        self.generated: GeneratedDocument | None = None
        self.inputs: dict[str, OptionInput] = {}
        self.missing_items: list[str] = []
        """What the case lacks, as listed to the user ([] when nothing is missing)."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Skapa"))
        self.warnings = [warning_label(domain_text(text), self) for text in spec.warnings(file)]
        outer = self.outer
        for index, label in enumerate(self.warnings):
            label.setAccessibleName(self.tr("Varning"))
            outer.insertWidget(index, label)
        if spec.description:
            intro = PlainLabel(domain_text(spec.description), self.content)
            intro.setWordWrap(True)
            self.form.addRow(intro)
        self.issuer = QComboBox(self.content)
        self.issuer.setAccessibleName(self.tr("Utfärdare"))
        for issuer in spec.issuers:  # the default first
            self.issuer.addItem(issuer.value, issuer)
        self.issuer_row = self.errors.wrap(ISSUER_FIELD, self.issuer, self.content)
        add_row(self.form, self.tr("&Utfärdare:"), self.issuer_row, self.issuer)
        self.form.setRowVisible(self.issuer_row, len(spec.issuers) > 1)
        self.missing = warning_label("", self)
        self.missing.setTextFormat(Qt.TextFormat.RichText)  # a list; each item escaped
        self.missing.setAccessibleName(self.tr("Uppgifter som saknas"))
        self.missing.hide()
        outer.insertWidget(outer.indexOf(self.general_error), self.missing)
        try:
            fields = spec.fields(file)
        except MissingData as error:
            fields = ()
            self.show_missing(error)
        for field in fields:
            self._add_field(field, file)
        if not fields and self.missing.isHidden():
            note = PlainLabel(
                self.tr("Blanketten fylls i med uppgifterna i ärendet."), self.content
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.widget.setFocus()
        elif len(spec.issuers) > 1:
            self.issuer.setFocus()

    def _add_field(self, field: Any, file: CaseFile) -> None:
        made = option_input(field, file.today, self.content)
        self.inputs[field.name] = made
        wrapped = self.errors.wrap(field.name, made.widget, self.content)
        if field.help:
            help_label = PlainLabel(domain_text(field.help), wrapped)
            help_label.setWordWrap(True)
            help_label.setStyleSheet(HELP_STYLE)
            column = wrapped.layout()
            assert isinstance(column, QVBoxLayout)  # FieldErrors.wrap: input, then message
            column.insertWidget(1, help_label)
        if made.labelled:
            add_row(
                self.form, self.tr("{0}:").format(domain_text(field.label)), wrapped, made.widget
            )
        else:
            self.form.addRow("", wrapped)

    def values(self) -> dict[str, Any]:
        return {name: made.value() for name, made in self.inputs.items()}

    def save(self) -> None:
        issuer = self.issuer.currentData()
        self.generated = documents.generate(
            self.session, self.case_id, self.spec.id, self.values(), issuer=issuer
        )

    def try_save(self) -> None:
        """As FormDialog's, and MissingData is listed in full, not as one long sentence."""
        if self.session.vault.is_locked:
            self.reject()
            return
        self.errors.clear()
        self.missing.hide()
        self.missing_items = []
        try:
            self.save()
        except MissingData as error:
            self.show_missing(error)
            return
        except ValidationError as error:
            self.errors.show(error)
            if self.errors.message(ISSUER_FIELD):  # a refusal must be seen, even of the only one
                self.form.setRowVisible(self.issuer_row, True)
            return
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.accept()

    def show_missing(self, error: MissingData) -> None:
        self.missing_items = [domain_text(item) for item in error.items]
        items = "".join(f"<li>{html.escape(item)}</li>" for item in self.missing_items)
        heading = html.escape(self.tr("Det saknas:"))
        advice = html.escape(
            self.tr(
                "Komplettera ärendet och försök igen. Ingen blankett har skapats eller sparats."
            )
        )
        self.missing.setText(f"<p><b>⚠ {heading}</b></p><ul>{items}</ul><p>{advice}</p>")
        self.missing.show()
