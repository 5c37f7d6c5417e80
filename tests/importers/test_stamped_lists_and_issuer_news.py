"""Agency pastes with stamped related-news lists over the headline, and issuer news.

A paste often keeps a list of related stories over the article, each entry with its full
stamp before or after it ("25.11.2025 15:40 Headline", "Headline  November 26, 2025"):
such an entry is never the headline, nor does it date the story. An issuer wire's news
("X-News: Company / Schlagwort(e): Topic") opens with the issuer's disclaimer and closes
with a contact block; the keywords are its desk.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from app.importers.agency import parse_dateline
from app.importers.dates import find_dates
from app.importers.sections import stated_section
from app.importers.sitename import brand_name
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of


def _paste(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def test_entries_with_date_and_time_over_the_headline_are_a_list() -> None:
    data = _paste(
        ["Example Wire", "Home", "Economy", "Latest releases",
         "25.11.2025 17:12 Harbour board warns of higher fees next year",
         "25.11.2025 15:40 Regulator compares power prices",
         "ITEM0042, 26. Nov. 2025, 10:15",
         "City approves its plan for new tram lines",
         "Forty kilometres of track to be built over the next decade",
         f"Springfield (EW) - {NEWS_TEXT}", NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("stamped_list.txt", data)
    assert article.title == "City approves its plan for new tram lines"


def test_a_short_entry_reading_as_a_stamp_neither_titles_nor_dates() -> None:
    data = _paste(
        ["Example TV", "News", "Economy", "Related news",
         "24/11/2025 16:08 Tourism revenue reaches record high",
         "23/11/2025 12:30 Capital hosts farm forum",
         "City approves its plan for new tram lines",
         "25/11/2025 14:55",
         "#Tram #City",
         NEWS_TEXT, NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("short_entries.txt", data)
    assert article.title == "City approves its plan for new tram lines"
    assert article.published == datetime(2025, 11, 25, 14, 55)


def test_entries_closed_by_their_date_are_a_list() -> None:
    data = _paste(
        ["Example Press Agency", "Home", "Economy", "Related Articles",
         "Neighbours discuss border trade facilitation  November 26, 2025",
         "Pepper exports rise in first ten months  November 25, 2025",
         "City Approves Its Plan for New Tram Lines",
         "November 27, 2025 | 16:05",
         f"Springfield, November 27, 2025 EPA -- {NEWS_TEXT}", NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("closed_entries.txt", data)
    assert article.title == "City Approves Its Plan for New Tram Lines"
    assert article.dateline == "Springfield"


def test_place_date_with_year_then_the_agency_is_a_dateline() -> None:
    found = parse_dateline("Springfield, November 27, 2025 EPA -- The city council …", ())
    assert found is not None and found.place == "Springfield"


def test_issuer_news_header_disclaimer_and_contact_block() -> None:
    data = _paste(
        ["Example Newswire", "Nachrichten", "Ad-hoc", "Stimmrechte", "Suche",
         "Example-News: Muster Hafen AG / Schlagwort(e): Anleihe/Finanzierung",
         "Muster Hafen AG platziert Anleihe über 80 Mio. Euro",
         "26.11.2025 / 08:00 CET/CEST",
         "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.",
         "Kiel, 26. November 2025 – Die Stadt baut bis zum Sommer zwei neue Radwege am "
         "Ufer, teilte das Bauamt am Dienstag mit. Die Kosten liegen bei drei Millionen Euro.",
         "Den Großteil der Kosten zahlt das Land, der Rest kommt aus dem Haushalt der Stadt, "
         "die Arbeiten beginnen im Frühjahr und dauern bis in den Sommer hinein.",
         "Kontakt:", "Muster Hafen AG", "Investor Relations", "ir@muster.example",
         "Ende der Mitteilung"]
    )  # fmt: skip
    (article,) = articles_of("issuer_news.txt", data)
    assert article.title == "Muster Hafen AG platziert Anleihe über 80 Mio. Euro"
    assert (article.dateline, article.section) == ("Kiel", "Anleihe/Finanzierung")
    assert article.body.startswith("Kiel, 26. November 2025 – Die Stadt")
    assert "Investor Relations" not in article.body


def test_issuer_disclaimers_and_labels() -> None:
    assert bp.is_boilerplate(
        "The issuer is solely responsible for the content of this announcement."
    )
    assert stated_section("EQS-News: Example SE / Keyword(s): Bond") == "Bond"
    assert stated_section("Schlagworte: Hafen, Anleihe") == ""
    assert bp.is_footer("Rückfragen & Kontakt:") and bp.is_footer("Über den Autor")
    assert bp.is_footer("Aktuelle Meldungen")


def test_two_digit_year_set_off_by_a_dash_opens_a_meta_line() -> None:
    (hit,) = find_dates("27.11.25 - Leipzig, Deutschland - Redaktion Deutschland")
    assert hit.value == datetime(2025, 11, 27)
    assert find_dates("Version 27.11.25 des Programms") == []


def test_a_scope_adjective_before_news_agency_is_no_name() -> None:
    assert brand_name("National News Agency") == "National News Agency"
    assert brand_name("Example News Agency") == "Example"
    assert brand_name("Агентство «Пример»") == "Пример"


def test_byline_with_surname_in_capitals_and_a_signature_rule() -> None:
    data = _paste(
        ["Вечерняя газета", "Главная", "Экономика",
         "Новый трамвай пустят по набережной весной",
         "24 ноября 2025 | 11:15",
         "Ирина ПЕТРОВА",
         "ЗАРЕЧЬЕ, 24.11.2025 /ВГ/. Городские власти утвердили план новой трамвайной линии "
         "вдоль набережной длиной двенадцать километров, сообщили в мэрии.",
         "Строительство начнется весной, подрядчика выберут на конкурсе до конца года, а "
         "первые вагоны поступят в депо летом следующего года, отметили в ведомстве.",
         "                ======== И.П."]
    )  # fmt: skip
    (article,) = articles_of("shouted_byline.txt", data)
    assert article.author == "Ирина Петрова"
    assert article.source == "VG"  # the dateline's credit, as agencies' acronyms are
    assert "И.П." not in article.body
