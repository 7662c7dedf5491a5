"""Shows the domain's FieldErrors in red right below the input they belong to."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

# Dark red that keeps a 4.5:1 contrast on light backgrounds; the text itself says what is wrong.
ERROR_COLOR = "#b3261e"
ERROR_STYLE = f"color: {ERROR_COLOR};"
# The lighter red that keeps that contrast on a dark theme's background.
ERROR_COLOR_ON_DARK = "#ff8a80"
_INDEX = re.compile(r"\[\d+\]$")


def error_color(widget: QWidget) -> QColor:
    """The red for marked rows and cells on `widget` (overdue dates, a damaged backup): the
    lighter red on a dark theme keeps the contrast the dark red has on a light one."""
    if widget.palette().color(QPalette.ColorRole.Base).lightness() < 128:
        return QColor(ERROR_COLOR_ON_DARK)
    return QColor(ERROR_COLOR)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, wrapping red label for one or more messages."""
    label = PlainLabel(parent=parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class FieldErrors:
    """Maps FieldError.field (``real_address.postal_code``, ``children[0].birth_year``) to inputs.

    ``wrap(field, input)`` returns a small container with the input and its hidden error label
    under it; put that container in the layout. Errors whose field has no input (nor a registered
    parent field) go to the general label.
    """

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._inputs: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._descriptions: dict[str, str] = {}

    def wrap(self, field: str, widget: QWidget, parent: QWidget | None = None) -> QWidget:
        box = QWidget(parent)
        # Never taller than input + message: a form's spare height must not pull them apart.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = error_label(box)
        layout.addWidget(label)
        self.register(field, widget, label)
        return box

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        """Use an error label placed by the caller (e.g. one under a whole row of inputs)."""
        self._inputs[field] = widget
        self._labels[field] = label
        self._descriptions[field] = widget.accessibleDescription()

    def unregister(self, field: str) -> None:
        for registry in (self._inputs, self._labels, self._descriptions):
            registry.pop(field, None)

    def clear(self) -> None:
        for field, label in self._labels.items():
            label.clear()
            label.hide()
            self._inputs[field].setAccessibleDescription(self._descriptions[field])
        self._general.clear()
        self._general.hide()

    def show(self, errors: ValidationError | Iterable[FieldError]) -> list[FieldError]:
        """Show every error; return those that had no input of their own (shown in general)."""
        self.clear()
        items = errors.errors if isinstance(errors, ValidationError) else tuple(errors)
        by_field: dict[str, list[str]] = {}
        unmatched: list[FieldError] = []
        for error in items:
            target = self.target(error.field)
            if target is None:
                unmatched.append(error)
            else:
                by_field.setdefault(target, []).append(domain_text(error.message))
        # Several inputs may share one label (postal code and town under one address row).
        by_label: dict[int, tuple[QLabel, list[str]]] = {}
        for field, messages in by_field.items():
            label = self._labels[field]
            by_label.setdefault(id(label), (label, []))[1].extend(messages)
            self._inputs[field].setAccessibleDescription("\n".join(dict.fromkeys(messages)))
        for label, messages in by_label.values():
            label.setText("\n".join(dict.fromkeys(messages)))
            label.show()
        self.show_general([domain_text(e.message) for e in unmatched])
        first = next(iter(by_field), None)
        if first is not None:
            self._inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return unmatched

    def show_general(self, messages: Iterable[str]) -> None:
        text = "\n".join(dict.fromkeys(messages))
        self._general.setText(text)
        self._general.setVisible(bool(text))

    def target(self, field: str) -> str | None:
        """The registered field that shows ``field``: itself, else its nearest parent."""
        candidate = field
        while candidate:
            if candidate in self._inputs:
                return candidate
            if _INDEX.search(candidate):
                candidate = _INDEX.sub("", candidate)
            elif "." in candidate:
                candidate = candidate.rsplit(".", 1)[0]
            else:
                return None
        return None

    def message(self, field: str) -> str:
        """The text shown under ``field`` now ("" when none); for tests and screen readers."""
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    @property
    def general_text(self) -> str:
        return self._general.text()
