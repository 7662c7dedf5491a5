"""Edit dialogs: the domain's messages next to the field, nothing stored, then a good save."""

from __future__ import annotations

import datetime as dt

import pytest
from person_support import stored_person
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from skyddsapp.domain.apartment import MASKED_STREET
from skyddsapp.domain.case import DecisionKind, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError
from skyddsapp.domain.lease import LeaseKind, LeaseStatus
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.risk import RiskLevel
from skyddsapp.services import audit, cases, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.services.persons import ProtectedField
from skyddsapp.services.search import search_cases
from skyddsapp.ui.cases.case_details_dialog import CaseDetailsDialog
from skyddsapp.ui.cases.decision_dialog import DecisionDialog
from skyddsapp.ui.cases.person_dialog import PersonDialog
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.cases.risk_assessment_dialog import RiskAssessmentDialog
from skyddsapp.ui.housing.apartment_dialog import ApartmentDialog
from skyddsapp.ui.housing.lease_dialog import LeaseDialog
from skyddsapp.ui.housing.notice_dialog import NoticeDialog
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.form_widgets import to_qdate


def first_case(session: Session, test) -> int:
    for row in search_cases(session, limit=100).rows:
        if test(cases.get_case(session, row.id)):
            return row.id
    raise AssertionError("no such case in the demo vault")


@pytest.fixture
def case_id(session: Session) -> int:
    return first_case(session, lambda c: bool(c.lease_ids) and bool(c.apartment_ids))


def shown(qtbot, dialog: FormDialog) -> FormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(dialog: FormDialog) -> None:
    dialog.buttons.accepted.emit()


def test_field_errors_find_the_input_or_its_parent_and_collect_the_rest(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    general = error_label(host)
    errors = FieldErrors(general)
    name, children = QLineEdit(host), QWidget(host)
    errors.wrap("first_name", name, host)
    errors.wrap("children", children, host)
    unmatched = errors.show(
        [
            FieldError("first_name", "Förnamn saknas."),
            FieldError("children[1].birth_year", "Barn 2: födelseåret ligger i framtiden."),
            FieldError("parties", "Samma person kan inte vara både klient och våldsutövare."),
        ]
    )
    assert errors.message("first_name") == "Förnamn saknas."
    assert name.accessibleDescription() == "Förnamn saknas."
    assert errors.message("children") == "Barn 2: födelseåret ligger i framtiden."
    assert [e.field for e in unmatched] == ["parties"]
    assert general.text() == "Samma person kan inte vara både klient och våldsutövare."
    errors.clear()
    assert errors.message("first_name") == ""
    assert name.accessibleDescription() == ""
    assert general.isHidden()


def test_person_dialog_adds_a_party_only_when_valid(qtbot, session, case_id):
    before = cases.get_case(session, case_id).parties
    dialog = shown(qtbot, PersonDialog(session, case_id=case_id, default_role=CaseRole.AGENT))
    form = dialog.person_form
    form.first_name.setText("Olle")
    form.last_name.setText("Ombudsson")
    form.phone.setText("12-34")
    form.children_editor.add_child("", 2040)
    save(dialog)
    assert dialog.isVisible()
    assert "0 eller +46" in dialog.errors.message("phone")
    assert "Barn 1: förnamn" in dialog.errors.message("children[0].first_name")
    assert "framtiden" in dialog.errors.message("children[0].birth_year")
    assert cases.get_case(session, case_id).parties == before
    assert persons.find_by_name_prefix(session, "Ombudsson") == []

    form.phone.setText("018-123 45 67")
    form.children_editor.remove_child(0)
    save(dialog)
    assert not dialog.isVisible()
    assert dialog.result() == FormDialog.DialogCode.Accepted
    parties = cases.get_case(session, case_id).parties
    assert len(parties) == len(before) + 1
    assert parties[-1].role is CaseRole.AGENT
    assert persons.get_person(session, parties[-1].person_id).phone == "018-123 45 67"


def test_editing_a_protected_person_keeps_hidden_fields_until_revealed(qtbot, session):
    person = next(
        stored_person(session, p.id)
        for p in persons.find_by_name_prefix(session, "A", limit=500)
        if p.protection.is_protected
        and {ProtectedField.PERSONAL_NUMBER, ProtectedField.PHONE} <= p.masked
    )
    dialog = shown(qtbot, PersonDialog(session, person_id=person.id))
    form = dialog.person_form
    assert ProtectedField.PERSONAL_NUMBER in form.hidden_fields
    assert form.personal_number.text() == ""
    assert form.personal_number.isReadOnly()
    assert form.phone.text() == ""
    assert not form.hidden_row.isHidden()
    form.first_name.setText("Nyttnamn")
    save(dialog)
    assert dialog.result() == FormDialog.DialogCode.Accepted
    stored = stored_person(session, person.id)
    assert stored.first_name == "Nyttnamn"
    assert stored.personal_number == person.personal_number  # hidden means unchanged
    assert stored.phone == person.phone
    assert stored.real_address.lines() == person.real_address.lines()

    again = shown(qtbot, PersonDialog(session, person_id=person.id))

    def give_reason() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, RevealDialog):
            QTimer.singleShot(10, give_reason)
            return
        modal.reason_choice.setCurrentIndex(modal.reason_choice.findText("Ändra personuppgifter"))
        modal.try_reveal()

    QTimer.singleShot(0, give_reason)
    assert again.person_form.reveal_hidden()
    assert again.person_form.personal_number.text() == person.personal_number.formatted()
    assert again.person_form.phone.text() == person.phone
    assert again.person_form.hidden_row.isHidden()
    logged = [
        e.details
        for e in audit.entries(session.vault)
        if e.action == "person.reveal" and e.object_id == str(person.id)
    ]
    assert "personal_number" in logged
    assert "phone" in logged


def test_apartment_dialog_shows_messages_and_links_the_new_flat(qtbot, session, case_id):
    before = cases.get_case(session, case_id).apartment_ids
    dialog = shown(qtbot, ApartmentDialog(session, case_id))
    form = dialog.apartment_form
    form.object_number.setText("4242-0001")
    form.address.street.setText("Provgatan 1")
    form.address.postal_code.setText("05320")
    form.address.city.setText("Uppsala")
    form.rooms.setText("12")
    form.area.setText("femtio")
    form.rent.setText("8000")
    save(dialog)
    assert (
        dialog.errors.message("address.postal_code") == "Adress: Postnumret kan inte börja med 0."
    )
    assert dialog.errors.message("rooms") == "Antal rum ska vara mellan 1 och 10."
    assert dialog.errors.message("area_m2") == "Boarean ska vara ett tal, t.ex. 52,5."
    assert cases.get_case(session, case_id).apartment_ids == before

    form.address.postal_code.setText("753 20")
    form.rooms.setText("3")
    form.area.setText("71,5")
    form.embargo.set_value(dt.date(2027, 2, 1))
    save(dialog)
    assert dialog.result() == FormDialog.DialogCode.Accepted
    after = cases.get_case(session, case_id).apartment_ids
    assert len(after) == len(before) + 1
    flat = housing.get_apartment(session, after[-1])
    assert str(flat.area_m2) == "71.5"
    assert flat.embargo_until == dt.date(2027, 2, 1)


def test_apartment_dialog_edits_and_refuses_a_taken_object_number(qtbot, session, case_id):
    case = cases.get_case(session, case_id)
    other = first_case(session, lambda c: c.id != case_id and bool(c.apartment_ids))
    taken = housing.get_apartment(session, cases.get_case(session, other).apartment_ids[0])
    dialog = shown(qtbot, ApartmentDialog(session, case_id, case.apartment_ids[0]))
    dialog.apartment_form.object_number.setText(taken.object_number)
    save(dialog)
    assert "finns redan" in dialog.errors.message("object_number")
    dialog.apartment_form.key_series.setText("S999")
    dialog.apartment_form.object_number.setText("1111-2222-33")
    save(dialog)
    assert housing.get_apartment(session, case.apartment_ids[0]).key_series == "S999"


def test_apartment_dialog_never_shows_a_hidden_street_and_keeps_it(qtbot, session):
    def hides(case) -> bool:
        people = [persons.get_person(session, p.person_id) for p in case.parties]
        return bool(case.apartment_ids) and any(p.protection.hides_real_address for p in people)

    case = cases.get_case(session, first_case(session, hides))
    apartment_id = case.apartment_ids[0]
    from skyddsapp.vault import apartments_repository  # tests may read the vault directly

    stored = apartments_repository.get(session.conn, apartment_id)
    assert stored is not None
    dialog = shown(qtbot, ApartmentDialog(session, case.id, apartment_id))
    texts = [w.text() for w in dialog.findChildren(QLineEdit)]
    assert stored.address.street not in texts
    assert dialog.apartment_form.address.street.text() == MASKED_STREET
    dialog.apartment_form.key_series.setText("S-HEMLIG")
    save(dialog)
    saved = apartments_repository.get(session.conn, apartment_id)
    assert saved is not None
    assert (saved.address.street, saved.key_series) == (stored.address.street, "S-HEMLIG")


def test_lease_dialog_needs_a_tenant_and_a_reason_beyond_the_quota(qtbot, session):
    case_id = first_case(session, lambda c: c.kind is CaseKind.KVINNOJOUR_SUBLET)
    dialog = shown(qtbot, LeaseDialog(session, case_id))
    form = dialog.lease_form
    form.contract_number.setText("KJ-NY-1")
    form.set_kind(LeaseKind.SECOND_HAND_KVINNOJOUR)
    form.start_date.setDate(to_qdate(session.today()))
    save(dialog)
    assert dialog.errors.message("tenant_ids") == "Hyresavtalet måste ha minst en hyresgäst."
    client = cases.get_case(session, case_id).person_ids(CaseRole.CLIENT)[0]
    form.tenant_checks[client].setChecked(True)
    for serial in (2, 3):  # fill this year's quota first
        second = shown(qtbot, LeaseDialog(session, case_id))
        second.lease_form.contract_number.setText(f"KJ-KVOT-{serial}")
        second.lease_form.set_kind(LeaseKind.SECOND_HAND_KVINNOJOUR)
        second.lease_form.tenant_checks[client].setChecked(True)
        save(second)
        if second.isVisible():  # the demo data may already have used the quota
            second.override_reason.setText("Testets undantag")
            save(second)
        assert second.result() == FormDialog.DialogCode.Accepted
    before = cases.get_case(session, case_id).lease_ids
    assert not dialog.override_reason.isVisibleTo(dialog)
    save(dialog)
    assert dialog.isVisible()
    assert "per kalenderår" in dialog.general_error.text()
    assert dialog.override_reason.isVisibleTo(dialog)
    assert cases.get_case(session, case_id).lease_ids == before
    dialog.override_reason.setText("Akut behov enligt Nexus")
    save(dialog)
    assert dialog.result() == FormDialog.DialogCode.Accepted
    assert len(cases.get_case(session, case_id).lease_ids) == len(before) + 1


def test_notice_dialog_computes_the_end_and_refuses_a_date_before_the_start(
    qtbot, session, case_id
):
    lease_id = cases.get_case(session, case_id).lease_ids[0]
    lease = housing.get_lease(session, lease_id)
    assert lease.status is LeaseStatus.ACTIVE
    dialog = shown(qtbot, NoticeDialog(session, lease_id))
    dialog.notice_date.setDate(to_qdate(lease.start_date - dt.timedelta(days=1)))
    save(dialog)
    assert "före avtalets startdatum" in dialog.errors.message("notice_date")
    assert housing.get_lease(session, lease_id).notice_date is None
    dialog.notice_date.setDate(to_qdate(dt.date(2026, 9, 15)))
    assert dialog.end_date.text().startswith("2026-12-31")
    save(dialog)
    noticed = housing.get_lease(session, lease_id)
    assert noticed.status is LeaseStatus.NOTICE_GIVEN
    assert noticed.end_date == dt.date(2026, 12, 31)


def test_risk_assessment_dialog(qtbot, session, case_id):
    count = len(cases.get_case(session, case_id).risk_assessments)
    dialog = shown(qtbot, RiskAssessmentDialog(session, case_id))
    dialog.assessor.setText(" ")
    dialog.next_review.setDate(to_qdate(session.today() - dt.timedelta(days=1)))
    save(dialog)
    assert dialog.errors.message("assessor") == "Ange vem som gjorde riskbedömningen."
    assert "före bedömningens datum" in dialog.errors.message("next_review")
    assert len(cases.get_case(session, case_id).risk_assessments) == count
    dialog.assessor.setText("Nexus Bedömare")
    dialog.next_review.setDate(to_qdate(session.today() + dt.timedelta(days=30)))
    dialog.level.setCurrentIndex(dialog.level.findData(RiskLevel.HIGH))
    dialog.seeks_out.setChecked(True)
    save(dialog)
    latest = cases.get_case(session, case_id).latest_risk_assessment()
    assert latest.level is RiskLevel.HIGH
    assert latest.seeks_out_victim


def test_decision_dialog(qtbot, session, case_id):
    count = len(cases.get_case(session, case_id).decisions)
    dialog = shown(qtbot, DecisionDialog(session, case_id, kind=DecisionKind.PRIORITY))
    dialog.valid_until.set_value(session.today() - dt.timedelta(days=3))
    save(dialog)
    assert dialog.errors.message("text") == "Beskriv beslutet."
    assert "före beslutet" in dialog.errors.message("valid_until")
    assert len(cases.get_case(session, case_id).decisions) == count
    dialog.text.setPlainText("Förtur beviljas, tre rum, inte i Gottsunda.")
    dialog.valid_until.set_value(session.today() + dt.timedelta(days=180))
    dialog.refused.setChecked(True)
    save(dialog)
    decision = cases.get_case(session, case_id).latest_decision(DecisionKind.PRIORITY)
    assert decision.granted is False
    assert decision.text.startswith("Förtur beviljas")


def test_case_details_dialog(qtbot, session):
    case_id = first_case(session, lambda c: c.kind is CaseKind.SHELTER_EXIT)
    handlers = cases.get_case(session, case_id).handlers
    dialog = shown(qtbot, CaseDetailsDialog(session, case_id))
    assert dialog.outcome is not None
    assert not hasattr(dialog, "handlers")  # handlers change in the Handläggare dialog alone
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(ShelterOutcome.OWN_SOLUTION))
    dialog.children_count.setValue(2)
    save(dialog)
    case = cases.get_case(session, case_id)
    assert case.handlers == handlers
    assert case.outcome is ShelterOutcome.OWN_SOLUTION
    assert case.children_count == 2


def test_every_input_of_a_dialog_has_an_accessible_name(qtbot, session, case_id):
    for dialog in (
        PersonDialog(session, case_id=case_id),
        ApartmentDialog(session, case_id),
        LeaseDialog(session, case_id),
        RiskAssessmentDialog(session, case_id),
        DecisionDialog(session, case_id),
    ):
        shown(qtbot, dialog)
        for edit in dialog.findChildren(QLineEdit):
            if edit.parent() is not None and edit.parent().metaObject().className() in (
                "QDateEdit",
                "QSpinBox",
                "QComboBox",
            ):
                continue  # the inner editor of a date, spin or combo box
            assert edit.accessibleName(), dialog.windowTitle()
        assert all(label.text() or label.isHidden() for label in dialog.findChildren(QLabel))


def test_lease_dialog_names_a_hidden_flat_by_object_number_only() -> None:
    from decimal import Decimal

    from skyddsapp.domain.address import Address
    from skyddsapp.domain.apartment import Apartment
    from skyddsapp.ui.housing.lease_dialog import apartment_choices

    flat = Apartment(
        7, "1234-5678", Address("Nyavägen 9", "75428", "Uppsala"), 2, Decimal(55), 7000
    )
    assert apartment_choices([flat]) == [(7, "1234-5678 – Nyavägen 9")]
    assert apartment_choices([flat], hide_street=True) == [(7, "1234-5678")]
