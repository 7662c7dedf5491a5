"""The generic table over a list of rows, with columns as data, and the models built on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from skyddsapp.ui.admin.audit_table_model import AuditTableModel
from skyddsapp.ui.admin.users_table_model import UsersTableModel
from skyddsapp.ui.flats.transition_flats_table_model import TransitionFlatsTableModel
from skyddsapp.ui.housing.agreement_table_model import AgreementTableModel
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.paperwork.document_table_model import DocumentTableModel
from skyddsapp.ui.widgets.table_model import NUMBER_ALIGNMENT, Column, RowTableModel

Role = Qt.ItemDataRole
FlagRole = Role.UserRole + 1
IdRole = Role.UserRole + 2
RED = QColor("#b3261e")


@dataclass(frozen=True)
class Flat:
    id: int
    address: str
    rooms: int
    note: str = ""


FLATS = [
    Flat(1, "Jourstigen 2", 2, "Nyckel hos <b>Nexus</b>"),
    Flat(2, "Byråvägen 1", 3),
]


class FlatsModel(RowTableModel[Flat]):
    """A model as the screens write one: columns in __init__, state changed in the reset."""

    ADDRESS, ROOMS, NOTE = range(3)

    def __init__(self) -> None:
        super().__init__(
            [
                Column("Adress", lambda f: f.address),
                Column("Rum", lambda f: str(f.rooms), alignment=NUMBER_ALIGNMENT),
                Column(
                    "Anteckning",
                    lambda f: f.note,
                    tooltip=lambda f: f.note,
                    roles={Role.ForegroundRole: lambda f: RED if f.note else None},
                ),
            ],
            roles={IdRole: lambda f: f.id, FlagRole: lambda f: f.rooms > self.big},
        )
        self.big = 99

    def set_rows(self, rows: Iterable[Flat], big: int = 99) -> None:
        with self._resetting(rows):
            self.big = big


def _shown(model: RowTableModel[Flat], role: int = Role.DisplayRole) -> list[list[object]]:
    return [
        [model.index(r, c).data(role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_columns_give_headers_texts_tooltips_and_alignment(qtbot: QtBot) -> None:
    model = FlatsModel()
    ModelTester(qtbot).check(model)
    model.set_rows(FLATS)
    assert model.rowCount() == 2
    assert model.columnCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Adress", "Rum", "Anteckning"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(3, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Role.ToolTipRole) is None
    assert _shown(model) == [
        ["Jourstigen 2", "2", "Nyckel hos <b>Nexus</b>"],
        ["Byråvägen 1", "3", ""],
    ]
    tips = _shown(model, Role.ToolTipRole)
    # A typed text that looks like HTML is shown as typed, not rendered; empty shows none.
    assert tips[0][:2] == [None, None]
    assert "&lt;b&gt;Nexus&lt;/b&gt;" in tips[0][2]
    assert tips[1][2] is None
    alignment = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert _shown(model, Role.TextAlignmentRole) == [[None, alignment, None]] * 2


def test_row_roles_answer_in_every_column_and_column_roles_in_theirs(qtbot: QtBot) -> None:
    model = FlatsModel()
    model.set_rows(FLATS)
    assert _shown(model, IdRole) == [[1, 1, 1], [2, 2, 2]]
    assert _shown(model, FlagRole) == [[False] * 3] * 2
    assert _shown(model, Role.ForegroundRole) == [[None, None, RED], [None, None, None]]
    assert _shown(model, Role.DecorationRole) == [[None] * 3] * 2


def test_the_state_changed_in_a_reset_is_seen_when_the_views_are_told(qtbot: QtBot) -> None:
    model = FlatsModel()
    model.set_rows(FLATS)
    seen: list[list[object]] = []
    model.modelReset.connect(lambda: seen.append(_shown(model, FlagRole)))
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.set_rows(FLATS, big=2)
    assert seen == [[[False] * 3, [True] * 3]]


def test_rows_are_found_and_dropped(qtbot: QtBot) -> None:
    model = FlatsModel()
    model.set_rows(iter(FLATS))  # any iterable; the model keeps its own list
    assert model.rows == tuple(FLATS)
    assert model.row_at(1) is FLATS[1]
    assert model.row_at(2) is None
    assert model.row_at(-1) is None
    assert model.find_row(lambda f: f.id == 2) == 1
    assert model.find_row(lambda f: f.id == 3) is None
    assert model.index(5, 0).data() is None
    assert model.data(QModelIndex()) is None
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.clear()
    assert model.rowCount() == 0
    assert model.rows == ()


def _models() -> list[RowTableModel[object]]:
    return [
        AgreementTableModel(dt.date(2026, 11, 27)),
        AuditTableModel(),
        DocumentTableModel(),
        TransitionFlatsTableModel(),
        UsersTableModel(),
    ]


@pytest.fixture
def english(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    translations = Translations(qapp, qm_dir)
    assert translations.install("en")
    yield
    translations.uninstall()


@pytest.mark.parametrize("index", range(5))
def test_the_screens_models_declare_as_many_columns_as_constants(qtbot: QtBot, index: int) -> None:
    model = _models()[index]
    ModelTester(qtbot).check(model)
    assert model.columnCount() == type(model).COLUMN_COUNT  # type: ignore[attr-defined]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert all(headers)
    assert len(set(headers)) == len(headers)


def test_headers_are_translated_in_their_models_context(english: None) -> None:
    users = UsersTableModel()
    assert users.headerData(UsersTableModel.NAME, Qt.Orientation.Horizontal) == "User name"
    agreements = AgreementTableModel(dt.date(2026, 11, 27))
    assert agreements.headerData(AgreementTableModel.KIND, Qt.Orientation.Horizontal) == (
        "Lease type"
    )
