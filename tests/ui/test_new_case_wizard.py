"""Opening cases through the new-case wizard, driving the real widgets offscreen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, ProtectionLevel
from skyddsapp.domain.personal_number import check_digit
from skyddsapp.services import audit, cases, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.wizard import new_case_wizard as wizard_module
from skyddsapp.ui.wizard.new_case_wizard import NewCaseWizard
from skyddsapp.ui.wizard.party_page import PartyPage


def number(yyyymmdd: str, serial: str = "981") -> str:
    """A personal number with a valid check digit (the 98x series the demo data uses)."""
    return f"{yyyymmdd}-{serial}{check_digit(yyyymmdd[2:] + serial)}"


@pytest.fixture
def wizard(qtbot, session: Session) -> NewCaseWizard:
    widget = NewCaseWizard(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, wizard: NewCaseWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def fill_person(qtbot, page: PartyPage, first: str, last: str, pnr: str = "", postal="753 20"):
    form = page.form
    qtbot.keyClicks(form.first_name, first)
    qtbot.keyClicks(form.last_name, last)
    if pnr:
        qtbot.keyClicks(form.personal_number, pnr)
    qtbot.keyClicks(form.real_address.street, "Testgatan 4")
    qtbot.keyClicks(form.real_address.postal_code, postal)
    qtbot.keyClicks(form.real_address.city, "Uppsala")


def test_customer_care_case_opened_and_found_by_name_and_reference(qtbot, wizard, session):
    qtbot.mouseClick(wizard.kind_page.buttons[CaseKind.CUSTOMER_CARE], Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.CLIENT
    fill_person(qtbot, wizard.client_page, "Vilhelmina", "Wizardsson", number("19850312"))
    wizard.client_page.form.protection.setCurrentIndex(
        wizard.client_page.form.protection.findData(ProtectionLevel.CONFIDENTIALITY_MARKING)
    )
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.PERPETRATOR
    fill_person(qtbot, wizard.perpetrator_page, "Gustav", "Utovarsson")
    wizard.perpetrator_page.lives_in_flat.setChecked(True)
    for expected in (wizard_module.OTHERS, wizard_module.FLAT, wizard_module.DETAILS):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentId() == expected
    qtbot.keyClicks(wizard.details_page.notes, "Skapat i testet.")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.SUMMARY
    assert "Vilhelmina Wizardsson" in wizard.summary_page.summary.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.created_case_id is not None
    case = cases.get_case(session, wizard.created_case_id)
    assert case.kind is CaseKind.CUSTOMER_CARE
    assert case.handlers == ("demo",)
    assert case.notes == "Skapat i testet."
    roles = {p.role: p for p in case.parties}
    assert roles[CaseRole.PERPETRATOR].lives_in_flat
    client = persons.get_person(session, roles[CaseRole.CLIENT].person_id)
    assert client.protection is ProtectionLevel.CONFIDENTIALITY_MARKING
    found_by_name = search_cases(session, "Wizardsson").rows
    assert [row.id for row in found_by_name] == [case.id]
    found_by_reference = search_cases(session, case.reference.formatted()).rows
    assert [row.id for row in found_by_reference] == [case.id]


def test_kvinnojour_case_with_flat_and_sublet(qtbot, wizard, session):
    wizard.kind_page.set_kind(CaseKind.KVINNOJOUR_SUBLET)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_person(qtbot, wizard.client_page, "Kerstin", "Jourqvist")
    wizard.client_page.form.children_editor.add_child("Alva", 2019)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.OTHERS  # no perpetrator page for this kind
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.flat_page
    assert page.apartment_check.isChecked()  # the flat to let is the point of the case
    form = page.apartment_form
    qtbot.keyClicks(form.object_number, "7777-1111-01")
    qtbot.keyClicks(form.address.street, "Jourgatan 2")
    qtbot.keyClicks(form.address.postal_code, "75428")
    qtbot.keyClicks(form.address.city, "Uppsala")
    qtbot.keyClicks(form.rooms, "2")
    qtbot.keyClicks(form.area, "48,5")
    qtbot.keyClicks(form.rent, "6900")
    page.lease_check.setChecked(True)
    qtbot.keyClicks(page.lease_form.contract_number, "KJ-77-1")
    assert page.lease_form.kind.currentData() is LeaseKind.SECOND_HAND_KVINNOJOUR
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.DETAILS
    assert wizard.details_page.children_count.value() == 1  # from the client's children
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    logged = len(audit.entries(session.vault))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.created_case_id is not None
    # One use case (cases.open_case), one transaction, each part's own entry.
    assert [e.action for e in audit.entries(session.vault)[logged:]] == [
        "person.create",
        "apartment.create",
        "lease.create",
        "case.create",
    ]
    case = cases.get_case(session, wizard.created_case_id)
    assert case.kind is CaseKind.KVINNOJOUR_SUBLET
    assert case.children_count == 1
    assert len(case.apartment_ids) == 1
    lease = housing.get_lease(session, case.lease_ids[0])
    assert lease.kind is LeaseKind.SECOND_HAND_KVINNOJOUR
    assert lease.tenant_ids == tuple(case.person_ids(CaseRole.CLIENT))
    assert housing.get_apartment(session, case.apartment_ids[0]).object_number == "7777-1111-01"
    assert [r.id for r in search_cases(session, "Jourqvist").rows] == [case.id]


def test_bad_input_is_shown_next_to_the_fields_and_blocks_next(qtbot, wizard, session):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.client_page
    fill_person(qtbot, page, "Ingrid", "Felinmatning", "19121212-1213", postal="7532")
    qtbot.keyClicks(page.form.phone, "12345")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == wizard_module.CLIENT
    number_error = page.errors.message("personal_number")
    assert "Kontrollsiffran" in number_error
    assert page.form.personal_number.accessibleDescription() == number_error
    assert "fem siffror" in page.errors.message("real_address.postal_code")
    assert "0 eller +46" in page.errors.message("phone")
    assert page.errors.message("first_name") == ""
    assert persons.find_by_name_prefix(session, "Felinmatning") == []

    page.form.personal_number.setText("19121212-1212")
    page.form.real_address.postal_code.setText("753 20")
    page.form.phone.setText("070-123 45 67")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.PERPETRATOR
    assert page.errors.message("personal_number") == ""
    assert persons.find_by_name_prefix(session, "Felinmatning") == []  # stored only at Finish


def test_flat_errors_block_next_and_nothing_is_stored_on_cancel(qtbot, wizard, session):
    wizard.kind_page.set_kind(CaseKind.HOUSING_CHAIN)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_person(qtbot, wizard.client_page, "Berit", "Kedjesson")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.flat_page
    qtbot.keyClicks(page.apartment_form.rooms, "tre")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.FLAT
    assert page.errors.message("rooms") == "Antal rum ska vara ett heltal."
    assert page.errors.message("object_number") != ""
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.created_case_id is None
    assert persons.find_by_name_prefix(session, "Kedjesson") == []


def test_kvinnojour_quota_asks_for_a_reason_and_rolls_back_until_given(qtbot, wizard, session):
    today = session.today()
    for serial in (1, 2):
        flat = housing.create_apartment(
            session,
            Apartment(
                None, f"5555-{serial}", Address("Kvotgatan 1", "75320", "Uppsala"), 2, 50, 7000
            ),
        )
        tenant = persons.find_by_name_prefix(session, "Anna")[0]
        housing.create_lease(
            session,
            Lease(
                None,
                f"KVOT-{serial}",
                flat.id,
                (tenant.id,),
                LeaseKind.SECOND_HAND_KVINNOJOUR,
                dt.date(today.year, 1, serial),
            ),
            override_reason="test",
        )
    wizard.kind_page.set_kind(CaseKind.KVINNOJOUR_SUBLET)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_person(qtbot, wizard.client_page, "Klara", "Kvotsson")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.flat_page
    form = page.apartment_form
    form.object_number.setText("5555-9")
    form.address.street.setText("Kvotgatan 9")
    form.address.postal_code.setText("75320")
    form.address.city.setText("Uppsala")
    form.rooms.setText("1")
    form.area.setText("30")
    form.rent.setText("5000")
    page.lease_check.setChecked(True)
    page.lease_form.contract_number.setText("KVOT-9")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    qtbot.waitUntil(lambda: wizard.currentId() == wizard_module.FLAT)
    assert wizard.created_case_id is None
    assert "upp till 2 per kalenderår" in page.general_error.text()
    assert page.override_reason.isVisibleTo(page)
    assert persons.find_by_name_prefix(session, "Kvotsson") == []  # rolled back, all of it

    qtbot.keyClicks(page.override_reason, "Akut skyddsbehov, beslut av enhetschef")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.created_case_id is not None
    assert len(persons.find_by_name_prefix(session, "Kvotsson")) == 1


def test_existing_person_picker_masks_protected_persons(qtbot, wizard, session):
    protected = next(
        p for p in persons.find_by_name_prefix(session, "A", limit=500) if p.protection.is_protected
    )
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.client_page
    qtbot.mouseClick(page.existing_radio, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.CLIENT
    assert "Välj en person" in page.general_error.text()

    page.picker.query.setText(protected.full_name)  # typed; keyClicks only knows ASCII
    qtbot.waitUntil(lambda: page.picker.results.count() > 0)
    texts = [page.picker.results.item(i).text() for i in range(page.picker.results.count())]
    protected_rows = [t for t in texts if t.startswith("Skyddad person")]
    assert protected_rows
    assert all(protected.last_name not in t for t in protected_rows)
    for index in range(page.picker.results.count()):
        if page.picker.results.item(index).data(Qt.ItemDataRole.UserRole) == protected.id:
            page.picker.results.setCurrentRow(index)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.PERPETRATOR
    assert wizard.client_page.chosen.existing_id == protected.id


def test_perpetrator_is_required_for_a_perpetrator_move(qtbot, wizard):
    wizard.kind_page.set_kind(CaseKind.PERPETRATOR_MOVE)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_person(qtbot, wizard.client_page, "Lova", "Kvarbo")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.PERPETRATOR
    assert wizard.perpetrator_page.none_radio.isHidden()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.PERPETRATOR
    assert "Förnamn saknas" in wizard.perpetrator_page.errors.message("first_name")


def test_other_parties_are_added_removed_and_stored_at_finish(qtbot, wizard, session):
    wizard.kind_page.set_kind(CaseKind.PRIORITY)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_person(qtbot, wizard.client_page, "Fanny", "Forturson")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.others_page
    for last_name in ("Ombudsdotter", "Borttagen"):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        dialog.role_choice.setCurrentIndex(dialog.role_choice.findData(CaseRole.AGENT))
        dialog.person_form.first_name.setText("Otto")
        dialog.person_form.last_name.setText(last_name)
        dialog.buttons.accepted.emit()
    assert page.list.count() == 2
    assert persons.find_by_name_prefix(session, "Ombudsdotter") == []  # not stored yet
    page.list.setCurrentRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [choice.label for choice in page.chosen] == ["Otto Ombudsdotter"]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard_module.DETAILS  # no flat page for förtur
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    case = cases.get_case(session, wizard.created_case_id)
    [agent] = case.person_ids(CaseRole.AGENT)
    assert persons.get_person(session, agent).last_name == "Ombudsdotter"
    assert persons.find_by_name_prefix(session, "Borttagen") == []
