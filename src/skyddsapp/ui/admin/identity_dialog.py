"""Valvets identitet (administrators): the vault's identity card for sealed hand-overs, and the
peer vaults it trusts.

Before the identity exists the dialog asks for the vault's name and makes it; after, it shows
the card: the name and the 30-digit fingerprint, large, in the groups of five the two
administrators read aloud to each other. Below is the list of trusted vaults and "Lägg till
valv…" (`identity_peer_dialog`). Every text here is shown as plain text: a peer's name came
from a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.domain.identity_card import IdentityCard
from skyddsapp.services import identities
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.identities import PeerVault
from skyddsapp.ui.admin.identity_card_flow import IdentityCardFlow
from skyddsapp.ui.admin.identity_peer_dialog import AddPeerDialog
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.form_widgets import add_row, form_layout
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.list_table import empty_overlay, set_up_list, size_columns
from skyddsapp.ui.widgets.plain_text import PlainLabel

NAME_EXAMPLE = "Nexus, Uppsala kommun"


def fingerprint_rows(fingerprint: str) -> str:
    """The six groups on two lines of three, as on the printed card."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])


def _fixed_font(scale: float, parent: QWidget) -> QFont:
    """A monospaced, bold font `scale` times the widget's: digits line up in their groups."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(parent.font().pointSizeF() * scale)
    font.setBold(True)
    return font


class IdentityDialog(QDialog):
    """Opened with open(), not exec(); a lock closes it like every dialog. ``changed`` is
    emitted after the identity is made or a peer is added."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs
        self.card: IdentityCard | None = None
        self.peers: list[PeerVault] = []
        self.peer_dialog: AddPeerDialog | None = None
        self.card_flow = IdentityCardFlow(session, dialogs, parent=self)
        # Generic on purpose: titles reach task bars; the vault's name is shown inside.
        self.setWindowTitle(self.tr("Valvets identitet"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.addWidget(self._create_box())
        layout.addWidget(self._card_box())
        layout.addWidget(self._peers_box(), 1)
        self.status = PlainLabel(parent=self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Resultat"))
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.finished.connect(self._forget)
        self.reload()
        self.resize(820, 640)

    # ----------------------------------------------------------------- building

    def _create_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Skapa valvets identitet"), self)
        layout = QVBoxLayout(box)
        intro = PlainLabel(
            self.tr(
                "Valvet har ingen identitet ännu. Den behövs för att skicka och ta emot "
                "förseglade överlämningar med ett annat valv. Ge valvet ett namn som det andra "
                "valvets administratör känner igen. Namnet står på identitetskortet och kan "
                "inte ändras efteråt."
            ),
            box,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form_host = QWidget(box)
        form = form_layout(form_host)
        self.name_edit = QLineEdit(form_host)
        self.name_edit.setPlaceholderText(self.tr("t.ex. {0}").format(NAME_EXAMPLE))
        self.name_edit.setAccessibleName(self.tr("Valvets namn"))
        self.name_edit.setMaxLength(200)  # the domain names the limit (100) in its message
        self.create_general = error_label(box)
        self.create_errors = FieldErrors(self.create_general)
        add_row(
            form,
            self.tr("Valvets &namn:"),
            self.create_errors.wrap("name", self.name_edit, form_host),
            self.name_edit,
        )
        layout.addWidget(form_host)
        layout.addWidget(self.create_general)
        self.create_button = QPushButton(self.tr("S&kapa identitet"), box)
        self.create_button.clicked.connect(self.create_identity)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.create_box = box
        return box

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identitetskort"), self)
        layout = QVBoxLayout(box)
        self.name_label = PlainLabel(parent=box)
        self.name_label.setAccessibleName(self.tr("Valvets namn"))
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name_label)
        caption = PlainLabel(self.tr("Fingeravtryck (läs upp i grupper om fem siffror):"), box)
        layout.addWidget(caption)
        self.fingerprint_label = PlainLabel(parent=box)
        self.fingerprint_label.setAccessibleName(self.tr("Fingeravtryck"))
        self.fingerprint_label.setFont(_fixed_font(2.0, self))
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint_label.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.fingerprint_label)
        hint = PlainLabel(
            self.tr(
                "Kortet innehåller bara offentliga nycklar. Ge det till det andra valvets "
                "administratör, som jämför fingeravtrycket med dig i telefon eller på papper."
            ),
            box,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.print_button = QPushButton(self.tr("Skriv &ut kortet…"), box)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: self.card_flow.open(self))
        self.export_button = QPushButton(self.tr("&Exportera kortet…"), box)
        self.export_button.setToolTip(
            self.tr("Spara kortet som textfil att föra över till det andra valvet")
        )
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_card)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.card_box = box
        return box

    def _peers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Betrodda valv"), self)
        layout = QVBoxLayout(box)
        self.table = QTableWidget(0, 4, box)
        set_up_list(self.table, self.tr("Betrodda valv"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Namn"), self.tr("Fingeravtryck"), self.tr("Tillagt"), self.tr("Av")]
        )
        size_columns(
            self.table,
            {
                0: "Uppsalahem AB, Uppsala",
                1: "00000 00000 00000 00000 00000 00000",
                2: "2026-12-06",
            },
        )
        self.empty_label = empty_overlay(self.table)
        self.empty_label.setText(
            self.tr("Inga andra valv är tillagda. Lägg till det valv ni ska utbyta ärenden med.")
        )
        layout.addWidget(self.table, 1)
        self.add_button = QPushButton(self.tr("&Lägg till valv…"), box)
        self.add_button.setToolTip(
            self.tr("Läs in det andra valvets identitetskort och jämför fingeravtrycket")
        )
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_peer)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # ----------------------------------------------------------------- showing

    def reload(self) -> None:
        """Read the card and the peers again and show them."""
        if self.session.vault.is_locked:
            return
        vault = self.session.vault
        self.card = identities.own_card(vault)
        self.peers = identities.peers(vault)
        has_card = self.card is not None
        self.create_box.setVisible(not has_card)
        self.card_box.setVisible(has_card)
        # Enter in the name makes the identity; once made, Enter closes.
        self.create_button.setDefault(not has_card)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(has_card)
        if self.card is not None:
            self.name_label.setText(self.card.name)
            self.fingerprint_label.setText(fingerprint_rows(self.card.fingerprint))
            self.fingerprint_label.setAccessibleDescription(self.card.fingerprint)
        else:
            self.name_label.clear()
            self.fingerprint_label.clear()
        self.table.setRowCount(len(self.peers))
        for row, peer in enumerate(self.peers):
            values = (
                peer.card.name,
                peer.card.fingerprint,
                peer.imported_at[:10],
                peer.imported_by,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)  # item text is never read as rich text
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 2:
                    item.setToolTip(peer.imported_at)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.peers)
        (self.name_edit if not has_card else self.add_button).setFocus()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ----------------------------------------------------------------- actions

    def create_identity(self) -> None:
        if self.session.vault.is_locked:
            self.reject()
            return
        self.create_errors.clear()
        try:
            identities.create_identity(self.session.vault, self.name_edit.text())
        except ValidationError as error:
            self.create_errors.show(error)
            return
        except (DomainError, ServiceError) as error:
            self.create_errors.show_general([error_text(error)])
            return
        self.name_edit.clear()
        self.reload()
        self.show_status(
            self.tr(
                "Valvets identitet är skapad. Skriv ut eller exportera kortet och jämför "
                "fingeravtrycket med det andra valvets administratör."
            )
        )
        self.print_button.setFocus()
        self.changed.emit()

    def export_card(self) -> None:
        if self.card_flow.export_text(self):
            self.show_status(
                self.tr(
                    "Kortet är sparat som {0}. Filen innehåller bara offentliga nycklar."
                ).format(self.card_flow.saved)
            )

    def add_peer(self) -> None:
        if self.session.vault.is_locked:
            return
        dialog = AddPeerDialog(self.session, self, dialogs=self.dialogs)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._peer_added(dialog))
        self.peer_dialog = dialog
        dialog.open()

    def _peer_added(self, dialog: AddPeerDialog) -> None:
        if self.session.vault.is_locked:
            return
        self.reload()
        added = dialog.added
        if added is not None:
            self.show_status(self.tr("{0} är tillagt som betrott valv.").format(added.card.name))
            for row, peer in enumerate(self.peers):
                if peer.id == added.id:
                    self.table.selectRow(row)
        self.changed.emit()

    def _forget(self) -> None:
        self.card = None
        self.peers = []
        self.table.setRowCount(0)
