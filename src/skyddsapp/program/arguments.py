"""argparse in Swedish: usage, help and every error message, for both programs.

argparse translates its own texts through ``gettext.gettext`` (bound as ``argparse._``) and
``ngettext``, looked up when a text is used. `SwedishParser` swaps both for a lookup in
`SWEDISH` while one of its own methods runs (parsing, help, errors) and puts them back after,
so no other argparse user in the process (pytest, a library) is changed, and no system locale
or .mo file is needed. A test reads argparse's source and checks that every text it passes to
``_``/``ngettext`` has its Swedish here.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from skyddsapp import __version__

SWEDISH: dict[str, str] = {
    # Help and usage.
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "optional arguments": "flaggor",  # Python < 3.10, kept for completeness
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "subcommands": "underkommandon",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    # What a user typed wrong.
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "expected one argument": "ett värde väntades",
    "expected at most one argument": "högst ett värde väntades",
    "expected at least one argument": "minst ett värde väntades",
    "expected %s argument": "%s värde väntades",
    "expected %s arguments": "%s värden väntades",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig flagga: %(option)s kan vara %(matches)s"
    ),
    "not allowed with argument %s": "inte tillåtet tillsammans med %s",
    "ignored explicit argument %r": "värdet %r ignorerades",
    "unexpected option string: %s": "oväntad flagga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "okänt kommando %(parser_name)r (välj bland %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan inte öppna ”%(filename)s”: %(error)s",
    'argument "-" with mode %r': "argumentet ”-” med läget %r",
    # Mistakes in a parser's own definition: a programmer sees them, but in the same language.
    ".__call__() not defined": ".__call__() är inte definierad",
    "conflicting subparser: %s": "underkommandot finns redan: %s",
    "conflicting subparser alias: %s": "aliaset för underkommandot finns redan: %s",
    "cannot merge actions - two groups are named %r": (
        "kan inte slå ihop argumenten – två grupper heter %r"
    ),
    "'required' is an invalid argument for positionals": (
        "”required” går inte att ange för positionsargument"
    ),
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "ogiltig flagga %(option)r: måste börja med ett av tecknen %(prefix_chars)r"
    ),
    "dest= is required for options like %r": "dest= krävs för flaggor som %r",
    "invalid conflict_resolution value: %r": "ogiltigt värde för conflict_resolution: %r",
    "conflicting option string: %s": "flaggan finns redan: %s",
    "conflicting option strings: %s": "flaggorna finns redan: %s",
    "mutually exclusive arguments must be optional": (
        "argument som utesluter varandra måste vara flaggor"
    ),
    "cannot have multiple subparser arguments": "bara en grupp underkommandon går att ha",
    "%r is not callable": "%r går inte att anropa",
}

VERSION_HELP = "visa programmets version och avsluta"

_lock = threading.RLock()
_depth = 0


def swedish(text: str | None) -> str | None:
    """argparse's ``_``: the Swedish for a text of argparse's own, anything else unchanged
    (argparse also passes a caller's own title through it, and None)."""
    if text is None:
        return None
    return SWEDISH.get(text, text)


def swedish_plural(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``."""
    return SWEDISH.get(singular if n == 1 else plural, singular if n == 1 else plural)


@contextlib.contextmanager
def in_swedish() -> Iterator[None]:
    """While inside: argparse's texts in Swedish. Re-entrant (a subparser parses inside its
    parent); the originals come back when the outermost exits."""
    global _depth
    with _lock:
        if _depth == 0:
            saved = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
            argparse._ = swedish  # type: ignore[attr-defined]
            argparse.ngettext = swedish_plural  # type: ignore[attr-defined]
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
            if _depth == 0:
                argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


F = TypeVar("F", bound=Callable[..., Any])


def _swedish_method(method: F) -> F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with in_swedish():
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and messages are Swedish (subparsers made by
    `add_subparsers` are of the same class, so they are too)."""

    if not TYPE_CHECKING:  # the type checker sees ArgumentParser's own signatures
        __init__ = _swedish_method(argparse.ArgumentParser.__init__)
        add_subparsers = _swedish_method(argparse.ArgumentParser.add_subparsers)
        add_argument = _swedish_method(argparse.ArgumentParser.add_argument)
        parse_args = _swedish_method(argparse.ArgumentParser.parse_args)
        parse_known_args = _swedish_method(argparse.ArgumentParser.parse_known_args)
        format_usage = _swedish_method(argparse.ArgumentParser.format_usage)
        format_help = _swedish_method(argparse.ArgumentParser.format_help)
        error = _swedish_method(argparse.ArgumentParser.error)

    def add_version(self, program: str) -> None:
        """`--version`: prints ``<program> <version>`` and exits 0 (nothing else is started)."""
        self.add_argument(
            "--version", action="version", version=f"{program} {__version__}", help=VERSION_HELP
        )


def integer(text: str) -> int:
    """An argument's type for a whole number, refused in Swedish (argparse would name ``int``)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget heltal") from None
