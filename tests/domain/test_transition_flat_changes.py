"""Changes to the register of transition flats without Qt: editing a flat's details, taking it
out of the register while nobody lives there, putting it back; its stays keep their order."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.transition_flat import (
    FlatCategory,
    FlatStay,
    TransitionFlat,
    free_since,
    new_stay,
)
from skyddsapp.domain.transition_flat_changes import edited_flat, registered_again, removed_flat

TODAY = dt.date(2026, 5, 4)
DAY = dt.timedelta(days=1)
FLAT = TransitionFlat(10, FlatCategory.TRANSITION, "Nexus", dt.date(2026, 1, 1))
PAST = FlatStay(1, 10, 5, dt.date(2026, 2, 1), dt.date(2026, 3, 1), "", dt.date(2026, 3, 10))
CURRENT = FlatStay(2, 10, 6, dt.date(2026, 4, 1), dt.date(2026, 6, 1))


def refusal(call) -> tuple[tuple[str, ...], str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.fields, str(caught.value)


class TestEdit:
    def test_details_are_normalised_and_the_flat_keeps_its_id(self) -> None:
        changed = TransitionFlat(
            99, FlatCategory.EMERGENCY, "  Nexus   jour ", dt.date(2025, 12, 1), " Ny kod. "
        )
        edited = edited_flat(FLAT, changed, [PAST], TODAY)
        assert edited == TransitionFlat(
            10, FlatCategory.EMERGENCY, "Nexus jour", dt.date(2025, 12, 1), "Ny kod."
        )

    def test_in_the_register_before_its_first_move_in(self) -> None:
        later = replace(FLAT, available_from=dt.date(2026, 2, 2))
        assert refusal(lambda: edited_flat(FLAT, later, [PAST, CURRENT], TODAY)) == (
            ("available_from",),
            "Någon flyttade in 2026-02-01; lägenheten kan inte ha kommit in i förteckningen "
            "efter det.",
        )
        same_day = replace(FLAT, available_from=dt.date(2026, 2, 1))
        assert edited_flat(FLAT, same_day, [PAST], TODAY).available_from == dt.date(2026, 2, 1)

    def test_every_field_error_at_once(self) -> None:
        bad = replace(FLAT, holder=" ", available_from=TODAY + DAY)
        fields, _message = refusal(lambda: edited_flat(FLAT, bad, [], TODAY))
        assert fields == ("holder", "available_from")

    def test_a_flat_back_in_the_register_keeps_its_earlier_stays_before_it(self) -> None:
        back = replace(FLAT, available_from=dt.date(2026, 4, 1))  # after PAST, removed and back
        earlier = replace(back, available_from=dt.date(2026, 3, 9))
        assert refusal(lambda: edited_flat(back, earlier, [PAST], TODAY)) == (
            ("available_from",),
            "Lägenheten var belagd till 2026-03-10, innan den togs bort ur förteckningen; den "
            "kan inte ha kommit tillbaka före det.",
        )
        assert edited_flat(back, replace(back, available_from=dt.date(2026, 3, 10)), [PAST], TODAY)

    def test_not_once_removed(self) -> None:
        gone = replace(FLAT, removed_on=dt.date(2026, 4, 1))
        assert refusal(lambda: edited_flat(gone, FLAT, [], TODAY)) == (
            ("apartment_id",),
            "Lägenheten togs bort ur förteckningen 2026-04-01.",
        )


class TestRemove:
    def test_a_free_flat_leaves_the_register(self) -> None:
        assert removed_flat(FLAT, [PAST], TODAY, TODAY).removed_on == TODAY
        assert removed_flat(FLAT, [PAST], dt.date(2026, 3, 10), TODAY).removed_on == dt.date(
            2026, 3, 10
        )

    def test_not_while_someone_lives_there(self) -> None:
        assert refusal(lambda: removed_flat(FLAT, [PAST, CURRENT], TODAY, TODAY)) == (
            ("apartment_id",),
            "Någon bor i lägenheten sedan 2026-04-01. Registrera utflytten innan lägenheten tas "
            "bort ur förteckningen.",
        )

    @pytest.mark.parametrize(
        ("day", "message"),
        [
            (TODAY + DAY, "Lägenheten kan inte tas bort ur förteckningen i förväg."),
            (
                dt.date(2026, 3, 9),
                "Lägenheten var belagd till 2026-03-10; den kan inte ha tagits bort ur "
                "förteckningen före det.",
            ),
        ],
    )
    def test_the_day_is_after_the_last_move_out_and_not_ahead(
        self, day: dt.date, message: str
    ) -> None:
        assert refusal(lambda: removed_flat(FLAT, [PAST], day, TODAY)) == (("removed_on",), message)

    def test_not_before_it_came_into_the_register(self) -> None:
        assert refusal(lambda: removed_flat(FLAT, [], dt.date(2025, 12, 31), TODAY)) == (
            ("removed_on",),
            "Lägenheten finns i förteckningen från 2026-01-01; den kan inte ha tagits bort före "
            "det.",
        )

    def test_not_twice(self) -> None:
        gone = removed_flat(FLAT, [], TODAY, TODAY)
        assert refusal(lambda: removed_flat(gone, [], TODAY, TODAY))[0] == ("apartment_id",)

    def test_nobody_moves_into_a_removed_flat(self) -> None:
        gone = removed_flat(FLAT, [], TODAY - DAY, TODAY)
        assert refusal(
            lambda: new_stay(
                gone,
                [],
                case_id=5,
                moved_in=TODAY,
                planned_move_out=TODAY,
                next_step="",
                today=TODAY,
            )
        ) == (
            ("apartment_id",),
            f"Lägenheten togs bort ur förteckningen {TODAY - DAY}; registrera den igen först.",
        )


class TestBackInTheRegister:
    def test_from_the_day_it_was_removed_and_free_from_then(self) -> None:
        gone = removed_flat(FLAT, [PAST], dt.date(2026, 3, 20), TODAY)
        again = replace(FLAT, category=FlatCategory.EMERGENCY, available_from=dt.date(2026, 4, 2))
        back = registered_again(gone, again)
        assert (back.removed_on, back.category) == (None, FlatCategory.EMERGENCY)
        assert free_since(back, [PAST]) == dt.date(2026, 4, 2)  # not since the old move out
        too_early = replace(again, available_from=dt.date(2026, 3, 19))
        assert refusal(lambda: registered_again(gone, too_early)) == (
            ("available_from",),
            "Lägenheten togs bort ur förteckningen 2026-03-20; den kan komma tillbaka tidigast "
            "samma dag.",
        )

    def test_not_while_it_is_in_the_register(self) -> None:
        assert refusal(lambda: registered_again(FLAT, FLAT)) == (
            ("apartment_id",),
            "Lägenheten finns redan i förteckningen över utsluss- och jourlägenheter.",
        )
