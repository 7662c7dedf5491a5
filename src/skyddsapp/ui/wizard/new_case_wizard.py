"""Open a new case: a wizard per case kind, built from shared pages; Finish stores everything."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget, QWizard

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import DomainError, FieldError, RuleViolation, ValidationError
from skyddsapp.domain.new_case import NewCase, NewCasePage, NewParty, asks_for, next_page, route
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.wizard.details_page import DetailsPage
from skyddsapp.ui.wizard.flat_page import FlatPage
from skyddsapp.ui.wizard.form_page import CaseWizard, WizardFormPage
from skyddsapp.ui.wizard.kind_page import KindPage
from skyddsapp.ui.wizard.others_page import OthersPage
from skyddsapp.ui.wizard.party_page import PartyChoice, PartyPage
from skyddsapp.ui.wizard.summary_page import SummaryPage

# The page ids are the domain's (domain/new_case.py holds the route each kind of case takes).
KIND, CLIENT, PERPETRATOR, OTHERS, FLAT, DETAILS, SUMMARY = NewCasePage


class NewCaseWizard(QWizard):
    """After ``exec()`` returns Accepted, ``created_case_id`` is the new case's id."""

    CLIENT_KEY: ClassVar[int] = -1
    PERPETRATOR_KEY = -2
    OTHERS_KEY = -10  # the i-th other person is OTHERS_KEY - i

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created_case_id: int | None = None
        self.setWindowTitle(self.tr("Nytt ärende"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tillbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Skapa ärendet"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.kind_page = KindPage(session)
        self.client_page = PartyPage(session, CaseRole.CLIENT)
        self.perpetrator_page = PartyPage(session, CaseRole.PERPETRATOR)
        self.others_page = OthersPage(session)
        self.flat_page = FlatPage(session)
        self.details_page = DetailsPage(session)
        self.summary_page = SummaryPage(session)
        for page_id, page in (
            (KIND, self.kind_page),
            (CLIENT, self.client_page),
            (PERPETRATOR, self.perpetrator_page),
            (OTHERS, self.others_page),
            (FLAT, self.flat_page),
            (DETAILS, self.details_page),
            (SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(KIND)
        self.resize(920, 680)

    def kind(self) -> CaseKind:
        return self.kind_page.kind()

    def route(self) -> tuple[NewCasePage, ...]:
        return route(self.kind())

    def nextId(self) -> int:
        try:
            current = NewCasePage(self.currentId())
        except ValueError:
            return -1
        following = next_page(self.kind(), current)
        return -1 if following is None else int(following)

    def on_route(self, page: NewCasePage) -> bool:
        return asks_for(self.kind(), page)

    # ----------------------------------------------------------- what the pages share

    def parties(self) -> list[PartyChoice]:
        chosen: list[PartyChoice] = []
        if self.client_page.chosen is not None:
            chosen.append(self.client_page.chosen)
        if self.on_route(PERPETRATOR) and self.perpetrator_page.chosen is not None:
            chosen.append(self.perpetrator_page.chosen)
        chosen += self.others_page.chosen
        return chosen

    def _key(self, choice: PartyChoice) -> int:
        if choice is self.client_page.chosen:
            return self.CLIENT_KEY
        if choice is self.perpetrator_page.chosen:
            return self.PERPETRATOR_KEY
        return self.OTHERS_KEY - self.others_page.chosen.index(choice)

    def tenant_choices(self) -> list[tuple[int, str]]:
        return [(self._key(c), f"{c.label} ({domain_text(c.role.label)})") for c in self.parties()]

    def client_children_count(self) -> int:
        chosen = self.client_page.chosen
        if chosen is not None and chosen.person is not None:
            return len(chosen.person.children)
        return 0

    def summary_lines(self) -> list[str]:
        lines = [self.tr("Ärendetyp: {0}").format(domain_text(self.kind().label))]
        for choice in self.parties():
            lines.append(self.tr("{0}: {1}").format(domain_text(choice.role.label), choice.label))
        flat = self.flat_page
        if self.on_route(FLAT) and flat.apartment is not None:
            lines.append(self.tr("Lägenhet: {0}").format(flat.apartment.object_number))
        if self.on_route(FLAT) and flat.lease is not None:
            lines.append(
                self.tr("Hyresavtal: {0} ({1})").format(
                    flat.lease.contract_number, domain_text(flat.lease.kind.label)
                )
            )
        details = self.details_page
        lines.append(self.tr("Handläggare: {0}").format(", ".join(details.handler_names())))
        if details.share.isChecked():
            lines.append(details.share.text().replace("&", ""))
        lines.append(self.tr("Medföljande barn: {0}").format(details.children_count.value()))
        return lines

    # ----------------------------------------------------------------- Finish

    def create_case(self) -> bool:
        """Store persons, flat, lease and case: one service call, all or nothing."""
        if self.session.vault.is_locked:
            return False
        try:
            case = cases.open_case(self.session, self.new_case())
        except ValidationError as error:
            self._route_errors(error.errors)
            return False
        except RuleViolation as error:
            self.flat_page.quota_refused(error)
            self._go_to(FLAT)
            return False
        except (DomainError, ServiceError) as error:
            self.summary_page.errors.show_general([error_text(error)])
            return False
        self.created_case_id = case.id
        return True

    def new_case(self) -> NewCase:
        """What the pages collected, as the use case takes it."""
        chosen = self.parties()
        parties = tuple(NewParty(c.role, c.existing_id, c.person, c.lives_in_flat) for c in chosen)
        flat = self.flat_page
        apartment = flat.apartment if self.on_route(FLAT) else None
        lease = flat.lease if apartment is not None else None
        positions = {self._key(c): index for index, c in enumerate(chosen)}
        tenants = (
            tuple(positions[key] for key in lease.tenant_ids if key in positions)
            if lease is not None
            else ()
        )
        details = self.details_page
        return NewCase(
            self.kind(),
            parties,
            apartment=apartment,
            lease=lease,
            lease_tenants=tenants,
            handlers=details.handler_names(),
            share=details.share.isChecked(),
            children_count=details.children_count.value(),
            notes=details.notes.toPlainText(),
            override_reason=flat.override() if lease is not None else None,
        )

    def _route_errors(self, errors: tuple[FieldError, ...]) -> None:
        """Show each error on the page that has its field; go back to the first such page."""
        remaining = errors
        first: int | None = None
        for page_id in (FLAT, DETAILS):
            page: WizardFormPage = self.page(page_id)  # type: ignore[assignment]
            left = page.show_errors(remaining)
            if len(left) < len(remaining) and first is None:
                first = page_id
            remaining = tuple(left)
        if remaining:
            self.summary_page.errors.show_general([e.message for e in remaining])
        if first is not None:
            self._go_to(first)

    def _go_to(self, page_id: int) -> None:
        # After validatePage has returned: QWizard is still in the middle of Finish until then.
        def step_back() -> None:
            while self.currentId() != page_id and self.currentId() != KIND:
                self.back()

        QTimer.singleShot(0, step_back)


def _pages_see_this_wizard(wizard: NewCaseWizard) -> CaseWizard:
    """mypy checks here that the wizard is all its pages ask of it (`CaseWizard`)."""
    return wizard
