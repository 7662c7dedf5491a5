"""Who handles cases: the names behind the case list's handler filter."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from service_support import ADMIN, Factory

from skyddsapp.domain.users import Role
from skyddsapp.services import staff
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.vault import Vault


def test_each_handler_once_sorted_and_users_without_cases_left_out(
    fresh_session: Session, login: Callable[[Vault, str, Role], Session]
) -> None:
    assert staff.handler_names(fresh_session) == []
    make = Factory(fresh_session)
    login(fresh_session.vault, "utan.arenden", Role.HANDLER)
    login(fresh_session.vault, "zeta", Role.HANDLER)
    login(fresh_session.vault, "berit", Role.HANDLER)
    make.case(handlers=("zeta", ADMIN))
    make.case(handlers=("berit",))
    make.case()
    assert staff.handler_names(fresh_session) == [ADMIN, "berit", "zeta"]


def test_needs_read_rights(
    fresh_session: Session, login: Callable[[Vault, str, Role], Session]
) -> None:
    auditor = login(fresh_session.vault, "granskare", Role.AUDITOR)
    with pytest.raises(NotAllowed):
        staff.handler_names(auditor)
