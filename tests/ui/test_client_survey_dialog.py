"""Brukarundersökning driven from the keyboard: answers one after another, visitors, undo, the
questions of an administrator, and the PDFs and the CSV the dialog makes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from documents_support import FakeDialogs, MemoryPrinter, ink
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from skyddsapp.domain.client_survey import Channel, QuestionKind, SurveyPeriod
from skyddsapp.services import client_survey
from skyddsapp.services.context import Session
from skyddsapp.ui.followup.client_survey_dialog import ClientSurveyDialog
from skyddsapp.ui.followup.survey_questions_dialog import QuestionDialog, SurveyQuestionsDialog

SEPT = SurveyPeriod(2026, 9)


@pytest.fixture
def dialog(session: Session, qtbot: QtBot) -> ClientSurveyDialog:
    dialog = ClientSurveyDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _inputs(dialog: ClientSurveyDialog) -> list[QComboBox | QLineEdit]:
    return list(dialog.answer_form.inputs.values())


def test_it_opens_on_the_current_period(dialog: ClientSurveyDialog) -> None:
    assert dialog.current_period == SEPT  # UI_TODAY is in November 2026
    assert dialog.windowTitle() == "Brukarundersökning"
    assert len(dialog.answer_form.inputs) == 5
    assert dialog.focusWidget() is _inputs(dialog)[0]
    assert dialog.questions_button.isVisible()  # the demo user is an administrator


def test_answers_are_typed_in_one_after_another(
    dialog: ClientSurveyDialog, session: Session, qtbot: QtBot
) -> None:
    scale, free, yes_no = _inputs(dialog)[:3]
    assert isinstance(free, QLineEdit)
    for digit, text in ((Qt.Key.Key_4, "Samtalen"), (Qt.Key.Key_5, "")):
        qtbot.keyClick(scale, digit)
        qtbot.keyClick(scale, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is free
        qtbot.keyClicks(free, text)
        qtbot.keyClick(free, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is yes_no
        qtbot.keyClick(yes_no, Qt.Key.Key_N)
        qtbot.keyClick(yes_no, Qt.Key.Key_Return)
        assert "sparat" in dialog.status.text()
        assert dialog.focusWidget() is scale
        assert scale.currentIndex() == 0
        assert free.text() == ""
    report = client_survey.report(session, SEPT)
    assert (report.paper, report.digital) == (2, 0)
    scale_result = report.questions[0]
    assert dict(scale_result.counts) == {1: 0, 2: 0, 3: 0, 4: 1, 5: 1}
    assert dict(report.questions[2].counts) == {1: 0, 0: 2}
    assert "Samtalen" in dialog.report_text.toPlainText()
    assert "Svar: 2 (2 på papper, 0 digitalt)" in dialog.summary.text()

    dialog.undo.click()
    assert client_survey.report(session, SEPT).answers == 1
    assert not dialog.undo.isEnabled()


def test_a_digital_answer_and_the_visitors(dialog: ClientSurveyDialog, session: Session) -> None:
    dialog.answer_form.channel.setCurrentIndex(dialog.answer_form.channel.findData(Channel.DIGITAL))
    scale = _inputs(dialog)[0]
    assert isinstance(scale, QComboBox)
    scale.setCurrentIndex(3)
    dialog.save_answer.click()
    dialog.visitors.setValue(40)
    dialog.save_visitors.click()
    report = client_survey.report(session, SEPT)
    assert (report.digital, report.visitors) == (1, 40)
    assert "Svarsfrekvens: 2 %" in dialog.summary.text() or "3 %" in dialog.summary.text()
    assert dialog.answer_form.channel.currentData() is Channel.DIGITAL  # forms come in piles


def test_an_empty_form_is_refused_in_place(dialog: ClientSurveyDialog, session: Session) -> None:
    dialog.save_answer.click()
    assert dialog.general_error.isVisible()
    assert "Svaret är tomt" in dialog.general_error.text()
    assert client_survey.report(session, SEPT).answers == 0


def test_another_period_shows_its_own_figures(dialog: ClientSurveyDialog) -> None:
    dialog.select_period(SurveyPeriod(2026, 2))
    assert "Svar: 0" in dialog.summary.text()
    assert "inte angivet" in dialog.summary.text()


def test_questions_are_edited_by_the_administrator(
    dialog: ClientSurveyDialog, session: Session, qtbot: QtBot
) -> None:
    dialog.questions_button.click()
    questions = dialog.questions_dialog
    assert isinstance(questions, SurveyQuestionsDialog)
    questions.add_button.click()
    editor = questions.question_dialog
    assert isinstance(editor, QuestionDialog)
    editor.text.setText("<b>Kände du dig trygg?</b>")
    editor.kind.setCurrentIndex(editor.kind.findData(QuestionKind.YES_NO))
    editor.try_save()
    assert questions.selected() is not None
    assert questions.selected().text == "<b>Kände du dig trygg?</b>"  # kept as typed
    questions.retire_button.click()
    assert questions.selected().retired
    target = os.environ.get("SURVEY_SCREENSHOT")
    if target:
        questions.grab().save(target.replace(".png", "_questions.png"))
    questions.accept()
    assert len(dialog.answer_form.inputs) == 5  # the retired one is not asked


def _saved(tmp_path: Path) -> object:
    def save_path(_parent: object, _title: str, name: str, _filter: str) -> Path:
        return tmp_path / name

    return save_path


def test_the_pdfs_and_the_csv(dialog: ClientSurveyDialog, tmp_path: Path) -> None:
    dialog.pdfs.dialogs.save_path = _saved(tmp_path)  # type: ignore[assignment]
    dialog.print_form()
    preview = dialog.pdfs.preview
    assert preview is not None
    preview.save_requested.emit()
    form = tmp_path / "brukarundersokning-2026-09.pdf"
    assert form.read_bytes().startswith(b"%PDF")
    dialog.report_pdf()
    assert dialog.pdfs.preview is not None
    assert dialog.pdfs.preview is not preview
    dialog.report_csv()
    csv_file = tmp_path / "brukarundersokning-2026-09.csv"
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    assert os.stat(csv_file).st_mode & 0o077 == 0


def _audit_count(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def test_the_report_shown_is_the_one_printed_and_saved(
    dialog: ClientSurveyDialog, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[bytes] = []
    report_pdf = client_survey.report_pdf

    def spy(session: Session, period: SurveyPeriod) -> bytes:
        made.append(report_pdf(session, period))
        return made[-1]

    monkeypatch.setattr(client_survey, "report_pdf", spy)
    dialog.report_pdf()
    flow, preview = dialog.pdfs, dialog.pdfs.preview
    assert preview is not None
    assert preview.windowTitle() == "Förhandsgranskning – Sammanställning"
    logged = _audit_count(session)  # making the report wrote its entry
    flow.printer = printer = MemoryPrinter()
    preview.print_button.click()
    assert len(printer.sheets) == 1
    assert ink(printer.sheets[0]) > 100
    assert printer.printer.docName() == "brukarundersokning-sammanstallning-2026-09.pdf"
    target = tmp_path / "sammanstallning.pdf"
    flow.dialogs = FakeDialogs(save=target)
    preview.save_button.click()
    assert flow.dialogs.asked == ["save brukarundersokning-sammanstallning-2026-09.pdf"]
    assert len(made) == 1
    assert target.read_bytes() == made[0]  # the bytes shown, not a second report
    assert _audit_count(session) == logged  # neither printing nor saving made it again
    assert flow.message is None


def test_a_screenshot(dialog: ClientSurveyDialog, session: Session, tmp_path: Path) -> None:
    ids = [q.id for q in client_survey.questions(session) if q.kind is QuestionKind.SCALE]
    for value in (5, 4, 4, 2):
        client_survey.record_answer(session, SEPT, Channel.PAPER, {ids[0]: value})
    dialog.refresh()
    target = os.environ.get("SURVEY_SCREENSHOT")
    if target:
        dialog.grab().save(target)
    assert dialog.grab().width() > 0
