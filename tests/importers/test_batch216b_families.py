"""Blind batch 216's families (fixer 216b, Word and OpenDocument press reviews): a review
whose clippings each carry their unlabelled credit under the text, over a '* * *' rule,
under headings in capitals for each group of outlets; a daily media summary whose credits
under the headlines name outlet and page but no day (the day is the summary's cover's),
one of them an online item's bare 'Outlet website, date time'."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.importers.pagecredit import PageCredit, page_credit
from app.importers.sitename import brand_name
from app.importers.stampline import credit_author, credit_stamp
from tests.importers.makers import articles_of, docx_with, odt_with

_RU1 = (
    "Компания завершает модернизацию цеха на заводе в Вологде, что позволит в будущем году "
    "нарастить выпуск продукции примерно на десять процентов."
)
_RU2 = "Инвестиции в проект оцениваются в пять миллиардов рублей, сообщили в компании."
_RU3 = (
    "Городские власти сообщили, что новый мост через реку откроют для движения уже в "
    "следующем месяце, на две недели раньше срока."
)
_RU4 = "Стоимость работ составила около миллиарда рублей, уточнили в мэрии."


def _ru_review() -> list[str]:
    return [
        "ОБЗОР ПРЕССЫ",
        "за 3 декабря 2026 года",
        "Содержание",
        "1. Завод в Вологде нарастит выпуск на 10% (Ведомости)",
        "2. Новый мост через реку откроют раньше срока (Вологодские новости)",
        "ФЕДЕРАЛЬНЫЕ СМИ",
        "Завод в Вологде нарастит выпуск на 10%",
        _RU1,
        _RU2,
        "Ведомости, 03.12.2026, № 101, с. 4, рубрика «Бизнес». Автор: Ольга Смирнова",
        "* * *",
        "РЕГИОНАЛЬНЫЕ СМИ",
        "Новый мост через реку откроют раньше срока",
        _RU3,
        _RU4,
        "Вологодские новости, 02.12.2026, 17:05",
        "* * *",
        "Контакты: пресс-служба, press@example.org",
    ]


def test_credit_under_each_text_over_a_rule_splits_the_review() -> None:
    arts = articles_of("obzor.docx", docx_with(_ru_review(), table=False))
    assert [a.title for a in arts] == [
        "Завод в Вологде нарастит выпуск на 10%",
        "Новый мост через реку откроют раньше срока",
    ]
    first, second = arts
    assert (first.source, first.section, first.author) == ("Vedomosti", "Бизнес", "Ольга Смирнова")
    assert first.published == datetime(2026, 12, 3)
    assert second.source == "Vologodskie Novosti"
    assert second.published == datetime(2026, 12, 2, 17, 5)
    assert first.body.startswith("Компания завершает") and second.body.startswith("Городские")
    for art in arts:
        for chrome in ("* * *", "РЕГИОНАЛЬНЫЕ СМИ", "ФЕДЕРАЛЬНЫЕ СМИ", "Ведомости, 03.12", "17:05"):
            assert chrome not in art.body


def test_a_text_ending_in_a_place_and_day_is_no_review() -> None:
    """Without the rule under it, a text's own closing place and day is no credit."""
    lines = ["Завод нарастит выпуск", _RU1, _RU2, "Вологда, 03.12.2026", "Мост откроют", _RU3]
    arts = articles_of("note.docx", docx_with(lines, table=False))
    assert len(arts) == 1


def test_author_after_the_desks_full_stop() -> None:
    line = "Ведомости, 03.12.2026, № 101, с. 4, рубрика «Бизнес». Автор: Ольга Смирнова"
    stamp = credit_stamp(line)
    assert stamp is not None and (stamp.outlet, stamp.section) == ("Ведомости", "Бизнес")
    assert credit_author(line) == "Ольга Смирнова"


_EN1 = (
    "The council has confirmed that the new tram line to the airport will open in the spring, "
    "six months later than planned, after delays to the signalling works."
)
_EN2 = "Opposition councillors said the delay would cost the city millions in lost fares."
_EN3 = (
    "Hospital waiting times in the region rose again last month, with more than a third of "
    "patients waiting longer than four hours to be seen."
)
_EN4 = "The health board said it was opening extra beds to cope with winter demand."
_EN5 = (
    "A new bridge over the river has been delayed again, the contractor has confirmed, with "
    "the opening now expected in the summer."
)
_EN6 = "Residents said the latest delay would hit businesses on both banks."


def _summary() -> list[str]:
    return [
        "DAILY MEDIA SUMMARY",
        "Thursday 3 December 2026 – compiled by the press office at 07:00",
        "Transport",
        "Airport tram line delayed until spring",
        "The Northern Echo, page 4 (News)",
        "By JANE ROE",
        _EN1,
        _EN2,
        "Health",
        "Waiting times rise again at city hospitals",
        "Northfield Gazette, page 11",
        _EN3,
        _EN4,
        "Bridge opening pushed back to summer",
        "BBC News website, 02/12/2026 19:30",
        _EN5,
        _EN6,
        "End of summary. Transcripts available from the press office on request.",
    ]


def test_dateless_page_credits_under_headlines_split_the_summary() -> None:
    arts = articles_of("summary.odt", odt_with(_summary()))
    assert [a.title for a in arts] == [
        "Airport tram line delayed until spring",
        "Waiting times rise again at city hospitals",
        "Bridge opening pushed back to summer",
    ]
    tram, health, bridge = arts
    assert (tram.source, tram.section, tram.author) == ("The Northern Echo", "News", "Jane Roe")
    assert (health.source, health.section, health.author) == ("Northfield Gazette", "", "")
    # the summary's own day for the dateless credits, the online item's own minute
    assert tram.published == health.published == datetime(2026, 12, 3)
    assert bridge.published == datetime(2026, 12, 2, 19, 30)
    assert bridge.source == "BBC"  # 'BBC News website': the listed BBC News, no 'website'
    assert tram.body.startswith("The council has confirmed")
    assert "Health" not in tram.body.split("\n\n")
    assert "Transcripts available" not in bridge.body
    assert all("page" not in a.body for a in arts)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("The Northern Echo, page 4 (News)", PageCredit("The Northern Echo", "News")),
        ("Northfield Gazette, page 11", PageCredit("Northfield Gazette", "")),
        ("Example Zeitung, S. 4 (Politik)", PageCredit("Example Zeitung", "Politik")),
        ("Пример, с. 3 (Город)", PageCredit("Пример", "Город")),
        ("The council said on Monday, page after page, that it would", None),
        ("See the full report on page 4", None),
    ],
)
def test_page_credit(line: str, want: PageCredit | None) -> None:
    assert page_credit(line) == want


def test_website_is_no_part_of_the_name() -> None:
    assert brand_name("Example News website") == "Example News"
    assert brand_name("Website") == "Website"


def _coverage() -> list[str]:
    return [
        "Example Trust · Communications",
        "Weekly Coverage Report",
        "Week ending Friday 4 December 2026",
        "Contents",
        "1. Airport tram line delayed until spring – The Northern Echo",
        "2. Waiting times rise again at city hospitals – Example Health Journal",
        "NATIONAL PRESS",
        "▶ Trust quoted: Chief Executive",
        "Airport tram line delayed until spring",
        _EN1,
        _EN2,
        "The Northern Echo, Wednesday 2 December 2026, page 4 (Transport) – by Jane Roe",
        "* * *",
        "TRADE PRESS",
        "▶ Trust mentioned",
        "Waiting times rise again at city hospitals",
        _EN3,
        _EN4,
        "Example Health Journal (healthjournal.example.com), Thursday 3 December 2026 – by "
        "John Doe",
        "* * *",
        "Compiled by the Trust's press office. For queries contact press@example.org.",
    ]


def test_credits_with_weekday_and_dashed_byline_under_each_text() -> None:
    """The credit under the text names the weekday and the byline after a dash, an online
    outlet's credit no page but its site; the analyst's flag and the group's heading under
    the rule belong to no clipping, the compiler's note under the last to none."""
    arts = articles_of("coverage.odt", odt_with(_coverage()))
    assert [a.title for a in arts] == [
        "Airport tram line delayed until spring",
        "Waiting times rise again at city hospitals",
    ]
    tram, health = arts
    assert (tram.source, tram.section, tram.author) == (
        "The Northern Echo",
        "Transport",
        "Jane Roe",
    )
    assert tram.published == datetime(2026, 12, 2)
    assert (health.source, health.author) == ("Example Health Journal", "John Doe")
    assert health.published == datetime(2026, 12, 3)
    for art in arts:
        for chrome in ("* * *", "TRADE PRESS", "▶", "Compiled by", "by Jane Roe", "by John Doe"):
            assert chrome not in art.body


@pytest.mark.parametrize(
    ("line", "outlet", "desk", "author"),
    [
        (
            "The Northern Echo, Wednesday 2 December 2026, page 4 (Transport) – by Jane Roe",
            "The Northern Echo",
            "Transport",
            "Jane Roe",
        ),
        (
            "Example News, 27 November 2026 (Science & Environment) – https://example.com/a/1",
            "Example News",
            "Science & Environment",
            "",
        ),
        (
            "Example (example.com), Thursday 26 November 2026 – by Jane Roe",
            "Example",
            "",
            "Jane Roe",
        ),
    ],
)
def test_credit_stamp_dashed_byline_address_and_site(
    line: str, outlet: str, desk: str, author: str
) -> None:
    stamp = credit_stamp(line)
    assert stamp is not None and (stamp.outlet, stamp.section) == (outlet, desk)
    assert credit_author(line) == author


def test_a_place_and_day_with_a_byline_is_no_credit() -> None:
    """Without a site, a page or a desk, 'Place, date – by Name' stays no credit."""
    assert credit_stamp("Berlin, Thursday 26 November 2026 – by Jane Roe") is None
