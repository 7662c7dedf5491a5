"""Importing modules on a background thread, so that the first window shows before they load."""

from __future__ import annotations

import importlib
import sys
import threading


def import_in_background(*names: str) -> threading.Thread | None:
    """Import `names` on a daemon thread (Qt-free modules only: no widget is made there).

    Whoever needs a module later imports it as usual: Python's import lock makes that wait for
    the thread, or find the module loaded. A failure is left to that import to report.
    """
    missing = [name for name in names if name not in sys.modules]
    if not missing:
        return None
    thread = threading.Thread(target=_import, args=(missing,), name="warm-up", daemon=True)
    thread.start()
    return thread


def _import(names: list[str]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the real import reports it, with its context
            continue
