"""Date stamps in forms the seed pages did not show: a middle dot between date and time,
and the year-first slashed stamp of Japanese and Chinese sites."""

from __future__ import annotations

from datetime import datetime

from app.importers.compose import compose
from app.importers.dates import find_dates


def test_time_after_a_middle_dot_belongs_to_the_date() -> None:
    hits = find_dates("Опубликовано 14.05.2024 · 08:05")
    assert [(h.value, h.has_time) for h in hits] == [(datetime(2024, 5, 14, 8, 5), True)]


def test_year_first_slashed_stamp_with_time() -> None:
    hits = find_dates("(2024/11/03-09:12)")
    assert [(h.value, h.has_time, h.has_year) for h in hits] == [
        (datetime(2024, 11, 3, 9, 12), True, True)
    ]


def test_slashed_stamp_under_the_text_is_the_time_and_leaves_the_body() -> None:
    text = (
        "Exports of Machine Tools Rise 4 Pct\n"
        "Osaka, Nov. 3 (Example Press)--Machine tool exports rose 4 pct in October from a "
        "year before, an industry group said Monday, helped by demand from India.\n"
        "Orders from China fell for the second month, the group said in its report.\n"
        "(2024/11/03-09:12)\n"
    )
    art = compose(text, ())
    assert art.published == datetime(2024, 11, 3, 9, 12)
    assert "2024/11/03" not in art.body
