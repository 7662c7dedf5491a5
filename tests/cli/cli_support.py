"""What an in-process run of `skyddsapp` gives back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

ADMIN_PASS = "administratörens-fras"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


class Run(Protocol):
    def __call__(self, *argv: str, stdin: str = "") -> Result: ...
