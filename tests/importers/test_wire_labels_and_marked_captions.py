"""Agency and wire pastes: a wire's label on the headline, captions marked in brackets,
comma-set stamps, Danish weekdays, an outlet crediting the agency it took the story from,
tool links and reader comments around the text, a country-and-language switcher.
"""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from app.importers import default_profiles
from app.importers.agency import parse_dateline
from app.importers.dates import find_dates, parse_date
from app.importers.sections import section_of_line
from tests.importers.makers import NEWS_MORE, NEWS_TEXT, articles_of


def _paste(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def test_a_comma_after_the_month_reads_with_its_year() -> None:
    assert parse_date("November, 24, 2025 - 10:48 Economy news") == datetime(2025, 11, 24, 10, 48)
    assert find_dates("In November, 24 people applied") == []  # no year: no date


def test_a_danish_weekday_before_the_date_is_no_dateline() -> None:
    (hit,) = find_dates("Søndag, 30. november 2025")
    assert hit.weekday and hit.value == datetime(2025, 11, 30)


def test_a_wire_label_on_the_headline_goes() -> None:
    data = _paste(
        ["Example Press", "Startseite", "21.11.2025",
         "ABC-NEWS: Example Mining Corp.: Drilling confirms copper zone",
         "21.11.2025 / 08:15 CET", f"Springfield (EW) - {NEWS_TEXT}", NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("wire_label.txt", data)
    assert article.title == "Example Mining Corp.: Drilling confirms copper zone"


def test_a_caption_closed_by_a_marked_credit_in_brackets() -> None:
    assert bp.is_caption("Workers lay the new track near the station. [Photo/Example Agency]")
    assert bp.is_caption("Representative image (Photo/EXA)")
    assert bp.is_caption("The new depot on Monday. (Photo by Jane Doe/Example Post)")
    assert not bp.is_caption("The council met on Monday (photographs were not allowed).")


def test_a_caption_under_the_byline_is_not_the_headline() -> None:
    data = _paste(
        ["Example Daily", "Home / Society", "City approves its plan for new tram lines",
         "By JANE DOE in Springfield | example.com | Updated: 2025-11-23 15:12",
         "Workers inspect the track of the new line on Saturday. [Photo/Example Agency]",
         NEWS_TEXT, NEWS_MORE]
    )  # fmt: skip
    (article,) = articles_of("marked_caption.txt", data)
    assert article.title == "City approves its plan for new tram lines"
    assert "[Photo/" not in article.body


def test_a_site_crediting_the_agency_after_its_domain() -> None:
    found = parse_dateline(f"Springfield (example.net/KNA) {NEWS_TEXT}", default_profiles())
    assert found is not None and (found.place, found.agency) == ("Springfield", "KNA")


def test_recommend_and_print_links_are_chrome() -> None:
    assert bp.is_boilerplate("Weiterempfehlen")
    assert bp.is_boilerplate("Drucken")


def test_reader_comments_and_more_on_the_desk_end_the_text() -> None:
    assert bp.is_footer("Lesermeinungen")
    assert bp.is_footer("Mehr zu Deutschland")
    assert not bp.is_footer("Mehr zu Deutschland und Europa erfahren Sie morgen im Interview.")


def test_a_country_and_language_entry_is_a_language_switch() -> None:
    assert bp.is_language_switch("Deutschland - Deutsch")
    assert bp.is_boilerplate("Schweiz - Deutsch")
    assert section_of_line("Deutschland - Deutsch") == ""
    assert not bp.is_language_switch("Berlin - Deutsch lernen")


def test_a_top_news_heading_under_the_text_ends_it() -> None:
    assert bp.is_footer("Top News")
    assert not bp.is_footer("Top news from the council meeting was the budget.")
