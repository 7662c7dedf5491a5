"""Text as a form prints it: only characters the embedded fonts draw, in the order it is read.

`printable` prepares a value once: NFC without control characters (as for the content hash),
then every character the fonts lack is replaced by its NFKC compatibility form where the fonts
have that (full-width Latin letters and digits and the ideographic space become ASCII, a
mathematical bold A an A), invisible format characters the fonts lack are dropped, and anything
still left becomes U+FFFD, a glyph the fonts have: .notdef is never drawn. A form refuses such
text before it gets that far (`unprintable` says which characters). Arabic is shaped into its
presentation forms (DejaVu Sans has every one of them), so that its letters join.

`visual` puts one printed line into visual order with the Unicode bidi algorithm (python-bidi),
only when the line holds a right-to-left character or a bidi control: Latin text pays one regex
search per line. The base direction is the paragraph's (its first strong character, UAX #9
P2–P3), so a line broken out of an Arabic paragraph keeps reading right to left.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import arabic_reshaper
from bidi import get_base_level, get_display

from skyddsapp.documents.fonts import repertoire

__all__ = ["clean", "is_rtl", "printable", "unprintable", "visual"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, and the marks and controls
# that make text right-to-left.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200f\u202b\u202e\u2067]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Directional marks, embeddings, overrides and isolates: they steer the bidi step and are never
# drawn (the fonts lack the isolates).
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NEEDS_BIDI = re.compile(f"{_RTL.pattern}|{_BIDI_CONTROLS.pattern}")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})  # controls, format characters, surrogates
_KEPT = frozenset("\n")


def clean(text: str) -> str:
    """NFC, ``\\n`` line endings, no control characters other than tab and newline."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # A lone surrogate cannot be encoded for the hash; it is noise, not content.
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def _substitute(char: str, fonts: frozenset[str]) -> str:
    """What is printed for ``char``, which the fonts lack ("" for nothing, U+FFFD if none)."""
    if char == "\t" or unicodedata.category(char) == "Zs":
        return " "
    if char in "\u2028\u2029":  # line and paragraph separators
        return "\n"
    if _BIDI_CONTROLS.match(char):
        return char  # used by `visual`, which removes it
    if unicodedata.category(char) in _INVISIBLE:
        return ""  # a format or control character: nothing to see, nothing lost
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and all(c in fonts or c == " " for c in folded):
        return folded
    return "\ufffd"


def _mapped(text: str) -> str:
    fonts = repertoire()
    if fonts.issuperset(text.replace("\n", "")):
        return text
    return "".join(c if c in fonts or c in _KEPT else _substitute(c, fonts) for c in text)


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` the fonts cannot print, not even in a compatible form (each
    once, in order of appearance): `printable` would show them as U+FFFD."""
    text = clean(text)
    if text.isascii():
        return []
    fonts = repertoire()
    return list(
        dict.fromkeys(
            c
            for c in text
            if c not in fonts and c not in _KEPT and _substitute(c, fonts) == "\ufffd"
        )
    )


def printable(text: str) -> str:
    """``text`` as it is drawn: cleaned, mapped to the fonts' characters, Arabic shaped."""
    text = clean(text)
    if text.isascii():
        return text.replace("\t", " ")
    text = _mapped(text)
    if _ARABIC.search(text):
        text = _shaped(text)
    return text


class _Settings(dict[str, Any]):
    """The reshaper's settings read once: it asks configparser for six of them on every call,
    most of the time it takes for a short name."""

    def getboolean(self, key: str) -> bool:
        return bool(self[key.lower()])  # configparser keys are lower case


@functools.cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    # Keep the vowel marks (the default deletes them); join lam and alef as the script wants,
    # and no word ligatures (ﷲ): one glyph for a word reads badly in a name.
    reshaper = arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False}
    )
    section = reshaper.configuration
    settings = _Settings()
    for key in section:
        try:
            settings[key] = section.getboolean(key)
        except ValueError:
            settings[key] = section.get(key)
    reshaper.configuration = settings
    return reshaper


def _shaped(text: str) -> str:
    """Arabic letters in their joining forms (presentation forms B, all in the fonts)."""
    # Only the stretch from the first Arabic letter to the last: the rest passes through.
    matches = list(_ARABIC.finditer(text))
    start, end = matches[0].start(), matches[-1].end()
    shaped: str = _reshaper().reshape(text[start:end])
    if set(shaped).difference(repertoire(), _KEPT):
        return text
    return text[:start] + shaped + text[end:]


def is_rtl(paragraph: str) -> bool:
    """Whether ``paragraph`` reads right to left (its first strong character is)."""
    return bool(_RTL.search(paragraph)) and get_base_level(paragraph) == 1


def visual(line: str, rtl: bool) -> str:
    """One printed line in visual (left-to-right drawing) order; ``rtl``: the base direction
    of the paragraph it was broken out of."""
    if not _NEEDS_BIDI.search(line):
        return line
    if _RTL.search(line):
        line = _mirror_pairs(get_display(line, base_dir="R" if rtl else "L"))
        # Between right-to-left letters, a punctuation space (the space's width in DejaVu Sans)
        # for a space and U+2010 for a hyphen: ASCII is in the fonts' first subset and the
        # letters in another, and a font change at every word keeps text extraction (pypdf)
        # from reading the run back in logical order.
        line = _RTL_JOINER.sub(lambda m: _JOINERS[m.group()], line)
    return _BIDI_CONTROLS.sub("", line)


_RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_JOINERS = {" ": "\u2008", "-": "\u2010"}
_RTL_JOINER = re.compile(f"(?<=[{_RTL_LETTERS}])[ -](?=[{_RTL_LETTERS}])")
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<", "»": "«"}
_MIRRORED = {**_PAIRS, **{v: k for k, v in _PAIRS.items()}}
_RTL_LETTER = re.compile(f"[{_RTL_LETTERS}]")


def _mirror_pairs(line: str) -> str:
    """Mirror bracket pairs that enclose right-to-left text in a visual line (UAX #9 L4).

    python-bidi reorders but does not mirror: a pair at a right-to-left level comes out
    closing bracket first, ``)…(``; such a pair around right-to-left letters is turned round.
    """
    if not any(c in _MIRRORED for c in line):
        return line
    chars = list(line)
    closers: list[int] = []
    for index, char in enumerate(chars):
        if char in _PAIRS:
            closers.append(index)
        elif char in _PAIRS.values() and closers and _PAIRS[chars[closers[-1]]] == char:
            start = closers.pop()
            if _RTL_LETTER.search(line, start, index):
                chars[start], chars[index] = _MIRRORED[chars[start]], _MIRRORED[char]
    return "".join(chars)
