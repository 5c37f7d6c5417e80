"""Agency pastes with a news feed over the headline, and datelines without brackets.

A paste often keeps the site's feed just above the article: entries under their time alone
("16:40 Headline") or closed by their own stamp ("Headline - Nov 22/2025"). A line with a
stamp of its own is an entry, never the headline. State agencies sign the dateline with
their short name and no brackets ("Тегеран, ИРНА – …"), or put a date with a slash before
the year ("Addis Ababa, November 25/2025 (ENA) - …").
"""

from __future__ import annotations

from datetime import datetime

from app.importers.agency import parse_dateline
from app.importers.dates import find_dates
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of


def _paste(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def test_clock_entries_over_the_headline_are_a_feed() -> None:
    data = _paste(
        ["example.az", "Главная", "Политика", "Лента новостей",
         "16:40 Министр принял делегацию из соседней страны",
         "15:55 В столице пройдет международная выставка",
         "Новый трамвай пустят по набережной весной",
         "28 Ноября 2025 11:20",
         "Городские власти утвердили план новой трамвайной линии вдоль набережной длиной "
         "двенадцать километров, сообщили в мэрии в пятницу вечером журналистам.",
         "Строительство начнется весной, подрядчика выберут на конкурсе до конца года, а "
         "первые вагоны поступят в депо летом следующего года, отметили в ведомстве."]
    )  # fmt: skip
    (article,) = articles_of("feed.txt", data)
    assert article.title == "Новый трамвай пустят по набережной весной"


def test_entries_closed_by_their_own_stamp_are_a_feed() -> None:
    data = _paste(
        ["Example News Agency", "Home", "Economy", "Most Popular",
         "Harbour authority signs new cargo deal with neighbours - Nov 22/2025",
         "Minister opens new eco-resort on the lake - Nov 20/2025",
         "City approves its tram plan", "Nov 25/2025",
         f"Springfield, November 25/2025 (ENA) - {NEWS_TEXT}", NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("stamped_feed.txt", data)
    assert article.title == "City approves its tram plan"
    assert article.published == datetime(2025, 11, 25)
    assert (article.dateline, article.source) == ("Springfield", "ENA")


def test_month_day_slash_year_is_read() -> None:
    (hit,) = find_dates("Nov 25/2025")
    assert hit.value == datetime(2025, 11, 25)


def test_place_of_two_words_with_a_date_before_the_credit_is_a_dateline() -> None:
    found = parse_dateline("Addis Ababa, November 25/2025 (ENA) - The dam started.", ())
    assert found is not None and (found.place, found.agency) == ("Addis Ababa", "ENA")


def test_agency_short_name_without_brackets_is_a_dateline() -> None:
    found = parse_dateline("Тегеран, ИРНА – Грузооборот порта вырос на треть.", ())
    assert found is not None and (found.place, found.agency) == ("Тегеран", "ИРНА")
    found = parse_dateline("Damascus, SANA - The wheat harvest grew.", ())
    assert found is not None and (found.place, found.agency) == ("Damascus", "SANA")


def test_country_short_name_after_a_place_is_no_credit() -> None:
    assert parse_dateline("Вашингтон, США – Президент подписал указ.", ()) is None


def test_posted_on_stamp_and_sign_off_under_the_text() -> None:
    """'Posted on: … at 4:22 pm' under the text gives the hour; the wire's short name alone
    under the last paragraph (its dateline's credit) is its sign-off, no text."""
    data = _paste(
        ["Example News Agency", "Home > Business", "City approves its tram plan",
         "By Jane Doe, XNA", f"Springfield, Nov 24, XNA - {NEWS_TEXT}", NEWS_MORE,
         "XNA", "Posted on: November 24, 2025 at 4:22 pm", "Share: Facebook Twitter"]
    )  # fmt: skip
    (article,) = articles_of("signed.txt", data)
    assert article.published == datetime(2025, 11, 24, 16, 22)
    assert article.body.rstrip().endswith(NEWS_MORE)
    assert "Posted on" not in article.body and "\nXNA" not in article.body


def test_trail_after_sie_befinden_sich_hier_is_no_headline() -> None:
    data = _paste(
        ["Beispielnetz", "Startseite", "Politik", "Wirtschaft", "Kultur",
         "Sie befinden sich hier: Startseite » Wirtschaft",
         "Neue Straßenbahn fährt ab Frühjahr am Ufer entlang",
         "| 24.11.2025",
         "Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen, die "
         "ab dem Frühjahr 2028 entlang des Ufers fahren soll, teilte die Stadt mit.",
         "Die Kosten liegen bei rund 90 Millionen Euro, den Großteil übernimmt das Land, "
         "der Rest kommt aus dem Haushalt der Stadt und von den Verkehrsbetrieben."]
    )  # fmt: skip
    (article,) = articles_of("crumb.txt", data)
    assert article.title == "Neue Straßenbahn fährt ab Frühjahr am Ufer entlang"
    assert article.section == "Wirtschaft"


def test_byline_naming_the_masthead_is_no_author() -> None:
    data = _paste(
        ["BEISPIELER ZEITUNG", "Die Zeitung der Stadt seit 1999", "Politik", "Wirtschaft",
         "Neue Straßenbahn fährt ab Frühjahr am Ufer entlang",
         "Von: Beispieler Zeitung / MTI", "25.11.2025 15:30",
         "Budapest (MTI) – Der Stadtrat hat am Dienstag den Bau einer neuen Linie "
         "beschlossen, die ab dem Frühjahr 2028 entlang des Ufers fahren soll.",
         "Die Kosten liegen bei rund 90 Millionen Euro, den Großteil übernimmt das Land, "
         "der Rest kommt aus dem Haushalt der Stadt und von den Verkehrsbetrieben."]
    )  # fmt: skip
    (article,) = articles_of("outlet_byline.txt", data)
    assert (article.author, article.source) == ("", "MTI")
