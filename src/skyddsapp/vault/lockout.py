"""Failed unlocks: counted beside the database (which they cannot open) and delayed."""

from __future__ import annotations

import json
from pathlib import Path

from skyddsapp.vault.files import atomic_write

FAILURES_FILENAME = "unlock-failures.json"
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30.0


def delay_after(failures: int) -> float:
    """Seconds to wait before answering the `failures`-th consecutive failure: 0, 0, 0, 1, 2, 4 …"""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    # The exponent is capped: 2.0 ** 1100 overflows, and a long counter must not lock anyone out.
    return min(2.0 ** min(failures - FREE_ATTEMPTS - 1, 32), MAX_DELAY_SECONDS)


def pending_failures(folder: Path) -> list[str]:
    """Times (ISO, UTC) of failed unlocks since the last successful one. Only times are kept:
    the file is outside the encryption, so it carries no user name."""
    path = folder / FAILURES_FILENAME
    try:
        data = json.loads(path.read_text("utf-8"))
        times = data["failures"]
        if isinstance(times, list) and all(isinstance(t, str) for t in times):
            return times
    except FileNotFoundError:
        return []
    except (ValueError, KeyError, TypeError):
        pass
    # A damaged counter must not lock anyone out; it is reported as one failure of unknown time.
    return ["okänd tidpunkt"]


def record_failure(folder: Path, at: str) -> int:
    times = [*pending_failures(folder), at]
    atomic_write(folder / FAILURES_FILENAME, json.dumps({"failures": times}).encode("utf-8"))
    return len(times)


def clear_failures(folder: Path) -> None:
    (folder / FAILURES_FILENAME).unlink(missing_ok=True)
