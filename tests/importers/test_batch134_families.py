"""Blind batch 134's families: a read-aloud button alone on its line, a newsletter's name
with its strapline and its greeting to the readers are no headline; the intro under the
greeting is not the text's start; a trail that repeats the menu's entries down to a town's
page names that page, not the kicker under it; a two-crumb trail rooted in a menu entry
printed again ("Presse" / "Presseaussendungen" / back link / kind / date) names the list
page; a single tag over an HTML headline that links to the desk's own page is the section."""

from __future__ import annotations

from lxml import html as lxml_html

from app.importers import extract
from app.importers.boilerplate import READER_GREETING, is_boilerplate
from app.importers.htmlmeta import _desk_link
from app.importers.sections import menu_rooted_trail, stacked_trail

_DE = (
    "Der Gemeinderat hat am Dienstag beschlossen, das alte Hallenbad in den kommenden drei "
    "Jahren zu sanieren. Die Kosten werden auf rund zwölf Millionen Euro geschätzt.",
    "Ein Drittel der Summe soll aus Fördermitteln des Landes kommen, teilte die Verwaltung "
    "am Abend mit. Die Bürger können die Pläne bis Ende Januar einsehen.",
)


def _article(text: str, name: str = "page.txt"):
    items = extract(name, text.encode())
    assert len(items) == 1
    return items[0].article


def test_read_aloud_buttons_are_chrome() -> None:
    for line in (
        "Artikel hören",
        "Beitrag hören (4 Min.)",
        "Text vorlesen lassen",
        "Прослушать статью",
        "Слушать статью",
        "Listen (3 min)",
    ):
        assert is_boilerplate(line), line
    # look-alikes: running text and a headline about listening stay
    assert not is_boilerplate("Artikel hören und gewinnen: Das neue Hörspiel der Stadtbücherei")
    assert not is_boilerplate("Listen to the river: how Tula restored its old water meadows")


def test_read_aloud_button_is_no_headline() -> None:
    page = "\n".join(
        [
            "Example Kurier",
            "Stadtrat",
            "Hallenbad wird für zwölf Millionen Euro saniert",
            "Von",
            "Erika Muster",
            "24.11.2025, 18:32 Uhr",
            "Artikel hören",
            "Teilen",
            *_DE,
        ]
    )
    assert _article(page).title == "Hallenbad wird für zwölf Millionen Euro saniert"


def test_newsletter_strapline_is_chrome_greeting_is_known() -> None:
    for line in (
        "Example Kultur – der Newsletter für Kassel und die Region",
        "The Briefing: your weekly newsletter on Europe and its markets",
        "Вечерний город – еженедельная рассылка о культуре",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Guten Morgen, liebe Leserinnen und Leser,",
        "Dear readers,",
        "Доброе утро, дорогие читатели!",
    ):
        assert READER_GREETING.match(line), line
    # look-alikes: a headline on a newsletter's mailing, a sentence to the readers
    assert not is_boilerplate("Datenschutz – der Newsletter-Versand der Stadt muss stoppen")
    assert not READER_GREETING.match("Liebe Leser sind der Zeitung wichtiger als Klicks")


def test_newsletter_intro_under_greeting_is_not_the_text() -> None:
    for greeting, intro in (
        (
            "Guten Morgen, liebe Leserinnen und Leser,",
            "heute mit einer guten Nachricht für alle, die im Winter gern schwimmen gehen.",
        ),
        (
            "Liebe Leserinnen und Leser,",
            "heute geht es um das Hallenbad und seine Zukunft, über die lange gestritten wurde.",
        ),
    ):
        page = "\n".join(
            [
                "Example Kurier",
                "Example Stadt – der Newsletter für Kassel und die Region",
                greeting,
                intro,
                "Kassel > Stadt",
                "Hallenbad wird für zwölf Millionen Euro saniert",
                "Von Erika Muster",
                "27.11.2025 - 05:30 Uhr",
                f"Kassel – {_DE[0]}",
                _DE[1],
            ]
        )
        art = _article(page)
        assert art.title == "Hallenbad wird für zwölf Millionen Euro saniert"
        assert art.dateline == "Kassel"


def test_trail_through_town_page_over_kicker() -> None:
    for menu, town, kicker in (
        ("Region Nordheide", "Buchholz", "Stadtrat"),
        ("Landkreis Example", "Nordstadt", "Hallenbad"),
        ("Kreis Süd", "Unterdorf", "Kommunalfinanzen"),
    ):
        lines = [
            "Example Anzeiger",
            menu,
            town,
            "Sport",
            "Startseite",
            menu,
            town,
            kicker,
            "Hallenbad wird für zwölf Millionen Euro saniert",
            *_DE,
        ]
        assert stacked_trail(lines, 8) == town
    # look-alike: under one crumb the menu lists, the next one is the deepest level
    lines = ["Example Anzeiger", "Landkreis Nord", "Sport", "Startseite", "Landkreis Nord",
             "Buchholz", "Hallenbad wird für zwölf Millionen Euro saniert"]  # fmt: skip
    assert stacked_trail(lines, 6) == "Buchholz"


def test_menu_rooted_trail_over_a_listed_item() -> None:
    for root, page, back, kind in (
        ("Presse", "Presseaussendungen", "Zurück zur Übersicht", "Presseaussendung"),
        ("Newsroom", "Press releases", "Back to overview", "Press release"),
        ("Пресс-центр", "Пресс-релизы", "Назад к списку новостей", "Пресс-релиз"),
    ):
        lines = ["Example AG", "Produkte", root, "Kontakt", "Suche", root, page, back, kind,
                 "26.11.2025", "Neue Vignette ab sofort erhältlich", *_DE]  # fmt: skip
        assert menu_rooted_trail(lines, 10) == page
    # look-alike: the menu printed a second time over the headline names no section
    lines = ["Example AG", "Presse", "Produkte", "Suche", "Presse", "Produkte", "26.11.2025",
             "Neue Vignette ab sofort erhältlich", *_DE]  # fmt: skip
    assert menu_rooted_trail(lines, 7) == ""


def test_tag_linked_to_desk_page() -> None:
    def link(href: str, text: str) -> bool:
        el = lxml_html.fromstring(f'<div class="article-tag"><a href="{href}">{text}</a></div>')
        return _desk_link(el, text)

    assert link("/news/transportation", "Transportation")
    assert link("https://example.de/lokales/", "Lokales")
    assert link("/ru/obshchestvo", "obshchestvo")
    # look-alikes: a topic tag's page, a link elsewhere
    assert not link("/tags/mbta", "MBTA")
    assert not link("/news/2025/11/20/green-line", "Transportation")


def test_tag_over_html_headline_is_the_section() -> None:
    page = (
        "<html><head><title>Council clears terminal plan | Example Radio</title></head><body>"
        '<nav><a href="/news">News</a> <a href="/politics">Politics</a></nav><main><article>'
        '<div class="article-tag"><a href="/news/housing">Housing</a></div>'
        "<h1>Council clears plan to rebuild the old bus terminal</h1>"
        '<div class="article-content"><p>The city council on Tuesday approved a plan to '
        "rebuild the old bus terminal over the next three years, with residents invited to "
        "comment until the end of January next year.</p><p>The cost is put at about twelve "
        "million dollars, a third of which is expected to come from state grants, the council "
        "said in a statement.</p></div></article></main></body></html>"
    )
    assert _article(page, "page.html").section == "Housing"
