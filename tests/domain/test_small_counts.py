"""The small-count rule: 1 and 2 leave as "<3", and no suppressed cell can be worked out from
the total and the cells that are shown (checked by enumerating every table that fits), in the
rule itself and in the client survey's report for outside the unit, which uses it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from skyddsapp.domain.client_survey import (
    Channel,
    Question,
    QuestionKind,
    SurveyPeriod,
    build_report,
    for_outside,
)
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


def _assert_nothing_can_be_worked_out(
    cells: Sequence[int], shown: Sequence[str], shown_total: str
) -> None:
    """Every table that fits what is shown (the cells and the total as a reader sees them)
    leaves each "<3" free to be a 1 as well as a 2."""
    total = sum(cells)
    assert [c == 0 for c in cells] == [s == "0" for s in shown]  # zeros stay zeros
    assert all((s == SMALL) == (0 < c < 3) for c, s in zip(cells, shown, strict=True))
    assert all(s in (SMALL, WITHHELD, str(c)) for c, s in zip(cells, shown, strict=True))
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


@settings(max_examples=400)
@given(st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=5))
def test_no_suppressed_small_cell_can_be_worked_out(cells: list[int]) -> None:
    shown, shown_total = mask_column(cells, sum(cells))
    assert shown_total is not None
    _assert_nothing_can_be_worked_out(cells, shown, shown_total)


_SCALE = Question(1, "Hur nöjd är du?", QuestionKind.SCALE, 1)
_YES_NO = Question(2, "Har du saknat stöd?", QuestionKind.YES_NO, 2)
_FREE = Question(3, "Vad har du saknat?", QuestionKind.FREE_TEXT, 3)
_counts = st.integers(min_value=0, max_value=6)


@settings(max_examples=300)
@given(
    channels=st.tuples(_counts, _counts),
    scale=st.lists(_counts, min_size=5, max_size=5),
    yes_no=st.lists(_counts, min_size=2, max_size=2),
    visitors=st.none() | st.integers(min_value=0, max_value=20),
)
def test_the_client_surveys_report_for_outside_gives_no_small_count_away(
    channels: tuple[int, int], scale: list[int], yes_no: list[int], visitors: int | None
) -> None:
    """The survey's report outside the unit follows the same rule: the channels and their sum,
    each question's distribution and its number of answers."""
    counts = {(1, v): c for v, c in zip(_SCALE.kind.values, scale, strict=True)}
    counts |= {(2, v): c for v, c in zip(_YES_NO.kind.values, yes_no, strict=True)}
    report = build_report(
        SurveyPeriod(2025, 9),
        (_SCALE, _YES_NO, _FREE),
        visitors=visitors,
        closed_clients=0,
        by_channel={Channel.PAPER: channels[0], Channel.DIGITAL: channels[1]},
        counts=counts,
        answered={1: sum(scale), 2: sum(yes_no), 3: 1},
        texts={3: ["Fritext som stannar"]},
    )
    outside = for_outside(report)
    _assert_nothing_can_be_worked_out(channels, (outside.paper, outside.digital), outside.answers)
    if outside.answers in (SMALL, WITHHELD) or (visitors is not None and 0 < visitors < 3):
        assert outside.response_rate == "–"
    for shown, cells in zip(outside.questions, (scale, yes_no), strict=False):
        if sum(cells) < 3:
            assert (shown.answered, shown.cells) == (shown_count(sum(cells)), None)
        else:
            assert shown.cells is not None
            _assert_nothing_can_be_worked_out(
                cells, [cell for _label, cell in shown.cells], shown.answered
            )
    free = outside.questions[2]
    assert (free.answered, free.cells) == (SMALL, None)
    assert "Fritext som stannar" not in repr(outside)
