"""A tenant approval under the exception, driven through the decision dialog, then printed
from the Dokument tab."""

from __future__ import annotations

import io

import pypdf
import pytest
from chain_support import kvinnojour_case
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference
from skyddsapp.services import documents, tenant_approvals
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.decision_dialog import DecisionDialog
from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog
from skyddsapp.ui.paperwork.form_picker_dialog import FormPickerDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard

REASON = "Hyresskulden uppstod när våldsutövaren styrde ekonomin."


@pytest.fixture
def case_id(session: Session) -> int:
    return kvinnojour_case(session)


@pytest.fixture
def view(qtbot: QtBot, session: Session, case_id: int) -> CaseView:
    widget = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    return widget


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_approval_under_the_exception_from_the_dialog_to_the_paper(
    qtbot: QtBot, view: CaseView, session: Session, case_id: int
) -> None:
    assert not view.workflow.action_buttons["approve_tenant"].isEnabled()
    qtbot.mouseClick(view.workflow.decision_button, Qt.MouseButton.LeftButton)
    dialog = view.workflow.active_dialog
    assert isinstance(dialog, DecisionDialog)
    fields = dialog.approval_fields
    assert not fields.credit_check.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(DecisionKind.TENANT_APPROVAL))
    assert fields.credit_check.isVisible()
    assert fields.credit_check.currentData() is CreditCheck.NOT_DONE  # nothing on a default
    assert not dialog.neither.isEnabled()  # an approval is a yes or a no
    dialog.text.setPlainText("Godkänns som andrahandshyresgäst.")

    ok(dialog)  # no credit check made
    assert dialog.isVisible()
    assert "utan kreditupplysning" in dialog.errors.message("credit_check")
    fields.credit_check.setCurrentIndex(fields.credit_check.findData(CreditCheck.REMARKS))
    fields.housing_reference.setCurrentIndex(
        fields.housing_reference.findData(HousingReference.DISTURBANCES)
    )
    ok(dialog)  # rent debt, no exception
    assert "kan bara godkännas med undantaget" in dialog.errors.message("exception")
    assert not fields.exception_reason.isEnabled()
    qtbot.mouseClick(fields.exception, Qt.MouseButton.LeftButton)
    assert fields.exception_reason.isEnabled()
    ok(dialog)  # the exception without a reason
    assert dialog.errors.message("exception_reason").startswith("Ange skälet till undantaget")
    assert tenant_approvals.tenant_approvals(session, case_id) == []

    fields.exception_reason.setPlainText(REASON)
    with qtbot.waitSignal(view.changed, timeout=2000):
        ok(dialog)
    [stored] = tenant_approvals.tenant_approvals(session, case_id)
    assert (stored.exception_used, stored.exception_reason) == (True, REASON)
    assert view.workflow.action_buttons["approve_tenant"].isEnabled()
    assert (
        "undantag: hyresskuld eller störningar orsakade av våldet" in view.events.item(0, 2).text()
    )

    # Ny blankett → Beslut om hyresgästgodkännande → Skapa.
    view.tabs.setCurrentWidget(view.documents)
    tab = view.documents
    qtbot.mouseClick(tab.buttons[tab.new_action], Qt.MouseButton.LeftButton)
    picker = tab.active_dialog
    assert isinstance(picker, FormPickerDialog)
    picker.select("hyresgastgodkannande")
    ok(picker)
    options = tab.active_dialog
    assert isinstance(options, FormOptionsDialog)
    ok(options)
    qtbot.waitUntil(lambda: tab.preview is not None)
    [record] = documents.register(session, case_id)
    assert record.form_id == "hyresgastgodkannande"
    pages = pypdf.PdfReader(io.BytesIO(documents.pdf(session, record.id))).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "☒ Hyresskuld eller störningar orsakade av våldet" in text
    assert REASON in text
