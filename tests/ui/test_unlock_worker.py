"""The worker pool: one job at a time, and one source of truth for busy."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from skyddsapp.services.sessions import USER_ERRORS
from skyddsapp.ui.shell.unlock_worker import WorkerPool


@pytest.fixture
def pool(qtbot: QtBot) -> WorkerPool:
    owner = QObject()
    pool = WorkerPool(owner)
    pool._owner = owner  # type: ignore[attr-defined]  # kept alive with the test
    return pool


def _journal(pool: WorkerPool) -> list[object]:
    """Records, in order, each busy change and each answer with what `busy` said then."""
    seen: list[object] = []
    pool.busy_changed.connect(lambda busy: seen.append(("busy_changed", busy, pool.busy)))
    return seen


def test_busy_starts_with_the_job_and_ends_before_the_caller_hears(
    qtbot: QtBot, pool: WorkerPool
) -> None:
    seen = _journal(pool)
    release = threading.Event()
    pool.start(
        lambda: release.wait(10) and "klart",
        lambda result: seen.append(("succeeded", result, pool.busy)),
        lambda message: seen.append(("failed", message, pool.busy)),
    )
    # Emitted before start() returns: a widget is busy from the first moment.
    assert seen == [("busy_changed", True, True)]
    assert pool.busy
    release.set()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    assert seen[1:] == [("busy_changed", False, False), ("succeeded", "klart", False)]
    assert not pool.busy


def test_a_failure_ends_busy_the_same_way(qtbot: QtBot, pool: WorkerPool) -> None:
    seen = _journal(pool)

    def job() -> object:
        raise USER_ERRORS[0]("Fel användarnamn eller lösenfras.")

    pool.start(job, lambda r: seen.append(("succeeded", r)), lambda m: seen.append(("failed", m)))
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    assert seen[1] == ("busy_changed", False, False)
    assert seen[2][0] == "failed"


def test_an_unexpected_error_names_only_its_type(qtbot: QtBot, pool: WorkerPool) -> None:
    messages: list[str] = []

    def job() -> object:
        raise KeyError("19800101-9980")  # a message may quote data; it is not shown

    pool.start(job, lambda _r: None, messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "KeyError" in messages[0]
    assert "19800101" not in messages[0]
    assert not pool.busy


def test_a_second_job_is_refused_while_one_runs(qtbot: QtBot, pool: WorkerPool) -> None:
    release = threading.Event()
    answers: list[object] = []
    pool.start(lambda: release.wait(10), answers.append, answers.append)
    try:
        with pytest.raises(RuntimeError):
            pool.start(lambda: None, answers.append, answers.append)
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [True]
    pool.start(lambda: "igen", answers.append, answers.append)  # free again once answered
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)
    assert answers[1] == "igen"
