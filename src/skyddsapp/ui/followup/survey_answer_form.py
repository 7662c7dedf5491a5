"""One survey answer typed in from a paper (or digital) form: a row per question in use.

Keyboard-first: a scale question takes a digit 1–5, a yes–no question j or n (ja/nej; y or n
in English), a free
text question a line of text; Tab moves on, Enter (the dialog's default button) saves, and the
form is cleared for the next one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from skyddsapp.domain.client_survey import (
    MAX_FREE_TEXT_LENGTH,
    AnswerValue,
    Channel,
    Question,
    QuestionKind,
)
from skyddsapp.domain.errors import ValidationError
from skyddsapp.ui.widgets.field_errors import FieldErrors
from skyddsapp.ui.widgets.form_widgets import add_row, form_layout
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class ChoiceBox(QComboBox):
    """A combo box where one key picks a choice at once (4, j, n), however fast the forms are
    typed in: Qt's own search would join keys typed within its interval ("4" then "5" is "45",
    which matches nothing). Backspace and Delete clear the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: dict[str, int] = {}

    def add_choice(self, text: str, data: object, key: str) -> None:
        self.addItem(text, data)
        self._keys[key.casefold()] = self.count() - 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self._keys.get(event.text().casefold()) if event.text() else None
        if index is not None:
            self.setCurrentIndex(index)
            event.accept()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.setCurrentIndex(0)
            event.accept()
        else:
            super().keyPressEvent(event)


class SurveyAnswerForm(QWidget):
    """``inputs`` maps a question id to its input (for tests and for the errors)."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self.form: QFormLayout = form_layout(self)
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(domain_text(channel.label), channel)
        self.channel.setAccessibleName(self.tr("Svarssätt"))
        add_row(self.form, self.tr("S&varssätt:"), self.channel)
        self.inputs: dict[int, QComboBox | QLineEdit] = {}
        self._rows = 1

    def set_questions(self, questions: Sequence[Question]) -> None:
        """Rows for ``questions`` (those in use, in order), replacing any earlier ones."""
        while self.form.rowCount() > self._rows:
            self.form.removeRow(self._rows)
        self.inputs = {}
        for number, question in enumerate(questions, start=1):
            assert question.id is not None
            field = self._input(question)
            box = self._errors.wrap(f"answers.{question.id}", field, self)
            # The question above its input, across the form: questions are long sentences.
            label = PlainLabel(f"{number}. {question.text}", self)
            label.setWordWrap(True)
            label.setBuddy(field)
            self.form.addRow(label)
            self.form.addRow(box)
            self.inputs[question.id] = field

    def _input(self, question: Question) -> QComboBox | QLineEdit:
        if question.kind is QuestionKind.FREE_TEXT:
            line = QLineEdit(self)
            line.setMaxLength(MAX_FREE_TEXT_LENGTH)
            line.setAccessibleName(question.text)
            return line
        combo = ChoiceBox(self)
        combo.addItem(self.tr("– inget svar –"), None)
        if question.kind is QuestionKind.SCALE:
            for value in question.kind.values:
                combo.add_choice(str(value), value, str(value))
        else:
            combo.add_choice(self.tr("Ja"), True, self.tr("j"))
            combo.add_choice(self.tr("Nej"), False, self.tr("n"))
        combo.setAccessibleName(question.text)
        return combo

    def values(self) -> dict[int, AnswerValue | bool | None]:
        found: dict[int, AnswerValue | bool | None] = {}
        for question_id, field in self.inputs.items():
            if isinstance(field, QLineEdit):
                found[question_id] = field.text()
            else:
                found[question_id] = field.currentData()
        return found

    def clear(self) -> None:
        """Ready for the next answer; the channel stays (forms come in piles)."""
        for field in self.inputs.values():
            if isinstance(field, QLineEdit):
                field.clear()
            else:
                field.setCurrentIndex(0)
        self.focus_first()

    def focus_first(self) -> None:
        if self.inputs:
            next(iter(self.inputs.values())).setFocus()

    def show_errors(self, error: ValidationError) -> None:
        self._errors.show(error)
