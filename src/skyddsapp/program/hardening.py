"""Hardening at start, for both programs, before anything reads a secret.

- **No core dumps.** A core file would hold the vault's data key, passphrases and decrypted
  cases in plain text. ``RLIMIT_CORE`` is set to 0 (soft and hard, so nothing in the process can
  raise it again) and, on Linux, ``prctl(PR_SET_DUMPABLE, 0)`` also keeps systemd-coredump and
  other ``core_pattern`` pipes away (they ignore the rlimit) and refuses ``ptrace`` attachment
  and ``/proc/<pid>/mem`` to other processes of the same user.
- **umask 077.** Whatever the process creates (Qt's settings, a folder, a file the code forgot
  to make private) is readable by its owner only.

Windows has no core files; its equivalent is Windows Error Reporting, which can write a
minidump (``%LOCALAPPDATA%\\CrashDumps`` when an administrator configured ``LocalDumps``) or
offer to send a report. On ``win32`` `harden_process` calls ``SetErrorMode`` (no crash dialog
that keeps the process and its memory alive) and ``WerAddExcludedApplication`` for the running
executable (this user's registry: no report, no dump queued for it). A ``LocalDumps`` policy set
by an administrator for every program still wins: on these workstations it must not be set
(see packaging/). This path is written after Microsoft's documentation and is untested here.
"""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass

PRIVATE_UMASK = 0o077
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


@dataclass(frozen=True)
class Hardening:
    """What `harden_process` managed (False: not possible here, or refused by the system)."""

    umask: bool
    core_limit: bool
    not_dumpable: bool


def harden_process() -> Hardening:
    """Apply every hardening this platform offers; never raises (a program that cannot switch
    one off still starts, and the self-test reports it)."""
    os.umask(PRIVATE_UMASK)
    if sys.platform == "win32":
        return Hardening(umask=True, core_limit=False, not_dumpable=_windows_no_dumps())
    return Hardening(umask=True, core_limit=_no_core_files(), not_dumpable=_not_dumpable())


def _no_core_files() -> bool:
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the process itself: libc is in it
        prctl = libc.prctl
        prctl.restype = ctypes.c_int
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        if prctl(PR_SET_DUMPABLE, 0, 0, 0) != 0:
            return False
        return bool(prctl(PR_GET_DUMPABLE, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _windows_no_dumps() -> bool:  # pragma: no cover - Windows only
    SEM_FAILCRITICALERRORS = 0x0001
    SEM_NOGPFAULTERRORBOX = 0x0002
    SEM_NOOPENFILEERRORBOX = 0x8000
    try:
        windll = ctypes.windll  # type: ignore[attr-defined,unused-ignore]
        windll.kernel32.SetErrorMode(
            SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
        )
        excluded = windll.wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
    except (OSError, AttributeError):
        return False
    return bool(excluded == 0)  # S_OK
