"""What a case view shows, read through the services in one go, and the frame its tabs share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case
from skyddsapp.domain.deadlines import Deadline
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.person import Person
from skyddsapp.domain.workflow import Transition
from skyddsapp.services import cases, housing, persons, todo
from skyddsapp.services.context import Session
from skyddsapp.ui.plain_text import PlainLabel


@dataclass
class CaseData:
    """One case with the persons, flats and leases it links to. Lives only in the view."""

    case: Case
    today: dt.date
    persons: dict[int, Person] = field(default_factory=dict)
    apartments: dict[int, Apartment] = field(default_factory=dict)
    leases: dict[int, Lease] = field(default_factory=dict)
    steps: list[tuple[Transition, list[str]]] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def case_id(self) -> int:
        assert self.case.id is not None
        return self.case.id


def load_case_data(session: Session, case_id: int) -> CaseData:
    case = cases.get_case(session, case_id)
    data = CaseData(case, session.today())
    data.apartments = {a: housing.get_apartment(session, a) for a in case.apartment_ids}
    data.leases = {lease: housing.get_lease(session, lease) for lease in case.lease_ids}
    person_ids = [p.person_id for p in case.parties]
    for lease in data.leases.values():
        person_ids += list(lease.tenant_ids)
    data.persons = {pid: persons.get_person(session, pid) for pid in dict.fromkeys(person_ids)}
    data.steps = cases.steps(session, case)
    data.deadlines = todo.case_deadlines(session, case_id)
    return data


class ScrollTab(QScrollArea):
    """A tab whose content is rebuilt from scratch on every reload (so nothing revealed stays)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def new_content(self) -> tuple[QWidget, QVBoxLayout]:
        content = QWidget()
        layout = QVBoxLayout(content)
        return content, layout

    def set_content(self, content: QWidget, layout: QVBoxLayout) -> None:
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()  # later: one of its buttons may be the sender of this reload
        self.setWidget(content)


def button_row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def value_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Read-only text (stored data, shown as typed) that wraps and can be selected."""
    label = PlainLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def warning_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A boxed warning; the ⚠ and the wording carry the meaning, not the colour."""
    label = value_label("⚠ " + text, parent)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setStyleSheet("QLabel { background: #fff4e5; color: #5f3b00; }")
    return label
