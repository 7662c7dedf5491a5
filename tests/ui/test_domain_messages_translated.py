"""Domain messages built at run time (labels, numbers, step names) reach the UI in English."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from skyddsapp.domain.address import Address, AddressInput
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import next_reference
from skyddsapp.domain.errors import RuleViolation, TransitionError, ValidationError
from skyddsapp.domain.person import new_person
from skyddsapp.domain.text import Text
from skyddsapp.domain.workflows import CANCEL_ACTION, apply_transition, open_case
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.vault.errors import NotAVault, UnknownUser

TODAY = dt.date(2026, 3, 15)
SWEDISH_LETTERS = re.compile("[åäöÅÄÖ]")


@pytest.fixture
def english(qapp: QApplication, qm_dir: Path) -> Iterator[Translations]:
    translations = Translations(qapp, qm_dir)
    assert translations.install("en")
    yield translations
    translations.uninstall()


def _english(text: str) -> None:
    assert text
    assert not SWEDISH_LETTERS.search(text), text


def test_a_missing_first_name_is_reported_in_english(english: Translations) -> None:
    with pytest.raises(ValidationError) as caught:
        new_person(first_name="", last_name="X", personal_number="811218-9875")
    assert caught.value.messages_for("first_name") == ["Förnamn saknas."]
    text = error_text(caught.value)
    _english(text)
    assert "First name is missing." in text
    [message] = caught.value.messages_for("first_name")
    assert domain_text(message) == "First name is missing."


def test_an_address_error_keeps_the_field_label_in_english(english: Translations) -> None:
    with pytest.raises(ValidationError) as caught:
        Address("Storgatan 1", "12", "Uppsala")
    _english(error_text(caught.value))
    assert "postcode" in error_text(caught.value)
    with pytest.raises(ValidationError) as caught:
        new_person(
            first_name="Anna",
            last_name="X",
            delivery_address=AddressInput("Storgatan 1", "12", "Uppsala"),
        )
    message = caught.value.messages_for("delivery_address.postal_code")[0]
    assert message == "Kontaktadress: Postnumret ska ha fem siffror, t.ex. 753 20."
    text = domain_text(message)
    _english(text)
    assert text == "Contact address: The postcode must have five digits, e.g. 753 20."


def test_numbers_and_nested_texts_are_formatted_in_english(english: Translations) -> None:
    message = Text("{0}: födelseåret ger en ålder över {1} år; registrera vuxna som egna personer.",
                   Text("Barn {0}", 2), 18)  # fmt: skip
    assert domain_text(message) == (
        "Child 2: the year of birth gives an age over 18; register adults as persons of their own."
    )
    with pytest.raises(ValidationError) as caught:
        new_person(first_name="Anna", last_name="X", personal_number="811218-98")
    text = error_text(caught.value)
    _english(text)
    assert "but has 8" in text


def test_a_step_with_missing_requirements_is_refused_in_english(english: Translations) -> None:
    kind = CaseKind.HOUSING_CHAIN
    case = open_case(kind, next_reference(kind, 2026, None), TODAY, "handlaggare.test")
    with pytest.raises(TransitionError) as caught:
        apply_transition(case, CANCEL_ACTION, TODAY, "handlaggare.test", reason=" ")
    assert "Saknas:" in str(caught.value)
    text = error_text(caught.value)
    _english(text)
    assert "cannot be taken yet" in text
    assert "Missing:" in text
    assert "Give a reason for the step." in text


def test_a_rule_violation_is_shown_in_english(english: Translations) -> None:
    error = RuleViolation(Text("Löpnumren för {0} år {1} är slut (högst {2} ärenden per år).",
                               CaseKind.PRIORITY.label, 2026, 9999))  # fmt: skip
    text = error_text(error)
    _english(text)
    assert "serial numbers" in text
    assert "2026" in text


def test_without_a_translator_the_swedish_text_stays(qapp: QApplication) -> None:
    del qapp
    message = Text("{0} saknas.", "Förnamn")
    assert domain_text(message) == "Förnamn saknas."
    assert error_text(ValueError("plain")) == "plain"


def test_service_and_vault_errors_are_shown_in_english(english: Translations) -> None:
    assert error_text(NotFound("Ärendet", 5)) == "Case 5 does not exist."
    assert error_text(NotAllowed("läsa ärenden")) == "Your role may not read cases."
    assert error_text(UnknownUser("anna")) == "The user 'anna' does not exist."
    folder = Path("/tmp/valv")
    assert (
        str(NotAVault(folder)) == f"Mappen {folder} är inget valv (databas och nyckelfil saknas)."
    )
    text = error_text(NotAVault(folder))
    _english(text)
    assert str(folder) in text


def test_the_key_registry_speaks_english(english: Translations) -> None:
    from dataclasses import replace

    from skyddsapp.domain.attorney import (
        AttorneyScope,
        PowerOfAttorneyRecord,
        agent_problem,
        power_status,
    )
    from skyddsapp.domain.key_registry import LockChangeReason, LockChangeTask

    power = PowerOfAttorneyRecord(
        1, 1, 1, 2, (AttorneyScope.COLLECT_KEYS,), TODAY, TODAY + dt.timedelta(days=30), True
    )
    later = TODAY + dt.timedelta(days=31)
    texts = [
        power_status(power, TODAY),
        power_status(power, later),
        power_status(replace(power, signed=False), TODAY),
        agent_problem((), 1, 2, AttorneyScope.COLLECT_KEYS, TODAY),
        agent_problem((replace(power, signed=False),), 1, 2, AttorneyScope.COLLECT_KEYS, TODAY),
        LockChangeTask(1, 1, 1, LockChangeReason.MISSING_KEY, "", TODAY).status_label,
    ]
    for text in texts:
        assert text is not None
        _english(domain_text(text))
    assert domain_text(power_status(power, later)) == "Has expired."
