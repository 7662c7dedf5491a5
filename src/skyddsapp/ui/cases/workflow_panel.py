"""The case's workflow: steps done, current and next, and one button per step allowed now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.case import Case, EventKind
from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.domain.workflow import CANCELLED_STATE, Transition
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import cases
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.cases.decision_dialog import DecisionDialog
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE, error_label
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

DONE, CURRENT, NEXT, LATER = "✓", "●", "○", "·"


def visited_states(case: Case) -> list[str]:
    """The states the case has been in, replayed from its recorded workflow steps."""
    workflow = workflow_for(case.kind)
    state = workflow.initial_state
    visited = [state]
    for event in case.events:
        if event.kind is not EventKind.TRANSITION or event.action is None:
            continue
        step = next((t for t in workflow.transitions_from(state) if t.action == event.action), None)
        if step is not None:
            state = step.to_state
            visited.append(state)
    return visited


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class WorkflowPanel(QScrollArea):
    """Takes workflow steps, records decisions and notes through the services; emits
    ``changed(case_id)`` after each saved change."""

    changed = Signal(int)

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Arbetsflöde"))
        self.action_buttons: dict[str, QPushButton] = {}
        self.missing_labels: dict[str, QLabel] = {}
        self.step_labels: dict[str, QLabel] = {}
        self.active_dialog: QDialog | None = None
        self.error = error_label()

    def show_case(self, case: Case, steps: list[tuple[Transition, list[str]]]) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(bold(PlainLabel(self.tr("Arbetsflöde"), content)))
        self._steps(case, layout, content)
        layout.addSpacing(8)
        layout.addWidget(bold(PlainLabel(self.tr("Nästa steg"), content)))
        self.action_buttons = {}
        self.missing_labels = {}
        if not steps:
            layout.addWidget(PlainLabel(self.tr("Ärendet är avslutat."), content))
        for transition, missing in steps:
            layout.addWidget(self._action(transition, missing, content))
        self.error = error_label(content)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(bold(PlainLabel(self.tr("Registrera"), content)))
        self.decision_button = QPushButton(self.tr("Nytt &beslut …"), content)
        self.decision_button.clicked.connect(self.new_decision)
        self.note_button = QPushButton(self.tr("&Anteckning …"), content)
        self.note_button.clicked.connect(self.new_note)
        layout.addWidget(self.decision_button)
        layout.addWidget(self.note_button)
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()  # a button of it may be the sender of the click that got us here
        self.setWidget(content)

    def _steps(self, case: Case, layout: QVBoxLayout, parent: QWidget) -> None:
        workflow = workflow_for(case.kind)
        visited = set(visited_states(case))
        upcoming = {t.to_state for t in workflow.transitions_from(case.state)}
        self.step_labels = {}
        for step in workflow.steps:
            if step.id == CANCELLED_STATE and case.state != CANCELLED_STATE:
                continue
            name = domain_text(step.label)
            if step.id == case.state:
                text = self.tr("{0} {1} (nu)").format(CURRENT, name)
            elif step.id in visited:
                text = self.tr("{0} {1} (klart)").format(DONE, name)
            elif step.id in upcoming:
                text = self.tr("{0} {1} (nästa)").format(NEXT, name)
            else:
                text = f"{LATER} {name}"
            label = PlainLabel(text, parent)
            label.setWordWrap(True)
            if step.id == case.state:
                bold(label)
            elif step.id not in visited and step.id not in upcoming:
                label.setEnabled(False)  # dimmed, and the missing mark says the same
            self.step_labels[step.id] = label
            layout.addWidget(label)

    def _action(self, transition: Transition, missing: list[str], parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        text = domain_text(transition.label)
        if transition.needs_reason:
            text = self.tr("{0} …").format(text)
        button = QPushButton(text, box)
        button.setAccessibleName(domain_text(transition.label))
        button.clicked.connect(lambda _=False, t=transition: self.request_step(t))
        layout.addWidget(button)
        self.action_buttons[transition.action] = button
        if missing:
            button.setEnabled(False)
            messages = [domain_text(m) for m in missing]
            button.setToolTip(self.tr("Saknas:") + "\n• " + "\n• ".join(messages))
            label = PlainLabel(self.tr("Saknas:") + "\n• " + "\n• ".join(messages), box)
            label.setWordWrap(True)
            label.setStyleSheet(ERROR_STYLE)
            button.setAccessibleDescription(label.text())
            layout.addWidget(label)
            self.missing_labels[transition.action] = label
        return box

    def request_step(self, transition: Transition) -> None:
        if not transition.needs_reason:
            self.take_step(transition.action)
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(domain_text(transition.label))
        dialog.setLabelText(self.tr("Motivering (sparas i ärendets händelser):"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Utför"))
        dialog.setCancelButtonText(self.tr("Avbryt"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda reason, action=transition.action: self.take_step(action, reason)
        )
        self._open(dialog)

    def take_step(self, action: str, reason: str = "") -> bool:
        if self.session.vault.is_locked:
            return False
        try:
            cases.take_step(self.session, self.case_id, action, reason=reason)
        except (DomainError, ServiceError) as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.changed.emit(self.case_id)
        return True

    def new_decision(self) -> None:
        dialog = DecisionDialog(self.session, self.case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._saved)
        self._open(dialog)

    def new_note(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Anteckning"))
        dialog.setLabelText(self.tr("Anteckning i ärendets händelser:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setOkButtonText(self.tr("Spara"))
        dialog.setCancelButtonText(self.tr("Avbryt"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.add_note)
        self._open(dialog)

    def add_note(self, text: str) -> bool:
        if self.session.vault.is_locked:
            return False
        try:
            cases.add_note(self.session, self.case_id, text)
        except ValidationError as error:
            self.error.setText("\n".join(e.message for e in error.errors))
            self.error.show()
            return False
        self.changed.emit(self.case_id)
        return True

    def _saved(self) -> None:
        if not self.session.vault.is_locked:
            self.changed.emit(self.case_id)

    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): a lock may reject the dialog at any moment without a nested loop.
        self.active_dialog = dialog
        dialog.open()
