"""Find a registered person by name prefix or personal number; protected persons show masked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import Person
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.services import persons
from skyddsapp.services.context import Session
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

SEARCH_DELAY_MS = 200
MIN_PREFIX = 2


class PersonPicker(QWidget):
    """``selected_id`` is the chosen person's id; ``picked(id)`` is emitted on a choice."""

    picked = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = PlainLabel(self.tr("&Sök på namn eller personnummer:"), self)
        self.query = QLineEdit(self)
        self.query.setAccessibleName(self.tr("Sök befintlig person"))
        self.query.setPlaceholderText(self.tr("Minst två tecken, t.ex. Ann eller 19850312-1234"))
        self.query.setClearButtonEnabled(True)
        label.setBuddy(self.query)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Personer som matchar"))
        self.hint = PlainLabel(parent=self)
        self.hint.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(self._current_changed)
        self.setFocusProxy(self.query)
        self._labels: dict[int, str] = {}

    @property
    def selected_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected_label(self) -> str:
        pid = self.selected_id
        return self._labels.get(pid, "") if pid is not None else ""

    def search_now(self) -> None:
        self._timer.stop()
        if self.session.vault.is_locked:
            return
        text = self.query.text().strip()
        self.results.clear()
        self._labels = {}
        found: list[Person] = []
        digits = sum(char.isdigit() for char in text)
        if digits >= 10:
            try:
                number = PersonalNumber.parse(text, today=self.session.today())
            except ValidationError as error:
                self.hint.setText("\n".join(e.message for e in error.errors))
                return
            found = persons.find_by_personal_number(self.session, number)
        elif len(text) >= MIN_PREFIX:
            found = self._by_name(text.split())
        for person in found:
            if person.id is None:
                continue
            text_shown = self.describe(person)
            self._labels[person.id] = text_shown
            item = QListWidgetItem(text_shown, self.results)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        if len(text) < MIN_PREFIX:
            self.hint.setText("")
        elif not found:
            self.hint.setText(self.tr("Ingen person hittades."))
        else:
            self.hint.setText(
                self.tr("{0} träffar. Skyddade personer visas maskerade.").format(len(found))
            )

    def _by_name(self, words: list[str]) -> list[Person]:
        # The service matches one name part; "Anna Test" means both words start a name part.
        found = persons.find_by_name_prefix(self.session, words[0], limit=200)
        rest = [word.casefold() for word in words[1:]]

        def matches(person: Person) -> bool:
            parts = f"{person.first_name} {person.last_name}".casefold().split()
            return all(any(part.startswith(word) for part in parts) for word in rest)

        return [person for person in found if matches(person)][:50]

    def describe(self, person: Person) -> str:
        if person.protection.is_protected:
            # Not even the birth year: it is part of the personal number, shown only on reveal.
            return self.tr("Skyddad person ({0})").format(domain_text(person.protection.label))
        if person.personal_number is None:
            return person.full_name
        return f"{person.full_name}, {person.personal_number.formatted()}"

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.picked.emit(int(current.data(Qt.ItemDataRole.UserRole)))
