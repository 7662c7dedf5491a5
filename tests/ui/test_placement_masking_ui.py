"""Through the real widgets, offscreen: a protected client's placement provider and Länskompotten
municipality show masked until revealed with a reason (logged), editing asks for the reason
first, and the case details dialog refuses to clear the outcome of an ended placement."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from skyddsapp.domain.address import Address
from skyddsapp.domain.agreement import AgreementKind
from skyddsapp.domain.case import CaseParty, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import CountyReferral, Municipality, ReferralResult
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.placement import Placement
from skyddsapp.services import agreements, audit, cases, county_referrals, persons, placements
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_details_dialog import CaseDetailsDialog
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.housing.county_referral_dialog import CountyReferralDialog
from skyddsapp.ui.housing.placement_dialog import PlacementDialog
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.masked_field import MASK, MaskedField
from skyddsapp.vault import county_referrals_repository, placements_repository

DAY = dt.timedelta(days=1)
PROVIDER = "Fristad Hemlig Ort AB"


def _case(session: Session, kind: CaseKind, protection: ProtectionLevel) -> int:
    client = persons.create_person(
        session,
        Person(
            id=None,
            first_name="Test",
            last_name="Maskesson",
            personal_number=PersonalNumber.parse("198112189876"),
            protection=protection,
            real_address=Address("Dolda gatan 3", "75320", "Uppsala"),
            uses_skatteverket_forwarding=protection.hides_real_address,
        ),
    )
    assert client.id is not None
    case = cases.create_case(session, kind, parties=[CaseParty(client.id, CaseRole.CLIENT)])
    assert case.id is not None
    return case.id


def _placed(session: Session, protection: ProtectionLevel, *, ended: bool = False) -> int:
    """A shelter-exit case with a placement: running, or ended two days ago (own solution)."""
    case_id = _case(session, CaseKind.SHELTER_EXIT, protection)
    today = session.today()
    framework = agreements.agreement_on(session, AgreementKind.SHELTER_FRAMEWORK, today)
    assert framework is not None
    placement = Placement(
        None, case_id, framework.id, PROVIDER, True, today - 40 * DAY, today + 9 * DAY
    )
    if ended:
        end = today - 2 * DAY
        placement = replace(
            placement, planned_end=end, actual_end=end, flat_offered_before_end=False
        )
    placements.record_placement(
        session,
        placement,
        outcome=ShelterOutcome.OWN_SOLUTION if ended else None,
        children_count=0,
    )
    return case_id


def _view(qtbot: QtBot, session: Session, case_id: int) -> CaseView:
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """RevealDialog answers from this list (True: a reason is chosen; False: cancelled)."""
    given: list[bool] = []

    def answer(dialog: RevealDialog) -> int:
        if not given.pop(0):
            return QDialog.DialogCode.Rejected
        dialog.reason_choice.setCurrentIndex(1)  # Upprätta dokument
        dialog.try_reveal()
        return dialog.result()

    monkeypatch.setattr(RevealDialog, "exec", answer)
    return given


def _texts(widget: object) -> str:
    labels = [w.text() for w in widget.findChildren(QLabel)]  # type: ignore[attr-defined]
    boxes = [w.title() for w in widget.findChildren(QGroupBox)]  # type: ignore[attr-defined]
    return "\n".join(labels + boxes)


def test_the_masked_provider_is_revealed_with_a_reason_in_the_placering_tab(
    qtbot: QtBot, session: Session, answers: list[bool]
) -> None:
    case_id = _placed(session, ProtectionLevel.PROTECTED_REGISTRATION)
    view = _view(qtbot, session, case_id)
    view.tabs.setCurrentWidget(view.placement)
    field = view.placement.values["Leverantör"]
    assert isinstance(field, MaskedField)
    assert field is view.placement.provider_field
    assert field.text() == MASK
    assert PROVIDER not in _texts(view)
    assert PROVIDER not in view.windowTitle()

    before = len(audit.entries(session.vault))
    answers.append(False)
    assert not field.reveal()  # cancelled: nothing shown, nothing logged
    assert field.text() == MASK
    assert len(audit.entries(session.vault)) == before
    answers.append(True)
    qtbot.mouseClick(field.reveal_button, Qt.MouseButton.LeftButton)
    assert field.text() == PROVIDER
    entry = audit.entries(session.vault)[-1]
    assert (entry.action, entry.object_id, entry.reason) == (
        "placement.reveal",
        str(case_id),
        "Upprätta dokument",
    )
    assert PROVIDER not in entry.details
    view.mask_all()
    assert field.text() == MASK

    # Editing asks for the reason first, then shows the provider; saving keeps it.
    answers.append(False)
    qtbot.mouseClick(view.placement.edit_button, Qt.MouseButton.LeftButton)
    assert not isinstance(view.active_dialog, PlacementDialog)
    answers.append(True)
    qtbot.mouseClick(view.placement.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, PlacementDialog)
    assert audit.entries(session.vault)[-1].action == "placement.reveal"
    assert dialog.provider.text() == PROVIDER
    assert PROVIDER not in dialog.windowTitle()
    dialog.children_count.setValue(1)
    with qtbot.waitSignal(view.changed, timeout=2000):
        dialog.buttons.accepted.emit()
    stored = placements_repository.of_case(session.conn, case_id)
    assert stored is not None
    assert stored.provider == PROVIDER
    assert cases.get_case(session, case_id).children_count == 1
    assert view.placement.values["Leverantör"].text() == MASK  # masked again after the reload


def test_an_unprotected_provider_shows_and_a_masked_dialog_keeps_it(
    qtbot: QtBot, session: Session
) -> None:
    shown = _placed(session, ProtectionLevel.CONFIDENTIALITY_MARKING)
    view = _view(qtbot, session, shown)
    label = view.placement.values["Leverantör"]
    assert not isinstance(label, MaskedField)
    assert label.text() == PROVIDER
    assert view.placement.provider_field is None

    # Opened without a reveal, the dialog never shows a withheld provider, and keeps it.
    hidden = _placed(session, ProtectionLevel.ASSUMED_IDENTITY)
    dialog = PlacementDialog(session, hidden)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.provider.text(), dialog.provider.placeholderText()) == ("", MASK)
    dialog.buttons.accepted.emit()
    assert dialog.result() == FormDialog.DialogCode.Accepted
    stored = placements_repository.of_case(session.conn, hidden)
    assert stored is not None
    assert stored.provider == PROVIDER


def test_the_masked_municipality_in_the_lanskompotten_tab(
    qtbot: QtBot, session: Session, answers: list[bool]
) -> None:
    case_id = _case(session, CaseKind.COUNTY_REFERRAL, ProtectionLevel.PROTECTED_REGISTRATION)
    referral = county_referrals.record_referral(
        session,
        CountyReferral(None, case_id, session.today() - 3 * DAY, Municipality.KNIVSTA),
    )
    assert referral.id is not None
    view = _view(qtbot, session, case_id)
    view.tabs.setCurrentWidget(view.county)
    tab = view.county
    assert "Knivsta" not in _texts(view)
    assert "Knivsta" not in tab.add_button.toolTip()
    assert referral.referred_on.isoformat() in tab.add_button.toolTip()
    field = tab.masked_fields[referral.id]
    assert field.text() == MASK
    answers.append(True)
    assert field.reveal()
    assert field.text() == "Knivsta"
    assert audit.entries(session.vault)[-1].action == "county_referral.reveal"

    answers.append(True)
    qtbot.mouseClick(tab.answer_buttons[referral.id], Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, CountyReferralDialog)
    assert dialog.municipality.currentData() is Municipality.KNIVSTA
    dialog.answer.setCurrentIndex(dialog.answer.findData(ReferralResult.NO_FLAT))
    with qtbot.waitSignal(view.changed, timeout=2000):
        dialog.buttons.accepted.emit()
    stored = county_referrals_repository.get(session.conn, referral.id)
    assert stored is not None
    assert (stored.municipality, stored.result) == (Municipality.KNIVSTA, ReferralResult.NO_FLAT)
    assert tab.masked_fields[referral.id].text() == MASK


def test_the_details_dialog_refuses_to_clear_an_ended_placements_outcome(
    qtbot: QtBot, session: Session
) -> None:
    case_id = _placed(session, ProtectionLevel.NONE, ended=True)
    stored = cases.get_case(session, case_id)
    view = _view(qtbot, session, case_id)
    qtbot.mouseClick(view.overview.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, CaseDetailsDialog)
    assert dialog.outcome is not None
    assert dialog.outcome.currentData() is ShelterOutcome.OWN_SOLUTION
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(None))
    dialog.notes.setPlainText("Utfallet rensat.")
    before = len(audit.entries(session.vault))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    ended_on = (session.today() - 2 * DAY).isoformat()
    assert dialog.errors.message("outcome") == (
        f"Placeringen upphörde {ended_on}; utfallet kan inte tas bort. Välj vart klienten "
        "flyttade när placeringen upphörde."
    )
    assert cases.get_case(session, case_id) == stored
    assert len(audit.entries(session.vault)) == before

    dialog.outcome.setCurrentIndex(dialog.outcome.findData(ShelterOutcome.BACK_TO_PERPETRATOR))
    with qtbot.waitSignal(view.changed, timeout=2000):
        dialog.buttons.accepted.emit()
    changed = cases.get_case(session, case_id)
    assert (changed.outcome, changed.notes) == (
        ShelterOutcome.BACK_TO_PERPETRATOR,
        "Utfallet rensat.",
    )
