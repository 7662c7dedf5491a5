"""Reading passphrases: prompted on a terminal, one per line from standard input otherwise."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO


class InputEnded(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(f"Standard in tog slut innan {what} lästes.")


class NotText(Exception):
    def __init__(self) -> None:
        super().__init__(
            "Lösenfrasen innehåller byte som inte är giltig UTF-8-text. Kontrollera "
            "terminalens teckenkodning (t.ex. LANG=sv_SE.UTF-8) och skriv den igen."
        )


class Mismatch(Exception):
    def __init__(self) -> None:
        super().__init__("Lösenfraserna stämmer inte överens.")


class SecretReader:
    """As keepassxc-cli does: a person at a terminal is prompted, a script pipes lines in."""

    def __init__(self, stdin: TextIO | None = None) -> None:
        self._stdin = stdin or sys.stdin

    @property
    def interactive(self) -> bool:
        return self._stdin.isatty()

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        try:
            return _text(self._read(prompt, confirm=confirm))
        except UnicodeDecodeError:
            raise NotText() from None

    def _read(self, prompt: str, *, confirm: bool) -> str:
        if not self.interactive:
            line = self._stdin.readline()
            if not line:
                raise InputEnded(prompt.rstrip(": ").lower())
            return line.rstrip("\r\n")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Upprepa: ") != first:
            raise Mismatch()
        return first


def _text(secret: str) -> str:
    """Refuse what the terminal could not decode (kept by Python as lone surrogates)."""
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise NotText() from None
    return secret
