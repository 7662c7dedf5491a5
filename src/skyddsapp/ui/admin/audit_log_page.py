"""Logg: search the audit log, who has seen a person, verify the chain, extract as PDF, reviews.

For administrators and auditors; the services refuse everyone else. Every search and look is
logged by the service, so nothing is searched until the user asks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.audit_review import MAX_ROWS, AuditQuery, audit_query, seen_person
from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.services import audit
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.admin.audit_review_panel import DATE_HINT, AuditReviewPanel
from skyddsapp.ui.admin.audit_table_model import AuditTableModel, LogEntry
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE, FieldErrors, error_label
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.list_table import set_up_list
from skyddsapp.ui.widgets.plain_text import PlainLabel, show_warning

Selection = AuditQuery | int  # a search, or the person whose lookers were listed


class AuditLogPage(QWidget):
    """Logg. ``message`` is the last warning shown (for tests)."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, dialogs: FileDialogs | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.dialogs = dialogs or FileDialogs()
        self.message: QMessageBox | None = None
        self._selection: Selection | None = None
        self._model = AuditTableModel(self)
        self._build()
        self.reviews.refresh()

    # ------------------------------------------------------------------ building

    def _edit(self, name: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        edit.setClearButtonEnabled(True)
        edit.returnPressed.connect(self.search)
        return edit

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter in a filter searches, in a dialog too
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.user = self._edit(self.tr("Användare"))
        self.action = self._edit(self.tr("Händelse"), self.tr("t.ex. person.reveal eller case."))
        self.case_id = self._edit(self.tr("Ärendets id"))
        self.person_id = self._edit(self.tr("Personens id"))
        self.since = self._edit(self.tr("Från och med"), DATE_HINT)
        self.until = self._edit(self.tr("Till och med"), DATE_HINT)
        self.flagged = QCheckBox(self.tr("&Bara brutna förseglingar"), self)

        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        grid = QGridLayout()
        fields = [
            ("user", self.tr("A&nvändare:"), self.user),
            ("action", self.tr("&Händelse:"), self.action),
            ("case_id", self.tr("Ä&rende-id:"), self.case_id),
            ("person_id", self.tr("&Person-id:"), self.person_id),
            ("since", self.tr("&Från och med:"), self.since),
            ("until", self.tr("&Till och med:"), self.until),
        ]
        for position, (field, text, edit) in enumerate(fields):
            row, column = divmod(position, 4)
            label = PlainLabel(text, self)
            label.setBuddy(edit)
            grid.addWidget(label, row, 2 * column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.errors.wrap(field, edit, self), row, 2 * column + 1)
        grid.addWidget(self.flagged, 1, 4, 1, 2, Qt.AlignmentFlag.AlignTop)

        self.search_button = self._button(self.tr("&Sök"), self.search)
        self.seen_button = self._button(self.tr("Vem har sett pers&onen"), self.who_has_seen)
        self.verify_button = self._button(self.tr("V&erifiera kedjan"), self.verify)
        self.export_button = self._button(self.tr("&Loggutdrag som PDF…"), self.export_pdf)
        self.export_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.search_button, self.seen_button, self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        self.verify_result = PlainLabel(parent=self)
        self.verify_result.setWordWrap(True)
        self.verify_result.setAccessibleName(self.tr("Kedjans verifiering"))

        self.table = QTableView(self)
        self.table.setModel(self._model)
        set_up_list(self.table, self.tr("Loggposter"), single_selection=False)
        self._size_columns()
        self.status = PlainLabel(self.tr("Välj filter och tryck Sök."), self)
        self.status.setAccessibleName(self.tr("Sökresultat"))

        self.reviews = AuditReviewPanel(self._session, self)
        left = QWidget(self)
        main = QVBoxLayout(left)
        main.setContentsMargins(0, 0, 0, 0)
        main.addLayout(grid)
        main.addWidget(self.general)
        main.addLayout(buttons)
        main.addWidget(self.verify_result)
        main.addWidget(self.table, 1)
        main.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.reviews)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        em = self.fontMetrics().averageCharWidth()
        splitter.setSizes([100 * em, 40 * em])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        samples = {
            AuditTableModel.ID: "000000",
            AuditTableModel.AT: "2026-11-27 10:00:00",
            AuditTableModel.USER: "anna.svensson",
            AuditTableModel.ACTION: "case.risk_assessment",
            AuditTableModel.OBJECT: "document 0000",
            AuditTableModel.REASON: "x" * 16,
        }
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + pad)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    # ------------------------------------------------------------------ public

    @property
    def model(self) -> AuditTableModel:
        return self._model

    def focus_filters(self) -> None:
        self.user.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search(self) -> None:
        """Search with the filters; a bad filter is named next to its field, nothing searched."""

        def ask() -> tuple[Sequence[LogEntry], Selection]:
            query = audit_query(
                user=self.user.text(),
                case_id=self.case_id.text().strip(),
                person_id=self.person_id.text().strip(),
                action=self.action.text(),
                since=self.since.text(),
                until=self.until.text(),
                flagged_only=self.flagged.isChecked(),
            )
            return audit.search(self._session.vault, query), query

        self._answer(ask)

    def who_has_seen(self) -> None:
        """Every logged look at the person in the Person-id field."""

        def ask() -> tuple[Sequence[LogEntry], Selection]:
            person_id = seen_person(self.person_id.text().strip())
            return audit.who_has_seen(self._session.vault, person_id), person_id

        self._answer(ask)

    def _answer(self, ask: Callable[[], tuple[Sequence[LogEntry], Selection]]) -> None:
        """Run one question to the log; a refusal is shown by its field or above the table."""
        self.errors.clear()
        if self._session.vault.is_locked:
            return
        try:
            found, selection = ask()
        except ValidationError as error:
            self.errors.show(error)
            return
        except (DomainError, ServiceError) as error:
            self.errors.show_general([error_text(error)])
            return
        self._show(found, selection)

    def verify(self) -> None:
        """Verify the whole chain now and say what was found."""
        if self._session.vault.is_locked:
            return
        try:
            result = audit.verify(self._session.vault)
        except (DomainError, ServiceError) as error:
            self._say_verified(error_text(error), broken=True)
            return
        if result.ok:
            text = self.tr("Kedjan är obruten: {0} poster kontrollerade.").format(result.checked)
        else:
            text = self.tr("Kedjan är bruten vid post {0}: {1}").format(
                result.broken_id, domain_text(result.problem)
            )
        self._say_verified(text, broken=not result.ok)

    def export_pdf(self) -> None:
        """Warn, ask where, and write the entries now shown as a Loggutdrag (logged)."""
        title = self.tr("Loggutdrag som PDF")
        selection = self._selection
        if selection is None or self._session.vault.is_locked:
            return
        text = (
            self.tr(
                "Filen kommer att innehålla uppgifter ur granskningsloggen okrypterat, utanför "
                "valvet. Spara den bara där det är tillåtet att lagra sådana uppgifter (inte i "
                "en delad eller molnsynkad mapp) och radera den när den inte längre behövs. "
                "Exporten loggas."
            )
            + "\n\n"
            + self.tr("Vill du spara de visade loggposterna som en PDF-fil?")
        )
        if not self.dialogs.confirm(self, title, text) or self._session.vault.is_locked:
            return
        path = self.dialogs.save_path(self, title, "loggutdrag.pdf", self.tr("PDF (*.pdf)"))
        if path is None or self._session.vault.is_locked:
            return
        try:
            if isinstance(selection, int):
                count = audit.export_extract(self._session.vault, path, person_id=selection)
            else:
                count = audit.export_extract(self._session.vault, path, query=selection)
        except (DomainError, ServiceError) as error:
            self.message = show_warning(self, title, error_text(error))
            return
        self.status.setText(self.tr("Loggutdraget sparades ({0} poster).").format(count))

    def clear(self) -> None:
        """Forget every row, filter, result and review (on lock)."""
        self._selection = None
        self._model.clear()
        self.errors.clear()
        for edit in (self.user, self.action, self.case_id, self.person_id, self.since):
            edit.clear()
        self.until.clear()
        self.flagged.setChecked(False)
        self.verify_result.clear()
        self.status.clear()
        self.export_button.setEnabled(False)
        self.reviews.clear()

    # ------------------------------------------------------------------ behaviour

    def _show(self, found: Sequence[LogEntry], selection: Selection) -> None:
        self._selection = selection
        self._model.set_rows(found)
        self.export_button.setEnabled(bool(found) and not self._session.read_only)
        rows = len(found)
        if rows == 0:
            self.status.setText(self.tr("Inga loggposter matchar."))
        elif rows == 1:
            self.status.setText(self.tr("1 loggpost"))
        elif rows >= MAX_ROWS:  # the search stops there: say so, or the rest would go unseen
            self.status.setText(
                self.tr(
                    "De första {0} loggposterna visas. Avgränsa sökningen (period, användare, "
                    "ärende) för att se resten."
                ).format(rows)
            )
        else:
            self.status.setText(self.tr("{0} loggposter").format(rows))
        if rows:
            self.table.selectRow(0)

    def _say_verified(self, text: str, *, broken: bool) -> None:
        self.verify_result.setStyleSheet(ERROR_STYLE if broken else "")
        self.verify_result.setText(text)
