"""Domain errors carry every problem, in a form the UI can place next to the right field."""

from __future__ import annotations

import pytest

from skyddsapp.domain.errors import (
    FieldError,
    RuleViolation,
    TransitionError,
    ValidationError,
    raise_if_errors,
)


def test_validation_error_joins_its_messages() -> None:
    error = ValidationError([FieldError("a", "Första felet."), FieldError("b", "Andra felet.")])
    assert str(error) == "Första felet. Andra felet."
    assert error.fields == ("a", "b")
    assert error.messages_for("b") == ["Andra felet."]


def test_validation_error_needs_at_least_one_problem() -> None:
    with pytest.raises(ValueError, match="at least one"):
        ValidationError([])


def test_raise_if_errors_is_silent_without_errors() -> None:
    raise_if_errors([])
    with pytest.raises(ValidationError):
        raise_if_errors([FieldError("a", "Fel.")])


def test_field_error_seen_from_an_enclosing_form() -> None:
    inner = FieldError("postal_code", "Postnummer saknas.")
    assert inner.within("real_address", "Bostadsadress") == FieldError(
        "real_address.postal_code", "Bostadsadress: Postnummer saknas."
    )


def test_transition_error_lists_what_is_missing() -> None:
    error = TransitionError("Steget kan inte göras ännu.", ["Klient saknas.", "Beslut saknas."])
    assert error.missing == ("Klient saknas.", "Beslut saknas.")
    assert str(error) == "Steget kan inte göras ännu. Saknas: Klient saknas. Beslut saknas."
    assert str(TransitionError("Inte tillåtet.")) == "Inte tillåtet."


def test_all_are_domain_errors() -> None:
    from skyddsapp.domain.errors import DomainError

    for error_type in (ValidationError, TransitionError, RuleViolation):
        assert issubclass(error_type, DomainError)
