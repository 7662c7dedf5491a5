"""Lägg till valv: trust another vault's identity card once its fingerprint has been compared.

The card comes as a file (or its text pasted). The dialog shows the name on it, then asks the
administrator to TYPE the fingerprint as the other vault's administrator reads it aloud, or as
printed on their paper card: the fingerprint in the file proves nothing, since whoever could
swap the file could swap it too. A mismatch is refused with the service's message under the
field and nothing is stored. Everything read from the card is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.identity_card import parse_card
from skyddsapp.services import identities
from skyddsapp.services.context import Session
from skyddsapp.services.identities import PeerVault
from skyddsapp.ui.cases.handover_files import MAX_CARD_FILE, card_dialogs
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.field_errors import error_label
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

# The card's own problems (not a card, a damaged key) are shown under the card's text.
CARD_FIELDS = ("card", "name", "seal_key", "verify_key")


class AddPeerDialog(FormDialog):
    """``added`` is the peer stored when the dialog was accepted."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(session, self.tr("Lägg till valv"), parent)
        self.dialogs = dialogs or card_dialogs()
        self.added: PeerVault | None = None
        add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add_button.setText(self.tr("&Lägg till"))
        add_button.setDefault(True)
        intro = PlainLabel(
            self.tr(
                "Läs in det andra valvets identitetskort från en fil, eller klistra in kortets "
                "text."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)

        # The file button, the card's text and its error under it: one field, no taller than
        # its parts (the form's spare height must not pull them apart).
        card_box = QWidget(self.content)
        card_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box_layout = QVBoxLayout(card_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(4)
        self.file_button = QPushButton(self.tr("Läs från &fil…"), card_box)
        self.file_button.setAutoDefault(False)  # Enter adds the vault, never opens a file
        self.file_button.clicked.connect(self.read_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addStretch(1)
        box_layout.addLayout(file_row)
        self.card_edit = QPlainTextEdit(card_box)
        self.card_edit.setAccessibleName(self.tr("Identitetskortets text"))
        self.card_edit.setTabChangesFocus(True)
        self.card_edit.setPlaceholderText("skyddsapp identitetskort v1\nnamn: …")
        self.card_edit.setFixedHeight(self.card_edit.fontMetrics().lineSpacing() * 7)
        self.card_edit.textChanged.connect(self._card_changed)
        box_layout.addWidget(self.card_edit)
        self.card_error = error_label(card_box)
        box_layout.addWidget(self.card_error)
        for field in CARD_FIELDS:
            self.errors.register(field, self.card_edit, self.card_error)
        add_row(self.form, self.tr("&Kort:"), card_box, self.card_edit)

        self.name_label = PlainLabel(self.tr("–"), self.content)
        self.name_label.setAccessibleName(self.tr("Valvets namn på kortet"))
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.form.addRow(self.tr("Valvets namn:"), self.name_label)

        how = PlainLabel(
            self.tr(
                "Ring det andra valvets administratör (eller ta fram deras utskrivna kort) och "
                "låt dem läsa upp fingeravtrycket. Skriv in det här, siffra för siffra. Kopiera "
                "det inte från filen: en förfalskad fil har ett förfalskat fingeravtryck."
            ),
            self.content,
        )
        how.setWordWrap(True)
        self.form.addRow(how)
        self.fingerprint_edit = QLineEdit(self.content)
        self.fingerprint_edit.setAccessibleName(self.tr("Fingeravtryck som det lästes upp"))
        self.fingerprint_edit.setPlaceholderText("12345 67890 12345 67890 12345 67890")
        self.fingerprint_edit.setMaxLength(80)
        add_row(
            self.form,
            self.tr("F&ingeravtryck:"),
            self.errors.wrap("fingerprint", self.fingerprint_edit, self.content),
            self.fingerprint_edit,
        )
        self.file_button.setFocus()

    # ----------------------------------------------------------------- the card

    def read_file(self) -> None:
        path = self.dialogs.open_path(
            self,
            self.tr("Läs identitetskort"),
            "",
            self.tr("Identitetskort (*.txt);;Alla filer (*)"),
        )
        if path is None or self.session.vault.is_locked:
            return
        text = self._read(path)
        if text is not None:
            self.card_edit.setPlainText(text)
            self.fingerprint_edit.setFocus()

    def _read(self, path: Path) -> str | None:
        """The file's text, or None after naming the problem under the card."""
        not_a_card = self.tr("Filen är inte ett identitetskort.")
        try:
            with path.open("rb") as file:
                data = file.read(MAX_CARD_FILE + 1)
        except OSError as error:
            self._show_card_error(
                self.tr("Filen kunde inte läsas: {0}").format(
                    error.strerror or type(error).__name__
                )
            )
            return None
        if len(data) > MAX_CARD_FILE:
            self._show_card_error(not_a_card)
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            self._show_card_error(not_a_card)
            return None

    def _show_card_error(self, text: str) -> None:
        self.card_error.setText(text)
        self.card_error.show()
        self.name_label.setText(self.tr("–"))

    def _card_changed(self) -> None:
        """Show the name on the card as soon as it reads as one (the service checks again)."""
        self.card_error.clear()
        self.card_error.hide()
        text = self.card_edit.toPlainText()
        if not text.strip():
            self.name_label.setText(self.tr("–"))
            return
        try:
            found = parse_card(text)
        except ValidationError as error:
            self._show_card_error(error_text(error))
            return
        self.name_label.setText(found.name)

    # ----------------------------------------------------------------- saving

    def save(self) -> None:
        self.added = identities.import_peer(
            self.session.vault, self.card_edit.toPlainText(), self.fingerprint_edit.text()
        )
