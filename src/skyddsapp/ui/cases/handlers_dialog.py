"""Who handles a case, and whether it is shared with the other organisation.

Each button is one use case in `services.access` with its own audit entry (case.assign,
case.unassign, case.share, case.unshare); the dialog only shows what the services decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.access import CaseAccess, check_unassignment, may_see
from skyddsapp.domain.errors import DomainError
from skyddsapp.services import access
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.widgets.field_errors import error_label
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel, message_box


class HandlersDialog(QDialog):
    """Accepted when anything was changed (the case view then reads the case again)."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.changed_anything = False
        self.setWindowTitle(self.tr("Handläggare och delning"))
        self.setModal(True)
        layout = QVBoxLayout(self)

        self.sharing_label = PlainLabel(parent=self)
        self.sharing_label.setWordWrap(True)
        self.share_button = QPushButton(self)
        self.share_button.clicked.connect(self._toggle_sharing)
        sharing = QGroupBox(self.tr("Organisation"), self)
        sharing_layout = QVBoxLayout(sharing)
        sharing_layout.addWidget(self.sharing_label)
        sharing_layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(sharing)

        handlers = QGroupBox(self.tr("&Handläggare i ärendet"), self)
        handlers_layout = QVBoxLayout(handlers)
        self.handler_list = QListWidget(handlers)
        self.handler_list.setAccessibleName(self.tr("Handläggare i ärendet"))
        handlers_layout.addWidget(self.handler_list)
        self.remove_button = QPushButton(self.tr("&Ta bort ur ärendet"), handlers)
        self.remove_button.clicked.connect(self._unassign)
        handlers_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        add_row = QHBoxLayout()
        self.candidates = QComboBox(handlers)
        self.candidates.setAccessibleName(self.tr("Handläggare att tilldela"))
        self.add_button = QPushButton(self.tr("T&illdela"), handlers)
        self.add_button.clicked.connect(self._assign)
        add_row.addWidget(self.candidates, 1)
        add_row.addWidget(self.add_button)
        handlers_layout.addLayout(add_row)
        hint = PlainLabel(
            self.tr(
                "Ärendet syns för handläggarna och för deras team. Handläggare från den andra "
                "organisationen kan tilldelas när ärendet är delat med den."
            ),
            handlers,
        )
        hint.setWordWrap(True)
        handlers_layout.addWidget(hint)
        layout.addWidget(handlers, 1)

        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.rejected.connect(self.finish)
        layout.addWidget(buttons)
        self.handler_list.itemSelectionChanged.connect(self._enable)
        self.read_only = session.read_only
        self.reload()
        self.resize(520, 460)

    # ----------------------------------------------------------------- showing

    def reload(self) -> None:
        from skyddsapp.services.case_data import load_case_data

        data = load_case_data(self.session, self.case_id)
        assert data.access is not None
        self.access: CaseAccess = data.access
        own = self.access.organisation
        if self.access.shared_with is None:
            self.sharing_label.setText(
                self.tr("Ärendet hör till {0} och är inte delat.").format(own.label)
            )
            self.share_button.setText(self.tr("&Dela med {0}").format(own.other.label))
        else:
            self.sharing_label.setText(
                self.tr("Ärendet hör till {0} och är delat med {1}.").format(
                    own.label, self.access.shared_with.label
                )
            )
            self.share_button.setText(
                self.tr("Sluta &dela med {0}").format(self.access.shared_with.label)
            )
        workers = {w.name: w for w in access.case_workers(self.session)}
        self.handler_list.clear()
        for handler in self.access.handlers:
            worker = workers.get(handler.name)
            name = worker.display_name if worker else handler.name
            team = handler.team.name if handler.team else self.tr("inget team")
            item = QListWidgetItem(
                self.tr("{0} — {1} ({2})").format(handler.name, name, team), self.handler_list
            )
            item.setData(Qt.ItemDataRole.UserRole, handler.name)
        if self.handler_list.count():
            self.handler_list.setCurrentRow(0)
        self.candidates.clear()
        allowed = self.access.organisations
        for worker in workers.values():
            if worker.name in self.access.handler_names:
                continue
            if worker.team.organisation not in allowed:
                continue
            self.candidates.addItem(
                self.tr("{0} — {1} ({2})").format(
                    worker.name, worker.display_name, worker.team.name
                ),
                worker.name,
            )
        self._enable()

    def _enable(self) -> None:
        writable = not self.read_only
        self.share_button.setEnabled(writable)
        self.add_button.setEnabled(writable and self.candidates.count() > 0)
        self.candidates.setEnabled(writable and self.candidates.count() > 0)
        self.remove_button.setEnabled(writable and bool(self.handler_list.selectedItems()))

    # ----------------------------------------------------------------- changing

    def _run(self, change: Callable[[], object], *, changes: bool = True) -> bool:
        self.error.hide()
        try:
            change()
        except (DomainError, ServiceError) as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.changed_anything = self.changed_anything or changes
        return True

    def _assign(self) -> None:
        name = self.candidates.currentData()
        if name and self._run(lambda: access.assign_handler(self.session, self.case_id, name)):
            self.reload()

    def _unassign(self) -> None:
        chosen = self.handler_list.selectedItems()
        if not chosen:
            return
        name = str(chosen[0].data(Qt.ItemDataRole.UserRole))
        # What the service would refuse (the last handler) is said before anything is asked.
        if not self._run(lambda: check_unassignment(self.access, name), changes=False):
            return
        if self._loses_sight(name) and not self._confirm_hand_over():
            return
        if self._run(lambda: access.unassign_handler(self.session, self.case_id, name)):
            if self._loses_sight(None):
                self.finish()  # the case is no longer the user's to see
                return
            self.reload()

    def _toggle_sharing(self) -> None:
        if self.access.shared_with is None:
            done = self._run(lambda: access.share_case(self.session, self.case_id))
        else:
            done = self._run(lambda: access.unshare_case(self.session, self.case_id))
        if done:
            self.reload()

    def _loses_sight(self, removing: str | None) -> bool:
        """Whether the user no longer sees the case once `removing` is off it (None: now)."""
        if self.case_id in self.session.glass:
            return False
        if removing is None:
            return not self.session.may_see_case(self.case_id)
        left = tuple(h for h in self.access.handlers if h.name != removing)
        return not may_see(self.session.actor, replace(self.access, handlers=left))

    def _confirm_hand_over(self) -> bool:
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Lämna över ärendet"),
            self.tr(
                "När du tar bort dig själv ser varken du eller ditt team ärendet längre. "
                "Vill du lämna över det?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Lämna över"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def finish(self) -> None:
        if self.changed_anything:
            self.accept()
        else:
            self.reject()
