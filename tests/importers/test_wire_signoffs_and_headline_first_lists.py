"""Agency and state-media pages pasted whole (blind batch 51): a list of stamped headlines
set headline-first over the article's own, a meta bar with full-width colons, the editor's
initials after the agency's name, a yearless "Place, day month -" dateline, a wire's
sign-off and the frame under it, page buttons and a closed comment box; an outlet's own
Latin name where a Cyrillic page prints it (footer case, a logo that is the host name, the
quoted name a bare host spells)."""

from __future__ import annotations

from datetime import datetime

from app.importers import boilerplate as bp
from app.importers.agency import bare_dateline, parse_dateline
from app.importers.compose import compose
from app.importers.normalize import clean_text
from app.importers.profiles import default_profiles
from app.importers.sitename import domain_logo, printed_latin_spelling, quoted_name_of_domain

_TEXT = (
    "Die Stadtwerke wollen bis 2030 rund 40 neue Ladepunkte in der Innenstadt errichten. Das "
    "teilte der Geschäftsführer am Dienstag bei einer Pressekonferenz im Rathaus mit.\n"
    "Die Kosten von rund zwei Millionen Euro tragen Stadt und Land gemeinsam. Die ersten "
    "Säulen sollen im Frühjahr am Marktplatz und am Bahnhof in Betrieb gehen.\n"
)


def test_a_headline_first_list_over_the_article_leaves_the_article_its_headline() -> None:
    text = (
        "Beispielportal\nStartseite > Nachrichten\nMeistgelesene Nachrichten\n"
        "Stadtrat beschließt neuen Haushalt für 2026\n03.03.2025 10:02\n"
        "Neue Buslinie zum Flughafen wird eröffnet\n03.03.2025 15:47\n"
        "Stadtwerke bauen 40 neue Ladepunkte in der Innenstadt\n04.03.2025 08:21\n"
        "Teilen\nVon Erika Muster\n" + _TEXT
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen 40 neue Ladepunkte in der Innenstadt"
    assert art.published == datetime(2025, 3, 4, 8, 21)


def test_a_meta_bar_with_full_width_colons_under_the_headline() -> None:
    text = clean_text(
        "Beispiel Rundschau\nStartseite >> Wirtschaft\nAktuell\n"
        "Stadtrat beschließt neuen Haushalt für 2026\n2025-03-05 09:15\n"
        "Neue Buslinie zum Flughafen wird eröffnet\n2025-03-04 16:40\n"
        "Stadtwerke bauen 40 neue Ladepunkte in der Innenstadt\n"
        "Quelle\uff1aBeispiel Rundschau  |  Autor\uff1aErika Muster  |  2025-03-03 10:47\n"
        "Schriftgröße: A A A\n" + _TEXT
    )
    art = compose(text, default_profiles())
    assert art.title == "Stadtwerke bauen 40 neue Ladepunkte in der Innenstadt"
    assert art.author == "Erika Muster"
    assert art.published == datetime(2025, 3, 3, 10, 47)
    assert clean_text("来源\uff1a新华社") == "来源\uff1a新华社"  # Chinese text keeps its colon


def test_the_editors_initials_after_the_agencys_name_are_no_part_of_it() -> None:
    found = parse_dateline("Musterstadt (Beispa/km) - Das Ministerium hat am Montag", ())
    assert found is not None and (found.place, found.agency) == ("Musterstadt", "Beispa")


def test_place_day_and_month_without_the_year_then_a_dash() -> None:
    found = bare_dateline("Musterstadt, 24 November - The council recorded 5.9 million visitors.")
    assert found is not None and found.place == "Musterstadt"
    assert bare_dateline("Musterstadt, 24.11. - The council recorded 5.9 million.") is None


def test_a_wire_sign_off_ends_the_text_with_its_frame_and_copyright() -> None:
    text = (
        "Beispiel Nachrichten\nStadtwerke bauen 40 neue Ladepunkte\n04.03.2025 08:21\n"
        + _TEXT
        + "Kontakt zum Autor: desk@example.com\n(END) Example Newswires\n"
        "March 04, 2025 02:21 ET (07:21 GMT)\nCopyright (c) 2025 Example & Company, Inc.\n"
    )
    body = compose(text, default_profiles()).body
    assert body.endswith("am Bahnhof in Betrieb gehen.")
    text = "Beispiel\nStadtwerke bauen 40 neue Ladepunkte\n04.03.2025 08:21\n" + _TEXT
    body = compose(text + "--BPA\nVerwandte Meldung über den Hafen von Musterstadt\n", ()).body
    assert body.endswith("am Bahnhof in Betrieb gehen.")


def test_page_buttons_labels_and_a_closed_comment_box_are_boilerplate() -> None:
    for line in (
        "Schriftgröße: A A A",
        "Font Size: A A",
        "Full article 3 comments",
        "Categories: Economy, Trade.",
        "Kontakt zum Autor: desk@example.com",
        "Disclaimer & comment rules",
        "Commenting for this story is now closed.",
        "If you have a Facebook account, become a fan and comment on our Facebook Page!",
    ):
        assert bp.is_boilerplate(line), line
    assert bp.is_footer("Связанные новости")
    assert not bp.is_boilerplate("A full article on this will follow.")


def test_a_logo_in_capitals_takes_the_footers_case_of_the_same_name() -> None:
    lines = ["BEISPA | Информационное агентство", "Новости", "© 2025 Beispa"]
    assert printed_latin_spelling("Бейспа", lines) == "Beispa"
    assert printed_latin_spelling("Бейспа", lines[:2]) == "BEISPA"


def test_a_latin_logo_that_is_the_pages_host_beats_a_transliteration() -> None:
    lines = ["2TV", "Общественный вещатель Примерии", "Новости", "Фото: 2TV",
             "При использовании материалов ссылка на 2tv.ge обязательна."]  # fmt: skip
    assert domain_logo(lines) == "2TV"
    assert domain_logo(["2TV", "Новости", "ссылка на primer.ge обязательна"]) == ""


def test_a_bare_host_in_the_copyright_line_takes_the_quoted_name_it_spells() -> None:
    lines = ['Информационное агентство "Пример"', "Новости", "(c) 2025 primer.ru"]
    assert quoted_name_of_domain("primer.ru", lines) == "Primer"
    assert quoted_name_of_domain("drugoy.ru", lines) == ""


def test_a_given_name_and_a_surname_in_capitals_under_the_text_sign_it() -> None:
    text = (
        "Пример\nЭкономика\nУрожай свеклы в области превысил 900 тысяч тонн\n26 ноября 2025\n"
        "Аграрии области завершили уборку сахарной свеклы. По данным управления, собрано "
        "более 900 тысяч тонн, что на 18 процентов больше, чем в прошлом году.\n"
        "Переработка урожая продлится до конца февраля, сообщили на сахарных заводах.\n"
        "Иван ПРИМЕРОВ\nПоделиться:\nTelegram\n"
    )
    art = compose(text, default_profiles())
    assert art.author == "Иван ПРИМЕРОВ"
    assert "ПРИМЕРОВ" not in art.body
