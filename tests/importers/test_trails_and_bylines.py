"""Breadcrumb trails, bylines in stamps and "Name in City" form, city datelines, domain
credits in datelines, mastheads in capitals and kicker-classed section labels."""

from __future__ import annotations

from app.importers import extract
from app.importers.agency import parse_dateline
from app.importers.byline import author_of_line
from app.importers.compose import compose
from app.importers.profiles import load_profiles
from app.importers.sections import section_of_line
from app.importers.sitename import masthead_brand

PARA = (
    "The regional council approved the new budget on Tuesday after a long debate, and the "
    "opposition said it would take the decision to the constitutional court next month."
)


def test_trail_ending_in_the_headline_gives_the_crumb_before_it() -> None:
    line = "Startseite » Wirtschaft » Stadtwerke erhöhen die Preise für Fernwärme deutlich"
    assert section_of_line(line) == "Wirtschaft"


def test_trail_through_the_all_news_page_gives_its_last_crumb() -> None:
    assert section_of_line("Главная / Новости / Ипотека") == "Ипотека"
    assert section_of_line("Nachrichten > Münsterland") == "Münsterland"


def test_separated_trail_keeps_a_section_name_with_an_ampersand() -> None:
    assert section_of_line("Home > Travel & Leisure") == "Travel & Leisure"


def test_trail_over_the_headline_is_not_the_title() -> None:
    text = (
        "Startseite\nPolitik\nSport\n"
        "Startseite › Bremen › Senat plant neue Straßenbahnlinie\n"
        "Senat plant neue Straßenbahnlinie durch die Überseestadt\n"
        "12.03.2025, 10:20 Uhr\n"
        "Der Senat will eine neue Straßenbahnlinie durch die Überseestadt bauen und hat dafür "
        "am Dienstag die Planung in Auftrag gegeben, wie eine Sprecherin mitteilte.\n"
    )
    art = compose(text, ())
    assert art.title == "Senat plant neue Straßenbahnlinie durch die Überseestadt"
    assert art.section == "Bremen"


def test_stamp_ending_in_its_byline() -> None:
    assert author_of_line("Veröffentlicht am 3. Mai 2025 von Anna Weber") == "Anna Weber"
    assert author_of_line("Posted on March 3, 2025 by Jane Doe") == "Jane Doe"
    assert author_of_line("Published April 3 2025") == ""


def test_name_with_the_city_written_from_is_the_author() -> None:
    text = (
        "Example Paper\nSubscribe\nSign In\n"
        "Council approves budget after long debate\n"
        "Tom Baker in Glasgow\nPublished April 3 2025\n"
        f"{PARA}\n{PARA}\n"
    )
    assert compose(text, ()).author == "Tom Baker"


def test_byline_under_the_headline_beats_a_menu_entry_by_the_header_date() -> None:
    text = (
        "Example Post\nMonday, Apr 7, 2025\nNew Zealand\nWorld\nBusiness\n"
        "Council approves budget after long debate\n"
        "Maria Lopez\nApril 07, 2025 14:22\n"
        f"{PARA}\n{PARA}\n"
    )
    assert compose(text, ()).author == "Maria Lopez"


def test_city_named_like_a_section_opens_the_text_as_dateline() -> None:
    text = (
        "Senat beschließt neuen Haushalt\n"
        "Berlin. Der Senat hat am Dienstag den Haushalt für die kommenden zwei Jahre "
        "beschlossen, wie die Finanzverwaltung mitteilte. Die Opposition kritisierte den Plan.\n"
    )
    assert compose(text, ()).dateline == "Berlin"


def test_domain_after_the_date_is_the_dateline_credit() -> None:
    found = parse_dateline("БИШКЕК, 3 мая – 12.kg. Правительство утвердило план", ())
    assert found is not None and (found.place, found.agency) == ("Бишкек", "12.kg")
    assert parse_dateline("Berlin, 5. Mai – Die Regierung hat beschlossen", ()) is None


def test_logo_with_a_press_word_needs_one_chrome_line_and_loses_its_capitals() -> None:
    def chrome(line: str) -> bool:
        return line in ("Monday, Apr 7, 2025", "Politics")

    lines = ["GULF DAILY NEWS", "Monday, Apr 7, 2025", "Edition: English Arabic", "Politics"]
    assert masthead_brand(lines, chrome, "Example Research & Holding") == "Gulf Daily News"


def test_kicker_class_label_names_the_section_only_when_it_is_one() -> None:
    def page(kicker: str) -> bytes:
        return (
            "<html><head><title>Werk drosselt die Produktion</title></head><body><article>"
            f'<div class="overline">{kicker}</div><h1>Werk drosselt die Produktion</h1>'
            f"<p>{PARA}</p><p>{PARA}</p></article></body></html>"
        ).encode()

    assert extract("a.html", page("Wirtschaft"))[0].article.section == "Wirtschaft"
    assert extract("b.html", page("Milliardenprojekt"))[0].article.section != "Milliardenprojekt"


def test_upper_austrian_paper_by_its_logo() -> None:
    profile = next(p for p in load_profiles() if "OÖNachrichten" in p.aliases)
    assert profile.name == "Oberösterreichische Nachrichten"


def test_mining_is_a_section_name() -> None:
    assert section_of_line("Mining") == "Mining"
