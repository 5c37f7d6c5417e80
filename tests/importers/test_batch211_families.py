"""Blind batches 211-213: the notes a UK council story and its comment box leave under the
text - the Local Democracy Reporting Service's credit and a comment gate whose links a
paste dropped - are the page's, not the story's."""

from __future__ import annotations

import pytest

from app.importers.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "This story was written by a Local Democracy Reporter. The Local Democracy Reporting "
        "Service is funded by the BBC and covers councils and public bodies across the UK.",
        "The Local Democracy Reporting Service is a partnership between the BBC and publishers.",
        "Want to join the conversation? Please or to comment on this story.",
        "We want our comments to be a lively and valuable part of our community.",
    ],
)
def test_council_story_and_comment_box_notes_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, a Local Democracy Reporter, said the figures were never published.",
        "Residents want to join the conversation about the new bypass, the council said.",
        "We want our comments to reach the minister before the vote, the chairman said.",
    ],
)
def test_the_same_words_in_a_sentence_stay(line: str) -> None:
    assert not is_boilerplate(line)


def _print_view(row: str) -> bytes:
    paragraphs = "".join(
        f"<p>Городская администрация сообщила о работах на участке номер {i}: движение "
        "транспорта ограничат на три недели, объезд организуют по соседним улицам.</p>"
        for i in range(1, 5)
    )
    return (
        "<html><head><meta charset='utf-8'><title>Версия для печати</title></head><body>"
        "<div class='no-print'><a href='javascript:window.print()'>Распечатать</a></div>"
        f"<hr><div class='meta'>{row}</div>"
        "<h1>В центре города закроют мост через реку на ремонт</h1>"
        f"{paragraphs}</body></html>"
    ).encode()


def test_a_print_views_label_title_yields_to_its_one_h1() -> None:
    from app.importers import extract

    art = extract("print.html", _print_view("Город · 3 марта 2026 09:45"))[0].article
    assert art.title == "В центре города закроют мост через реку на ремонт"


def test_a_desk_row_over_the_h1_gives_its_day_with_the_clock() -> None:
    from datetime import datetime

    from app.importers.html import _date_over_h1, parse_page

    tree = parse_page(_print_view("Город · 3 марта 2026 09:45"))
    assert _date_over_h1(tree) == datetime(2026, 3, 3, 9, 45)
    # a sentence beside the day is no row of labels
    tree = parse_page(_print_view("Мэр города выступил с заявлением · 3 марта 2026 09:45"))
    assert _date_over_h1(tree) is None


def test_an_updated_rows_first_published_clock_sets_a_utc_stamp_local() -> None:
    from datetime import datetime, timedelta

    from app.importers import extract

    text = "".join(
        f"<p>Regional trains on the line will be replaced by coaches for section {i} of the "
        "works, the operator said, and passengers should allow an extra half hour.</p>"
        for i in range(1, 5)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>Buses replace trains | Example Star</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Buses replace '
        'trains on the line for six weeks","datePublished":"2026-03-04T01:15:00Z"}</script>'
        "</head><body><h1>Buses replace trains on the line for six weeks</h1>"
        "<div class='timestamp'>Updated March 4 2026 - 3:02pm, first published 12:15pm</div>"
        f"{text}</body></html>"
    ).encode()
    art = extract("page.html", page)[0].article
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2026, 3, 4, 12, 15)
    assert art.published.utcoffset() == timedelta(hours=11)
