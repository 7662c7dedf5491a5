"""A guard against PySide6 6.12.0 on CPython 3.11 freeing ``None``.

PySide6 6.12.0 drops one reference to ``None`` on every call of a method that returns nothing
(``update``, ``setText``, ``setVisible``, ``processEvents`` …). On CPython 3.12 and newer ``None``
is immortal (PEP 683) and nothing happens; on 3.11 its count falls by about nine per search in
the case list, and when it reaches zero the interpreter aborts ("Fatal Python error:
none_dealloc"), also at exit. PySide6 6.11.3 does not have the fault, but QtPdf from memory
comes in ``pyside6-pdf``, which exists only for 6.12.

The guard does what 3.12 does by design: it gives ``None`` a reference count that the leak
cannot use up (2**40 references: 120 years at a million lost references a second). It changes
nothing on an unaffected interpreter or PySide6, and nothing but the count of ``None``.
"""

from __future__ import annotations

import ctypes
import sys

GUARD = 1 << 40
AFFECTED_PYSIDE = ("6.12.0",)


def needed(python: tuple[int, int], pyside: str) -> bool:
    """True where ``None`` is mortal and the PySide6 version is one that leaks it."""
    return python < (3, 12) and pyside in AFFECTED_PYSIDE


def install() -> bool:
    """Guard ``None`` once in this process where needed; True when the guard is in place."""
    import PySide6

    if not needed(sys.version_info[:2], PySide6.__version__):
        return False
    if sys.getrefcount(None) < GUARD:
        # ob_refcnt is the first field of every object in a release build of CPython.
        count = ctypes.c_ssize_t.from_address(id(None))
        count.value += GUARD
    return True
