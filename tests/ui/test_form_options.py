"""Ny blankett's options: the form's warnings on screen (never on paper), the issuers it allows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.services import cases, documents, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog
from skyddsapp.ui.paperwork.pdf_printing import PdfSource
from skyddsapp.ui.shell.clipboard import SecretClipboard

WARNING_12_47 = "12 kap. 47 § jordabalken"


def _person(session: Session, first: str, last: str, birth: str) -> Person:
    nine = birth[2:] + "982"
    number = PersonalNumber.parse(f"{birth}982{check_digit(nine)}", today=session.today())
    person = persons.create_person(
        session,
        Person(None, first, last, personal_number=number),
    )
    assert person.id is not None
    return person


@pytest.fixture
def sole_tenant_case(session: Session) -> int:
    """The client is the lease's only tenant; the perpetrator stays in the flat."""
    client = _person(session, "Klara", "Klientsson", "19850312")
    perpetrator = _person(session, "Viktor", "Våldsson", "19800607")
    flat = housing.create_apartment(
        session,
        Apartment(
            None, "555-1001", Address("Provgatan 3", "75428", "Uppsala"), 2, Decimal(54), 7200
        ),
    )
    assert flat.id is not None
    lease = housing.create_lease(
        session,
        Lease(None, "K-4747", flat.id, (client.id,), LeaseKind.FIRST_HAND, dt.date(2020, 1, 1)),
    )
    case = cases.create_case(
        session,
        CaseKind.CUSTOMER_CARE,
        parties=[
            CaseParty(client.id, CaseRole.CLIENT),
            CaseParty(perpetrator.id, CaseRole.PERPETRATOR, lives_in_flat=True),
        ],
        handlers=(session.user_name,),
        apartment_ids=[flat.id],
        lease_ids=[lease.id],
    )
    assert case.id is not None
    return case.id


def _spec(form_id: str):
    return next(spec for spec in documents.forms() if spec.id == form_id)


def _pdf_text(data: bytes) -> str:
    source = PdfSource(data)
    try:
        return "\n".join(
            source.document.getAllText(page).text() for page in range(source.page_count)
        )
    finally:
        source.close()


def test_the_12_47_warning_is_shown_on_screen_and_not_printed(
    qtbot: QtBot, session: Session, sole_tenant_case: int
):
    [warning] = _spec("uppsagning").warnings(documents.case_file(session, sole_tenant_case))
    view = CaseView(session, sole_tenant_case, SecretClipboard())
    qtbot.addWidget(view)
    view.show()
    tab = view.documents
    tab.new_action.trigger()
    tab.active_dialog.select("uppsagning")
    tab.active_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    options = tab.active_dialog
    assert isinstance(options, FormOptionsDialog)
    assert options.spec.id == "uppsagning"
    [label] = options.warnings
    assert label.isVisible()
    assert label.text() == "⚠ " + warning
    assert WARNING_12_47 in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.styleSheet()  # boxed like every warning
    outer = options.layout()
    assert outer.indexOf(label) < outer.indexOf(options.scroll_area)  # above the fields
    options.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert options.generated is not None, options.general_error.text()
    printed = _pdf_text(options.generated.pdf)
    assert "Uppsägning" in printed  # the text can be read from the PDF ...
    assert "47 §" not in printed  # ... and the warning is not on it
    assert "Stäm av med hyresvärden" not in printed
    tab.preview.reject()


def test_a_form_without_warnings_shows_none(qtbot: QtBot, session: Session, sole_tenant_case):
    file = documents.case_file(session, sole_tenant_case)
    dialog = FormOptionsDialog(session, sole_tenant_case, _spec("informationsblad"), file)
    qtbot.addWidget(dialog)
    assert dialog.warnings == []


@pytest.mark.parametrize("form_id", ["uppsagning", "samtycke", "lasbyte", "kundvard_begaran"])
def test_only_the_forms_issuers_are_offered(
    qtbot: QtBot, session: Session, sole_tenant_case: int, form_id: str
):
    spec = _spec(form_id)
    file = documents.case_file(session, sole_tenant_case)
    dialog = FormOptionsDialog(session, sole_tenant_case, spec, file)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = [dialog.issuer.itemData(i) for i in range(dialog.issuer.count())]
    assert offered == list(spec.issuers)
    assert dialog.issuer.currentData() is spec.issuer  # the default first
    # One issuer: nothing to choose, so the row is not shown.
    assert dialog.issuer.isVisible() == (len(spec.issuers) > 1)


def test_an_issuer_the_service_refuses_is_shown_next_to_the_combo(
    qtbot: QtBot, session: Session, sole_tenant_case: int
):
    # A stale spec offers an issuer the service's own spec does not allow.
    stale = dataclasses.replace(_spec("lasbyte"), other_issuers=(Issuer.NEXUS,))
    assert Issuer.NEXUS not in _spec("lasbyte").issuers
    file = documents.case_file(session, sole_tenant_case)
    before = len(documents.register(session, sole_tenant_case))
    dialog = FormOptionsDialog(session, sole_tenant_case, stale, file)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.issuer.isVisible()
    dialog.issuer.setCurrentIndex(dialog.issuer.findData(Issuer.NEXUS))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.generated is None
    message = dialog.errors.message("issuer")
    assert "kan inte utfärdas av" in message
    assert Issuer.NEXUS.value in message
    assert not dialog.general_error.isVisible()
    assert len(documents.register(session, sole_tenant_case)) == before
