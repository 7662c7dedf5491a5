"""Text: a Swedish message that is an ordinary str and still knows its template and arguments."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

from skyddsapp.domain.text import Text, join_sentences


def test_a_text_equals_its_formatted_template() -> None:
    text = Text("{0} saknas.", "Förnamn")
    assert text == "Förnamn saknas."
    assert isinstance(text, str)
    assert text.template == "{0} saknas."
    assert text.args == ("Förnamn",)
    assert hash(text) == hash("Förnamn saknas.")
    assert f"{text}" == "Förnamn saknas."


def test_arguments_are_kept_as_given() -> None:
    label = Text("Barn {0}", 2)
    day = dt.date(2026, 1, 15)
    text = Text("{0}: uppföljning {1}, högst {2} tecken.", label, day, 30)
    assert text == "Barn 2: uppföljning 2026-01-15, högst 30 tecken."
    assert text.args == (label, day, 30)
    assert isinstance(text.args[0], Text)
    assert text.args[0].args == (2,)


def test_a_fixed_text_has_no_arguments() -> None:
    text = Text("Postnummer saknas.")
    assert text == "Postnummer saknas."
    assert text.template == "Postnummer saknas."
    assert text.args == ()


def test_copies_and_pickles_keep_the_template() -> None:
    text = Text("{0} får vara högst {1} tecken.", Text("Gatuadress"), 100)
    for again in (copy.copy(text), copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == text
        assert isinstance(again, Text)
        assert again.template == text.template
        assert again.args == text.args


def test_sentences_are_joined_with_spaces() -> None:
    assert join_sentences([]) == ""
    one = Text("Den första.")
    assert join_sentences([one]) is one
    joined = join_sentences([one, "Den andra.", Text("Den {0}.", "tredje")])
    assert joined == "Den första. Den andra. Den tredje."
    assert isinstance(joined, Text)
    assert joined.template == "{0} {1}"
