"""The passphrase strength estimate: Swedish context words, Swedish advice, the enforced minimum."""

from __future__ import annotations

import pytest

from skyddsapp.domain.passphrase_strength import (
    CONTEXT_WORD,
    LABELS,
    MIN_SCORE,
    SWEDISH_CONTEXT,
    estimate,
    texts,
)
from skyddsapp.domain.users import MIN_PASSPHRASE_LENGTH


@pytest.mark.parametrize(
    "passphrase",
    ["", "kort", "lösenord123456", "Uppsalahem2026!", "uppsalahemnexus", "sommarvinter"],
)
def test_weak_or_short_passphrases_are_refused(passphrase: str) -> None:
    strength = estimate(passphrase)
    assert not strength.acceptable
    assert strength.feedback, "a refused passphrase must say why"
    assert strength.label == LABELS[strength.score]


@pytest.mark.parametrize(
    "passphrase",
    ["korrekt häst batteri häftapparat", "Kanelbulle-Fyrisån-7-Tranbär", "demo-valv-bara-påhittat"],
)
def test_long_uncommon_passphrases_are_accepted(passphrase: str) -> None:
    strength = estimate(passphrase)
    assert strength.acceptable
    assert strength.score >= MIN_SCORE
    assert strength.problems == ()


def test_swedish_context_words_lower_the_score() -> None:
    # zxcvbn alone does not know "uppsalahem"; with our context it is a dictionary word.
    from zxcvbn import zxcvbn

    plain = zxcvbn("uppsalahemnexus")["score"]
    assert estimate("uppsalahemnexus").score < plain
    assert "uppsalahem" in SWEDISH_CONTEXT
    assert CONTEXT_WORD in estimate("uppsalahemnexus").feedback


def test_the_users_own_names_count_as_context() -> None:
    phrase = "demobergannad"
    assert estimate(phrase, ["anna.d", "Anna Demoberg"]).score < estimate(phrase).score


def test_a_strong_but_short_passphrase_fails_the_length_rule() -> None:
    strength = estimate("Xq7#pL9$zW")  # random enough for zxcvbn, but 10 characters
    assert strength.score >= MIN_SCORE
    assert len("Xq7#pL9$zW") < MIN_PASSPHRASE_LENGTH
    assert not strength.acceptable
    assert any("minst 12" in p for p in strength.problems)


def test_leading_space_is_a_problem_even_when_strong() -> None:
    assert not estimate(" korrekt häst batteri häftapparat").acceptable


def test_feedback_is_swedish_not_zxcvbns_english() -> None:
    every = {line for p in ["aaaaaaaaaaaaaa", "abcdefghijklmn", "Password1234", "qwerty123456"]
             for line in estimate(p).feedback}  # fmt: skip
    assert every
    assert every <= set(texts())


def test_very_long_passphrases_do_not_crash_zxcvbn() -> None:
    strength = estimate("ord " * 40 + "slut")
    assert 0 <= strength.score <= 4


def test_texts_are_unique_and_include_every_label() -> None:
    all_texts = texts()
    assert len(all_texts) == len(set(all_texts))
    assert set(LABELS) <= set(all_texts)
