"""The small-count rule (små tal): counts of 1 and 2 leave the unit only as "<3".

A report meant for outside the unit shows a count of one or two persons as "<3" (0 stays 0: no
one is no one). A table whose total is shown could give a suppressed cell back by subtraction,
so a second cell is suppressed as well ("..", as Swedish official statistics mark a figure
left out): the smallest visible non-zero cell, then the next, until no suppressed cell can be
worked out from the total and the cells shown; should every cell be used up, the total is
suppressed instead (as it is when it is itself small and two small cells make it up: 1 and
1). Totals stay shown where they can: they are the headline figures of the follow-up ("57
placements ended"). Each column of a table is masked on its own: its cells count one thing.

The one rule for every report that leaves the unit: the yearly follow-up (`domain.yearly_tables`)
and the client survey (`domain.client_survey.for_outside`).
"""

from __future__ import annotations

from collections.abc import Sequence

SMALL = "<3"
"""A count of 1 or 2."""
WITHHELD = ".."
"""A figure left out so that a small count cannot be worked out (secondary suppression), or a
measure (a median, days, kronor) resting on fewer than three cases."""
SMALL_LIMIT = 3
MARKERS_EXPLAINED = (
    f"Antal 1–2 visas som {SMALL}. Där en summa annars skulle avslöja ett sådant tal är "
    f"ytterligare en uppgift utelämnad ({WITHHELD})."
)
"""The legend of a report that leaves the unit (Swedish, as the reports are)."""


def is_small(count: int) -> bool:
    return 0 < count < SMALL_LIMIT


def shown_count(count: int) -> str:
    """One count as it is shown outside the unit: 1 and 2 become "<3"."""
    return SMALL if is_small(count) else str(count)


def _value_can_be(value: int, primaries: int, secondaries: int, hidden_sum: int) -> bool:
    """Whether one suppressed small cell can hold ``value`` (1 or 2) when ``primaries`` small
    cells (itself included, each 1 or 2) and ``secondaries`` withheld cells (each 3 or more)
    add up to ``hidden_sum``."""
    rest = hidden_sum - value
    low = (primaries - 1) + SMALL_LIMIT * secondaries
    if rest < low:
        return False
    return secondaries > 0 or rest <= 2 * (primaries - 1)


def _safe(primaries: int, secondaries: int, hidden_sum: int) -> bool:
    """No suppressed small cell can be worked out: each could be a 1 as well as a 2."""
    return all(_value_can_be(v, primaries, secondaries, hidden_sum) for v in (1, 2))


def mask_column(cells: Sequence[int], total: int | None) -> tuple[list[str], str | None]:
    """The cells (counts of one column) and their total (None: the table shows none) as shown
    outside the unit, with the rule of this module."""
    shown = [shown_count(c) for c in cells]
    primaries = [i for i, c in enumerate(cells) if is_small(c)]
    if total is None:
        return shown, None
    total_text = shown_count(total)
    if is_small(total):
        # Two small cells under a small total are 1 and 1: the total is withheld instead.
        return shown, WITHHELD if len(primaries) > 1 else total_text
    if not primaries:
        return shown, total_text
    hidden = set(primaries)
    secondaries = 0
    hidden_sum = sum(cells[i] for i in hidden)
    while not _safe(len(primaries), secondaries, hidden_sum):
        candidates = [i for i, c in enumerate(cells) if i not in hidden and c > 0]
        if not candidates:
            return shown, WITHHELD
        pick = min(candidates, key=lambda i: (cells[i], i))
        hidden.add(pick)
        secondaries += 1
        hidden_sum += cells[pick]
        shown[pick] = WITHHELD
    return shown, total_text
