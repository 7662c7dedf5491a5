"""Staff accounts: user names, the passphrase minimum, what each role may do."""

from __future__ import annotations

import pytest

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.users import Role, validate_new_passphrase, validate_user_name


@pytest.mark.parametrize("name", ["anna", "a.b", "handl-2", "x_y"])
def test_good_user_names(name: str) -> None:
    assert validate_user_name(name) == name


@pytest.mark.parametrize("name", ["", "a", "Anna", "1anna", "an na", "åsa", "a" * 33])
def test_bad_user_names_get_a_specific_message(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_user_name(name)
    assert raised.value.fields == ("user_name",)
    assert "Användarnamnet" in str(raised.value)


def test_passphrase_minimum() -> None:
    assert validate_new_passphrase("tolv tecken!") == "tolv tecken!"
    with pytest.raises(ValidationError, match="minst 12"):
        validate_new_passphrase("kort")
    with pytest.raises(ValidationError, match="mellanslag"):
        validate_new_passphrase(" inleds med mellanslag")


def test_roles() -> None:
    assert not Role.AUDITOR.may_change_cases
    assert not Role.AUDITOR.may_read_cases
    assert Role.AUDITOR.may_read_audit_log
    assert not Role.HANDLER.may_read_audit_log
    assert Role.SOCIAL_WORKER.may_change_cases
    assert Role.ADMIN.label == "Administratör"
