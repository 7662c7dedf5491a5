"""Validation of the plain text fields shared by persons, addresses and apartments."""

from __future__ import annotations

import unicodedata

from skyddsapp.domain.errors import FieldError
from skyddsapp.domain.text import Text

# Characters a personal name may hold besides letters: "Anna-Karin", "O'Neil", "St. Clair".
_NAME_PUNCTUATION = frozenset(" -'’.")


def clean_line(
    value: str | None,
    *,
    field: str,
    label: str,
    errors: list[FieldError],
    required: bool = True,
    max_length: int = 100,
) -> str:
    """Trim and collapse whitespace of a one-line field; record what is wrong with it.

    Line breaks are folded into spaces because every such field ends up on one printed line.
    """
    text = " ".join((value or "").split())
    if not text:
        if required:
            errors.append(FieldError(field, Text("{0} saknas.", label)))
        return ""
    if any(unicodedata.category(char).startswith("C") for char in text):
        errors.append(FieldError(field, Text("{0} innehåller otillåtna tecken.", label)))
    if len(text) > max_length:
        errors.append(FieldError(field, Text("{0} får vara högst {1} tecken.", label, max_length)))
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
