"""Pictures of the register of transition flats changed: a flat edited on the Lägenheter page,
and a case's transition flat in its Lägenhet och avtal tab with the move-in dialog, for
`tools/screenshots.py` (the demo vault's flats, `services.demo_nexus`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.services.transition_flats_overview import case_stays, overview

if TYPE_CHECKING:
    from screenshots import Shooter
    from skyddsapp.ui.shell.main_window import MainWindow


def flats(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """The edit dialog of a free flat; a case living in one (the plainly shown one); the
    move-in dialog of a placement without a flat."""
    from skyddsapp.ui.cases.case_view import CaseView
    from skyddsapp.ui.flats.case_flat_move_in_dialog import CaseFlatMoveInDialog
    from skyddsapp.ui.flats.transition_flat_edit_dialog import TransitionFlatEditDialog

    rows = overview(session)
    free = next(r for r in rows if r.stay is None)
    edit = TransitionFlatEditDialog(session, free.flat, free.object_number, window)
    shooter.dialog("transition_flat_edit", edit, behind=window, size=(560, 270))
    edit.deleteLater()

    lived_in = next(r for r in rows if r.stay is not None and r.address and r.occupant_visible)
    assert lived_in.stay is not None
    window.open_case(lived_in.stay.case_id)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.housing)
    shooter.window("case_transition_flat", window)

    for row in search_cases(session, limit=200).rows:
        if row.kind is CaseKind.SHELTER_EXIT and not case_stays(session, row.id):
            dialog = CaseFlatMoveInDialog(session, row.id, window)
            shooter.dialog("case_flat_move_in", dialog, behind=window, size=(760, 250))
            dialog.deleteLater()
            return
