"""One case in a tab: overview, persons, flat and lease, timeline, risks, documents, workflow."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.workflows import state_label
from skyddsapp.services import cases, county_referrals, housing, placements
from skyddsapp.services.case_data import open_case_data
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, ServiceError
from skyddsapp.ui.cases.case_data import CaseData, load_case_data, warning_label
from skyddsapp.ui.cases.case_details_dialog import CaseDetailsDialog
from skyddsapp.ui.cases.case_events_tab import CaseEventsTab
from skyddsapp.ui.cases.case_history_tab import CaseHistoryTab
from skyddsapp.ui.cases.case_overview_tab import CaseOverviewTab
from skyddsapp.ui.cases.case_persons_tab import CasePersonsTab
from skyddsapp.ui.cases.case_risk_tab import CaseRiskTab
from skyddsapp.ui.cases.handlers_dialog import HandlersDialog
from skyddsapp.ui.cases.party_dialog import PartyDialog
from skyddsapp.ui.cases.person_dialog import PersonDialog
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.cases.reveal_first import reveal_first
from skyddsapp.ui.cases.risk_assessment_dialog import RiskAssessmentDialog
from skyddsapp.ui.cases.workflow_panel import WorkflowPanel
from skyddsapp.ui.housing.apartment_dialog import ApartmentDialog
from skyddsapp.ui.housing.case_county_tab import CaseCountyTab
from skyddsapp.ui.housing.case_housing_first_tab import CaseHousingFirstTab
from skyddsapp.ui.housing.case_housing_tab import CaseHousingTab
from skyddsapp.ui.housing.case_placement_tab import CasePlacementTab
from skyddsapp.ui.housing.county_referral_dialog import CountyReferralDialog
from skyddsapp.ui.housing.joint_assessment_dialog import JointAssessmentDialog
from skyddsapp.ui.housing.lease_dialog import LeaseDialog
from skyddsapp.ui.housing.notice_dialog import NoticeDialog
from skyddsapp.ui.housing.old_flat_outcome_dialog import OldFlatOutcomeDialog
from skyddsapp.ui.housing.placement_dialog import PlacementDialog
from skyddsapp.ui.housing.trial_length_dialog import TrialLengthDialog
from skyddsapp.ui.keys.case_keys_tab import CaseKeysTab
from skyddsapp.ui.paperwork.case_documents_tab import CaseDocumentsTab
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.screen import CaseScreen
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel, message_box, show_warning

WORKFLOW_PANEL_WIDTH = 340


class CaseView(CaseScreen):
    """Reads the case through the services; every change goes through a dialog or the workflow
    panel, after which the view reloads (re-masking revealed fields) and emits ``changed``."""

    access_lost = Signal(int)
    """The user no longer sees the case (they handed it over): its tab should close."""
    document_requested = Signal(int, int)
    """(case id, document id): a verified paper that belongs to another case."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.clipboard = clipboard
        self.data: CaseData | None = None
        self.active_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.header = PlainLabel(parent=self)
        self.header.setWordWrap(True)
        self.header.setAccessibleName(self.tr("Ärende"))
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header.setFont(font)
        self.handover_button = self._handover_button()
        header_row = QHBoxLayout()
        header_row.addWidget(self.header, 1)
        header_row.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header_row)
        self.glass_label = warning_label(
            self.tr(
                "Öppnat med nödåtkomst: varken du eller ditt team handlägger ärendet. "
                "Öppningen och allt du gör här loggas och granskas."
            ),
            self,
        )
        self.glass_label.setAccessibleName(self.tr("Nödåtkomst"))
        self.glass_label.hide()
        layout.addWidget(self.glass_label)
        self.housing_first = CaseHousingFirstTab(session, case_id, self)
        layout.addWidget(self.housing_first.banner)  # shown only for Bostad först
        self.tabs = QTabWidget(self)
        self.overview = CaseOverviewTab(self)
        self.persons = CasePersonsTab(session, clipboard, self)
        self.housing = CaseHousingTab(session, clipboard, self)
        self.keys = CaseKeysTab(session, self)
        self.events = CaseEventsTab(self)
        self.risks = CaseRiskTab(self)
        self.documents = CaseDocumentsTab(session, case_id, self)
        self.history = CaseHistoryTab(session, self)
        self.tabs.addTab(self.overview, self.tr("Ö&versikt"))
        self.tabs.addTab(self.persons, self.tr("&Personer"))
        self.tabs.addTab(self.housing, self.tr("&Lägenhet och avtal"))
        self.tabs.addTab(self.keys, self.tr("&Nycklar"))
        self.tabs.addTab(self.events, self.tr("&Händelser"))
        self.tabs.addTab(self.risks, self.tr("&Riskbedömningar"))
        self.tabs.addTab(self.documents, self.tr("&Dokument"))
        self.tabs.addTab(self.history, self.tr("Hi&storik"))
        # Tabs of one kind of case: shown only for it (see reload).
        self.placement = CasePlacementTab(session, clipboard, self)
        self.county = CaseCountyTab(session, clipboard, self)
        self.tabs.insertTab(4, self.placement, self.tr("Pla&cering"))
        self.tabs.insertTab(5, self.county, self.tr("Läns&kompotten"))
        self.workflow = WorkflowPanel(session, case_id, self)
        self.workflow.setMinimumWidth(260)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.workflow)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1000, WORKFLOW_PANEL_WIDTH])
        body = QHBoxLayout()
        body.addWidget(splitter)
        layout.addLayout(body, 1)
        self._connect()
        self.reload(opening=True)

    def _handover_button(self) -> QPushButton:
        """Överlämna till annat valv (Ctrl+Shift+H while the case has focus)."""
        action = QAction(self.tr("Överlämna till annat valv…"), self)
        action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.hand_over)
        self.addAction(action)
        self.handover_action = action
        button = QPushButton(self.tr("Överlämna till annat valv…"), self)
        button.setToolTip(
            self.tr("Försegla ärendet till ett annat valv och spara det på ett USB-minne")
            + " (Ctrl+Shift+H)"
        )
        button.setAutoDefault(False)
        button.clicked.connect(self.hand_over)
        button.setEnabled(not self.session.read_only)
        action.setEnabled(not self.session.read_only)
        return button

    def hand_over(self) -> None:
        """Seal the case to a trusted peer vault and save the file where the user picks."""
        from skyddsapp.ui.cases.handover_seal_dialog import HandoverSealDialog

        if self.session.vault.is_locked or self.session.read_only:
            return
        dialog = HandoverSealDialog(self.session, self.case_id, self, reference=self.reference)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()

    @property
    def reference(self) -> str:
        """The case reference (not personal data): the main window's tab title."""
        return self.data.case.reference.formatted() if self.data else ""

    def _connect(self) -> None:
        self.workflow.changed.connect(self._after_save)
        self.overview.edit_requested.connect(
            lambda: self.open_dialog(CaseDetailsDialog(self.session, self.case_id, self))
        )
        self.overview.handlers_requested.connect(
            lambda: self.open_dialog(HandlersDialog(self.session, self.case_id, self))
        )
        self.persons.add_requested.connect(self.add_person)
        self.persons.add_existing_requested.connect(
            lambda: self.open_dialog(PartyDialog(self.session, self.case_id, parent=self))
        )
        self.persons.remove_requested.connect(self.remove_party)
        self.persons.edit_requested.connect(
            lambda pid: self.open_dialog(PersonDialog(self.session, person_id=pid, parent=self))
        )
        self.housing.add_apartment_requested.connect(
            lambda: self.open_dialog(ApartmentDialog(self.session, self.case_id, parent=self))
        )
        self.housing.edit_apartment_requested.connect(self.edit_apartment)
        self.housing.add_lease_requested.connect(
            lambda: self.open_dialog(LeaseDialog(self.session, self.case_id, parent=self))
        )
        self.housing.edit_lease_requested.connect(
            lambda lid: self.open_dialog(LeaseDialog(self.session, self.case_id, lid, self))
        )
        self.housing.notice_requested.connect(
            lambda lid: self.open_dialog(NoticeDialog(self.session, lid, self))
        )
        self.housing.outcome_requested.connect(
            lambda aid: self.open_dialog(
                OldFlatOutcomeDialog(self.session, self.case_id, aid, self)
            )
        )
        self.housing.trial_length_requested.connect(self.change_trial_length)
        self.housing.joint_assessment_requested.connect(self.record_joint_assessment)
        self.housing.flat_stay_changed.connect(self._after_save)
        self.risks.add_requested.connect(
            lambda: self.open_dialog(RiskAssessmentDialog(self.session, self.case_id, self))
        )
        self.keys.form_requested.connect(self.documents.new_form_of)
        self.keys.changed.connect(self._after_save)
        self.housing_first.changed.connect(self._after_save)
        self.documents.changed.connect(self._after_save)
        self.history.changed.connect(self._after_save)
        self.documents.document_requested.connect(self.document_requested)
        self.placement.edit_requested.connect(self.edit_placement)
        self.county.add_requested.connect(
            lambda: self.open_dialog(CountyReferralDialog(self.session, self.case_id, parent=self))
        )
        self.county.edit_requested.connect(self.edit_referral)

    def reload(self, *, opening: bool = False) -> None:
        """Read the case again and rebuild every tab; revealed values are dropped. `opening`:
        the first read, which the services log as the user opening the case."""
        if self.session.vault.is_locked:
            return
        if opening:
            data = open_case_data(self.session, self.case_id)
        else:
            data = load_case_data(self.session, self.case_id)
        self.data = data
        self.glass_label.setVisible(data.opened_by_glass)
        case = data.case
        header = self.tr("{0} · {1} · {2}").format(
            case.reference.formatted(),
            domain_text(case.kind.label),
            domain_text(state_label(case)),
        )
        wait = self.housing_first.show_case(case, self.tabs)  # Bostad först: the wait
        self.header.setText(self.tr("{0} · {1}").format(header, wait) if wait else header)
        self.overview.show_data(data)
        self.persons.show_data(data)
        self.housing.show_data(data)
        self.keys.show_data(data)
        self.events.show_data(data)
        self.risks.show_data(data)
        self.documents.reload()
        self.history.show_data(data)
        self._show_kind_tabs(data)
        self.workflow.show_case(case, data.steps)

    def _show_kind_tabs(self, data: CaseData) -> None:
        for tab, kind in (
            (self.placement, CaseKind.SHELTER_EXIT),
            (self.county, CaseKind.COUNTY_REFERRAL),
        ):
            shown = data.case.kind is kind
            self.tabs.setTabVisible(self.tabs.indexOf(tab), shown)
            if shown:
                tab.show_data(data)

    def refresh(self) -> None:
        """The main window's Uppdatera (F5)."""
        self.reload()

    def show_document(self, document_id: int) -> None:
        """Bring the Dokument tab forward with the document selected."""
        self.tabs.setCurrentWidget(self.documents)
        self.documents.select_document(document_id)
        self.documents.table.setFocus()

    def add_person(self) -> None:
        has_client = bool(self.data and self.data.case.person_ids(CaseRole.CLIENT))
        role = CaseRole.CONTACT_PERSON if has_client else CaseRole.CLIENT
        self.open_dialog(
            PersonDialog(self.session, case_id=self.case_id, default_role=role, parent=self)
        )

    def remove_party(self, person_id: int, role: CaseRole) -> None:
        """Ask first (the person stays registered; only the link to this case goes)."""
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Ta bort ur ärendet"),
            self.tr("Ta bort personen ({0}) ur ärendet? Personen finns kvar i valvet.").format(
                domain_text(role.label)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes or self.session.vault.is_locked:
                return
            try:
                cases.remove_party(self.session, self.case_id, person_id, role)
            except (DomainError, ServiceError) as error:
                show_warning(self, self.tr("Ta bort ur ärendet"), error_text(error))
                return
            self._after_save()

        box.finished.connect(lambda _result: answered(box.standardButton(box.clickedButton())))
        self.active_dialog = box
        box.open()

    def open_dialog(self, dialog: QDialog) -> None:
        # open(), not exec(): the app may lock (and reject the dialog) at any moment.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._after_save)
        self.active_dialog = dialog
        dialog.open()

    def edit_apartment(self, apartment_id: int) -> None:
        """Editing shows the street: where the case hides it, the look is asked for and logged."""
        if self.housing.address_hidden:
            dialog = RevealDialog(
                self.session,
                apartment_id,
                ["address"],
                self,
                reveal=lambda _field, reason: housing.reveal_apartment_address(
                    self.session, apartment_id, reason
                ),
            )
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            if self.session.vault.is_locked:
                return
            dialog.values = {}  # the street is shown again in the edit dialog, not kept here
            dialog.deleteLater()
            if not accepted:
                return
        self.open_dialog(ApartmentDialog(self.session, self.case_id, apartment_id, self))

    def change_trial_length(self) -> None:
        if self.data is not None and self.data.trial is not None:
            self.open_dialog(TrialLengthDialog(self.session, self.case_id, self.data.trial, self))

    def record_joint_assessment(self) -> None:
        if self.data is not None and self.data.trial is not None:
            self.open_dialog(
                JointAssessmentDialog(self.session, self.case_id, self.data.trial, self)
            )

    def edit_placement(self) -> None:
        """Editing shows the provider: where the case hides it, the look is asked for and
        logged first (as for a flat's hidden street)."""
        stored = self.data.placement if self.data is not None else None
        revealed = None
        if stored is not None and stored.provider_masked:
            revealed = reveal_first(
                self.session,
                self.case_id,
                "provider",
                lambda reason: placements.reveal_placement(self.session, self.case_id, reason),
                self,
            )
            if revealed is None:
                return
        self.open_dialog(PlacementDialog(self.session, self.case_id, self, revealed=revealed))

    def edit_referral(self, referral_id: int) -> None:
        """Editing shows the municipality: where the case hides it, the look is asked for and
        logged first."""
        referrals = self.data.county_referrals if self.data is not None else []
        revealed = None
        if any(r.id == referral_id and r.municipality_masked for r in referrals):
            revealed = reveal_first(
                self.session,
                self.case_id,
                "municipality",
                lambda reason: county_referrals.reveal_referral(
                    self.session, self.case_id, referral_id, reason
                ),
                self,
            )
            if revealed is None:
                return
        self.open_dialog(
            CountyReferralDialog(self.session, self.case_id, referral_id, self, revealed=revealed)
        )

    def mask_all(self) -> None:
        self.persons.mask_all()
        self.housing.mask_all()
        self.history.mask_all()
        self.placement.mask_all()
        self.county.mask_all()

    def release(self) -> None:
        """At lock: hide revealed values and drop the case data this view holds."""
        self.mask_all()
        self.documents.release()
        self.housing_first.release()
        self.keys.release()
        self.data = None

    def _after_save(self) -> None:
        if self.session.vault.is_locked:
            return
        try:
            self.reload()
        except NoAccess:
            self.access_lost.emit(self.case_id)
            return
        self.changed.emit(self.case_id)
