"""The old flat through the real widgets: the box in Lägenhet och avtal, the outcome dialog, the
close step in the workflow panel, and the computed embargo in the apartment dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from skyddsapp.domain.old_flat_outcome import OldFlatOutcomeKind
from skyddsapp.services import cases, demo_old_flat, housing, old_flat
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.housing.apartment_dialog import ApartmentDialog
from skyddsapp.ui.housing.lease_dialog import LeaseDialog
from skyddsapp.ui.housing.old_flat_outcome_dialog import OldFlatOutcomeDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.form_widgets import to_qdate

NOTICE_END = dt.date(2027, 2, 28)  # the demo's notice on 4 Nov 2026 (UI_TODAY − 23 days)
FIRST_SHOWING = dt.date(2027, 3, 1)
LEASE_RUNS = "Den gamla lägenhetens uppsägningstid löper till 2027-02-28 (hyresavtal KG-9610-1)."
NO_OUTCOME = "Utfallet för den gamla lägenheten är inte registrerat (hyresavtal KG-9610-1)."


@pytest.fixture
def under_notice(session: Session) -> int:
    """The demo's customer-care case whose client has moved while the old lease runs."""
    return demo_old_flat.add_old_flat_cases(session)[0]


@pytest.fixture
def view(qtbot, session: Session, under_notice: int) -> CaseView:
    widget = CaseView(session, under_notice, SecretClipboard())
    qtbot.addWidget(widget)
    widget.resize(1366, 800)
    widget.show()
    widget.tabs.setCurrentWidget(widget.housing)
    return widget


def _ok(dialog: QDialogButtonBox) -> None:
    dialog.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_outcome_is_recorded_through_the_dialog_and_the_case_closes_after_the_lease(
    qtbot, view: CaseView, session: Session, under_notice: int
) -> None:
    [(flat_id, box)] = view.housing.old_flat_boxes.items()
    assert "Får annonseras eller visas från 2027-03-01" in box.values["Visningsstopp"].text()
    assert box.values["Utfall"].text() == "Inte registrerat"
    assert LEASE_RUNS in box.open_label.text()
    assert NO_OUTCOME in view.overview.old_flat_label.text()
    close = view.workflow.action_buttons["close"]
    assert not close.isEnabled()
    assert NO_OUTCOME in view.workflow.missing_labels["close"].text()

    qtbot.mouseClick(box.outcome_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, OldFlatOutcomeDialog)
    assert dialog.vacant_from.date() == to_qdate(FIRST_SHOWING)  # the day after the lease
    dialog.kind.setCurrentIndex(dialog.kind.findData(OldFlatOutcomeKind.SOCIAL_CONTRACT))
    dialog.calm.setCurrentIndex(2)  # Nej, lägenheten har haft störningar
    _ok(dialog.buttons)
    assert dialog.isVisible()
    assert dialog.errors.message("no_disturbances").startswith(
        "Lägenheten kan inte erbjudas kommunen som bostadssocialt kontrakt"
    )
    assert old_flat.get_outcome(session, under_notice, flat_id) is None

    dialog.calm.setCurrentIndex(1)  # Ja
    dialog.occupied_from.check.setChecked(True)
    dialog.occupied_from.edit.setDate(to_qdate(dt.date(2027, 3, 15)))
    assert dialog.figures.text().startswith("14 dagar, hyresförlust 3 429 kr")  # 7 450 kr a month
    dialog.assessment.setFocus()
    qtbot.keyClicks(dialog.assessment, "Inga ")  # (QTest cannot type å, ä, ö)
    dialog.assessment.insertPlainText("störningar enligt förvaltaren.")
    _ok(dialog.buttons)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    recorded = old_flat.get_outcome(session, under_notice, flat_id)
    assert recorded is not None
    assert recorded.safety_assessment == "Inga störningar enligt förvaltaren."

    box = view.housing.old_flat_boxes[flat_id]
    assert box.values["Utfall"].text() == OldFlatOutcomeKind.SOCIAL_CONTRACT.label
    assert box.values["Vakansdagar"].text() == "14"
    assert box.values["Hyresförlust"].text() == (
        "3 429 kr (månadshyra 7 450 kr × 12 / 365 × 14 dagar)"
    )
    assert box.outcome_button.text() == "Ändra u&tfall …"
    assert NO_OUTCOME not in box.open_label.text()
    close = view.workflow.action_buttons["close"]
    assert not close.isEnabled()
    assert view.workflow.missing_labels["close"].text() == "Saknas:\n• " + LEASE_RUNS

    session.today = lambda: FIRST_SHOWING  # the old lease has ended
    view.reload()
    assert (
        view.housing.old_flat_boxes[flat_id]
        .open_label.text()
        .startswith("Den gamla lägenheten är avvecklad")
    )
    assert view.overview.old_flat_label is None
    close = view.workflow.action_buttons["close"]
    assert close.isEnabled()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert cases.get_case(session, under_notice).state == "closed"
    assert "Avslutat" in view.header.text()


def test_the_apartment_dialog_shows_the_computed_embargo_and_refuses_an_earlier_one(
    qtbot, session: Session, under_notice: int
) -> None:
    [flat] = old_flat.case_old_flats(session, under_notice).flats
    assert flat.apartment.id is not None
    dialog = ApartmentDialog(session, under_notice, flat.apartment.id)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.apartment_form
    assert form.computed_label.text().startswith(
        "Får annonseras eller visas från 2027-03-01: dagen efter att uppsägningstiden för "
        "hyresavtal KG-9610-1 (uppsagt 2026-11-04) löper ut 2027-02-28"
    )
    assert not form.embargo.check.isChecked()  # nothing to type: it is computed
    form.embargo.check.setChecked(True)
    form.embargo.edit.setDate(to_qdate(NOTICE_END))
    _ok(dialog.buttons)
    assert dialog.isVisible()
    assert dialog.errors.message("embargo_until").startswith(
        "Visningsstoppet kan inte sluta före 2027-03-01"
    )
    assert housing.get_apartment(session, flat.apartment.id).embargo_until == FIRST_SHOWING
    form.embargo.edit.setDate(to_qdate(dt.date(2027, 4, 1)))  # later, by hand
    _ok(dialog.buttons)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert housing.get_apartment(session, flat.apartment.id).embargo_until == dt.date(2027, 4, 1)


def test_the_outcome_recorded_in_the_dialog_shows_in_the_timeline(
    qtbot, view: CaseView, session: Session, under_notice: int
) -> None:
    [(flat_id, box)] = view.housing.old_flat_boxes.items()
    qtbot.mouseClick(box.outcome_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, OldFlatOutcomeDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(OldFlatOutcomeKind.VACANT))
    with qtbot.waitSignal(view.changed, timeout=2000):
        _ok(dialog.buttons)
    assert old_flat.get_outcome(session, under_notice, flat_id) is not None
    view.tabs.setCurrentWidget(view.events)
    table = view.events
    newest = [table.item(0, column).text() for column in range(table.columnCount())]
    assert newest == [
        session.today().isoformat(),
        "Den gamla lägenheten",
        "Utfallet för den gamla lägenheten registrerat (hyresavtal KG-9610-1): Står tom; "
        "vakant från 2027-03-01.",
        session.user_name,
    ]


def test_a_notice_corrected_in_the_lease_dialog_moves_the_embargo_shown(
    qtbot, view: CaseView, session: Session, under_notice: int
) -> None:
    [(flat_id, box)] = view.housing.old_flat_boxes.items()
    [flat] = old_flat.case_old_flats(session, under_notice).flats
    assert flat.lease.id is not None
    view.housing.edit_lease_requested.emit(flat.lease.id)
    dialog = view.active_dialog
    assert isinstance(dialog, LeaseDialog)
    dialog.lease_form.notice_date.edit.setDate(to_qdate(dt.date(2026, 10, 20)))
    with qtbot.waitSignal(view.changed, timeout=2000):
        _ok(dialog.buttons)
    box = view.housing.old_flat_boxes[flat_id]
    # The lease now ends 31 Jan: the computed embargo moves earlier with it.
    assert (
        box.values["Visningsstopp"].text().startswith("Får annonseras eller visas från 2027-02-01")
    )
    assert housing.get_apartment(session, flat_id).embargo_until == dt.date(2027, 2, 1)
