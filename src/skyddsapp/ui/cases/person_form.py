"""The person form shared by the person dialog and the new-case wizard; builds via new_person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.person import (
    Child,
    Person,
    ProtectedField,
    ProtectionLevel,
    field_text,
    new_person,
    unmasked_fields,
)
from skyddsapp.services import persons
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.widgets.field_errors import FieldErrors
from skyddsapp.ui.widgets.form_widgets import AddressFields, add_row
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class ChildrenEditor(QWidget):
    """Rows of first name + birth year, with add and remove."""

    def __init__(self, errors: FieldErrors, this_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._this_year = this_year
        self._rows: list[tuple[QLineEdit, QSpinBox]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        layout.addLayout(self._rows_box)
        self.add_button = QPushButton(self.tr("Lägg till &barn"), self)
        self.add_button.setAccessibleName(self.tr("Lägg till barn"))
        self.add_button.clicked.connect(lambda: self.add_child("", this_year - 5, focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.add_button)

    def add_child(self, first_name: str, birth_year: int, *, focus: bool = False) -> None:
        values = [*self.children_input(), (first_name, birth_year)]
        self._rebuild(values)
        if focus:
            self._rows[-1][0].setFocus()

    def remove_child(self, index: int) -> None:
        values = self.children_input()
        del values[index]
        self._rebuild(values)

    def children_input(self) -> list[tuple[str, int]]:
        return [(name.text(), year.value()) for name, year in self._rows]

    def child_list(self) -> list[Child]:
        return [Child(name, year) for name, year in self.children_input()]

    def set_children(self, children: list[Child]) -> None:
        self._rebuild([(child.first_name, child.birth_year) for child in children])

    def _rebuild(self, values: list[tuple[str, int]]) -> None:
        for index in range(len(self._rows)):
            self._errors.unregister(f"children[{index}].first_name")
            self._errors.unregister(f"children[{index}].birth_year")
        while self._rows_box.count():
            item = self._rows_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        for index, (first_name, birth_year) in enumerate(values):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            name = QLineEdit(first_name, row)
            name.setAccessibleName(self.tr("Barn {0}: förnamn").format(index + 1))
            name.setPlaceholderText(self.tr("Förnamn"))
            year = QSpinBox(row)
            year.setRange(1900, 2100)
            year.setValue(birth_year)
            year.setAccessibleName(self.tr("Barn {0}: födelseår").format(index + 1))
            remove = QPushButton(self.tr("Ta bort"), row)
            remove.setAccessibleName(self.tr("Ta bort barn {0}").format(index + 1))
            remove.clicked.connect(lambda _=False, i=index: self.remove_child(i))
            line.addWidget(self._errors.wrap(f"children[{index}].first_name", name, row), 2)
            line.addWidget(self._errors.wrap(f"children[{index}].birth_year", year, row), 1)
            line.addWidget(remove)
            self._rows_box.addWidget(row)
            self._rows.append((name, year))


class PersonForm(QWidget):
    """Every field of a person. For a protected person being edited, the personal number,
    addresses and phone come masked from the services: they stay blank and read-only
    ("unchanged", and kept as stored) until revealed with a reason.
    """

    def __init__(self, session: Session, errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.errors = errors
        self._stored: Person | None = None
        self._hidden: set[ProtectedField] = set()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name = QLineEdit(self)
        self.first_name.setAccessibleName(self.tr("Förnamn"))
        add_row(
            form,
            self.tr("&Förnamn:"),
            errors.wrap("first_name", self.first_name, self),
            self.first_name,
        )
        self.last_name = QLineEdit(self)
        self.last_name.setAccessibleName(self.tr("Efternamn"))
        add_row(
            form,
            self.tr("&Efternamn:"),
            errors.wrap("last_name", self.last_name, self),
            self.last_name,
        )
        self.personal_number = QLineEdit(self)
        self.personal_number.setAccessibleName(self.tr("Personnummer"))
        self.personal_number.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN (valfritt)"))
        add_row(
            form,
            self.tr("&Personnummer:"),
            errors.wrap("personal_number", self.personal_number, self),
            self.personal_number,
        )
        self.protection = QComboBox(self)
        for level in ProtectionLevel:
            self.protection.addItem(domain_text(level.label), level)
        self.protection.setAccessibleName(self.tr("Skyddsnivå"))
        add_row(
            form,
            self.tr("Sk&yddsnivå:"),
            errors.wrap("protection", self.protection, self),
            self.protection,
        )
        self.hidden_note = PlainLabel(
            self.tr(
                "Personnummer, adresser och telefon är dolda. Lämnas de dolda behålls de "
                "sparade uppgifterna."
            ),
            self,
        )
        self.hidden_note.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("&Visa för att ändra …"), self)
        self.reveal_button.setToolTip(self.tr("Du anger ett skäl; visningen loggas."))
        self.reveal_button.clicked.connect(self.reveal_hidden)
        hidden_row = QWidget(self)
        hidden_layout = QHBoxLayout(hidden_row)
        hidden_layout.setContentsMargins(0, 0, 0, 0)
        hidden_layout.addWidget(self.hidden_note, 1)
        hidden_layout.addWidget(self.reveal_button)
        form.addRow(hidden_row)
        self.hidden_row = hidden_row
        hidden_row.hide()
        self.real_address = AddressFields("real_address", self.tr("Bostadsadress"), errors, self)
        add_row(form, self.tr("&Bostadsadress:"), self.real_address, self.real_address.street)
        self.delivery_address = AddressFields(
            "delivery_address", self.tr("Kontaktadress"), errors, self
        )
        add_row(
            form,
            self.tr("&Kontaktadress:"),
            self.delivery_address,
            self.delivery_address.street,
        )
        self.forwarding = QCheckBox(
            self.tr("Post via Skatteverkets särskilda postförmedling"), self
        )
        self.forwarding.setAccessibleName(self.tr("Särskild postförmedling"))
        form.addRow("", errors.wrap("uses_skatteverket_forwarding", self.forwarding, self))
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Telefon"))
        self.phone.setPlaceholderText(self.tr("t.ex. 070-123 45 67"))
        add_row(form, self.tr("&Telefon:"), errors.wrap("phone", self.phone, self), self.phone)
        self.children_editor = ChildrenEditor(errors, session.today().year, self)
        add_row(
            form, self.tr("Medföljande barn:"), errors.wrap("children", self.children_editor, self)
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Anteckningar om personen"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        add_row(form, self.tr("&Anteckningar:"), errors.wrap("notes", self.notes, self), self.notes)

    def load(self, person: Person) -> None:
        """Fill the form from a stored person; the fields the services masked stay hidden."""
        self._stored = person
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self.protection.setCurrentIndex(self.protection.findData(person.protection))
        self.forwarding.setChecked(person.uses_skatteverket_forwarding)
        self.children_editor.set_children(person.children)
        self.notes.setPlainText(person.notes)
        self._hidden = set(person.masked)
        self._show_values()

    @property
    def hidden_fields(self) -> frozenset[ProtectedField]:
        return frozenset(self._hidden)

    def reveal_hidden(self) -> bool:
        """Ask for a reason, log the look through the service, then make the fields editable."""
        person = self._stored
        if person is None or person.id is None or not self._hidden:
            return True
        person_id = person.id
        order = [field for field in ProtectedField if field in self._hidden]
        revealed: list[tuple[ProtectedField, Person]] = []

        def reveal(field: ProtectedField, reason: str) -> str:
            shown = persons.reveal_person(self.session, person_id, [field], reason)
            revealed.append((field, shown))
            return field_text(shown, field)

        dialog = RevealDialog(self.session, person_id, order, self, reveal=reveal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if self.session.vault.is_locked:
            return False  # the lock may already have destroyed this form: touch nothing
        dialog.deleteLater()
        if not accepted:
            return False
        for field, shown in revealed:
            person = unmasked_fields(person, shown, [field])
        self._stored = person
        self._hidden = set()
        self._show_values()
        return True

    def _show_values(self) -> None:
        person = self._stored
        placeholder = self.tr("Dold – oförändrad")
        hidden = self._hidden
        self.hidden_row.setVisible(bool(hidden))
        number_hidden = ProtectedField.PERSONAL_NUMBER in hidden
        self.personal_number.setReadOnly(number_hidden)
        self.personal_number.setPlaceholderText(
            placeholder if number_hidden else self.tr("ÅÅÅÅMMDD-NNNN (valfritt)")
        )
        number = person.personal_number if person else None
        self.personal_number.setText("" if number_hidden or number is None else number.formatted())
        for field, fields, address in (
            (
                ProtectedField.REAL_ADDRESS,
                self.real_address,
                person.real_address if person else None,
            ),
            (
                ProtectedField.DELIVERY_ADDRESS,
                self.delivery_address,
                person.delivery_address if person else None,
            ),
        ):
            fields.set_hidden_value(field in hidden, placeholder)
            if field not in hidden:
                fields.set_value(address)
        phone_hidden = ProtectedField.PHONE in hidden
        self.phone.setReadOnly(phone_hidden)
        self.phone.setPlaceholderText(
            placeholder if phone_hidden else self.tr("t.ex. 070-123 45 67")
        )
        self.phone.setText("" if phone_hidden or person is None else person.phone or "")

    def build(self, today: dt.date) -> Person:
        """The person as entered (raises ValidationError). Fields still hidden are left masked:
        the service keeps their stored value."""
        stored = self._stored
        hidden = self._hidden
        return new_person(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            personal_number=(
                None if ProtectedField.PERSONAL_NUMBER in hidden else self.personal_number.text()
            ),
            protection=self.protection.currentData(),
            real_address=(
                None if ProtectedField.REAL_ADDRESS in hidden else self.real_address.value()
            ),
            delivery_address=(
                None if ProtectedField.DELIVERY_ADDRESS in hidden else self.delivery_address.value()
            ),
            uses_skatteverket_forwarding=self.forwarding.isChecked(),
            phone=None if ProtectedField.PHONE in hidden else self.phone.text(),
            children=self.children_editor.child_list(),
            notes=self.notes.toPlainText(),
            id=stored.id if stored is not None else None,
            today=today,
            masked=hidden,
        )
