"""Validation of the plain text fields shared by persons, addresses and apartments.

One normalisation for every text a user types, applied where the domain validates it, so that
what the vault stores is exactly what was validated:

* every text: Unicode NFC ("A" + combining ring becomes "Å"), trimmed at both ends;
* one-line fields (`clean_line`): every run of whitespace — tab, line break, no-break space,
  U+3000 ideographic space — becomes one ordinary space;
* multi-line fields (`clean_text`): line breaks (\\r\\n, \\r, U+2028, U+2029) become \\n, any
  other whitespace (a tab included) becomes one ordinary space, spaces at the end of a line are
  removed, runs inside a line are kept;
* every other control or format character (Unicode category C: \\x07, \\x1c, zero-width space,
  soft hyphen, private use …) is refused with a message that names the field.
"""

from __future__ import annotations

import unicodedata

from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.text import Text

# Characters a personal name may hold besides letters: "Anna-Karin", "O'Neil", "St. Clair".
_NAME_PUNCTUATION = frozenset(" -'’.")
# Control characters a person types or pastes as plain whitespace; they are folded, not refused.
_TYPED_WHITESPACE = frozenset("\t\n\r")
_LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029")


def _is_control(char: str) -> bool:
    return unicodedata.category(char).startswith("C")


def normalise_line(value: str | None) -> str:
    """NFC, trimmed, every run of whitespace one space: what `clean_line` keeps of ``value``."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def normalise_text(value: str | None) -> str:
    """NFC, line breaks as \\n, other whitespace as one space each, lines right-trimmed, the
    whole trimmed: what `clean_text` keeps of ``value``."""
    text = unicodedata.normalize("NFC", value or "")
    for line_break in _LINE_BREAKS:
        text = text.replace(line_break, "\n")
    lines = (
        "".join(" " if char.isspace() else char for char in line).rstrip()
        for line in text.split("\n")
    )
    return "\n".join(lines).strip()


def clean_line(
    value: str | None,
    *,
    field: str,
    label: str,
    errors: list[FieldError],
    required: bool = True,
    max_length: int = 100,
) -> str:
    """Normalise a one-line field (see the module docstring); record what is wrong with it.

    Line breaks are folded into spaces because every such field ends up on one printed line.
    """
    text = normalise_line(value)
    if not text:
        if required:
            errors.append(FieldError(field, Text("{0} saknas.", label)))
        return ""
    # The raw value is checked: str.split() would quietly fold \x1c–\x1f and \x85 away.
    if any(_is_control(char) and char not in _TYPED_WHITESPACE for char in value or ""):
        errors.append(FieldError(field, Text("{0} innehåller otillåtna tecken.", label)))
    if len(text) > max_length:
        errors.append(FieldError(field, Text("{0} får vara högst {1} tecken.", label, max_length)))
    return text


def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    errors: list[FieldError],
    required: bool = False,
    max_length: int | None = None,
) -> str:
    """Normalise a multi-line field (notes, descriptions); record what is wrong with it.

    Newlines are kept; a tab becomes a space (printed forms have no tab stops); any other control
    character is refused.
    """
    text = normalise_text(value)
    if not text:
        if required:
            errors.append(FieldError(field, Text("{0} saknas.", label)))
        return ""
    if any(_is_control(char) and char not in _TYPED_WHITESPACE for char in value or ""):
        errors.append(FieldError(field, Text("{0} innehåller otillåtna tecken.", label)))
    if max_length is not None and len(text) > max_length:
        errors.append(FieldError(field, Text("{0} får vara högst {1} tecken.", label, max_length)))
    return text


def clean_reason(value: str | None, *, field: str, label: str, max_length: int = 500) -> str:
    """A reason given for a logged action, as one line ("" when none is given).

    Raises ValidationError when it holds a control character or is too long; whether a reason
    is required, and what to say when it is missing, is for the caller.
    """
    errors: list[FieldError] = []
    text = clean_line(
        value, field=field, label=label, errors=errors, required=False, max_length=max_length
    )
    raise_if_errors(errors)
    return text


def reveal_reason(reason: str) -> str:
    """Why protected data is to be shown (it goes into the audit log): one line, required."""
    text = clean_reason(reason, field="reason", label="Skälet")
    if not text:
        raise ValidationError.single("reason", "Ange varför uppgiften behöver visas.")
    return text


def clean_name(
    value: str | None,
    *,
    field: str,
    label: str,
    errors: list[FieldError],
    max_length: int = 100,
) -> str:
    """A personal name: required, letters with spaces, hyphens, apostrophes and full stops."""
    own: list[FieldError] = []
    text = clean_line(value, field=field, label=label, errors=own, max_length=max_length)
    if text and not own:
        if any(char.isdigit() for char in text):
            own.append(FieldError(field, Text("{0} får inte innehålla siffror.", label)))
        elif any(not (char.isalpha() or char in _NAME_PUNCTUATION) for char in text):
            own.append(
                FieldError(
                    field,
                    Text(
                        "{0} får bara innehålla bokstäver, mellanslag, bindestreck och apostrof.",
                        label,
                    ),
                )
            )
        elif not any(char.isalpha() for char in text):
            own.append(FieldError(field, Text("{0} måste innehålla bokstäver.", label)))
    errors.extend(own)
    return text
