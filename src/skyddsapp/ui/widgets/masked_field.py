"""One personal detail on screen: masked for protected persons until revealed with a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from skyddsapp.domain.person import ProtectedField
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.plain_text import PlainLabel

MASK = "••••••"
REVEAL_KEYS = "Ctrl+Shift+R"
COPY_KEYS = "Ctrl+Shift+C"


class MaskedField(QWidget):
    """Shows ``MASK`` and a Visa button, or ``value`` when the services did not mask it.

    A revealed value lives only in this widget: ``mask()``, a rebuilt case view or a lock
    (which destroys the view) take it away. Copying always goes through SecretClipboard, so
    the value is hidden from clipboard managers and cleared after 30 seconds.
    """

    revealed = Signal()

    def __init__(
        self,
        session: Session,
        person_id: int,
        field: ProtectedField | str,
        masked: bool,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
        *,
        value: str | None = None,
        has_value: bool = True,
        name: str = "",
        reveal: Callable[[Any, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._reveal = reveal
        self.session = session
        self.person_id = person_id
        self.field = field
        self.masked = masked
        self.clipboard = clipboard
        self._value: str | None = None
        self._has_value = has_value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = PlainLabel(parent=self)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 16))
        self.label.setAccessibleName(name)
        layout.addWidget(self.label)
        self.reveal_button = QPushButton(self.tr("Visa"), self)
        self.reveal_button.setToolTip(
            self.tr("Visa uppgiften: du anger ett skäl och visningen loggas ({0})").format(
                REVEAL_KEYS
            )
        )
        self.reveal_button.setAccessibleName(self.tr("Visa {0}").format(name))
        self.reveal_button.clicked.connect(self.toggle)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignTop)
        self.copy_button = QPushButton(self.tr("Kopiera"), self)
        self.copy_button.setToolTip(
            self.tr("Kopiera; urklippet töms efter 30 sekunder ({0})").format(COPY_KEYS)
        )
        self.copy_button.setAccessibleName(self.tr("Kopiera {0}").format(name))
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        for keys, slot in ((REVEAL_KEYS, self.toggle), (COPY_KEYS, self.copy)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        if not masked:
            self._value = value or ""
            self._has_value = bool(value)
        self._render()

    @property
    def is_revealed(self) -> bool:
        return self.masked and self._value is not None

    def text(self) -> str:
        return self.label.text()

    def toggle(self) -> None:
        if not self.masked or not self._has_value:
            return
        if self.is_revealed:
            self.mask()
        else:
            self.reveal()

    def reveal(self) -> bool:
        """Ask for a reason and show the value; False when cancelled (or the app locked)."""
        if not self.masked or self.is_revealed:
            return self._value is not None
        dialog = RevealDialog(self.session, self.person_id, [self.field], self, reveal=self._reveal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if self.session.vault.is_locked:
            return False  # the lock may already have destroyed this view: touch nothing
        values = dialog.values
        dialog.deleteLater()
        if not accepted:
            return False
        self._value = values.get(self.field, "")
        self._render()
        self.revealed.emit()
        return True

    def mask(self) -> None:  # type: ignore[override]  # QWidget.mask is not virtual
        if self.masked:
            self._value = None
            self._render()

    def copy(self) -> None:
        if self._value:
            self.clipboard.copy(self._value)

    def _render(self) -> None:
        shown = self._value is not None
        if not self._has_value or (shown and not self._value):
            self.label.setText(self.tr("–  (saknas)"))
        else:
            self.label.setText(self._value if self._value is not None else MASK)
        self.label.setAccessibleDescription(
            self.tr("Dold uppgift; välj Visa och ange ett skäl.")
            if self.masked and not shown
            else ""
        )
        selectable = (
            Qt.TextInteractionFlag.TextSelectableByMouse
            if shown and not self.masked
            else Qt.TextInteractionFlag.NoTextInteraction
        )
        self.label.setTextInteractionFlags(selectable)
        self.reveal_button.setVisible(self.masked and self._has_value)
        self.reveal_button.setText(self.tr("Dölj") if self.is_revealed else self.tr("Visa"))
        self.copy_button.setVisible(self._has_value)
        self.copy_button.setEnabled(bool(self._value))
