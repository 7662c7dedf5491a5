"""The small-count rule: 1 and 2 leave as "<3", and no suppressed cell can be worked out from
the total and the cells that are shown (checked by enumerating every table that fits)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from skyddsapp.domain.small_counts import SMALL, WITHHELD, mask_column, shown_count


def test_one_count_alone() -> None:
    assert [shown_count(n) for n in (0, 1, 2, 3, 57)] == ["0", "<3", "<3", "3", "57"]


def test_the_seeds_table_with_a_small_cell_withholds_the_next_smallest() -> None:
    assert mask_column([20, 5, 10, 2, 4, 16], 57) == (
        ["20", "5", "10", SMALL, WITHHELD, "16"],
        "57",
    )


def test_two_small_cells_that_add_up_to_two_take_a_third_with_them() -> None:
    assert mask_column([1, 1, 10], 12) == ([SMALL, SMALL, WITHHELD], "12")
    assert mask_column([1, 2, 10], 13) == ([SMALL, SMALL, "10"], "13")  # 1+2 or 2+1


def test_when_no_cell_can_hide_it_the_total_is_withheld() -> None:
    assert mask_column([1, 3], 4) == ([SMALL, WITHHELD], WITHHELD)
    assert mask_column([2, 0], 2) == ([SMALL, "0"], SMALL)
    assert mask_column([2, 7], None) == ([SMALL, "7"], None)


def _options(text: str, limit: int) -> range | tuple[int, ...]:
    if text == SMALL:
        return (1, 2)
    if text == WITHHELD:
        return range(3, limit + 1)
    return (int(text),)


@settings(max_examples=400)
@given(st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=5))
def test_no_suppressed_small_cell_can_be_worked_out(cells: list[int]) -> None:
    total = sum(cells)
    shown, shown_total = mask_column(cells, total)
    assert shown_total is not None
    assert [c == 0 for c in cells] == [s == "0" for s in shown]  # zeros stay zeros
    assert all((s == SMALL) == (0 < c < 3) for c, s in zip(cells, shown, strict=True))
    limit = total + 3
    totals = _options(shown_total, limit) if shown_total != WITHHELD else range(limit + 1)
    fitting = [
        combo
        for combo in itertools.product(*(_options(s, limit) for s in shown))
        if sum(combo) in totals
    ]
    assert tuple(cells) in fitting
    for i, text in enumerate(shown):
        if text == SMALL:
            assert {combo[i] for combo in fitting} == {1, 2}, (cells, shown, shown_total)
