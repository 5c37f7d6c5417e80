"""Agency pages pasted whole (blind batch 55): a stamp with its time first and a two-digit
year, a country in square brackets after the dateline's place, an end mark with the desk's
initials inside the last paragraph ("(Schluss) kar") or alone on its line ("(ma)"), the
owner's copyright sentence under it, a footer address between commas, a syndication note
naming a news service, and subscribe and donation pitches under the text."""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from app.importers.agency import parse_dateline
from app.importers.compose import compose
from app.importers.dates import find_dates
from app.importers.profiles import default_profiles

_EN = (
    "The city council approved a plan on Tuesday to expand its tram network by 40 "
    "kilometres over the next decade, with the first new line due to open in 2028.\n"
    "Officials said the project would be financed by a mix of municipal bonds and federal "
    "grants, and that construction would start in the northern districts next spring.\n"
)


def test_time_first_stamp_with_a_two_digit_year() -> None:
    (hit,) = find_dates("09:05, 03.12.24")
    assert hit.value == datetime(2024, 12, 3, 9, 5) and hit.start == 0
    assert find_dates("Version 09:05, 03.12.24") == []  # in a sentence, no stamp


def test_time_first_stamp_under_the_headline_leaves_the_byline_to_the_author() -> None:
    text = (
        "Example News\nГлавная » Экономика\nГородской совет одобрил план расширения трамвая\n"
        "Первая новая линия откроется в 2028 году\n09:05, 03.12.24\nАнна Петрова\n"
        "Городской совет во вторник одобрил план расширения трамвайной сети на 40 километров "
        "в течение следующего десятилетия, сообщили в мэрии.\n"
        "Проект будет профинансирован за счёт муниципальных облигаций и федеральных грантов, "
        "а строительство начнётся в северных районах следующей весной.\n"
        "Вы также можете подписаться на наш канал в Telegram\n"
    )
    art = compose(text, default_profiles())
    assert art.title == "Городской совет одобрил план расширения трамвая"
    assert art.published == datetime(2024, 12, 3, 9, 5)
    assert art.author == "Анна Петрова"
    assert "подписаться" not in art.body


def test_country_in_square_brackets_after_the_place() -> None:
    profiles = default_profiles()
    for line, place in (
        ("Springfield [Examplia], March 3 (EXA): The city council approved", "Springfield"),
        ("Port Town (North Province) [Examplia], March 3 (EXA): Officials said", "Port Town"),
    ):
        found = parse_dateline(line, profiles)
        assert found is not None and (found.place, found.agency) == (place, "EXA")


def test_end_mark_with_desk_initials_ends_the_text() -> None:
    text = (
        "Beispiel Korrespondenz\nStadtrat billigt Ausbau der Straßenbahn\n"
        "Wien (BK) – Der Stadtrat hat heute den Ausbau der Straßenbahn um 40 Kilometer "
        "beschlossen. Die erste Linie soll 2028 in Betrieb gehen.\n"
        "Die Kosten tragen Stadt und Bund gemeinsam, der Bau beginnt im Frühjahr in den "
        "nördlichen Bezirken. (Schluss) xy\n"
        "Themenfelder: Verkehr; Budget\nAusschuss: Verkehrsausschuss\n"
        "HINWEIS: Fotos von dieser Sitzung finden Sie im Webportal des Rathauses.\n"
    )
    art = compose(text, default_profiles())
    assert art.body.rstrip().endswith("nördlichen Bezirken.")
    assert "Themenfelder" not in art.body and "HINWEIS" not in art.body


def test_desk_initials_alone_under_the_text_and_the_owners_notice() -> None:
    text = (
        "Example Agency\nHome > Economy\nCity Council Approves Tram Plan\n"
        "Springfield, March 3 (EXA) - " + _EN + "(ab)\nShare\nLatest News\n"
        "Port Opens New Terminal\n3 Mar 2025 10:15\n"
        "Example Agency © 2025 All rights reserved. The content of this website may not be "
        "reproduced without the consent of the agency.\n"
        "Example News Agency of the Republic, Main Street 23, 819 28 Springfield\n"
    )
    art = compose(text, default_profiles())
    assert "(ab)" not in art.body and "Port Opens" not in art.body
    assert art.body.rstrip().endswith("next spring.")


def test_footer_address_between_commas() -> None:
    assert bp.is_boilerplate("Example News Agency, Main Square 16, Springfield")
    assert bp.is_boilerplate("Press Office of the Republic, Long Street 23, 819 28 Port Town")
    assert not bp.is_boilerplate("The minister visited the plant, Main Street 5, Berlin")


def test_syndication_note_and_donation_pitch() -> None:
    assert bp.is_boilerplate(
        "This report is auto-generated from EXA news service. Example Daily holds no "
        "responsibility for its content."
    )
    assert bp.is_boilerplate(
        "Examplia needs fair, non-partisan and questioning journalism, packed with on-ground "
        "reporting. Example Daily is doing just that."
    )
    assert bp.is_boilerplate("Support Our Journalism")
    assert bp.is_boilerplate("You can also follow us on Telegram")
    assert not bp.is_boilerplate(
        "The ministry said the service was generated revenue from fair trade, the report said."
    )


def test_latin_name_paired_with_the_cyrillic_one_in_brackets() -> None:
    from app.importers.sitename import paired_latin_name

    lines = ["Газета Пример – орган печати", "© Газета Пример (Trần Phố). Все права защищены."]
    assert paired_latin_name("Газета Пример", lines) == "Trần Phố"
    assert paired_latin_name("Газета Пример", ["Trần Phố (Газета Пример)"]) == "Trần Phố"
    # a bracket of other words (a city, a different length) is no spelling of the name
    assert paired_latin_name("Газета Пример", ["Газета Пример (Hanoi)"]) == ""
    assert paired_latin_name("Газета Пример", ["Газета Пример (Москва Сити)"]) == ""


def test_portal_byline_with_the_host_after_a_slash() -> None:
    from app.importers.byline import author_of_line

    assert author_of_line("Jane Doe / example.ch") == "Jane Doe"
    assert author_of_line("Home / example.ch") == ""
