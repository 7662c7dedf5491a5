"""The register of transition flats as a table model on its own (no window, no vault)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from skyddsapp.domain.transition_flat import FlatCategory, FlatOverviewRow, FlatStay, TransitionFlat
from skyddsapp.ui.flats.transition_flats_table_model import TransitionFlatsTableModel

Model = TransitionFlatsTableModel
TODAY = dt.date(2026, 11, 27)
FLAT = TransitionFlat(1, FlatCategory.EMERGENCY, "Nexus", dt.date(2026, 1, 1))


def _rows() -> list[FlatOverviewRow]:
    stay = FlatStay(7, 1, 30, dt.date(2026, 10, 1), dt.date(2026, 11, 20), "Boendekedjan\nvisning")
    hidden_stay = FlatStay(8, 2, 31, dt.date(2026, 9, 1), dt.date(2027, 1, 5), "")
    return [
        FlatOverviewRow(
            FLAT,
            "100-1",
            "Jourstigen 2, 754 28 Uppsala",
            stay,
            "SB-2026-0003",
            occupant_visible=True,
            occupant="Lena Slussdemo",
        ),
        FlatOverviewRow(
            TransitionFlat(2, FlatCategory.TRANSITION, "Nexus", dt.date(2026, 1, 1)),
            "100-2",
            None,
            hidden_stay,
            "SB-2026-0004",
        ),
        FlatOverviewRow(
            TransitionFlat(3, FlatCategory.KVINNOBYRAN, "Uppsala Stadsmission", TODAY),
            "100-3",
            "Byråvägen 1, 754 28 Uppsala",
            None,
            free_since=dt.date(2026, 10, 18),
        ),
        FlatOverviewRow(
            TransitionFlat(4, FlatCategory.KVINNOJOUR, "Uppsala Kvinnojour", TODAY),
            "100-4",
            None,
            FlatStay(9, 4, 32, TODAY, TODAY, ""),
            "KJ-2026-0001",
            occupant_visible=True,
            occupant_protected=True,
        ),
    ]


def _shown(model: Model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_every_column_of_an_occupied_a_belagd_a_free_and_a_protected_flat(qtbot) -> None:
    model = Model()
    ModelTester(qtbot).check(model)
    model.set_rows(_rows(), TODAY)
    assert _shown(model, 0) == [
        "Jourlägenhet",
        "100-1",
        "Jourstigen 2, 754 28 Uppsala",
        "Belagd sedan 2026-10-01",
        "SB-2026-0003",
        "Lena Slussdemo",
        "2026-11-20 (passerat)",
        "Boendekedjan visning",
    ]
    assert _shown(model, 1) == [
        "Utslussningslägenhet",
        "100-2",
        "Visas inte",
        "Belagd sedan 2026-09-01",
        "SB-2026-0004",
        "Belagd",
        "2027-01-05",
        "",
    ]
    assert _shown(model, 2)[3:] == ["Ledig sedan 2026-10-18 (40 dagar)", "", "", "", ""]
    assert _shown(model, 3)[5] == "Skyddad person"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Slag",
        "Objektnummer",
        "Adress",
        "Läge",
        "Ärende",
        "Boende",
        "Planerad utflytt",
        "Nästa steg",
    ]


def test_roles_give_the_case_only_where_it_is_seen(qtbot) -> None:
    model = Model()
    model.set_rows(_rows(), TODAY)
    ids = [
        (
            model.index(r, 0).data(Model.ApartmentIdRole),
            model.index(r, 0).data(Model.CaseIdRole),
            model.index(r, 0).data(Model.StayIdRole),
            model.index(r, 0).data(Model.OverdueRole),
        )
        for r in range(model.rowCount())
    ]
    assert ids == [
        (1, 30, 7, True),
        (2, None, None, False),
        (3, None, None, False),
        (4, 32, 9, False),
    ]
    assert model.occupied_count() == 3
    overdue = model.index(0, Model.MOVE_OUT).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue is not None
    assert model.index(1, Model.MOVE_OUT).data(Qt.ItemDataRole.ForegroundRole) is None
    tip = model.index(0, Model.NEXT_STEP).data(Qt.ItemDataRole.ToolTipRole)
    assert "Boendekedjan" in tip
    assert "visning" in tip
    assert "handläggs varken" in model.index(1, Model.OCCUPANT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row(9) is None
    model.clear()
    assert model.rowCount() == 0
