"""How hard a new passphrase is to guess (zxcvbn with Swedish context), in Swedish words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from zxcvbn import zxcvbn

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.users import validate_new_passphrase

MIN_SCORE = 3
# zxcvbn refuses longer input; a passphrase that long is judged by its first 72 characters.
ZXCVBN_MAX_LENGTH = 72

LABELS = ("Mycket svag", "Svag", "Medelstark", "Stark", "Mycket stark")

# zxcvbn's dictionaries are English, so words a Swede at Uppsalahem or Nexus reaches for first
# are given as context: guessing them costs an attacker as little as "password" does.
SWEDISH_CONTEXT = (
    "uppsala", "uppsalahem", "nexus", "skyddsapp", "kvinnojour", "kvinnojouren",
    "lösenord", "losenord", "lösenfras", "losenfras", "hemlig", "hemligt", "hemlis",
    "välkommen", "valkommen", "sommar", "vinter", "höst", "host", "vår", "sverige", "svenska",
    "stockholm", "göteborg", "goteborg", "malmö", "malmo", "fyris", "fyrisån", "gottsunda",
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december", "måndag", "tisdag", "onsdag", "torsdag", "fredag",
    "lördag", "söndag", "lägenhet", "hyresgäst", "kontrakt", "nyckel", "nycklar", "älskling",
    "kärlek", "hejsan", "katten", "hunden", "fotboll", "blåvitt", "qwertyuiopå", "asdfghjklöä",
    "anna", "eva", "maria", "karin", "sara", "lena", "kerstin", "emma", "ingrid", "marie",
    "christina", "kristina", "birgitta", "elin", "johanna", "linnea", "maja", "ida", "hanna",
    "sofia", "alice", "wilma", "ella", "olivia", "astrid", "alva", "elsa", "ebba", "åsa",
    "erik", "lars", "karl", "anders", "johan", "per", "nils", "mikael", "jan", "hans",
    "lennart", "olof", "peter", "gunnar", "sven", "fredrik", "bengt", "daniel", "gustav",
    "oskar", "oscar", "hugo", "liam", "noah", "william", "lucas", "elias", "leo", "axel",
    "andersson", "johansson", "karlsson", "nilsson", "eriksson", "larsson", "olsson",
    "persson", "svensson", "gustafsson", "pettersson", "jonsson", "jansson", "hansson",
)  # fmt: skip

# zxcvbn's English feedback, in Swedish. Anything it may add later falls back to _GENERIC.
_FEEDBACK = {
    "Use a few words, avoid common phrases.": "Använd några ord och undvik vanliga fraser.",
    "No need for symbols, digits, or uppercase letters.": (
        "Specialtecken, siffror och versaler behövs inte."
    ),
    "Add another word or two. Uncommon words are better.": (
        "Lägg till ett eller två ord till. Ovanliga ord är bättre."
    ),
    "Straight rows of keys are easy to guess.": "Raka rader på tangentbordet är lätta att gissa.",
    "Short keyboard patterns are easy to guess.": "Korta tangentbordsmönster är lätta att gissa.",
    "Use a longer keyboard pattern with more turns.": (
        "Använd ett längre tangentbordsmönster med fler svängar."
    ),
    'Repeats like "aaa" are easy to guess.': "Upprepningar som ”aaa” är lätta att gissa.",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': (
        "Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”."
    ),
    "Avoid repeated words and characters.": "Undvik upprepade ord och tecken.",
    'Sequences like "abc" or "6543" are easy to guess.': (
        "Följder som ”abc” eller ”6543” är lätta att gissa."
    ),
    "Avoid sequences.": "Undvik följder.",
    "Recent years are easy to guess.": "Årtal från senare år är lätta att gissa.",
    "Avoid recent years.": "Undvik årtal från senare år.",
    "Avoid years that are associated with you.": "Undvik årtal som har med dig att göra.",
    "Dates are often easy to guess.": "Datum är ofta lätta att gissa.",
    "Avoid dates and years that are associated with you.": (
        "Undvik datum och årtal som har med dig att göra."
    ),
    "This is a top-10 common password.": "Det här är ett av de tio vanligaste lösenorden.",
    "This is a top-100 common password.": "Det här är ett av de hundra vanligaste lösenorden.",
    "This is a very common password.": "Det här är ett mycket vanligt lösenord.",
    "This is similar to a commonly used password.": "Det här liknar ett vanligt lösenord.",
    "A word by itself is easy to guess.": "Ett ensamt ord är lätt att gissa.",
    "Names and surnames by themselves are easy to guess.": (
        "Förnamn och efternamn ensamma är lätta att gissa."
    ),
    "Common names and surnames are easy to guess.": (
        "Vanliga förnamn och efternamn är lätta att gissa."
    ),
    "Capitalization doesn't help very much.": "Versal i början hjälper inte mycket.",
    "All-uppercase is almost as easy to guess as all-lowercase.": (
        "Bara versaler är nästan lika lätt att gissa som bara gemener."
    ),
    "Reversed words aren't much harder to guess.": "Baklänges stavade ord är inte mycket svårare.",
    "Predictable substitutions like '@' instead of 'a' don't help very much.": (
        "Förutsägbara utbyten som ”@” i stället för ”a” hjälper inte mycket."
    ),
}
_GENERIC = "Gör lösenfrasen längre med fler ovanliga ord."
CONTEXT_WORD = "Undvik ord som hör till arbetet, vanliga svenska ord och namn."
EMPTY = "Skriv en lösenfras: några ovanliga ord med mellanslag emellan är lätta att minnas."


@dataclass(frozen=True)
class PassphraseStrength:
    """Lösenfrasens styrka: zxcvbn's score 0–4 with a Swedish label and advice."""

    score: int
    label: str
    warning: str
    suggestions: tuple[str, ...]
    problems: tuple[str, ...]  # what the vault itself refuses (validate_new_passphrase)

    @property
    def acceptable(self) -> bool:
        """The enforced minimum: the vault's rules and a score of at least MIN_SCORE."""
        return self.score >= MIN_SCORE and not self.problems

    @property
    def feedback(self) -> tuple[str, ...]:
        """Everything to tell the user, most important first, without repeats."""
        lines = [*self.problems, self.warning, *self.suggestions]
        return tuple(dict.fromkeys(line for line in lines if line))


def estimate(passphrase: str, context: Iterable[str] = ()) -> PassphraseStrength:
    """Judge passphrase; context holds words only this user would use (name, user name …)."""
    problems = _problems(passphrase)
    if not passphrase:
        return PassphraseStrength(0, LABELS[0], "", (EMPTY,), problems)
    words = [*SWEDISH_CONTEXT, *(_words(context))]
    result: dict[str, Any] = zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH], user_inputs=words)
    score = int(result["score"])
    raw = result["feedback"]
    warning = _swedish(raw["warning"]) if raw["warning"] else ""
    suggestions = [_swedish(s) for s in raw["suggestions"]]
    if score < MIN_SCORE and _uses_context(result["sequence"]):
        warning = warning or CONTEXT_WORD
        suggestions.insert(0, CONTEXT_WORD)
    return PassphraseStrength(score, LABELS[score], warning, tuple(suggestions), problems)


def texts() -> tuple[str, ...]:
    """Every Swedish text `estimate` can return, for the translation files."""
    problems = [*_problems("kort"), *_problems(" inleds med mellanslag")]
    return tuple(
        dict.fromkeys([*LABELS, *_FEEDBACK.values(), _GENERIC, CONTEXT_WORD, EMPTY, *problems])
    )


def _problems(passphrase: str) -> tuple[str, ...]:
    try:
        validate_new_passphrase(passphrase)
    except ValidationError as error:
        return tuple(e.message for e in error.errors)
    return ()


def _words(context: Iterable[str]) -> list[str]:
    # A display name "Anna Demoberg" helps most as its parts; a user name "anna.d" too.
    out: list[str] = []
    for text in context:
        lowered = text.lower().strip()
        out += [lowered, *(p for p in re.split(r"[\s._-]+", lowered) if len(p) > 1)]
    return [word for word in out if word]


def _uses_context(sequence: list[dict[str, Any]]) -> bool:
    return any(match.get("dictionary_name") == "user_inputs" for match in sequence)


def _swedish(text: str) -> str:
    return _FEEDBACK.get(text, _GENERIC)
