"""Blind batch 47 (web pages and pastes): summary points, stamps after the text, logos.

Each test holds a small made-up clipping with one convention: a "Summary" heading over its
points without bullet marks, a date-classed span under the headline, a view counter under
the text, a weekday stamp under the closing byline, a list of stamped headlines over the
story, a logo with its motto after a dash, a logo sharing only a word with its publisher.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from app.importers import extract
from app.importers.compose import compose
from app.importers.profiles import default_profiles

PROSE = (
    "The price of a kilo of tea fell to its lowest level in three years at this week's sale, "
    "as the largest buyer cut back on purchases and output flooded the market."
)
PROSE_2 = (
    "Brokers said the quality of the tea offered had deteriorated after heavy rains, and that "
    "buyers were holding back in anticipation of further declines in prices."
)


def test_summary_points_without_bullets_over_the_byline_are_the_lead() -> None:
    text = "\n".join(
        [
            "DAILY LEDGER",
            "Markets",
            "Economy",
            "Opinion",
            "Home / Markets / Commodities",
            "Tea prices fall to three-year low on weak demand",
            "Summary",
            "Average price for a kilo of tea dropped to $2.06, the lowest since 2022.",
            "Traders blame a glut of low-grade teas and a slowdown in purchases.",
            "Jane Muthoni",
            "Reporter",
            "Daily Ledger",
            "November 26, 2025",
            PROSE,
            PROSE_2,
        ]
    )
    art = compose(text, default_profiles())
    assert art.body.startswith("The price of a kilo")
    assert art.author == "Jane Muthoni"
    assert art.published == datetime(2025, 11, 26)
    assert "Traders blame" in art.lead


def _page(body: str, title: str = "Export orders rise") -> object:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    [item] = extract("page.html", page.encode())
    return item.article


def test_a_date_classed_span_under_the_headline_dates_the_page() -> None:
    body = (
        '<div class="top"><span class="topdate">Sun, Nov 30, 2025</span></div>'
        "<h1>Export orders rise</h1><span class='time'>Thu, Nov 27, 2025 page10</span>"
        "<div class='imgbox'><img src='a.jpg' alt=''><h1>Containers at the port.</h1></div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE_2}</p></div>"
    )
    art = _page(body)
    assert art.published.date() == datetime(2025, 11, 27).date()  # type: ignore[attr-defined]


def test_a_view_counter_is_boilerplate() -> None:
    assert bp.is_boilerplate("This story has been viewed 3214 times.")
    assert bp.is_boilerplate("Просмотров: 1 812")
    assert not bp.is_boilerplate("The video was viewed millions of times within a day.")


def test_a_weekday_stamp_under_the_closing_byline_beats_the_header_day() -> None:
    text = "\n".join(
        [
            "Energie Kurier",
            "Zeitung  |  Jobs  |  Abo  |  Login",
            "30.11.2025",
            "Strom",
            "Gas",
            "Erste Leitungen transportieren Wasserstoff",
            "Rund 500 Kilometer Leitung führen seit dieser Woche Wasserstoff statt Erdgas, "
            "teilten die Betreiber am Mittwoch in Berlin mit. Es handelt sich um alte Leitungen.",
            "Zum Start fließt allerdings nur wenig Wasserstoff durch die Leitungen, weil große "
            "Elektrolyseure an der Küste noch nicht gebaut sind, hieß es weiter.",
            "Erika Muster",
            "Mittwoch, 26.11.2025, 14:57 Uhr",
            "Artikel drucken  |  Artikel versenden",
        ]
    )
    art = compose(text, default_profiles())
    assert art.published == datetime(2025, 11, 26, 14, 57)


def test_stamped_headlines_of_a_news_list_are_not_the_title() -> None:
    text = "\n".join(
        [
            "Новости",
            "Экономика",
            "Спорт",
            "Главные новости",
            "29 ноября 18:40 В городе открыли новый мост через реку",
            "29 ноября 12:05 Область вошла в десятку по вводу жилья",
            "Аграрии области собрали рекордный урожай подсолнечника",
            "25 ноября 2025 в 10:15",
            "Сельхозпроизводители области завершили уборку подсолнечника, сообщили в "
            "министерстве сельского хозяйства. Валовой сбор превысил прошлогодний.",
            "Средняя урожайность составила шестнадцать центнеров с гектара, это рекорд для "
            "региона за всё время наблюдений, отметили в ведомстве.",
        ]
    )
    art = compose(text, default_profiles())
    assert art.title == "Аграрии области собрали рекордный урожай подсолнечника"


def _paste(logo: str, owner: str) -> object:
    text = "\n".join(
        [
            logo,
            "Sunday, November 30, 2025",
            "News",
            "Business",
            "Sports",
            "Business",
            "Coffee export earnings jump as global prices soar",
            "Wednesday, November 26, 2025 at 7:42 PM",
            PROSE,
            PROSE_2,
            "Share this article",
            f"© 2025 {owner}. All rights reserved.",
        ]
    )
    return compose(text, default_profiles())


def test_a_logo_with_its_motto_after_a_dash_names_the_outlet() -> None:
    art = _paste("The Hill Times - Kenya's Leading Daily", "The Hill Times Publications")
    assert art.source == "The Hill Times"  # type: ignore[attr-defined]


def test_a_logo_sharing_one_word_with_the_publisher_is_its_own_brand() -> None:
    art = _paste("Bergland Bauer", "Bergland Agrarmedien AG")
    assert art.source == "Bergland Bauer"  # type: ignore[attr-defined]
