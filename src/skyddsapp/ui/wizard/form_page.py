"""The base of the new-case wizard's pages: a scrolling body, field errors and a general error."""

from __future__ import annotations

from typing import ClassVar, Protocol

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError
from skyddsapp.services.context import Session
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label


class CaseWizard(Protocol):
    """What the pages ask of the wizard that holds them. The wizard imports its pages; the pages
    know the wizard only through this, so the import graph has no circle."""

    CLIENT_KEY: ClassVar[int]

    def kind(self) -> CaseKind: ...

    def tenant_choices(self) -> list[tuple[int, str]]: ...

    def client_children_count(self) -> int: ...

    def summary_lines(self) -> list[str]: ...

    def create_case(self) -> bool: ...


class WizardFormPage(QWizardPage):
    """Pages put their inputs in ``self.body`` (inside a scroll area, for 1366×768) and show the
    domain's messages with ``self.errors``; ``validatePage`` returns False while any remain."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        # Long lines are hard to read on a wide screen; the form keeps a readable width.
        self.body.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)
        self.general_error = error_label(self)
        outer.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)

    def case_wizard(self) -> CaseWizard:
        return self.wizard()  # type: ignore[return-value]

    def show_errors(self, errors: tuple[FieldError, ...]) -> list[FieldError]:
        """Show the errors this page has an input for; return the others (for another page)."""
        mine = [e for e in errors if self.errors.target(e.field) is not None]
        self.errors.show(mine)
        return [e for e in errors if e not in mine]
