"""Blind batch 132's families (institution pages): a header line that is a label and a phone
number ("Hotline: 0800 …") or a weather widget ("Town: −2 °C") is chrome, never the
headline of the release under it."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.boilerplate import is_boilerplate
from app.importers.compose import _is_ticker
from tests.importers.makers import CLIP_TEXT


def _paste(lang: str, header: list[str], title: str) -> str:
    first, second = CLIP_TEXT[lang]
    return "\n".join([*header, "", title, "", first, "", second, ""])


@pytest.mark.parametrize(
    "line",
    [
        "Телефон доверия: +7 (343) 377-95-49",
        "Bürgertelefon: 030 1234-567",
        "Fraud hotline: 0800 222 777",
        "Горячая линия: 8-800-100-20-30",
    ],
)
def test_label_and_phone_number_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["Endstand: 2:1", "Haushalt 2026: 1 200", "Bilanz: 2025", "Итоги 2025: рост на 12"]
)
def test_label_and_short_figure_is_no_phone(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["Минск: −2 °C", "Graz: 12 °C", "London 8 °F"])
def test_weather_widget_is_a_ticker(line: str) -> None:
    assert _is_ticker(line)


def test_temperature_in_a_headline_is_no_ticker() -> None:
    assert not _is_ticker("Hitzewelle: bis zu 40 °C in ganz Spanien erwartet")


@pytest.mark.parametrize(
    ("lang", "header", "title"),
    [
        (
            "ru",
            ["Прокуратура Примерной области", "Контакты", "Телефон доверия: +7 (343) 111-22-33"],
            "В Примерске по требованию прокурора погашен долг по зарплате",
        ),
        (
            "de",
            ["Stadt Beispielhausen", "Rathaus", "Bürgertelefon: 0711 123 4567"],
            "Neue Buslinie verbindet Altstadt und Bahnhof ab Dezember",
        ),
        (
            "ru",
            ["Горисполком Примерска", "Новости", "Среда, 26 ноября 2025 г.", "Примерск: −2 °C"],
            "Движение по новому участку метро запустят в декабре",
        ),
        (
            "en",
            ["Example County Council", "News", "Exampletown: 8 °C"],
            "Council unveils plan to rebuild the station quarter",
        ),
    ],
)
def test_header_widget_is_not_the_headline(lang: str, header: list[str], title: str) -> None:
    article = extract("page.txt", _paste(lang, header, title).encode())[0].article
    assert article.title == title
    assert article.body.startswith(CLIP_TEXT[lang][0][:40])


def test_headline_with_a_temperature_stays() -> None:
    title = "Hitzewelle: bis zu 40 °C in ganz Spanien erwartet"
    article = extract("page.txt", _paste("de", ["Example Zeitung", "Wetter"], title).encode())
    assert article[0].article.title == title


# A breadcrumb pasted one crumb a line passes through the site's "News": the deepest crumb
# under it is the section, not the menu entry the trail starts with.
@pytest.mark.parametrize(
    ("lang", "menu", "trail", "section"),
    [
        (
            "en",
            ["Services", "About us", "Search"],
            ["Home", "About us", "News", "Media releases"],
            "Media releases",
        ),
        (
            "de",
            ["Themen", "Über uns", "Suche"],
            ["Startseite", "Über uns", "Aktuelles", "Pressemitteilungen"],
            "Pressemitteilungen",
        ),
        (
            "ru",
            ["Услуги", "О ведомстве", "Поиск"],
            ["Главная", "О ведомстве", "Новости", "Пресс-релизы"],
            "Пресс-релизы",
        ),
    ],
)
def test_trail_through_news_names_its_deepest_crumb(
    lang: str, menu: list[str], trail: list[str], section: str
) -> None:
    title = {
        "en": "Council unveils plan to rebuild the station quarter",
        "de": "Neue Buslinie verbindet Altstadt und Bahnhof ab Dezember",
        "ru": "Движение по новому участку метро запустят в декабре",
    }[lang]
    article = extract(
        "page.txt", _paste(lang, ["Example Office", *menu, "", *trail], title).encode()
    )
    assert article[0].article.section == section


# A site menu pasted one entry a line, long (skip links, switchers, entries), with one known
# desk among its words ("Karriere"): that entry is the site's, never the release's section.
@pytest.mark.parametrize(
    ("lang", "menu", "title"),
    [
        (
            "de",
            [
                "Zum Inhalt springen",
                "Leichte Sprache",
                "English",
                "Suche",
                "Beispielamt",
                "Menü",
                "Aktuelles",
                "Prävention",
                "Service",
                "Karriere",
                "Über uns",
                "Notruf 110",
            ],
            "Neue Buslinie verbindet Altstadt und Bahnhof ab Dezember",
        ),
        (
            "en",
            [
                "Skip to content",
                "Accessibility",
                "Cymraeg",
                "Search",
                "Example Police",
                "Menu",
                "Report",
                "Advice",
                "Services",
                "Sport",
                "About us",
                "Contact",
            ],
            "Council unveils plan to rebuild the station quarter",
        ),
        (
            "ru",
            [
                "Перейти к содержанию",
                "Версия для слабовидящих",
                "English",
                "Поиск",
                "Примерное ведомство",
                "Меню",
                "Деятельность",
                "Документы",
                "Услуги",
                "Общество",
                "О ведомстве",
                "Контакты",
            ],
            "Движение по новому участку метро запустят в декабре",
        ),
    ],
)
def test_long_stacked_menu_gives_no_section(lang: str, menu: list[str], title: str) -> None:
    article = extract("page.txt", _paste(lang, [*menu, "24.11.2025 – 11:52"], title).encode())
    assert article[0].article.title == title
    assert article[0].article.section == ""


def test_short_menu_over_the_headline_still_labels_it() -> None:
    title = "Neue Buslinie verbindet Altstadt und Bahnhof ab Dezember"
    header = ["Example Zeitung", "Politik", "Wirtschaft", "Sport", "", "Wirtschaft"]
    article = extract("page.txt", _paste("de", header, title).encode())[0].article
    assert article.section == "Wirtschaft"


# A release signed at its place over its day under the text ("New Delhi" / "November 21,
# 2025"): the place the text names is no author; a writer's name over a day still is.
@pytest.mark.parametrize(
    ("lang", "place", "day", "text"),
    [
        (
            "en",
            "New Delhi",
            "November 21, 2025",
            "The joint commission held its tenth session in New Delhi on 20 and 21 November.",
        ),
        (
            "de",
            "Genf",
            "21. November 2025",
            "Die Kommission tagte am Donnerstag und Freitag in Genf und beschloss ein Programm.",
        ),
        (
            "ru",
            "Екатеринбург",
            "21 ноября 2025 года",
            "Заседание комиссии прошло в Екатеринбурге, стороны подписали итоговый протокол.",
        ),
    ],
)
def test_place_over_day_under_the_text_is_no_author(
    lang: str, place: str, day: str, text: str
) -> None:
    first, second = CLIP_TEXT[lang]
    title = "Joint commission meets for its tenth session"
    paste = "\n\n".join([title, first, f"{text} {second}", place, day, ""])
    article = extract("page.txt", paste.encode())[0].article
    assert article.author == ""


def test_name_over_day_under_the_text_stays_the_author() -> None:
    first, second = CLIP_TEXT["en"]
    paste = "\n\n".join(
        ["Joint commission meets again", first, second, "Jane Roe", "November 21, 2025", ""]
    )
    assert extract("page.txt", paste.encode())[0].article.author == "Jane Roe"


def _logo_page(logo: str, lang: str = "en") -> str:
    first, second = CLIP_TEXT[lang]
    return (
        f'<html lang="{lang}"><head><title>Joint commission meets</title></head><body>'
        f"<div id='header'><a href='/'><img src='e.png' alt='Emblem'></a>{logo}</div>"
        "<div id='menu'><ul><li><a href='/'>Home</a></li><li><a href='/m'>Media</a></li></ul>"
        "</div><div id='main'><h3>Joint commission meets for its tenth session</h3>"
        f"<p>November 21, 2025</p><p>{first}</p><p>{second}</p><p>{first}</p></div>"
        "</body></html>"
    )


# A header's logo block that is no link, with the body's name in bold among its other
# lines (a name in another script, the parent government): the page's source.
@pytest.mark.parametrize(
    ("logo", "source"),
    [
        (
            "<div class='logoText'><span>विदेश मंत्रालय</span><br><strong>Ministry of Example "
            "Affairs</strong><br><span>Government of Example</span></div>",
            "Ministry of Example Affairs",
        ),
        (
            "<div class='brand-name'><b>Landesamt für Beispielwesen</b><br>"
            "Freistaat Beispiel</div>",
            "Landesamt für Beispielwesen",
        ),
        ("<div class='site-logo'><span>Example Reserve Bank</span></div>", "Example Reserve Bank"),
    ],
)
def test_logo_block_without_link_names_the_source(logo: str, source: str) -> None:
    article = extract("page.html", _logo_page(logo).encode())[0].article
    assert article.source == source


def test_block_not_classed_as_logo_names_nothing() -> None:
    page = _logo_page("<div class='weather'><strong>Sunny Spells</strong></div>")
    assert extract("page.html", page.encode())[0].article.source != "Sunny Spells"


# A press officer signing the release under its text: her role, then her rank in lower
# case and her initials and surname. The name is the author; role and rank leave the body.
@pytest.mark.parametrize(
    ("lang", "role", "ranked", "name"),
    [
        (
            "ru",
            "Помощник прокурора района по связям со СМИ",
            "младший советник юстиции А.С. Петрова",
            "А.С. Петрова",
        ),
        ("ru", "Пресс-секретарь управления", "майор полиции И. Сидоренко", "И. Сидоренко"),
        (
            "en",
            "Press officer of the Example Prosecution Service",
            "senior counsel J. R. Smith",
            "J. R. Smith",
        ),
    ],
)
def test_officer_signoff_names_the_author(lang: str, role: str, ranked: str, name: str) -> None:
    first, second = CLIP_TEXT[lang]
    title = "Office reports on the outcome of its inspection"
    paste = "\n\n".join([title, first, second, role, ranked, "", "Другие новости", ""])
    article = extract("page.txt", paste.encode())[0].article
    assert article.author == name
    assert role not in article.body
    assert ranked not in article.body


def test_ranked_name_line_in_running_text_is_no_signoff() -> None:
    first, second = CLIP_TEXT["ru"]
    paste = "\n\n".join(
        [
            "Office reports on the outcome",
            first,
            "Комментарий дал",
            "советник юстиции А.С. Петрова",
            second,
            "",
        ]
    )
    article = extract("page.txt", paste.encode())[0].article
    assert article.author != "А.С. Петрова"


# Under a release's text: the press desk's contact label and the heading of the office's
# other releases (its name after it) end the text; what follows is contact and chrome.
_FOOT = ["", "Impressum", "Datenschutz", "© 2025 Example"]


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        (
            "de",
            [
                "Rückfragen von Journalistinnen und Journalisten bitte an:",
                "Stadt Example",
                "Pressestelle",
                "Telefon: 0221 123 4567",
                "",
                "Weitere Pressemitteilungen der Stadt Example",
                "Neue Ampel am Markt in Betrieb genommen – Verkehr läuft wieder",
                "Bibliothek schließt in den Ferien früher als sonst",
            ],
        ),
        (
            "de",
            [
                "Weitere Pressemitteilungen der Stadt Example",
                "Neue Ampel am Markt in Betrieb genommen – Verkehr läuft wieder",
                "Bibliothek schließt in den Ferien früher als sonst",
            ],
        ),
        (
            "en",
            [
                "Related media releases",
                "Bank publishes its financial stability review for the second half",
                "Statement of the Monetary Policy Committee on the repo rate",
            ],
        ),
        (
            "ru",
            [
                "Другие пресс-релизы",
                "Новый мост через реку Примерку откроют для движения весной",
                "В трёх районах города обновят уличное освещение до конца года",
            ],
        ),
    ],
)
def test_contact_label_and_release_list_end_the_text(lang: str, tail: list[str]) -> None:
    first, second = CLIP_TEXT[lang]
    head = ["Example Office", "Menü", "Aktuelles", "", "Council unveils plan to rebuild it", ""]
    paste = "\n".join([*head, first, "", second, "", *tail, *_FOOT, ""])
    body = extract("page.txt", paste.encode())[0].article.body
    assert body.endswith(second)


def test_sentence_naming_further_releases_stays() -> None:
    first, second = CLIP_TEXT["de"]
    line = "Weitere Pressemitteilungen der Stadt folgen am Montag."
    paste = "\n\n".join(["Stadt plant Umbau des Bahnhofsviertels", first, line, second, ""])
    assert line in extract("page.txt", paste.encode())[0].article.body
