"""Brukarundersökning (Uppföljning, Ctrl+Shift+M): pick the period, enter the number of visitors,
type in answers one after another, and see the response rate and the aggregate.

The aggregate shown here is the unit's own, exact and with the free texts; what leaves the unit
(PDF, CSV) goes through the small-count rule in the service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.client_survey import (
    MAX_VISITORS,
    QuestionKind,
    SurveyPeriod,
    SurveyReport,
    asked,
    current_or_next,
    percent,
    periods_until,
)
from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.domain.users import Role
from skyddsapp.services import client_survey
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.followup.survey_answer_form import SurveyAnswerForm
from skyddsapp.ui.followup.survey_pdf_flow import SurveyPdfFlow
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class ClientSurveyDialog(QDialog):
    """Opened with open(), not exec(); a lock closes it like every dialog. ``last_answer`` is
    the id of the answer saved last (Ångra takes it back)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Brukarundersökning"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_answer: int | None = None
        self.pdfs = SurveyPdfFlow(session, parent=self)
        today = session.today()

        self.period = QComboBox(self)
        # By index: Qt compares stored Python objects by identity, not by value.
        self.periods = periods_until(today)
        for period in self.periods:
            self.period.addItem(domain_text(period.label))
        self.period.setCurrentIndex(self.periods.index(current_or_next(today)))
        self.period.setAccessibleName(self.tr("Mätperiod"))
        self.visitors = QSpinBox(self)
        self.visitors.setRange(0, MAX_VISITORS)
        self.visitors.setAccessibleName(self.tr("Besökare under perioden"))
        self.save_visitors = QPushButton(self.tr("Spara &antal"), self)
        self.save_visitors.setAutoDefault(False)
        top = QHBoxLayout()
        period_label = PlainLabel(self.tr("&Mätperiod:"), self)
        period_label.setBuddy(self.period)
        visitors_label = PlainLabel(self.tr("&Besökare under perioden:"), self)
        visitors_label.setBuddy(self.visitors)
        for widget in (period_label, self.period, visitors_label, self.visitors):
            top.addWidget(widget)
        top.addWidget(self.save_visitors)
        top.addStretch(1)

        entry = QGroupBox(self.tr("Registrera svar"), self)
        entry_layout = QVBoxLayout(entry)
        self.general_error = error_label(entry)
        self.errors = FieldErrors(self.general_error)
        self.answer_form = SurveyAnswerForm(self.errors, entry)
        self.errors.register("visitors", self.visitors, self.general_error)
        self.save_answer = QPushButton(self.tr("&Spara svaret (Enter)"), entry)
        self.save_answer.setDefault(True)
        self.undo = QPushButton(self.tr("Ån&gra senaste svaret"), entry)
        self.undo.setAutoDefault(False)
        self.undo.setEnabled(False)
        self.status = PlainLabel(parent=entry)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_answer)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        hint = PlainLabel(
            self.tr(
                "En siffra 1–5 eller j/n väljer svaret, Tab går till nästa fråga och Enter "
                "sparar och börjar på nästa formulär."
            ),
            entry,
        )
        hint.setWordWrap(True)
        scroll = QScrollArea(entry)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.answer_form)
        entry_layout.addWidget(hint)
        entry_layout.addWidget(scroll, 1)
        entry_layout.addWidget(self.general_error)
        entry_layout.addLayout(buttons)
        entry_layout.addWidget(self.status)

        result = QGroupBox(self.tr("Sammanställning inom enheten"), self)
        result_layout = QVBoxLayout(result)
        self.summary = PlainLabel(parent=result)
        self.summary.setWordWrap(True)
        self.report_text = QPlainTextEdit(result)
        self.report_text.setReadOnly(True)
        self.report_text.setAccessibleName(self.tr("Sammanställning"))
        result_layout.addWidget(self.summary)
        result_layout.addWidget(self.report_text, 1)

        panes = QHBoxLayout()
        panes.addWidget(entry, 1)
        panes.addWidget(result, 1)

        self.paper_button = QPushButton(self.tr("Skriv ut &formulär…"), self)
        self.pdf_button = QPushButton(self.tr("Sammanställning som &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Spara sammanställning som &CSV…"), self)
        self.questions_button = QPushButton(self.tr("F&rågor…"), self)
        self.close_button = QPushButton(self.tr("Stäng"), self)
        bottom = QHBoxLayout()
        for button in (self.paper_button, self.pdf_button, self.csv_button, self.questions_button):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.close_button.setAutoDefault(False)
        bottom.addWidget(self.close_button)
        self.questions_button.setVisible(session.vault.user.role is Role.ADMIN)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(panes, 1)
        layout.addLayout(bottom)

        self.period.currentIndexChanged.connect(self.refresh)
        self.save_visitors.clicked.connect(self.store_visitors)
        self.save_answer.clicked.connect(self.store_answer)
        self.undo.clicked.connect(self.undo_last)
        self.paper_button.clicked.connect(self.print_form)
        self.pdf_button.clicked.connect(self.report_pdf)
        self.csv_button.clicked.connect(self.report_csv)
        self.questions_button.clicked.connect(self.edit_questions)
        self.close_button.clicked.connect(self.reject)
        writable = session.handles_cases and not session.read_only
        for part in (entry, self.save_visitors, self.visitors):
            part.setEnabled(writable)
        self.resize(1150, 640)
        self.reload_questions()
        self.refresh()

    @property
    def current_period(self) -> SurveyPeriod:
        return self.periods[max(0, self.period.currentIndex())]

    def select_period(self, period: SurveyPeriod) -> None:
        self.period.setCurrentIndex(self.periods.index(period))

    # ------------------------------------------------------------------------- loading

    def reload_questions(self) -> None:
        self.answer_form.set_questions(asked(client_survey.questions(self.session)))
        self.answer_form.focus_first()

    def refresh(self) -> None:
        if self.session.vault.is_locked:
            return
        self.last_answer = None
        self.undo.setEnabled(False)
        try:
            report = client_survey.report(self.session, self.current_period)
        except (DomainError, ServiceError) as error:
            self.summary.setText(error_text(error))
            self.report_text.clear()
            return
        self.visitors.setValue(report.visitors or 0)
        self.show_report(report)

    def show_report(self, report: SurveyReport) -> None:
        visitors = self.tr("inte angivet") if report.visitors is None else str(report.visitors)
        lines = [
            self.tr("Svar: {0} ({1} på papper, {2} digitalt)").format(
                report.answers, report.paper, report.digital
            ),
            self.tr("Besökare: {0}. Klienter vars ärende avslutades: {1}.").format(
                visitors, report.closed_clients
            ),
            self.tr("Svarsfrekvens: {0}").format(percent(report.response_rate)),
            *(domain_text(note) for note in report.notes),
        ]
        self.summary.setText("\n".join(lines))
        text: list[str] = []
        for number, result in enumerate(report.questions, start=1):
            retired = self.tr(" (ur bruk)") if result.question.retired else ""
            text.append(f"{number}. {result.question.text}{retired}")
            text.append(self.tr("   Antal svar: {0}").format(result.answered))
            kind = result.question.kind
            for value, count in result.counts:
                if kind is QuestionKind.YES_NO:
                    shown = self.tr("Ja") if value else self.tr("Nej")
                else:
                    shown = str(value)
                text.append(f"   {shown}: {count}")
            text.extend(f"   – {line}" for line in result.texts)
            text.append("")
        self.report_text.setPlainText("\n".join(text))

    # ------------------------------------------------------------------------- actions

    def store_answer(self) -> None:
        if self.session.vault.is_locked:
            return
        self.errors.clear()
        self.status.clear()
        try:
            answer_id = client_survey.record_answer(
                self.session,
                self.current_period,
                self.answer_form.channel.currentData(),
                self.answer_form.values(),
            )
        except ValidationError as error:
            self.answer_form.show_errors(error)
            return
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.refresh()
        self.last_answer = answer_id
        self.undo.setEnabled(True)
        self.status.setText(self.tr("Svaret är sparat. Fyll i nästa formulär."))
        self.answer_form.clear()

    def undo_last(self) -> None:
        if self.last_answer is None or self.session.vault.is_locked:
            return
        try:
            client_survey.remove_answer(self.session, self.last_answer)
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.refresh()
        self.status.setText(self.tr("Det senaste svaret är borttaget."))
        self.answer_form.focus_first()

    def store_visitors(self) -> None:
        if self.session.vault.is_locked:
            return
        self.errors.clear()
        try:
            client_survey.set_visitors(self.session, self.current_period, self.visitors.value())
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.refresh()
        self.status.setText(self.tr("Antalet besökare är sparat."))

    def _pdf(self, make: str) -> None:
        if self.session.vault.is_locked:
            return
        period = self.current_period
        try:
            if make == "form":
                data = client_survey.paper_form(self.session, period)
                title, name = self.tr("Brukarundersökning"), f"brukarundersokning-{period.key}.pdf"
            else:
                data = client_survey.report_pdf(self.session, period)
                title = self.tr("Sammanställning")
                name = f"brukarundersokning-sammanstallning-{period.key}.pdf"
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.pdfs.preview_pdf(self, data, title, name)

    def print_form(self) -> None:
        self._pdf("form")

    def report_pdf(self) -> None:
        self._pdf("report")

    def report_csv(self) -> None:
        if self.session.vault.is_locked:
            return
        period = self.current_period
        try:
            data = client_survey.csv_bytes(self.session, period)
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self.pdfs.save_csv(self, data, f"brukarundersokning-{period.key}.csv")

    def edit_questions(self) -> None:
        from skyddsapp.ui.followup.survey_questions_dialog import SurveyQuestionsDialog

        if self.session.vault.is_locked:
            return
        dialog = SurveyQuestionsDialog(self.session, self)
        dialog.finished.connect(lambda _result: self._questions_changed())
        self.questions_dialog = dialog
        dialog.open()

    def _questions_changed(self) -> None:
        if not self.session.vault.is_locked:
            self.reload_questions()
            self.refresh()
