"""Frågor i brukarundersökningen (administrators): add, edit, order, retire and remove.

A question with answers keeps its text and kind and can only be retired; the service says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.client_survey import MAX_QUESTION_LENGTH, Question, QuestionKind
from skyddsapp.domain.errors import DomainError
from skyddsapp.services import client_survey
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text, error_text


class QuestionDialog(FormDialog):
    """A new question, or ``question`` edited; ``saved`` is what was stored."""

    def __init__(
        self, session: Session, question: Question | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Ändra fråga") if question else self.tr("Ny fråga"))
        self.question = question
        self.saved: Question | None = None
        self.text = QLineEdit(self.content)
        self.text.setMaxLength(MAX_QUESTION_LENGTH + 50)
        self.text.setAccessibleName(self.tr("Frågan"))
        add_row(self.form, self.tr("&Fråga:"), self.errors.wrap("text", self.text), self.text)
        self.kind = QComboBox(self.content)
        for kind in QuestionKind:
            self.kind.addItem(domain_text(kind.label), kind)
        self.kind.setAccessibleName(self.tr("Frågetyp"))
        add_row(self.form, self.tr("&Svarstyp:"), self.errors.wrap("kind", self.kind), self.kind)
        if question is not None:
            self.text.setText(question.text)
            self.kind.setCurrentIndex(self.kind.findData(question.kind))
        self.text.setFocus()

    def save(self) -> None:
        kind: QuestionKind = self.kind.currentData()
        if self.question is None:
            self.saved = client_survey.add_question(
                self.session, Question(None, self.text.text(), kind)
            )
        else:
            self.saved = client_survey.update_question(
                self.session, Question(self.question.id, self.text.text(), kind)
            )


class SurveyQuestionsDialog(QDialog):
    """The questions in their order, retired ones marked; opened with open()."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Frågor i brukarundersökningen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Frågor"))
        self.list.setWordWrap(True)
        self.error = error_label(self)
        self.errors = FieldErrors(self.error)
        self.add_button = QPushButton(self.tr("&Ny fråga…"), self)
        self.edit_button = QPushButton(self.tr("&Ändra…"), self)
        self.up_button = QPushButton(self.tr("Flytta &upp"), self)
        self.down_button = QPushButton(self.tr("Flytta n&er"), self)
        self.retire_button = QPushButton(self.tr("Ta ur &bruk"), self)
        self.remove_button = QPushButton(self.tr("Ta b&ort"), self)
        self.close_button = QPushButton(self.tr("Stäng"), self)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.retire_button,
            self.remove_button,
        ):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.selected()))
        self.list.itemActivated.connect(lambda _item: self._edit(self.selected()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.retire_button.clicked.connect(self._retire)
        self.remove_button.clicked.connect(self._remove)
        self.close_button.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(lambda _row: self._selection_changed())
        self.resize(820, 460)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        self.list.clear()
        for question in client_survey.questions(self.session):
            text = f"{question.text}  [{domain_text(question.kind.label)}]"
            if question.retired:
                text += self.tr("  (ur bruk)")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, question)
            if question.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._selection_changed()

    def selected(self) -> Question | None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            return None
        question: Question = item.data(Qt.ItemDataRole.UserRole)
        return question

    def _selection_changed(self) -> None:
        question = self.selected()
        for button in (
            self.edit_button,
            self.up_button,
            self.down_button,
            self.retire_button,
            self.remove_button,
        ):
            button.setEnabled(question is not None)
        if question is not None:
            self.retire_button.setText(
                self.tr("Återinför") if question.retired else self.tr("Ta ur &bruk")
            )

    def _run(self, action: object, keep: int | None) -> None:
        self.errors.clear()
        if self.session.vault.is_locked:
            return
        try:
            action()  # type: ignore[operator]
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.reload(keep)

    def _edit(self, question: Question | None) -> None:
        if self.session.vault.is_locked:
            return
        dialog = QuestionDialog(self.session, question, self)
        dialog.accepted.connect(
            lambda: self.reload(dialog.saved.id if dialog.saved is not None else None)
        )
        self.question_dialog = dialog
        dialog.open()

    def _move(self, steps: int) -> None:
        question = self.selected()
        if question is not None and question.id is not None:
            qid = question.id
            self._run(lambda: client_survey.move_question(self.session, qid, steps), qid)

    def _retire(self) -> None:
        question = self.selected()
        if question is not None and question.id is not None:
            qid, retired = question.id, not question.retired
            self._run(
                lambda: client_survey.retire_question(self.session, qid, retired=retired), qid
            )

    def _remove(self) -> None:
        question = self.selected()
        if question is not None and question.id is not None:
            qid = question.id
            self._run(lambda: client_survey.remove_question(self.session, qid), None)
